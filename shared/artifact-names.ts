/**
 * What the artifact inputs mean, apart from fetching anything: name patterns (`junit-*`), the `artifact:`
 * form of a base (`artifact:coverage-summary`, `artifact:coverage/coverage.xml`), which earlier run is the
 * base branch's, and which file of a downloaded artifact is meant.
 */
import { ConfigurationError } from './errors.js';
import { shownName } from './workspace-file.js';

/**
 * Characters GitHub refuses in an artifact name (upload-artifact's list), less `*` and `?`, which are the
 * patterns' wildcards here.
 */
const FORBIDDEN = /[":<>|\\/\r\n\t\0]/;

export interface NamePattern {
  readonly text: string;
  readonly regex: RegExp;
}

function patternOf(text: string): NamePattern {
  // Code points, not UTF-16 units: an emoji in a name stays one character for `?`.
  const source = Array.from(text, (c) =>
    c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()[\]]/g, '\\$&'),
  ).join('');
  return { text, regex: new RegExp(`^${source}$`, 'u') };
}

/** The patterns of an `artifacts` input, one per item; a name GitHub could never give is refused. */
export function artifactPatterns(items: readonly string[], input: string): NamePattern[] {
  return items.map((item) => {
    if (FORBIDDEN.test(item))
      throw new ConfigurationError(
        `Input '${input}' must hold artifact names or patterns with * and ? (no / \\ " : < > |); got '${shownName(item)}'.`,
      );
    return patternOf(item);
  });
}

/** The artifacts whose names some pattern matches, and the patterns that matched none. */
export function matchArtifacts<T extends { name: string }>(
  artifacts: readonly T[],
  patterns: readonly NamePattern[],
): { matched: T[]; unmatched: string[] } {
  const matched = artifacts.filter((a) => patterns.some((p) => p.regex.test(a.name)));
  const unmatched = patterns.filter((p) => !artifacts.some((a) => p.regex.test(a.name))).map((p) => p.text);
  return { matched, unmatched };
}

export interface BaseArtifactRef {
  /** The artifact's name. */
  name: string;
  /** A file inside it, when the base names one (`artifact:coverage/coverage.xml`). */
  inside: string | undefined;
}

/** `artifact:<name>` or `artifact:<name>/<file inside>`; undefined when `value` is a path. */
export function baseArtifactRef(value: string, input: string): BaseArtifactRef | undefined {
  if (!value.startsWith('artifact:')) return undefined;
  const rest = value.slice('artifact:'.length);
  const slash = rest.indexOf('/');
  const name = slash === -1 ? rest : rest.slice(0, slash);
  const inside = slash === -1 ? undefined : rest.slice(slash + 1);
  const wrong = (why: string): never => {
    throw new ConfigurationError(
      `Input '${input}' must be a path or artifact:<name>[/<file in it>]; '${shownName(value)}' ${why}.`,
    );
  };
  if (name === '') wrong('names no artifact');
  if (FORBIDDEN.test(name) || /[*?]/.test(name)) wrong('has a character no artifact name can have');
  if (inside !== undefined) {
    const segments = inside.split(/[\\/]/);
    if (inside === '' || segments.some((s) => s === '' || s === '.' || s === '..') || inside.includes('\0'))
      wrong("names its file with an empty, '.' or '..' segment");
  }
  return { name, inside };
}

/** A workflow run as the REST API lists it (the fields used here). */
export interface WorkflowRun {
  id: number;
  run_number?: number;
  head_branch?: string | null;
  event?: string;
  conclusion?: string | null;
  html_url?: string;
}

/**
 * The base branch's latest successful run among `runs` (newest first, as the API lists them): a run on the
 * branch itself, not a pull request's run from a head branch of the same name, and not this run.
 */
export function pickBaseRun(
  runs: readonly WorkflowRun[],
  branch: string,
  currentRunId: number | undefined,
): WorkflowRun | undefined {
  return runs.find(
    (r) =>
      r.id !== currentRunId &&
      r.conclusion === 'success' &&
      r.head_branch === branch &&
      r.event !== 'pull_request' &&
      r.event !== 'pull_request_target',
  );
}

/** The branch whose coverage is the base: the pull request's base, else the repository's default branch. */
export function baseBranch(event: Record<string, unknown>): string | undefined {
  const pr = event.pull_request as { base?: { ref?: unknown } } | undefined;
  if (typeof pr?.base?.ref === 'string' && pr.base.ref !== '') return pr.base.ref;
  const repo = event.repository as { default_branch?: unknown } | undefined;
  return typeof repo?.default_branch === 'string' && repo.default_branch !== ''
    ? repo.default_branch
    : undefined;
}

/**
 * The file of a downloaded artifact the base means: the named one, else the artifact's only file. Several
 * files and no name is an error that lists some of them (relative paths, sorted).
 */
export function chooseBaseFile(
  files: readonly string[],
  ref: BaseArtifactRef,
  input: string,
): { file: string } | { missing: string } {
  const label = `artifact '${shownName(ref.name)}'`;
  if (ref.inside !== undefined) {
    const wanted = ref.inside.replace(/\\/g, '/');
    return files.includes(wanted) ? { file: wanted } : { missing: `${label} holds no file '${wanted}'` };
  }
  if (files.length === 1 && files[0] !== undefined) return { file: files[0] };
  if (files.length === 0) return { missing: `${label} holds no file` };
  const some = files.slice(0, 5).map(shownName).join(', ');
  throw new ConfigurationError(
    `Input '${input}': ${label} holds ${files.length} files (${some}${files.length > 5 ? ', …' : ''}); name one, as artifact:${ref.name}/<file>.`,
  );
}

/**
 * What to tell when artifacts gave no report: each artifact read that held no file `what` describes,
 * and each pattern that matched no artifact, with (some of) the names the run has.
 */
export function artifactsNotes(
  got: {
    read: readonly { name: string; wanted: number }[];
    unmatched: readonly string[];
    available: readonly string[];
  },
  what: string,
): string[] {
  const some =
    got.available.length === 0
      ? 'the run has none yet'
      : `it has ${got.available.slice(0, 10).map(shownName).join(', ')}${got.available.length > 10 ? `, … (${got.available.length})` : ''}`;
  return [
    ...got.read.filter((a) => a.wanted === 0).map((a) => `'${shownName(a.name)}' holds no ${what}`),
    ...got.unmatched.map((p) => `'${p}' matched no artifact (${some})`),
  ];
}
