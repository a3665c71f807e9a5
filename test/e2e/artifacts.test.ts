/**
 * Reports read from workflow artifacts through the bundles: this run's artifacts (the runner's artifact
 * service) for test-report, coverage-gate and security-gate, and coverage-gate's base from the base branch's
 * latest successful run (the REST API), against a local server speaking both protocols and blob storage.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeArtifact,
  type FakeArtifacts,
  type FakeRun,
  startFakeArtifacts,
  zipOf,
} from '../harness/fake-artifacts.js';
import { writeTree } from '../harness/python.js';
import { type ActionRun, runAction } from '../harness/run-action.js';

const TOKEN = 'ghs_artifactsTestToken0123456789';
const CURRENT_RUN = 1001;
const WORKFLOW = 77;

const cobertura = (file: string, hits: number[]): string =>
  [
    '<?xml version="1.0" ?>',
    `<coverage version="7.6.0" line-rate="0" branch-rate="0" lines-covered="0" lines-valid="${hits.length}" branches-covered="0" branches-valid="0" complexity="0" timestamp="1">`,
    '<sources><source>.</source></sources><packages><package name="app" line-rate="0" branch-rate="0" complexity="0"><classes>',
    `<class name="${path.basename(file)}" filename="${file}" line-rate="0" branch-rate="0" complexity="0"><methods/><lines>`,
    ...hits.map((h, i) => `<line number="${i + 1}" hits="${h}"/>`),
    '</lines></class></classes></package></packages></coverage>',
  ].join('\n');

const lcov = (file: string, hits: number[]): string =>
  [
    `SF:${file}`,
    ...hits.map((h, i) => `DA:${i + 1},${h}`),
    `LF:${hits.length}`,
    `LH:${hits.filter((h) => h > 0).length}`,
    'end_of_record',
    '',
  ].join('\n');

const summary = (files: Record<string, [number, number]>): string =>
  JSON.stringify({
    version: 1,
    metric: 'lines',
    files: Object.fromEntries(
      Object.entries(files).map(([f, [valid, covered]]) => [
        f,
        { linesValid: valid, linesCovered: covered, branchesValid: 0, branchesCovered: 0 },
      ]),
    ),
  });

const SOURCES = {
  'app/__init__.py': '',
  'app/a.py': 'a = 1\nb = 2\nc = 3\nd = 4\n',
  'app/b.py': 'a = 1\nb = 2\nc = 3\nd = 4\n',
};

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'runway-artifacts-'));
  scratch.push(dir);
  writeTree(dir, SOURCES);
  return dir;
}

let fake: FakeArtifacts;
beforeEach(async () => {
  fake = await startFakeArtifacts({ token: TOKEN, currentRunId: CURRENT_RUN });
  fake.runs.push(ciRun(CURRENT_RUN, { headBranch: 'feature', event: 'pull_request', conclusion: null }));
});
afterEach(async () => {
  await fake.close();
});

/** A run of this workflow (ci.yml); main's successful push unless said otherwise. */
const ciRun = (id: number, extra: Partial<FakeRun> = {}): FakeRun => ({
  id,
  workflowId: WORKFLOW,
  path: '.github/workflows/ci.yml',
  headBranch: 'main',
  event: 'push',
  conclusion: 'success',
  ...extra,
});

/** An artifact of run `runId` holding `entries` (name → content). */
const artifactOf = (
  id: number,
  name: string,
  runId: number,
  entries: Record<string, string | Buffer>,
): FakeArtifact => ({ id, name, runId, zip: zipOf(entries) });

const PR_EVENT = { pull_request: { number: 5, base: { ref: 'main' }, head: { ref: 'feature' } } };

function gate(ws: string, inputs: Record<string, string>, extra: Parameters<typeof runAction>[1] = {}) {
  return runAction('coverage-gate', {
    workspace: ws,
    inputs: { 'github-token': TOKEN, comment: 'off', annotate: 'false', ...inputs },
    env: fake.env(),
    event: PR_EVENT,
    eventName: 'pull_request',
    ...extra,
  });
}

const errorLine = (run: ActionRun): string => run.errors.map((e) => e.message).join(' | ');

describe("coverage-gate reads this run's artifacts", () => {
  it('merges the shards of every matching artifact, with no download step and nothing in the workspace', async () => {
    const ws = await workspace();
    fake.artifacts.push(
      artifactOf(11, 'coverage-unit', CURRENT_RUN, { 'coverage.xml': cobertura('app/a.py', [1, 1, 0, 0]) }),
      artifactOf(12, 'coverage-integration', CURRENT_RUN, {
        'lcov/lcov.info': lcov('app/b.py', [1, 1, 1, 0]),
        'notes.txt': 'not a report',
      }),
      artifactOf(13, 'junit', CURRENT_RUN, { 'junit.xml': '<testsuites/>' }),
      // Another run's artifact of a matching name is never this run's.
      artifactOf(14, 'coverage-old', 990, { 'coverage.xml': cobertura('app/a.py', [0, 0, 0, 0]) }),
    );
    const run = await gate(ws, { artifacts: 'coverage-*' });
    expect(errorLine(run), run.log).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.coverage).toBe('62.5');
    expect(run.outputs['lines-valid']).toBe('8');
    expect(run.log).toContain("artifact 'coverage-unit': 1 file, 1 read");
    expect(run.log).toContain("artifact 'coverage-integration': 2 files, 1 read");
    expect(run.log).toContain('artifact:coverage-integration/lcov/lcov.info: lcov');
    // The blob's signature is masked before the debug log could show it, and never in the plain log.
    expect(fake.calls.some((c) => c.includes('/ListArtifacts'))).toBe(true);
    expect(run.masks).toContain('SECRET/signature');
    expect(run.log).not.toContain('SECRET');
    expect(readdirSync(ws).sort()).toEqual(['app']);
  });

  it('fails as with no reports when no artifact matches, naming what the run has', async () => {
    const ws = await workspace();
    fake.artifacts.push(artifactOf(21, 'junit', CURRENT_RUN, { 'junit.xml': '<testsuites/>' }));
    const run = await gate(ws, { artifacts: 'coverage-*' });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toContain("'coverage-*' matched no artifact (it has junit)");
  });
});

describe("coverage-gate's base from the base branch's latest successful run", () => {
  function baseRuns(): void {
    fake.runs.push(
      ciRun(990),
      ciRun(995, { conclusion: 'failure' }),
      // A pull request's run from a head branch named main (a fork's) is not main's.
      ciRun(996, { event: 'pull_request' }),
      // Another workflow's run on main.
      ciRun(997, { workflowId: 78, path: '.github/workflows/nightly.yml', event: 'schedule' }),
    );
    fake.artifacts.push(
      artifactOf(31, 'coverage-summary', 990, {
        'coverage-summary.json': summary({ 'app/a.py': [4, 1], 'app/b.py': [4, 3] }),
      }),
      artifactOf(32, 'coverage-summary', 995, { 'coverage-summary.json': summary({ 'app/a.py': [4, 0] }) }),
      artifactOf(33, 'coverage-summary', 996, { 'coverage-summary.json': summary({ 'app/a.py': [4, 4] }) }),
      artifactOf(34, 'coverage-summary', 997, { 'coverage-summary.json': summary({ 'app/a.py': [4, 4] }) }),
    );
  }

  it("compares with main's last successful run of this workflow and gates target auto on it", async () => {
    const ws = await workspace();
    writeTree(ws, { 'coverage.xml': cobertura('app/a.py', [1, 1, 1, 0]) });
    baseRuns();
    const run = await gate(ws, { base: 'artifact:coverage-summary', target: 'auto' });
    expect(errorLine(run), run.log).toBe('');
    expect(run.outputs['base-coverage']).toBe('50');
    expect(run.outputs.coverage).toBe('75');
    expect(run.outputs.delta).toBe('25');
    expect(run.log).toContain('actions/runs/990');
    expect(fake.calls).toContain('GET /repos/runway-ci/example/actions/artifacts/31/zip');
    expect(fake.calls.filter((c) => c.startsWith('GET /blob/'))).toEqual([
      expect.stringMatching(/^GET \/blob\/31\.zip\?/),
    ]);
  });

  it('takes a named file of the artifact, and a coverage report as well as a summary', async () => {
    const ws = await workspace();
    writeTree(ws, { 'coverage.xml': cobertura('app/a.py', [1, 1, 1, 0]) });
    fake.runs.push(ciRun(990));
    fake.artifacts.push(
      artifactOf(41, 'coverage', 990, {
        'reports/coverage.xml': cobertura('app/a.py', [1, 0, 0, 0]),
        'reports/other.txt': 'x',
      }),
    );
    const named = await gate(ws, { base: 'artifact:coverage/reports/coverage.xml' });
    expect(errorLine(named), named.log).toBe('');
    expect(named.outputs['base-coverage']).toBe('25');
    const unnamed = await gate(ws, { base: 'artifact:coverage' });
    expect(unnamed.exitCode).toBe(1);
    expect(errorLine(unnamed)).toContain(
      "Input 'base': artifact 'coverage' holds 2 files (reports/coverage.xml, reports/other.txt); name one, as artifact:coverage/<file>.",
    );
  });

  it('says in one notice when there is no base, and gates without one', async () => {
    const ws = await workspace();
    writeTree(ws, { 'coverage.xml': cobertura('app/a.py', [1, 1, 1, 0]) });
    const none = await gate(ws, { base: 'artifact:coverage-summary' });
    expect(none.exitCode).toBe(0);
    expect(none.outputs['base-coverage']).toBe('');
    expect(none.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      'No base coverage: .github/workflows/ci.yml has no successful run on main yet; coverage is not compared with a base.',
    ]);

    fake.runs.push(ciRun(990));
    const noArtifact = await gate(ws, { base: 'artifact:coverage-summary' });
    expect(noArtifact.exitCode).toBe(0);
    expect(noArtifact.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      "No base coverage: the latest successful run of .github/workflows/ci.yml on main (https://github.com/runway-ci/example/actions/runs/990) has no artifact 'coverage-summary' (not uploaded, or expired); coverage is not compared with a base.",
    ]);
  });

  it('fails, naming the permission, when the token may not read Actions', async () => {
    const ws = await workspace();
    writeTree(ws, { 'coverage.xml': cobertura('app/a.py', [1, 1, 1, 0]) });
    fake.failRest(403);
    const run = await gate(ws, { base: 'artifact:coverage-summary' });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /^Input 'base': GET .*\/actions\/runs\/1001 answered 403: Resource not accessible by integration \(the token lacks a permission/,
    );
  });
});

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const fixture = (rel: string): Promise<Buffer> => readFile(path.join(FIXTURES, rel));

describe("test-report reads this run's artifacts", () => {
  it('reads every JUnit report of the matching artifacts with the workspace reports, and names them by artifact', async () => {
    const ws = await workspace();
    writeTree(ws, {
      'reports/unit.xml':
        '<testsuite name="unit" tests="1"><testcase classname="tests.test_a" name="test_ok" time="0.1"/></testsuite>',
    });
    fake.artifacts.push(
      artifactOf(51, 'junit-integration', CURRENT_RUN, {
        'junit-integration.xml':
          '<testsuite name="integration" tests="3"><testcase classname="tests.test_db" name="test_ok"/><testcase classname="tests.test_db" name="test_broken"><failure message="boom">assert 1 == 2</failure></testcase><testcase classname="tests.test_db" name="test_flaky"><failure message="once">x</failure></testcase></testsuite>',
        'rerun/last-failed.xml':
          '<testsuite name="rerun" tests="1"><testcase classname="tests.test_db" name="test_flaky"/></testsuite>',
        'coverage.xml': cobertura('app/a.py', [1]),
        'notes.txt': 'not read',
      }),
      artifactOf(52, 'junit-e2e', CURRENT_RUN, {
        'e2e/TEST-e2e.xml': await fixture('junit/pytest-7.2.1__xunit2.xml'),
      }),
    );
    const run = await runAction('test-report', {
      workspace: ws,
      inputs: { artifacts: 'junit-*', 'rerun-files': '**/last-failed.xml', annotate: 'false' },
      env: fake.env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain('artifact:junit-integration/junit-integration.xml: 3 test records');
    expect(run.log).toContain('artifact:junit-integration/rerun/last-failed.xml: 1 test records');
    expect(run.log).toContain('artifact:junit-e2e/e2e/TEST-e2e.xml:');
    expect(run.log).toContain('reports/unit.xml: 1 test records');
    // The artifact's coverage.xml is not among the files `files` matches: never read.
    expect(run.log).not.toContain('coverage.xml');
    expect(run.outputs.flaky).toBe('1');
    // pytest's own file: 12 tests (5 passed, 4 failed, 1 error, 2 skipped); ours add 2 passed, 1 failed, 1 flaky.
    expect(errorLine(run)).toMatch(
      /^Test results: 16 tests: 7 passed, 5 failed, 1 error, 2 skipped, 1 flaky\. /,
    );
  });

  it('fails with no tests when the artifacts hold no report, saying which', async () => {
    const ws = await workspace();
    fake.artifacts.push(artifactOf(53, 'junit-unit', CURRENT_RUN, { 'log.txt': 'x' }));
    const run = await runAction('test-report', {
      workspace: ws,
      inputs: { artifacts: 'junit-*\njunit-gpu' },
      env: fake.env(),
    });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toContain(
      "nor in this run's artifacts junit-*, junit-gpu ('junit-unit' holds no file matching **/junit*.xml, **/TEST-*.xml, reports/**/*.xml; 'junit-gpu' matched no artifact (it has junit-unit))",
    );
  });
});

describe("security-gate reads this run's artifacts", () => {
  it('gates the reports of every matching artifact', async () => {
    const ws = await workspace();
    fake.artifacts.push(
      artifactOf(61, 'scan-bandit', CURRENT_RUN, {
        'bandit.json': await fixture('security/bandit/generated__bandit-high-only.json'),
      }),
      artifactOf(62, 'scan-clean', CURRENT_RUN, {
        'clean.json': await fixture('security/bandit/generated__bandit-clean.json'),
      }),
    );
    const run = await runAction('security-gate', {
      workspace: ws,
      inputs: { artifacts: 'scan-*', annotate: 'false' },
      env: fake.env(),
    });
    expect(run.outputs).toMatchObject({ high: '1', 'tool-errors': '0', passed: 'false' });
    expect(run.log).toContain('artifact:scan-bandit/bandit.json: bandit, 1 finding');
  });

  it('counts a scan whose artifact is missing as a scanner error, never a clean scan', async () => {
    const ws = await workspace();
    fake.artifacts.push(
      artifactOf(63, 'scan-clean', CURRENT_RUN, {
        'clean.json': await fixture('security/bandit/generated__bandit-clean.json'),
      }),
    );
    const run = await runAction('security-gate', {
      workspace: ws,
      inputs: { artifacts: 'scan-clean\nscan-pip-audit' },
      env: fake.env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['tool-errors']).toBe('1');
    expect(errorLine(run)).toContain(
      "artifact 'scan-pip-audit' matched no artifact (it has scan-clean): no scanner report read",
    );
  });
});

describe('hostile artifacts and inputs', () => {
  it('keeps every entry of a zip inside its download folder, whatever its name says', async () => {
    const ws = await workspace();
    const temp = await mkdtemp(path.join(tmpdir(), 'runway-artifacts-temp-'));
    scratch.push(temp);
    const runnerTemp = path.join(temp, 'runner-temp');
    fake.artifacts.push(
      artifactOf(71, 'coverage-evil', CURRENT_RUN, {
        '../../outside.xml': cobertura('app/a.py', [1, 1, 1, 1]),
        '/tmp/absolute.xml': cobertura('app/a.py', [1, 1, 1, 1]),
        // Non-ASCII, so the zip flags the name as UTF-8 and the newline is a newline once unzipped.
        'ok-é\n::error::forged.xml': cobertura('app/b.py', [0, 0, 0, 0]),
      }),
    );
    const run = await gate(ws, { artifacts: 'coverage-evil', files: '**/*.xml' }, { runnerTemp });
    expect(existsSync(path.join(temp, 'outside.xml'))).toBe(false);
    expect(existsSync(path.join(runnerTemp, 'outside.xml'))).toBe(false);
    expect(run.errors.map((e) => e.message).join('|')).not.toContain('forged');
    expect(run.commands.filter((c) => c.command === 'error' && c.message.startsWith('forged'))).toEqual([]);
    // All three were read from inside the folder (two renamed by the unzipper's own guard).
    expect(run.outputs['lines-valid']).toBe('8');
    expect(run.log).toContain('artifact:coverage-evil/ok-é ::error::forged.xml: cobertura');
  });

  it('refuses an artifact that does not match the digest recorded at upload', async () => {
    const ws = await workspace();
    fake.artifacts.push({
      id: 72,
      name: 'coverage-unit',
      runId: CURRENT_RUN,
      zip: zipOf({ 'coverage.xml': cobertura('app/a.py', [1, 1, 1, 1]) }),
      digest: `sha256:${'0'.repeat(64)}`,
    });
    const run = await gate(ws, { artifacts: 'coverage-*' });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toBe(
      "The artifact 'coverage-unit' (id 72) does not match the digest GitHub recorded when it was uploaded: not read.",
    );
  });

  it('ends a download that never answers at artifacts-timeout, and the step with it', async () => {
    const ws = await workspace();
    fake.artifacts.push(artifactOf(73, 'junit-slow', CURRENT_RUN, { 'a.xml': '<testsuite/>' }));
    fake.blob = 'hang';
    const started = Date.now();
    const run = await runAction('test-report', {
      workspace: ws,
      inputs: { artifacts: 'junit-*', 'artifacts-timeout': '2s' },
      env: fake.env(),
      timeoutMs: 30_000,
    });
    expect(run.timedOut).toBe(false);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toBe(
      "Reading this run's artifacts did not finish within 2.00s ('artifacts-timeout'): GitHub's artifact storage is slow or unreachable from this runner.",
    );
  });

  it.each([
    [
      'a pattern with a slash',
      'test-report',
      { artifacts: 'reports/junit' },
      "Input 'artifacts' must hold artifact names or patterns with * and ? (no / \\ \" : < > |); got 'reports/junit'.",
    ],
    [
      'a base artifact with no name',
      'coverage-gate',
      { base: 'artifact:' },
      "Input 'base' must be a path or artifact:<name>[/<file in it>]; 'artifact:' names no artifact.",
    ],
    [
      'a base file that climbs out',
      'coverage-gate',
      { base: 'artifact:cov/../x' },
      "Input 'base' must be a path or artifact:<name>[/<file in it>]; 'artifact:cov/../x' names its file with an empty, '.' or '..' segment.",
    ],
    [
      'a base artifact with no token',
      'coverage-gate',
      { base: 'artifact:cov', 'github-token': '' },
      "Input 'github-token' is required when 'base' is an artifact of another run; pass ${{ github.token }} (with `actions: read`).",
    ],
    [
      'a timeout with no unit',
      'security-gate',
      { artifacts: 'scan-*', 'artifacts-timeout': '30' },
      "Input 'artifacts-timeout' must be a duration with a unit, such as 500ms, 30s, 5m or 1m30s; got '30'.",
    ],
  ])('refuses %s in one line before loading anything', async (_what, action, inputs, message) => {
    const run = await runAction(action, {
      workspace: await workspace(),
      inputs: { 'github-token': TOKEN, ...inputs },
      env: fake.env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([message]);
    expect(fake.calls).toEqual([]);
  });

  it('says where artifacts can be read when the runner did not give this step the artifact service', async () => {
    const run = await runAction('security-gate', {
      workspace: await workspace(),
      inputs: { artifacts: 'scan-*' },
      env: { ...fake.env(), ACTIONS_RUNTIME_TOKEN: '' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([
      "Input 'artifacts' reads this run's artifacts through the runner, but ACTIONS_RUNTIME_TOKEN is not set: it is set for JavaScript actions in a workflow job on GitHub Actions (this step may run elsewhere).",
    ]);
  });
});
