/** Thresholds as users write them (`150%`, `1.5`, `2x`) and per-benchmark overrides (`name-glob=ratio`). */
import type { Limits } from './significance.js';

/** A ratio above 1 from `150%`, `1.5` or `1.5x`; undefined when it is not one. */
export function parseRatio(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(%|x|×)?$/i.exec(text.trim());
  if (match === null) return undefined;
  const n = Number(match[1]);
  const ratio = match[2] === '%' ? n / 100 : n;
  return Number.isFinite(ratio) && ratio > 1 ? ratio : undefined;
}

/**
 * A name glob: `*` any run of characters, `?` one; everything else literal (benchmark names are not paths).
 * Matched with the two-pointer wildcard algorithm, linear in practice and never exponential, since names and
 * patterns both come from a pull request's files.
 */
export interface NameGlob {
  readonly source: string;
  test(name: string): boolean;
}

export function nameGlob(pattern: string): NameGlob {
  const p = Array.from(pattern);
  return {
    source: pattern,
    test(name: string): boolean {
      const n = Array.from(name);
      let i = 0;
      let j = 0;
      let star = -1;
      let mark = 0;
      while (i < n.length) {
        if (j < p.length && (p[j] === '?' || p[j] === n[i])) {
          i++;
          j++;
        } else if (j < p.length && p[j] === '*') {
          star = j++;
          mark = i;
        } else if (star >= 0) {
          j = star + 1;
          i = ++mark;
        } else return false;
      }
      while (j < p.length && p[j] === '*') j++;
      return j === p.length;
    },
  };
}

export interface Override {
  readonly pattern: string;
  readonly matcher: NameGlob;
  readonly ratio: number;
}

/** Lines of `glob=ratio`; the error names the line. */
export function parseOverrides(lines: readonly string[], fail: (line: string) => never): Override[] {
  return lines.map((line) => {
    const at = line.lastIndexOf('=');
    const pattern = at < 0 ? '' : line.slice(0, at).trim();
    const ratio = at < 0 ? undefined : parseRatio(line.slice(at + 1));
    if (pattern === '' || ratio === undefined) fail(line);
    return { pattern, matcher: nameGlob(pattern), ratio };
  });
}

/**
 * The first matching override replaces the alert threshold. The fail threshold follows it, unless a separate
 * `fail-threshold` was set: then a benchmark fails at whichever of the two is larger.
 */
export function limitsFor(
  defaults: Limits,
  failSet: boolean,
  overrides: readonly Override[],
): (name: string) => Limits {
  return (name) => {
    const found = overrides.find((o) => o.matcher.test(name));
    if (found === undefined) return defaults;
    return { alert: found.ratio, fail: failSet ? Math.max(found.ratio, defaults.fail) : found.ratio };
  };
}
