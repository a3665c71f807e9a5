/** Which HTTP statuses count as healthy: `200-299`, `200,204,300-399`. */
import { ConfigurationError } from '../../../shared/errors.js';

export interface StatusSpec {
  readonly ranges: readonly (readonly [number, number])[];
  readonly text: string;
}

const EXPECTED = 'must list HTTP status codes (100-599) or ranges such as 200-299, separated by commas';

export function parseStatusSpec(text: string, inputName: string): StatusSpec {
  const fail = (part: string): never => {
    throw new ConfigurationError(`Input '${inputName}' ${EXPECTED}; got '${part}'.`);
  };
  const ranges = text.split(',').map((rawPart): [number, number] => {
    const part = rawPart.trim();
    const match = /^(\d{3})(?:\s*-\s*(\d{3}))?$/.exec(part);
    if (!match) return fail(part === '' ? text : part);
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    if (low < 100 || high > 599 || low > high) return fail(part);
    return [low, high];
  });
  return { ranges, text: ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',') };
}

export function statusMatches(spec: StatusSpec, status: number): boolean {
  return spec.ranges.some(([low, high]) => status >= low && status <= high);
}
