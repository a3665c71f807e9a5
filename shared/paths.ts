/**
 * Paths from reports written elsewhere (another runner, a container, a shard) made repository-relative, so
 * the same file from two reports is one file, and annotations land on files that exist.
 */
import path from 'node:path';

/** A `.` or `..` segment, or an empty one: what path.posix.normalize would change. */
const NEEDS_NORMALIZING = /(?:^|\/)\.\.?(?:\/|$)|\/\//;

/**
 * Repository-relative candidates for a path from a report, most likely first: with the workspace stripped,
 * with any `/home/runner/work/<repo>/<repo>/` (a GitHub-hosted checkout) stripped, with leading `./` and
 * `../` stripped, then each shorter tail (for reports written from a subfolder).
 */
export function relativeCandidates(raw: string, workspace: string): string[] {
  const file = raw.replace(/\\/g, '/');
  const out: string[] = [];
  const ws = workspace.replace(/\\/g, '/').replace(/\/$/, '');
  if (ws !== '' && file.startsWith(`${ws}/`)) out.push(file.slice(ws.length + 1));
  const runner = /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/.exec(file);
  if (runner?.[1] !== undefined) out.push(runner[1]);
  const stripped = file.replace(/^(?:\.\.?\/)+/, '').replace(/^\/+/, '');
  if (!path.posix.isAbsolute(file)) out.push(stripped);
  for (let at = stripped.indexOf('/'); at !== -1; at = stripped.indexOf('/', at + 1))
    out.push(stripped.slice(at + 1));
  const unique = new Set<string>();
  for (const p of out) {
    // normalize only what needs it: a report names thousands of files, most already plain.
    const plain = NEEDS_NORMALIZING.test(p) ? path.posix.normalize(p) : p;
    if (plain !== '' && plain !== '.' && !plain.startsWith('..')) unique.add(plain);
  }
  return [...unique];
}

/** The first candidate that exists in the repository, else the most likely one (never an absolute path). */
export function repositoryPath(
  raw: string,
  workspace: string,
  exists: (relative: string) => boolean,
): string {
  const candidates = relativeCandidates(raw, workspace);
  return candidates.find(exists) ?? candidates[0] ?? raw.replace(/\\/g, '/');
}
