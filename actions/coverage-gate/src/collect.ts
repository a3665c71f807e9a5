/**
 * Reports from every shard as one coverage map: each report's paths made repository-relative (its
 * Cobertura `<source>` roots, absolute runner paths, `./`), ignored paths dropped, then merged line by line.
 */
import { minimatch } from 'minimatch';
import { joinPath, repositoryPath } from '../../../shared/paths.js';
import { type Coverage, mergeInto } from './model.js';
import type { ParsedCoverage } from './parsers.js';

/** Codecov-style ignore: a plain path ignores that file or folder; anything with glob characters is a glob. */
export function ignoreMatcher(patterns: readonly string[]): (file: string) => boolean {
  const checks = patterns.map((raw) => {
    const pattern = raw.replace(/^\.\//, '').replace(/^\//, '');
    if (/[*?[\]{}]/.test(pattern)) return (file: string) => minimatch(file, pattern, { dot: true });
    const prefix = pattern.replace(/\/+$/, '');
    return (file: string) => file === prefix || file.startsWith(`${prefix}/`);
  });
  return (file) => checks.some((check) => check(file));
}

export interface Collected {
  coverage: Coverage;
  ignoredFiles: number;
}

/** How report paths are checked against the repository. */
export interface PathLookup {
  exists(relative: string): boolean;
  /** The one repository file ending with this path, for reports written from a subfolder. */
  bySuffix?(relative: string): string | undefined;
}

export function collect(
  reports: readonly ParsedCoverage[],
  workspace: string,
  lookup: PathLookup,
  ignore: readonly string[],
): Collected {
  const ignored = ignoreMatcher(ignore);
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
  const exists = (relative: string): boolean => lookup.exists(relative);
  // A Cobertura filename is relative to one of its <source> roots: try each, preferring one that exists here.
  let likely: string | undefined;
  const absolute = raw.startsWith('/');
  for (let i = 0; i < (roots.length === 0 || absolute ? 1 : roots.length); i++) {
    const root = roots[i];
    const candidate = root === undefined || absolute ? raw : joinPath(root, raw);
    const file = repositoryPath(candidate, workspace, exists);
    if (exists(file)) return file;
    likely ??= file;
  }
  likely ??= repositoryPath(raw, workspace, exists);
  // Written relative to a folder the report does not name (coverage run from backend/): a unique suffix.
  return lookup.bySuffix?.(likely) ?? likely;
}
