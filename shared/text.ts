/** Text that reaches a person's eyes, bounded and made safe: one line, a known length. */

/** A parsed JSON value quoted as JSON (so "7" and 7 differ): one line, at most `max` characters. */
export function jsonExcerpt(value: unknown, max = 40): string {
  if (typeof value === 'string') return JSON.stringify(oneLine(value, max));
  const json = JSON.stringify(value) as string | undefined;
  return oneLine(json ?? String(value), max);
}

/** Text made one line (control characters as spaces) and cut to at most `max` characters, with "…". */
export function oneLine(text: string, max: number): string {
  const clean = text.replace(/\p{Cc}/gu, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A parsed value quoted in a message, in single quotes: one line, at most `max` characters. */
export function excerpt(value: unknown, max = 40): string {
  const json = JSON.stringify(value) as string | undefined;
  return `'${oneLine(typeof value === 'string' ? value : (json ?? String(value)), max)}'`;
}

/** The most an error or annotation line may carry, in bytes: GitHub shows less, and a log of 33 MB helps no one. */
export const MAX_LINE_BYTES = 4096;

/** `text` cut to `max` bytes of UTF-8 (never inside a character), saying how much was left out. */
export function bounded(text: string, max = MAX_LINE_BYTES): string {
  const bytes = Buffer.byteLength(text);
  if (bytes <= max) return text;
  let cut = Buffer.from(text)
    .subarray(0, max - 40)
    .toString('utf8');
  // A cut inside a multi-byte character decodes to U+FFFD: drop it.
  cut = cut.replace(/\uFFFD$/, '');
  return `${cut}… (${bytes - Buffer.byteLength(cut)} more bytes)`;
}
