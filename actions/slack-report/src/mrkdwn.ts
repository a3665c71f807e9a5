/** Slack's mrkdwn escaping and limits. */

/** Exactly what Slack asks: `&`, `<`, `>`; so `<!channel>` in a commit message pings no one. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to at most `max` characters, ending in `…` when cut; never splits a surrogate pair or an escape. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Do not leave half an `&amp;` or half a surrogate pair at the end.
  cut = cut.replace(/&[a-z]{0,3}$/, '').replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/** A link in mrkdwn; the label is escaped, the URL must not contain `|` or `>`. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[|>]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>`;
}

export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  fallbackText: 40_000,
  /** Not documented: Slack answers msg_blocks_too_long past about 12,000 characters of block text. */
  blocksText: 10_000,
} as const;
