/**
 * Which files of downloaded artifacts a step reads: those its report patterns (`files`, `reports`) match
 * inside each artifact, as @actions/glob would match them in the workspace — minimatch with its options,
 * `!pattern` excluding, and a pattern that names a folder taking everything under it.
 */
import { Minimatch } from 'minimatch';

/** @actions/glob's own minimatch options (on Linux and macOS runners). */
const OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true } as const;

/** A predicate over forward-slash paths relative to an artifact's root. */
export function relativeGlobs(patterns: readonly string[]): (file: string) => boolean {
  const compiled = patterns.map((p) => {
    const negate = p.startsWith('!');
    const body = (negate ? p.slice(1) : p).replace(/^\.\//, '').replace(/\/+$/, '');
    return { negate, matcher: new Minimatch(body, OPTIONS) };
  });
  return (file) => {
    const segments = file.split('/');
    // The file itself, or a folder it is in (a pattern `reports` takes reports/**).
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let included = false;
    for (const { negate, matcher } of compiled) {
      if (candidates.some((c) => matcher.match(c))) included = !negate;
    }
    return included;
  };
}
