/** The lines a change added or modified, per file, from `git diff --unified=0` (the new side's numbers). */

export type ChangedLines = Map<string, Set<number>>;

const ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/**
 * A path as git quotes it (core.quotePath, on by default): in double quotes, with C escapes and every byte
 * outside ASCII as `\ooo` octal, so `café.py` is `"b/caf\303\251.py"`. The bytes are UTF-8.
 */
function unquote(quoted: string): string {
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  const bytes: number[] = [];
  for (const [, escaped, text] of body.matchAll(/\\([0-7]{3}|[\s\S])|([^\\]+)/g)) {
    if (text !== undefined) bytes.push(...Buffer.from(text, 'utf8'));
    else if (escaped !== undefined)
      bytes.push(escaped.length === 3 ? parseInt(escaped, 8) : (ESCAPES[escaped] ?? escaped.charCodeAt(0)));
  }
  return Buffer.from(bytes).toString('utf8');
}

export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim();
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const file = target.startsWith('"') ? unquote(target).replace(/^b\//, '') : target.replace(/^b\//, '');
      current = changed.get(file) ?? new Set<number>();
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current !== undefined) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  for (const [file, lines] of changed) if (lines.size === 0) changed.delete(file);
  return changed;
}
