/**
 * Paths from reports written elsewhere (another runner, a container, a shard) made repository-relative, so
 * the same file from two reports is one file, and annotations land on files that exist.
 */
import path from 'node:path';

/** A `.` or `..` segment, or an empty one: what path.posix.normalize would change. */
const NEEDS_NORMALIZING = /(?:^|\/)\.\.?(?:\/|$)|\/\//;

/** path.posix.join, without normalize's cost when there is nothing to normalise (the common case). */
export function joinPath(root: string, relative: string): string {
  const joined = root === '' ? relative : relative === '' ? root : `${root}/${relative}`;
  if (joined === '') return '.';
  return NEEDS_NORMALIZING.test(joined) ? path.posix.normalize(joined) : joined;
}

/** Offers each candidate, most likely first, to `accept`; the first accepted one. */
function findCandidate(
  raw: string,
  workspace: string,
  accept: (candidate: string) => boolean,
): string | undefined {
  const file = raw.replace(/\\/g, '/');
  const seen = new Set<string>();
  const offer = (p: string): string | undefined => {
    // normalize only what needs it: most paths already are.
    const normal = NEEDS_NORMALIZING.test(p) ? path.posix.normalize(p) : p;
    if (normal === '' || normal === '.' || normal.startsWith('..') || normal.startsWith('/'))
      return undefined;
    if (seen.has(normal)) return undefined;
    seen.add(normal);
    return accept(normal) ? normal : undefined;
  };
  const ws = workspace.replace(/\\/g, '/').replace(/\/$/, '');
  const inWorkspace = ws !== '' && file.startsWith(`${ws}/`) ? offer(file.slice(ws.length + 1)) : undefined;
  if (inWorkspace !== undefined) return inWorkspace;
  const runner = /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/.exec(file)?.[1];
  const inCheckout = runner === undefined ? undefined : offer(runner);
  if (inCheckout !== undefined) return inCheckout;
  const stripped = file.replace(/^(?:\.\.?\/)+/, '').replace(/^\/+/, '');
  const relative = path.posix.isAbsolute(file) ? undefined : offer(stripped);
  if (relative !== undefined) return relative;
  for (let at = stripped.indexOf('/'); at !== -1; at = stripped.indexOf('/', at + 1)) {
    const tail = offer(stripped.slice(at + 1));
    if (tail !== undefined) return tail;
  }
  return undefined;
}

/**
 * Repository-relative candidates for a path from a report, most likely first: with the workspace stripped,
 * with any `/home/runner/work/<repo>/<repo>/` (a GitHub-hosted checkout) stripped, with leading `./` and
 * `../` stripped, then each shorter tail (for reports written from a subfolder).
 */
export function relativeCandidates(raw: string, workspace: string): string[] {
  const all: string[] = [];
  findCandidate(raw, workspace, (candidate) => {
    all.push(candidate);
    return false;
  });
  return all;
}

/** The most likely repository path, when none can exist (the repository has no file of that name). */
export function likelyPath(raw: string, workspace: string): string {
  return findCandidate(raw, workspace, () => true) ?? raw.replace(/\\/g, '/');
}

/** The first candidate that exists in the repository, else the most likely one (never an absolute path). */
export function repositoryPath(
  raw: string,
  workspace: string,
  exists: (relative: string) => boolean,
): string {
  // Candidates are tried lazily: the first one usually exists, and a report names thousands of files.
  let likely: string | undefined;
  const found = findCandidate(raw, workspace, (candidate) => {
    likely ??= candidate;
    return exists(candidate);
  });
  return found ?? likely ?? raw.replace(/\\/g, '/');
}
