/** Escaping for text that lands in GitHub-flavoured Markdown (job summaries, PR comments). */

const NEEDS_ESCAPING = /[&<>|\n]/;

/** Text inside a table cell: no HTML from the outside world, no stray pipes, no line breaks. */
export function escapeCell(text: string): string {
  // Most cells (numbers, names) need nothing: a job summary can have ten thousand rows of them.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** Inline code that survives backticks inside it. */
export function inlineCode(text: string): string {
  if (!text.includes('`') && !text.includes('\n')) return `\`${text}\``;
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}
