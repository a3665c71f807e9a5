/** Percentages as codecov.yml and the inputs write them; no YAML here, so the input check loads nothing heavy. */
import { ConfigurationError } from '../../../shared/errors.js';

/** `80%`, `80`, `80.5%`; `auto` where allowed. */
export function parsePercent(value: unknown, where: string, allowAuto: boolean): number | 'auto' {
  if (allowAuto && value === 'auto') return 'auto';
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!match || Number(match[1]) > 100) {
    throw new ConfigurationError(
      `${where} must be a percentage such as 80% or 80${allowAuto ? ', or auto' : ''}; got '${String(value)}'.`,
    );
  }
  return Number(match[1]);
}
