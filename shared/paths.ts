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

/** Backslashes as slashes: Windows paths in reports (most paths have none, and skip the regex). */
const slashes = (p: string): string => (p.includes('\\') ? p.replace(/\\/g, '/') : p);

/** The workspace as findCandidate compares it: slashes, ending in one (empty for none). */
function workspacePrefix(workspace: string): string {
  const ws = slashes(workspace).replace(/\/$/, '');
  return ws === '' ? '' : `${ws}/`;
}

const RUNNER_CHECKOUT = /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/;

/**
 * Offers each candidate, most likely first, to `accept`; the first accepted one. Called for every file of
 * every report (12,307 in the bench's), so regexes run only where needed.
 */
function findCandidate(
  raw: string,
  workspace: string,
  accept: (candidate: string) => boolean,
): string | undefined {
  const file = slashes(raw);
  // Candidates already offered: one to five of them, so a list rather than a Set.
  const seen: string[] = [];
  const offer = (p: string): string | undefined => {
    // normalize only what needs it: most paths already are.
    const normal = NEEDS_NORMALIZING.test(p) ? path.posix.normalize(p) : p;
    if (normal === '' || normal === '.' || normal.startsWith('..') || normal.startsWith('/'))
      return undefined;
    if (seen.includes(normal)) return undefined;
    seen.push(normal);
    return accept(normal) ? normal : undefined;
  };
  const prefix = workspacePrefix(workspace);
  const inWorkspace = prefix !== '' && file.startsWith(prefix) ? offer(file.slice(prefix.length)) : undefined;
  if (inWorkspace !== undefined) return inWorkspace;
  const runner = file.startsWith('/home/runner/work/') ? RUNNER_CHECKOUT.exec(file)?.[1] : undefined;
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
  return findCandidate(raw, workspace, () => true) ?? slashes(raw);
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
  return found ?? likely ?? slashes(raw);
}
