/**
 * Reports from every shard as one coverage map: each report's paths made repository-relative (its
 * Cobertura `<source>` roots, absolute runner paths, `./`), ignored paths dropped, then merged line by line.
 */
import { joinPath, likelyPath, repositoryPath } from '../../../shared/paths.js';
import { ignoreFilter } from './codecov-paths.js';
import { type Coverage, mergeInto } from './model.js';
import type { ParsedCoverage } from './parsers.js';

export interface Collected {
  coverage: Coverage;
  ignoredFiles: number;
}

/** How report paths are checked against the repository. */
export interface PathLookup {
  exists(relative: string): boolean;
  /** The one repository file ending with this path, for reports written from a subfolder. */
  bySuffix?(relative: string): string | undefined;
  /** Whether any repository file has this name: when none does, no candidate path is worth trying. */
  hasName?(name: string): boolean;
}

export function collect(
  reports: readonly ParsedCoverage[],
  workspace: string,
  lookup: PathLookup,
  ignore: readonly string[],
): Collected {
  // Codecov's `ignore`: a plain path is a prefix, else a glob or a regular expression (codecov-paths.ts).
  const ignored = ignoreFilter(ignore);
  const coverage: Coverage = new Map();
  const ignoredPaths = new Set<string>();
  for (const report of reports) {
    const resolved: Coverage = new Map();
    const roots = report.sources.map((s) => s.replace(/\\/g, '/'));
    for (const [raw, lines] of report.files) {
      const file = resolve(raw, roots, workspace, lookup);
      if (ignored(file)) {
        ignoredPaths.add(file);
        continue;
      }
      const same = resolved.get(file);
      if (same === undefined) resolved.set(file, lines);
      else same.mergeFrom(lines);
    }
    mergeInto(coverage, resolved);
  }
  return { coverage, ignoredFiles: ignoredPaths.size };
}

function resolve(raw: string, roots: readonly string[], workspace: string, lookup: PathLookup): string {
  // A Cobertura filename is relative to one of its <source> roots: try each, preferring one that exists here.
  const joined = roots.length === 0 || raw.startsWith('/') ? [raw] : roots.map((root) => joinPath(root, raw));
  const first = joined[0] ?? raw;
  // Every candidate ends with the file's name: with no such file here, the likeliest path is the answer.
  const name = raw.slice(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
  const plainName = name !== '' && name !== '.' && name !== '..';
  if (plainName && lookup.hasName?.(name) === false) return likelyPath(first, workspace);
  const exists = (relative: string): boolean => lookup.exists(relative);
  let likely: string | undefined;
  for (const candidate of joined) {
    const file = repositoryPath(candidate, workspace, exists);
    if (exists(file)) return file;
    likely ??= file;
  }
  // Written relative to a folder the report does not name (coverage run from backend/): a unique suffix.
  const guess = likely ?? likelyPath(first, workspace);
  return lookup.bySuffix?.(guess) ?? guess;
}
