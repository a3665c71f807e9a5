/**
 * The history's branch against real git: a bare repository reached over file://, as a runner reaches
 * github.com. Reads of a branch or file that is not there, saves that create and extend the branch, a push
 * refused for a race (retried on the new tip) or for another reason (not retried), and git's own failures.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DataBranch,
  DataBranchError,
  HISTORY_FILE,
  MAX_ATTEMPTS,
  type RemoteSettings,
} from '../../../actions/benchmark-gate/src/data-branch.js';
import { git } from '../../harness/git.js';

const made: string[] = [];
const folder = (prefix: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bare repository and the settings of a DataBranch on it (each DataBranch gets its own scratch). */
function remote(extra: Partial<RemoteSettings> = {}): { bare: string; settings: () => RemoteSettings } {
  const bare = path.join(folder('runway-db-remote-'), 'repo.git');
  git(path.dirname(bare), 'init', '-q', '--bare', bare);
  return {
    bare,
    settings: () => ({
      url: `file://${bare}`,
      token: undefined,
      branch: 'benchmarks',
      dir: '',
      timeoutMs: 20_000,
      scratch: folder('runway-db-scratch-'),
      ...extra,
    }),
  };
}

/** A pre-receive hook: `script` gets the number of the push (1, 2, …) in $N. */
function hook(bare: string, script: string): void {
  const counter = path.join(bare, 'push-count');
  const file = path.join(bare, 'hooks', 'pre-receive');
  writeFileSync(
    file,
    `#!/bin/sh\ncat >/dev/null\nN=$(( $(cat "${counter}" 2>/dev/null || echo 0) + 1 ))\necho $N > "${counter}"\n${script}\n`,
  );
  chmodSync(file, 0o755);
}

const noWait = (): Promise<void> => Promise.resolve();

describe('reading the history branch', () => {
  it('a branch that is not there yet has no tip and no history', async () => {
    const { settings } = remote();
    expect(await new DataBranch(settings()).read()).toEqual({ tip: undefined, content: undefined });
  });

  it('a branch without the history file has a tip but no history', async () => {
    const { bare, settings } = remote();
    const branch = new DataBranch(settings(), noWait);
    const saved = await branch.save(() => ({ 'index.html': '<html></html>' }), 'dashboard only');
    const read = await new DataBranch(settings()).read();
    expect(read).toEqual({ tip: saved.commit, content: undefined });
    expect(git(bare, 'rev-parse', 'refs/heads/benchmarks')).toBe(saved.commit);
  });

  it('reads the file in the folder it was given, and only there', async () => {
    const { settings } = remote({ dir: 'bench/gpu' });
    await new DataBranch(settings(), noWait).save(() => ({ [HISTORY_FILE]: '{"v":1}' }), 'first');
    expect((await new DataBranch(settings()).read()).content).toBe('{"v":1}');
    const atRoot = await new DataBranch({ ...settings(), dir: '' }).read();
    expect(atRoot.content).toBeUndefined();
  });
});

describe('saving the history', () => {
  it('creates the branch with one root commit by the actions bot, then builds on it', async () => {
    const { bare, settings } = remote({ dir: 'bench' });
    const branch = new DataBranch(settings(), noWait);
    const seen: (string | undefined)[] = [];
    const first = await branch.save((s) => {
      seen.push(s.tip);
      return { [HISTORY_FILE]: '{"runs":1}', 'index.html': 'one' };
    }, 'Benchmarks of abc');
    expect(first.attempts).toBe(1);
    expect(git(bare, 'log', '--format=%an <%ae>|%s|%P', 'benchmarks')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Benchmarks of abc|',
    );
    expect(git(bare, 'ls-tree', '-r', '--name-only', 'benchmarks').split('\n')).toEqual([
      'bench/data.json',
      'bench/index.html',
    ]);
    // The next save sees the first, keeps the files it does not write, and has the first as its parent.
    const second = await branch.save((s) => {
      seen.push(s.tip, s.content);
      return { [HISTORY_FILE]: '{"runs":2}' };
    }, 'Benchmarks of def');
    expect(seen).toEqual([undefined, first.commit, '{"runs":1}']);
    expect(git(bare, 'rev-parse', `${second.commit}^`)).toBe(first.commit);
    expect(git(bare, 'show', 'benchmarks:bench/data.json')).toBe('{"runs":2}');
    expect(git(bare, 'show', 'benchmarks:bench/index.html')).toBe('one');
  });

  it('a push lost to another run is made again on the new tip, with the change applied to it', async () => {
    const { bare, settings } = remote();
    await new DataBranch(settings(), noWait).save(() => ({ [HISTORY_FILE]: 'base' }), 'base');
    // The first push of the run below is refused as a race; while it waits, another run lands its save.
    hook(bare, '[ "$N" = 1 ] && { echo "! [rejected] (fetch first)" >&2; exit 1; }\nexit 0');
    const other = new DataBranch(settings(), noWait);
    const waits: number[] = [];
    const branch = new DataBranch(settings(), async (ms) => {
      waits.push(ms);
      await other.save((s) => ({ [HISTORY_FILE]: `${s.content ?? ''}+other` }), 'other');
    });
    const saved = await branch.save((s) => ({ [HISTORY_FILE]: `${s.content ?? ''}+mine` }), 'mine');
    expect(saved.attempts).toBe(2);
    expect(git(bare, 'show', 'benchmarks:data.json')).toBe('base+other+mine');
    expect(git(bare, 'log', '--format=%s', 'benchmarks').split('\n')).toEqual(['mine', 'other', 'base']);
    // A jittered wait between 200 and 500 ms on the first retry.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(200);
    expect(waits[0]).toBeLessThan(500);
  });

  it(`gives up on a race after ${MAX_ATTEMPTS} attempts, saying how many`, async () => {
    const { bare, settings } = remote();
    hook(bare, 'echo "non-fast-forward" >&2; exit 1');
    const waits: number[] = [];
    const branch = new DataBranch(settings(), (ms) => {
      waits.push(ms);
      return Promise.resolve();
    });
    // The jitter at its middle: each wait is then exactly 200 + 150 × attempt ms.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const saving = branch.save(() => ({ [HISTORY_FILE]: 'x' }), 'x');
    await saving.catch(() => undefined);
    random.mockRestore();
    expect(waits).toEqual(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => 200 + 150 * (i + 1)));
    await expect(saving).rejects.toBeInstanceOf(DataBranchError);
    await expect(saving).rejects.toThrow(
      new RegExp(`^git push to benchmarks failed after ${MAX_ATTEMPTS} attempts: .*non-fast-forward`, 's'),
    );
    expect(waits).toHaveLength(MAX_ATTEMPTS - 1);
    // Each wait may be longer than the one before: up to 200 + 300 × attempt ms.
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(200);
      expect(ms).toBeLessThan(200 + 300 * (i + 1));
    });
  });

  it('a push refused for another reason is not retried, and says why', async () => {
    const { bare, settings } = remote();
    hook(bare, 'echo "branch is protected" >&2; exit 1');
    const sleep = vi.fn(noWait);
    const saving = new DataBranch(settings(), sleep).save(() => ({ [HISTORY_FILE]: 'x' }), 'x');
    await expect(saving).rejects.toThrow(/^git push to benchmarks failed: .*branch is protected/s);
    // git's last line ends the message: no newline after it.
    await expect(saving).rejects.toThrow(/\S$/);
    await expect(saving).rejects.not.toThrow('attempts');
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe("git's own failures", () => {
  it('a remote that is not there is an error naming what git was doing', async () => {
    const settings = remote().settings();
    const read = new DataBranch({ ...settings, url: `file://${settings.scratch}/nowhere.git` }).read();
    await expect(read).rejects.toBeInstanceOf(DataBranchError);
    // git's message, trimmed: it ends at its last character.
    await expect(read).rejects.toThrow(/^git ls-remote \(reading benchmarks\) failed: fatal: .*\S$/s);
  });

  it('a git command past its timeout is stopped and named', async () => {
    const read = new DataBranch({ ...remote().settings(), timeoutMs: 1 }).read();
    await expect(read).rejects.toThrow('git init took longer than the timeout (1 ms)');
  });

  it('no git on the runner is said so', async () => {
    const settings = remote().settings();
    vi.stubEnv('PATH', '/nonexistent');
    await expect(new DataBranch(settings).read()).rejects.toThrow(
      'git is not installed on this runner; the history needs it',
    );
  });

  it('the token goes to git as an extra header in its environment, never as an argument', async () => {
    // A wrapper around git records its arguments and the header's variables.
    const bin = folder('runway-db-bin-');
    const log = path.join(bin, 'log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const settings = { ...remote().settings(), token: 'ghs_secret' };
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\necho "$* | $GIT_CONFIG_COUNT $GIT_CONFIG_KEY_0 $GIT_CONFIG_VALUE_0 | $GIT_TERMINAL_PROMPT" >> "${log}"\nexec "${real}" "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    vi.stubEnv('PATH', `${bin}:${process.env.PATH ?? ''}`);
    await new DataBranch(settings).read();
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_secret').toString('base64')}`;
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [args, env, prompt] = line.split(' | ');
      expect(args).not.toContain('ghs_secret');
      expect(env).toBe(`1 http.extraheader ${header}`);
      expect(prompt).toBe('0');
    }
  });
});
