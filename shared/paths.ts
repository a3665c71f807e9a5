/**
 * Paths from reports written elsewhere (another runner, a container, a shard) made repository-relative, so
 * the same file from two reports is one file, and annotations land on files that exist.
 */
import path from 'node:path';

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
  const parts = stripped.split('/');
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(i).join('/'));
  return [
    ...new Set(
      out.map((p) => path.posix.normalize(p)).filter((p) => p !== '' && p !== '.' && !p.startsWith('..')),
    ),
  ];
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
