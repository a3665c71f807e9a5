import { createHash } from 'node:crypto';

/** A short stable hash of the parts that identify a finding; never of a line number. */
export function fingerprint(...parts: readonly (string | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Code with its whitespace folded, so re-indenting does not change the fingerprint. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, ' ').trim();
}
