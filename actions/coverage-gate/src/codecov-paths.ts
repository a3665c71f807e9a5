/**
 * Codecov's path patterns (`ignore`, a status's `paths`, a flag's `paths`), read as Codecov reads them: a
 * plain path is a prefix (`src/app` matches everything under it), a pattern with `**` or `/*` (or a `*` that
 * is no regex's `.*`) is a glob, anything else with `*`, `$`, `[` or `]` a regular expression matched from
 * the start of the path; `!` in front excludes. A file passes a `paths` list when it matches no exclusion and,
 * if the list has any inclusion, at least one; it is ignored when an `ignore` pattern matches and no `!` one.
 */

export type PathPattern = { negative: boolean; test: (path: string) => boolean };

const RESERVED = ['*', '$', ']', '['];

export function patternKind(pattern: string): 'path_prefix' | 'glob' | 'regex' {
  if (!RESERVED.some((c) => pattern.includes(c))) return 'path_prefix';
  if (pattern.includes('**') || pattern.includes('/*')) return 'glob';
  if (pattern.includes('*') && !pattern.includes(']*') && !pattern.includes('.*')) return 'glob';
  try {
    new RegExp(pattern);
    return 'regex';
  } catch {
    return 'glob';
  }
}

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A glob as Codecov translates it: `**` any characters, `*` any but `/`, `?` one, `[…]` a class. */
export function globToRegex(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '.';
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) out += '\\[';
      else {
        let stuff = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (stuff.startsWith('!')) stuff = `^${stuff.slice(1)}`;
        else if (stuff.startsWith('^')) stuff = `\\${stuff}`;
        out += `[${stuff}]`;
        i = j;
      }
    } else out += escape(c);
  }
  return `^(?:${out})$`;
}

function compile(pattern: string): RegExp {
  const kind = patternKind(pattern);
  if (kind === 'glob') return new RegExp(globToRegex(pattern), 's');
  // A prefix is Codecov's `^<prefix>.*`, the prefix itself read as a regular expression (as Codecov does).
  return new RegExp(`^(?:${pattern})`, 's');
}

/** Why Codecov would refuse this pattern, or undefined. */
export function pathPatternProblem(raw: string): string | undefined {
  try {
    pathPattern(raw);
    return undefined;
  } catch {
    return 'is not a path, glob or regular expression that works';
  }
}

export function pathPattern(raw: string): PathPattern {
  const negative = raw.startsWith('!');
  let value = negative ? raw.replace(/^!+/, '') : raw;
  if (value.startsWith('./')) value = value.slice(2);
  const regex = compile(value);
  return { negative, test: (path) => regex.test(path) };
}

/** Whether a file passes a list of patterns (`paths`): no exclusion matches, and an inclusion does if any. */
export function pathFilter(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.filter((p) => p !== '').map(pathPattern);
  const negatives = compiled.filter((p) => p.negative);
  const positives = compiled.filter((p) => !p.negative);
  return (path) =>
    !negatives.some((p) => p.test(path)) && (positives.length === 0 || positives.some((p) => p.test(path)));
}

/** Whether a file is ignored by a list of patterns (`ignore`): an inclusion matches and no exclusion does. */
export function ignoreFilter(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.filter((p) => p !== '').map(pathPattern);
  const negatives = compiled.filter((p) => p.negative);
  const positives = compiled.filter((p) => !p.negative);
  return (path) => positives.some((p) => p.test(path)) && !negatives.some((p) => p.test(path));
}
