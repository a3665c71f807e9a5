/**
 * The history's home: a branch of the repository, read and written with git's plumbing in a scratch
 * repository, so the workspace's checkout is never touched. A save that loses a race (another run pushed
 * first) fetches the new tip, applies its change to what is there now, and pushes again.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execCapture, type Executed } from '../../../shared/exec.js';

export interface RemoteSettings {
  /** `https://github.com/owner/repo.git`, or any URL git can push to. */
  readonly url: string;
  readonly token: string | undefined;
  readonly branch: string;
  /** Folder inside the branch; '' for its root. */
  readonly dir: string;
  /** Each git command's limit. */
  readonly timeoutMs: number;
  /** An empty folder for the scratch repository. */
  readonly scratch: string;
}

export class DataBranchError extends Error {
  override readonly name = 'DataBranchError';
}

export interface Snapshot {
  /** The branch's commit; undefined when the branch does not exist yet. */
  readonly tip: string | undefined;
  /** The history file's text; undefined when the branch or the file does not exist. */
  readonly content: string | undefined;
}

export interface SaveOutcome {
  readonly commit: string;
  readonly attempts: number;
}

const IDENTITY = [
  '-c',
  'user.name=github-actions[bot]',
  '-c',
  'user.email=41898282+github-actions[bot]@users.noreply.github.com',
];
const REJECTED =
  /\[rejected\]|\(fetch first\)|non-fast-forward|failed to update ref|cannot lock ref|stale info|incorrect old value/i;

export const HISTORY_FILE = 'data.json';
export const MAX_ATTEMPTS = 8;

export class DataBranch {
  private initialised = false;
  /** The last snapshot read: a save right after a read does not fetch the same commit again. */
  private last: Snapshot | undefined;

  constructor(
    private readonly settings: RemoteSettings,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  private filePath(name: string): string {
    return this.settings.dir === '' ? name : `${this.settings.dir}/${name}`;
  }

  private async git(
    args: string[],
    what: string,
    options: { allowFailure?: boolean; index?: string } = {},
  ): Promise<Executed> {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' };
    if (options.index !== undefined) env.GIT_INDEX_FILE = options.index;
    // The token travels in git's environment, never on a command line another process could list.
    if (this.settings.token !== undefined) {
      env.GIT_CONFIG_COUNT = '1';
      env.GIT_CONFIG_KEY_0 = 'http.extraheader';
      env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.settings.token}`).toString('base64')}`;
    }
    const ran = await execCapture('git', ['-c', 'commit.gpgsign=false', ...IDENTITY, ...args], {
      cwd: this.settings.scratch,
      env,
      timeoutMs: this.settings.timeoutMs,
      maxBuffer: 512 * 1024 * 1024,
    });
    if (ran.missing) throw new DataBranchError('git is not installed on this runner; the history needs it');
    if (ran.timedOut)
      throw new DataBranchError(`git ${what} took longer than the timeout (${this.settings.timeoutMs} ms)`);
    if (ran.code !== 0 && options.allowFailure !== true)
      throw new DataBranchError(`git ${what} failed: ${ran.stderr.trim() || `exit ${String(ran.code)}`}`);
    return ran;
  }

  private async init(): Promise<void> {
    if (this.initialised) return;
    await this.git(['init', '-q'], 'init');
    await this.git(['remote', 'add', 'origin', this.settings.url], 'remote add');
    this.initialised = true;
  }

  /** The branch's tip and history file as they are now. */
  async read(): Promise<Snapshot> {
    await this.init();
    const ref = `refs/heads/${this.settings.branch}`;
    const listed = await this.git(
      ['ls-remote', '--heads', 'origin', ref],
      `ls-remote (reading ${this.settings.branch})`,
    );
    const tip = listed.stdout
      .split('\n')
      .find((l) => l.endsWith(`\t${ref}`))
      ?.split('\t')[0];
    if (tip === undefined) return { tip: undefined, content: undefined };
    if (this.last?.tip === tip) return this.last;
    const tracking = `refs/remotes/origin/${this.settings.branch}`;
    await this.git(
      ['fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:${tracking}`],
      `fetch of ${this.settings.branch}`,
    );
    // A push may have landed since ls-remote: the fetched commit is the one to build on.
    const fetched = (await this.git(['rev-parse', tracking], 'rev-parse')).stdout.trim();
    this.last = await this.readAt(fetched);
    return this.last;
  }

  private async readAt(tip: string): Promise<Snapshot> {
    const file = this.filePath(HISTORY_FILE);
    const listedFile = await this.git(['ls-tree', '--name-only', tip, '--', file], 'ls-tree');
    if (listedFile.stdout.trim() === '') return { tip, content: undefined };
    const shown = await this.git(['cat-file', 'blob', `${tip}:${file}`], `cat-file ${file}`);
    return { tip, content: shown.stdout };
  }

  /**
   * Applies `change` to the branch as it is and pushes it; on a lost race, again on the new tip.
   * `change` gets the current snapshot and returns the files to write (name → content), relative to `dir`.
   */
  async save(change: (snapshot: Snapshot) => Record<string, string>, message: string): Promise<SaveOutcome> {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await this.read();
      const files = change(snapshot);
      const index = path.join(this.settings.scratch, '.git', 'runway-index');
      const withIndex = (args: string[], what: string) => this.git(args, what, { index });
      await withIndex(
        snapshot.tip === undefined ? ['read-tree', '--empty'] : ['read-tree', snapshot.tip],
        'read-tree',
      );
      for (const [name, content] of Object.entries(files)) {
        const scratchFile = path.join(this.settings.scratch, '.git', 'runway-blob');
        await writeFile(scratchFile, content);
        const blob = (await this.git(['hash-object', '-w', scratchFile], 'hash-object')).stdout.trim();
        await withIndex(
          ['update-index', '--add', '--cacheinfo', `100644,${blob},${this.filePath(name)}`],
          'update-index',
        );
      }
      const tree = (await withIndex(['write-tree'], 'write-tree')).stdout.trim();
      const parents = snapshot.tip === undefined ? [] : ['-p', snapshot.tip];
      const commit = (
        await this.git(['commit-tree', tree, ...parents, '-m', message], 'commit-tree')
      ).stdout.trim();
      const pushed = await this.git(
        ['push', '-q', 'origin', `${commit}:refs/heads/${this.settings.branch}`],
        `push to ${this.settings.branch}`,
        { allowFailure: true },
      );
      if (pushed.code === 0) return { commit, attempts: attempt };
      if (!REJECTED.test(pushed.stderr) || attempt >= MAX_ATTEMPTS)
        throw new DataBranchError(
          `git push to ${this.settings.branch} failed${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${pushed.stderr.trim() || `exit ${String(pushed.code)}`}`,
        );
      // Another run pushed first: wait a moment (jittered, so two losers do not collide again) and redo.
      await this.sleep(200 + Math.random() * 300 * attempt);
    }
  }
}
