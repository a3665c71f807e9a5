/** What a healthy response body must hold: a substring, and values at dotted JSON paths. */
import { ConfigurationError } from '../../../shared/errors.js';

export interface JsonExpectation {
  /** As written, for messages: `checks.db`. */
  readonly path: string;
  readonly segments: readonly string[];
  /** Compared with the JSON value's text: strings as they are, others as JSON (`true`, `3`, `null`). */
  readonly expected: string;
}

/** Lines `dotted.path=value`; array items by index (`items.0.status=ok`). */
export function parseJsonExpectations(lines: readonly string[], inputName: string): JsonExpectation[] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    const path = eq < 0 ? '' : line.slice(0, eq).trim();
    const segments = path.split('.');
    if (eq < 0 || path === '' || segments.some((s) => s === '')) {
      throw new ConfigurationError(
        `Input '${inputName}' must hold lines of the form dotted.path=value, such as status=ok or checks.db=up; got '${line}'.`,
      );
    }
    return { path, segments, expected: line.slice(eq + 1).trim() };
  });
}

function lookup(
  value: unknown,
  segments: readonly string[],
): { found: true; value: unknown } | { found: false } {
  let current: unknown = value;
  for (const segment of segments) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      if (index >= current.length) return { found: false };
      current = current[index];
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every way the body falls short, as short sentences; empty when it satisfies all expectations. */
export function checkBody(
  body: string,
  expectBody: string | undefined,
  expectJson: readonly JsonExpectation[],
): string[] {
  const problems: string[] = [];
  if (expectBody !== undefined && !body.includes(expectBody)) {
    problems.push(
      `body does not contain ${JSON.stringify(expectBody)} (body starts ${JSON.stringify(snippet(body))})`,
    );
  }
  if (expectJson.length === 0) return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    problems.push(`body is not JSON (starts ${JSON.stringify(snippet(body))})`);
    return problems;
  }
  for (const expectation of expectJson) {
    const found = lookup(parsed, expectation.segments);
    if (!found.found) {
      problems.push(`${expectation.path} is missing, expected ${JSON.stringify(expectation.expected)}`);
    } else if (asText(found.value) !== expectation.expected) {
      problems.push(
        `${expectation.path} is ${JSON.stringify(asText(found.value))}, expected ${JSON.stringify(expectation.expected)}`,
      );
    }
  }
  return problems;
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
