/** Request headers from lines `Name: value`. */
import { ConfigurationError } from '../../../shared/errors.js';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseHeaderLines(lines: readonly string[], inputName: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    if (colon < 0 || !TOKEN.test(name)) {
      // The value may be a secret: show the name part only.
      const shown = colon < 0 ? '(a line without a colon)' : `'${name}'`;
      throw new ConfigurationError(
        `Input '${inputName}' must hold lines of the form 'Name: value'; got ${shown}.`,
      );
    }
    headers[name.toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
