/** The lines a change added or modified, for patch coverage: against which commit, and git's answer. */
import { ConfigurationError } from '../../../shared/errors.js';
import { type ChangedLines, parseUnifiedDiff } from './diff.js';

/** The commit to diff against: the input, else the pull request's base, else the push's `before`. */
export function patchBaseOf(
  input: string | undefined,
  event: Readonly<Record<string, unknown>>,
): string | undefined {
  if (input !== undefined) return input;
  const pr = event.pull_request as { base?: { sha?: unknown } } | undefined;
  if (typeof pr?.base?.sha === 'string' && pr.base.sha !== '') return pr.base.sha;
  const before = event.before;
  // A push that created the branch has no previous commit: all zeros.
  return typeof before === 'string' && before !== '' && !/^0+$/.test(before) ? before : undefined;
}

export type Git = (args: readonly string[]) => Promise<{ code: number; stdout: string; stderr: string }>;

/** The changed lines of `base...HEAD`; a base missing from the clone is an error that says how to fetch it. */
export async function changedLines(git: Git, base: string): Promise<ChangedLines> {
  if (!/^[\w./~^@{}-]+$/.test(base) || base.startsWith('-'))
    throw new ConfigurationError(
      `Input 'patch-base' must be a commit or a ref; got ${JSON.stringify(base).slice(0, 80)}.`,
    );
  const present = await git(['cat-file', '-e', `${base}^{commit}`]);
  if (present.code !== 0) {
    const shallow = (await git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    throw new ConfigurationError(
      `Patch coverage needs the base commit ${base}, which is not in this clone${shallow ? ' (a shallow clone)' : ''}: use actions/checkout with fetch-depth: 0, or set 'patch-base'.`,
    );
  }
  const diff = await git([
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    `${base}...HEAD`,
  ]);
  if (diff.code !== 0)
    throw new ConfigurationError(
      `git diff ${base}...HEAD failed: ${diff.stderr.trim().split('\n')[0] ?? ''}`,
    );
  return parseUnifiedDiff(diff.stdout);
}
