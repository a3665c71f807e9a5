/**
 * benchmark-gate through its committed bundle: real pytest-benchmark output, a real git remote (a bare
 * repository reached over file://, as the runner reaches github.com), and a local GitHub REST API.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { git } from '../harness/git.js';
import { havePythonModule, SYSTEM_PYTHON } from '../harness/python.js';
import { type ActionRun, runAction, type RunOptions } from '../harness/run-action.js';
import { spawnSync } from 'node:child_process';

const SUITE = path.join(import.meta.dirname, '..', 'fixtures', 'benchmarks', 'suite', 'test_bench.py');
const scratch: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SHA_C = 'c'.repeat(40);

/** A bare repository standing in for github.com/runway-ci/example. */
function remote(): { server: string; bare: string } {
  const server = folder('runway-bg-remote-');
  const bare = path.join(server, 'runway-ci', 'example.git');
  git(server, 'init', '-q', '--bare', bare);
  return { server: `file://${server}`, bare };
}

const branchTip = (bare: string, branch = 'benchmarks'): string | undefined => {
  try {
    return git(bare, 'rev-parse', `refs/heads/${branch}`);
  } catch {
    return undefined;
  }
};

const storedHistory = (
  bare: string,
  file = 'data.json',
): { runs: { commit: string }[]; series: Record<string, Record<string, { points: number[][] }>> } =>
  JSON.parse(git(bare, 'show', `benchmarks:${file}`)) as never;

/** Runs the real pytest-benchmark on the sample suite into `workspace/benchmark.json`. */
function runBenchmarks(workspace: string, slow: boolean): void {
  copyFileSync(SUITE, path.join(workspace, 'test_bench.py'));
  const ran = spawnSync(
    SYSTEM_PYTHON,
    [
      '-m',
      'pytest',
      '-q',
      '-p',
      'no:cacheprovider',
      '--benchmark-json=benchmark.json',
      '--benchmark-min-rounds=15',
      '--benchmark-max-time=0.1',
      'test_bench.py',
    ],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: workspace,
        PYTHONDONTWRITEBYTECODE: '1',
        ...(slow ? { SLOW_SORT: '1' } : {}),
      },
    },
  );
  if (ran.status !== 0) throw new Error(`pytest-benchmark failed: ${ran.stdout}${ran.stderr}`);
}

function gate(
  server: string,
  workspace: string,
  inputs: Record<string, string>,
  options: Partial<RunOptions> & { sha?: string; ref?: string } = {},
): Promise<ActionRun> {
  return runAction('benchmark-gate', {
    workspace,
    eventName: options.eventName ?? 'push',
    event: options.event ?? { repository: { default_branch: 'main' } },
    inputs: { files: 'benchmark.json', 'github-token': 'ghs_bench_token_1', ...inputs },
    env: {
      GITHUB_SERVER_URL: server,
      GITHUB_SHA: options.sha ?? SHA_A,
      GITHUB_REF_NAME: options.ref ?? 'main',
      ...options.env,
    },
  });
}

const pyOk = havePythonModule('pytest_benchmark');

describe.skipIf(!pyOk)('benchmark-gate on real pytest-benchmark output', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  it('saves pushes to main, then stops the slowed benchmark on a pull request with a comment, an annotation and a chart', async () => {
    const { server, bare } = remote();
    const ws = folder('runway-bg-ws-');
    // Four saved runs of main: enough for the run-to-run noise to be measured too.
    const shas = ['9'.repeat(40), SHA_A, SHA_B, SHA_C];
    // The slowed benchmark sleeps 10 ms more (ten times or more its time); 300% keeps a busy machine's noise on the other
    // micro-benchmarks (tens of microseconds) from reading as a regression.
    const threshold = { 'alert-threshold': '300%' };
    for (const sha of shas) {
      runBenchmarks(ws, false);
      const run = await gate(server, ws, threshold, { sha });
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.outputs.saved).toBe('true');
    }
    const saved = storedHistory(bare);
    expect(saved.runs.map((r) => r.commit)).toEqual(shas);
    expect(Object.keys(saved.series.median ?? {}).sort()).toEqual([
      'test_bench.py::test_fib',
      'test_bench.py::test_join',
      'test_bench.py::test_sort_words',
    ]);
    expect(git(bare, 'show', 'benchmarks:index.html')).toContain('<svg');
    const tip = branchTip(bare);

    github = await startFakeGitHub({ token: 'ghs_bench_token_1' });
    runBenchmarks(ws, true);
    const pr = await gate(
      server,
      ws,
      { json: 'results.json', ...threshold },
      {
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 12,
            base: { ref: 'main', sha: SHA_C },
            head: { repo: { full_name: 'runway-ci/example' } },
          },
          repository: { default_branch: 'main' },
        },
        sha: 'd'.repeat(40),
        ref: '12/merge',
        env: { GITHUB_API_URL: github.url },
      },
    );
    expect(pr.exitCode, pr.summary).toBe(1);
    expect(pr.errors).toHaveLength(1);
    expect(pr.errors[0]?.message).toMatch(
      /^Benchmark regression: test_bench\.py::test_sort_words \d+\.\d\d× its baseline/,
    );
    expect(pr.outputs).toMatchObject({
      regressions: '1',
      alert: 'true',
      compared: '3',
      new: '0',
      missing: '0',
      saved: 'false',
      'baseline-sha': SHA_C,
    });
    // The pull request read the history and wrote nothing.
    expect(branchTip(bare)).toBe(tip);
    expect(pr.log).toContain('Not saved: pull requests read the history and never write it.');
    expect(pr.summary).toMatch(
      /\| `test_bench\.py::test_sort_words` \| [\d.]+ [mµ]?s \| [\d.]+ [mµ]?s \| [\d.]+× \| ±[\d.]+ [mµ]?s \| 🔴 regression \(fails\) \|/,
    );
    expect(pr.summary).toContain('```mermaid\nxychart-beta');
    expect(pr.summary).toContain('"9999999", "aaaaaaa", "bbbbbbb", "ccccccc", "this run"');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('<!-- runway:benchmark-gate:default -->');
    expect(github.comments[0]?.body).toMatch(/### 🔴 Benchmarks: 1 regression/);
    expect(pr.outputs.json).toBe(path.join(ws, 'results.json'));
    const json = JSON.parse(readFileSync(path.join(ws, 'results.json'), 'utf8')) as {
      benchmarks: { name: string; verdict: string }[];
    };
    expect(json.benchmarks.find((b) => b.name.endsWith('test_sort_words'))?.verdict).toBe('regression');
    // Annotated at the benchmark's def line.
    const annotation = pr.annotations.find(
      (a) => a.level === 'warning' && a.properties.title === 'Benchmark regression (fails)',
    );
    const defLine =
      readFileSync(SUITE, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('def test_sort_words')) + 1;
    expect(annotation?.properties).toMatchObject({ file: 'test_bench.py', line: String(defLine) });

    // A second push to the PR, fixed: the same comment is updated, the step passes.
    runBenchmarks(ws, false);
    const fixed = await gate(
      server,
      ws,
      { comment: 'always', ...threshold },
      {
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 12,
            base: { ref: 'main', sha: SHA_C },
            head: { repo: { full_name: 'runway-ci/example' } },
          },
        },
        sha: 'e'.repeat(40),
        ref: '12/merge',
        env: { GITHUB_API_URL: github.url },
      },
    );
    expect(fixed.errors, fixed.stdout).toEqual([]);
    expect(fixed.outputs.regressions, fixed.summary).toBe('0');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).not.toContain('🔴');
    expect(github.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
  }, 120_000);
});

/** A pytest-benchmark file with given medians (seconds), spreads tight unless said. */
function pytestJson(benchmarks: Record<string, { median: number; iqr?: number }>): string {
  return JSON.stringify({
    machine_info: {},
    benchmarks: Object.entries(benchmarks).map(([name, b]) => ({
      name: name.split('::').pop(),
      fullname: name,
      stats: {
        min: b.median * 0.95,
        max: b.median * 1.1,
        mean: b.median,
        median: b.median,
        stddev: (b.iqr ?? b.median * 0.01) / 1.349,
        iqr: b.iqr ?? b.median * 0.01,
        rounds: 20,
      },
    })),
  });
}

async function put(workspace: string, name: string, content: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
  await writeFile(path.join(workspace, name), content);
}

describe('benchmark-gate history', () => {
  it('lands both of two saves that race on the same branch', async () => {
    const { server, bare } = remote();
    const one = folder('runway-bg-ws-');
    const two = folder('runway-bg-ws-');
    await put(one, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.001 } }));
    await put(two, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.0011 } }));
    // A barrier on the server: each push waits (up to 20 s) until two have arrived, so both runs read the
    // branch before either lands, however slowly this machine starts them. One wins; the other must re-read
    // and push again (its retry passes the barrier at once).
    const barrier = folder('runway-bg-barrier-');
    await put(
      bare,
      'hooks/pre-receive',
      `#!/bin/sh
cat >/dev/null
mktemp "${barrier}/push.XXXXXX" >/dev/null
for i in $(seq 1 200); do
  [ "$(ls "${barrier}" | wc -l)" -ge 2 ] && exit 0
  sleep 0.1
done
exit 0
`,
    );
    const { chmodSync } = await import('node:fs');
    chmodSync(path.join(bare, 'hooks', 'pre-receive'), 0o755);
    const [first, second] = await Promise.all([
      gate(server, one, {}, { sha: SHA_A }),
      gate(server, two, {}, { sha: SHA_B }),
    ]);
    expect(first.errors, first.stdout).toEqual([]);
    expect(second.errors, second.stdout).toEqual([]);
    expect([first.outputs.saved, second.outputs.saved]).toEqual(['true', 'true']);
    const stored = storedHistory(bare);
    expect(stored.runs.map((r) => r.commit).sort()).toEqual([SHA_A, SHA_B]);
    expect(stored.series.median?.['b.py::test_a']?.points).toHaveLength(2);
    // One of them lost the race and says so; the branch is a line of two commits.
    expect(`${first.summary}${second.summary}`).toContain('another run saved at the same time');
    expect(git(bare, 'rev-list', '--count', 'benchmarks')).toBe('2');
  }, 60_000);

  it('saves only on the default branch and for the events save-on lists', async () => {
    const { server, bare } = remote();
    const ws = folder('runway-bg-ws-');
    await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.001 } }));
    const feature = await gate(server, ws, {}, { ref: 'feature' });
    expect(feature.outputs.saved).toBe('false');
    expect(feature.log).toContain('only runs on the default branch (main) are saved; this is feature');
    const scheduled = await gate(server, ws, {}, { eventName: 'schedule', event: {} });
    expect(scheduled.outputs.saved).toBe('false');
    expect(scheduled.log).toContain("'save-on' does not list schedule");
    expect(branchTip(bare)).toBeUndefined();
    const nightly = await gate(
      server,
      ws,
      { 'save-on': 'push, schedule' },
      { eventName: 'schedule', event: {} },
    );
    expect(nightly.outputs.saved).toBe('true');
    expect(storedHistory(bare).runs).toHaveLength(1);
  }, 60_000);

  it('compares a pull request with its base commit, not with later pushes to the base', async () => {
    const { server } = remote();
    const ws = folder('runway-bg-ws-');
    // main: three runs at 1 ms, then (after the PR branched at C) a run at 3 ms.
    for (const sha of [SHA_A, SHA_B, SHA_C]) {
      await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.001 } }));
      expect((await gate(server, ws, {}, { sha })).outputs.saved).toBe('true');
    }
    await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.003 } }));
    expect(
      (await gate(server, ws, { 'fail-on-alert': 'false' }, { sha: 'f'.repeat(40) })).outputs.regressions,
    ).toBe('1');
    const pr = await gate(
      server,
      ws,
      { comment: 'off' },
      {
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 3,
            base: { ref: 'main', sha: SHA_C },
            head: { repo: { full_name: 'runway-ci/example' } },
          },
        },
        sha: 'd'.repeat(40),
      },
    );
    expect(pr.exitCode).toBe(1);
    expect(pr.outputs['baseline-sha']).toBe(SHA_C);
    expect(pr.errors[0]?.message).toMatch(/b\.py::test_a 3\.00× its baseline/);
  }, 60_000);

  it("annotates a regression at its def line when pytest's rootdir is a folder of the workspace", async () => {
    const { server } = remote();
    const ws = folder('runway-bg-ws-');
    await put(
      ws,
      'backend/tests/perf/test_x.py',
      'import time\n\ndef test_slow(benchmark):\n    benchmark(time.sleep, 0)\n',
    );
    await put(ws, 'benchmark.json', pytestJson({ 'tests/perf/test_x.py::test_slow': { median: 0.001 } }));
    await gate(server, ws, {}, { sha: SHA_A });
    await put(ws, 'benchmark.json', pytestJson({ 'tests/perf/test_x.py::test_slow': { median: 0.01 } }));
    const run = await gate(server, ws, { 'fail-on-alert': 'false' }, { sha: SHA_B });
    const annotation = run.annotations.find((a) => a.properties.title === 'Benchmark regression');
    expect(annotation?.properties).toMatchObject({ file: 'backend/tests/perf/test_x.py', line: '3' });
    expect(annotation?.message).toBe(
      'tests/perf/test_x.py::test_slow: 10 ms against a baseline of 1 ms (10×, noise ±74.1 µs)',
    );
  }, 60_000);

  it('on a pull request from a fork: no comment, the summary says why, and no permission error', async () => {
    const github = await startFakeGitHub({ token: 'ghs_bench_token_1' });
    try {
      const { server } = remote();
      const ws = folder('runway-bg-ws-');
      await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.001 } }));
      for (const sha of [SHA_A, SHA_B]) await gate(server, ws, {}, { sha });
      await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.004 } }));
      const run = await gate(
        server,
        ws,
        { 'fail-on-alert': 'false' },
        {
          eventName: 'pull_request',
          event: {
            pull_request: {
              number: 4,
              base: { ref: 'main', sha: SHA_B },
              head: { repo: { full_name: 'someone/fork' } },
            },
          },
          env: { GITHUB_API_URL: github.url },
        },
      );
      expect(run.exitCode).toBe(0);
      expect(run.outputs.alert).toBe('true');
      expect(github.calls).toEqual([]);
      expect(run.annotations.find((a) => a.level === 'notice')?.message).toContain(
        'comes from the fork someone/fork',
      );
      // No token at all (a fork's workflow may pass none): the history is still read, the summary written.
      const tokenless = await gate(
        server,
        ws,
        { 'fail-on-alert': 'false', 'github-token': '' },
        {
          eventName: 'pull_request',
          event: {
            pull_request: {
              number: 4,
              base: { ref: 'main', sha: SHA_B },
              head: { repo: { full_name: 'runway-ci/example' } },
            },
          },
          env: { GITHUB_API_URL: github.url },
        },
      );
      expect(tokenless.exitCode).toBe(0);
      expect(tokenless.outputs).toMatchObject({ alert: 'true', 'baseline-sha': SHA_B });
      expect(tokenless.summary).toContain('🔴 regression');
      expect(github.calls).toEqual([]);
      expect(tokenless.annotations.map((a) => a.message)).toContain(
        "No PR comment: 'github-token' is empty.",
      );
    } finally {
      await github.close();
    }
  }, 60_000);

  it('does not compare a benchmark whose unit changed, and says why', async () => {
    const { server } = remote();
    const ws = folder('runway-bg-ws-');
    await put(ws, 'custom.json', JSON.stringify([{ name: 'memory', unit: 'MB', value: 100 }]));
    await gate(server, ws, { files: 'custom.json', format: 'customSmallerIsBetter' }, { sha: SHA_A });
    await put(ws, 'custom.json', JSON.stringify([{ name: 'memory', unit: 'GB', value: 1 }]));
    const run = await gate(
      server,
      ws,
      { files: 'custom.json', format: 'customSmallerIsBetter' },
      { sha: SHA_B },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.compared).toBe('0');
    expect(run.annotations.map((a) => a.message)).toContain(
      'memory is not compared: its unit changed from MB to GB.',
    );
    expect(run.summary).toContain('⚠️ not compared: its unit changed from MB to GB');
  }, 60_000);

  it("imports github-action-benchmark's data.js once, turning pytest's operations per second into seconds", async () => {
    const { server, bare } = remote();
    const ws = folder('runway-bg-ws-');
    const entries = [1, 2, 3].map((i) => ({
      commit: {
        id: `${i}`.repeat(40),
        timestamp: `2026-11-0${i}T00:00:00Z`,
        url: `https://github.com/runway-ci/example/commit/${i}`,
      },
      date: Date.parse(`2026-11-0${i}T00:00:00Z`),
      tool: 'pytest',
      benches: [{ name: 'b.py::test_a', value: 1000, unit: 'iter/sec', range: 'stddev: 0.00001' }],
    }));
    await put(
      ws,
      'data.js',
      `window.BENCHMARK_DATA = ${JSON.stringify({ lastUpdate: 1, repoUrl: 'x', entries: { Benchmark: entries } })}`,
    );
    await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.0021 } }));
    const run = await gate(server, ws, { import: 'data.js', 'fail-on-alert': 'false' }, { sha: SHA_A });
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.log).toContain('Imported 3 runs of 1 benchmarks from data.js.');
    expect(run.outputs).toMatchObject({
      regressions: '1',
      compared: '1',
      saved: 'true',
      'baseline-sha': '3'.repeat(40),
    });
    expect(storedHistory(bare).runs).toHaveLength(4);
    const again = await gate(server, ws, { import: 'data.js', 'fail-on-alert': 'false' }, { sha: SHA_B });
    expect(again.log).toContain('Not importing data.js: benchmarks:data.json already holds a history.');
    expect(storedHistory(bare).runs).toHaveLength(5);
  }, 60_000);
});

describe('benchmark-gate refuses what it cannot trust', () => {
  it('names a malformed file and the record in one error line', async () => {
    const { server } = remote();
    const ws = folder('runway-bg-ws-');
    await put(
      ws,
      'benchmark.json',
      JSON.stringify({
        machine_info: {},
        benchmarks: [{ fullname: 'b.py::t', stats: { median: 'fast', mean: 1, min: 1, rounds: 3 } }],
      }),
    );
    const run = await gate(server, ws, {});
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toBe(
      '1 benchmark file could not be read: benchmark.json benchmarks[0] (b.py::t).stats.median must be a number of at least 0; got "fast"',
    );
  });

  it('fails when no file matches, unless allow-empty', async () => {
    const { server, bare } = remote();
    const ws = folder('runway-bg-ws-');
    const run = await gate(server, ws, {});
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toMatch(
      /^No benchmark file matched benchmark\.json under .*set 'allow-empty'\.$/,
    );
    const allowed = await gate(server, ws, { 'allow-empty': 'true' });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs).toMatchObject({ compared: '0', saved: 'false', alert: 'false' });
    expect(branchTip(bare)).toBeUndefined();
  });

  it('fails closed on a history it cannot read, and never overwrites it', async () => {
    const { server, bare } = remote();
    const ws = folder('runway-bg-ws-');
    const seed = folder('runway-bg-seed-');
    git(seed, 'init', '-q', '-b', 'benchmarks');
    await put(seed, 'data.json', '{"format":"something-else"}');
    git(seed, 'add', '-A');
    git(seed, 'commit', '-q', '-m', 'not ours');
    git(seed, 'push', '-q', bare, 'benchmarks');
    const tip = branchTip(bare);
    await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.001 } }));
    const run = await gate(server, ws, {});
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toBe(
      "benchmarks:data.json is not a benchmark-gate history (format runway-benchmark-history, version 1). It is left as it is: repair or remove it, or set another 'data-branch' or 'data-dir'.",
    );
    expect(branchTip(bare)).toBe(tip);
  });

  it('says which permission a refused push needs, without the token', async () => {
    const { server, bare } = remote();
    const ws = folder('runway-bg-ws-');
    // A pre-receive hook that refuses every push, as GitHub refuses a read-only token.
    await put(
      bare,
      'hooks/pre-receive',
      '#!/bin/sh\necho "remote: Permission to runway-ci/example.git denied to github-actions[bot]." >&2\nexit 1\n',
    );
    const { chmodSync } = await import('node:fs');
    chmodSync(path.join(bare, 'hooks', 'pre-receive'), 0o755);
    await put(ws, 'benchmark.json', pytestJson({ 'b.py::test_a': { median: 0.001 } }));
    const run = await gate(server, ws, {});
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toMatch(
      /^Could not save the history to benchmarks:data\.json: git push to benchmarks failed: .*denied.*Grant 'contents: write' to this job \(permissions:\)\.$/,
    );
    expect(run.log).not.toContain('ghs_bench_token_1');
    expect(run.stderr).not.toContain('ghs_bench_token_1');
  });
});
