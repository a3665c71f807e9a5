/**
 * Reports read from workflow artifacts, as a unit: @actions/artifact and the REST client against the local
 * stand-in for the runner's artifact service, GitHub's REST API and blob storage (test/harness/
 * fake-artifacts.ts). The bundles' use of it is in test/e2e/artifacts.test.ts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { artifactReports, baseArtifactFile, type BaseArtifactRequest } from '../../shared/artifacts.js';
import { artifactPatterns } from '../../shared/artifact-names.js';
import { ActionFailure, ConfigurationError } from '../../shared/errors.js';
import {
  type FakeArtifacts,
  type FakeRun,
  runtimeToken,
  startFakeArtifacts,
  zipOf,
} from '../harness/fake-artifacts.js';

const TOKEN = 'ghs_artifactsUnitToken0123456789';
const CURRENT_RUN = 1001;
let fake: FakeArtifacts;
let temp = '';
let logged = '';
// One stand-in for the file: the toolkit's clients keep the first API URL they are given.
beforeAll(async () => {
  fake = await startFakeArtifacts({ token: TOKEN, currentRunId: CURRENT_RUN });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  fake.runs.splice(0);
  fake.artifacts.splice(0);
  fake.calls.splice(0);
  fake.blob = 'ok';
  fake.runs.push(ciRun(CURRENT_RUN, { headBranch: 'feature', event: 'pull_request', conclusion: null }));
  temp = await mkdtemp(path.join(tmpdir(), 'runway-artifacts-unit-'));
  for (const [name, value] of Object.entries({ ...fake.env(), RUNNER_TEMP: temp })) vi.stubEnv(name, value);
  logged = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged += chunk.toString();
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await rm(temp, { recursive: true, force: true });
});

const ciRun = (id: number, extra: Partial<FakeRun> = {}): FakeRun => ({
  id,
  workflowId: 77,
  path: '.github/workflows/ci.yml',
  headBranch: 'main',
  event: 'push',
  conclusion: 'success',
  ...extra,
});
const artifact = (id: number, name: string, runId: number, entries: Record<string, string>) => {
  fake.artifacts.push({ id, name, runId, zip: zipOf(entries) });
};
const patterns = (...items: string[]) => artifactPatterns(items, 'artifacts');

describe("this run's artifacts", () => {
  it('reads nothing and loads nothing without artifact names', async () => {
    expect(await artifactReports([], ['*.xml'], 10_000)).toEqual({ files: [], notes: [] });
    expect(fake.calls).toEqual([]);
  });

  it.each(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'])(
    'says where artifacts can be read when %s is not set',
    async (name) => {
      // Empty, or not in the environment at all.
      for (const value of ['', undefined]) {
        vi.stubEnv(name, value);
        const reading = artifactReports(patterns('junit-*'), ['*.xml'], 10_000);
        await expect(reading).rejects.toBeInstanceOf(ConfigurationError);
        await expect(reading).rejects.toThrow(
          `Input 'artifacts' reads this run's artifacts through the runner, but ${name} is not set`,
        );
      }
    },
  );

  it('downloads each matching artifact once and returns the files the patterns match inside it', async () => {
    artifact(11, 'junit-py3.11', CURRENT_RUN, { 'reports/unit.xml': '<a/>', 'reports/log.txt': 'x' });
    artifact(12, 'junit-py3.12', CURRENT_RUN, { 'unit.xml': '<b/>' });
    artifact(13, 'coverage', CURRENT_RUN, { 'unit.xml': '<c/>' });
    const { files, notes } = await artifactReports(patterns('junit-*'), ['**/*.xml'], 10_000);
    expect(files.map((f) => [f.display, f.relative])).toEqual([
      ['artifact:junit-py3.11/reports/unit.xml', 'reports/unit.xml'],
      ['artifact:junit-py3.12/unit.xml', 'unit.xml'],
    ]);
    expect(await Promise.all(files.map((f) => readFile(f.absolute, 'utf8')))).toEqual(['<a/>', '<b/>']);
    // Under the runner's temp folder, never the workspace.
    for (const f of files) expect(f.absolute.startsWith(`${temp}${path.sep}runway-artifacts-`)).toBe(true);
    expect(notes).toEqual([]);
    expect(logged).toContain("artifact 'junit-py3.11': 2 files, 1 read");
    expect(logged).toContain("artifact 'junit-py3.12': 1 file, 1 read");
    expect(fake.calls.filter((c) => c.startsWith('GET /blob/'))).toEqual([
      expect.stringMatching(/^GET \/blob\/11\.zip\?/),
      expect.stringMatching(/^GET \/blob\/12\.zip\?/),
    ]);
  });

  it('says which pattern matched no artifact, and which artifact held no such file', async () => {
    artifact(11, 'junit-a', CURRENT_RUN, { 'notes.txt': 'x' });
    const { files, notes } = await artifactReports(patterns('junit-*', 'missing-*'), ['*.xml'], 10_000);
    expect(files).toEqual([]);
    expect(notes.join(' ')).toContain("'junit-a'");
    expect(notes.join(' ')).toContain('missing-*');
  });

  it('clears its deadline when the work ends in time (a pending deadline would end the process later)', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    artifact(11, 'junit-a', CURRENT_RUN, { 'a.xml': '<a/>' });
    await artifactReports(patterns('junit-*'), ['*.xml'], 12_345);
    const at = timers.mock.calls.findIndex(([, ms]) => ms === 12_345);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(cleared).toHaveBeenCalledWith(timers.mock.results[at]?.value);
  });

  it('names the artifacts there are in order, and the report patterns, when nothing matched', async () => {
    artifact(12, 'zeta', CURRENT_RUN, { 'notes.txt': 'x' });
    artifact(11, 'alpha', CURRENT_RUN, { 'notes.txt': 'x' });
    const { notes } = await artifactReports(
      patterns('missing-*', 'zeta'),
      ['*.xml', 'reports/*.xml'],
      10_000,
    );
    // The service lists zeta first.
    expect(notes).toEqual([
      "'zeta' holds no file matching *.xml, reports/*.xml",
      "'missing-*' matched no artifact (it has alpha, zeta)",
    ]);
    expect(logged).toContain('Artifacts of this run: missing-*, zeta');
  });

  /** This run's artifact `junit-a` (id 11), recorded with `digest`. */
  const withDigest = (digest: string): void => {
    fake.artifacts.push({
      id: 11,
      name: 'junit-a',
      runId: CURRENT_RUN,
      zip: zipOf({ 'a.xml': 'x' }),
      digest,
    });
  };

  it('refuses an artifact whose zip does not match the digest recorded at upload', async () => {
    withDigest(`sha256:${'0'.repeat(64)}`);
    const reading = artifactReports(patterns('junit-*'), ['*.xml'], 10_000);
    await expect(reading).rejects.toBeInstanceOf(ActionFailure);
    await expect(reading).rejects.toThrow(
      "The artifact 'junit-a' (id 11) does not match the digest GitHub recorded when it was uploaded: not read.",
    );
  });

  it('reads an artifact uploaded before digests existed', async () => {
    withDigest('');
    expect(
      (await artifactReports(patterns('junit-*'), ['*.xml'], 10_000)).files.map((f) => f.relative),
    ).toEqual(['a.xml']);
  });

  it('tells a refusal of the artifact service in one line naming the input', async () => {
    vi.stubEnv(
      'ACTIONS_RUNTIME_TOKEN',
      runtimeToken('c2a6bcae-0000-4000-8000-0000000000ff', 'c2a6bcae-0000-4000-8000-0000000000fe'),
    );
    const reading = artifactReports(patterns('junit-*'), ['*.xml'], 20_000);
    await expect(reading).rejects.toBeInstanceOf(ActionFailure);
    await expect(reading).rejects.toThrow(
      "Input 'artifacts': the artifacts could not be read: Failed to ListArtifacts: Received non-retryable error: Failed request: (401) Unauthorized: invalid runtime token",
    );
  });

  it('ends a download that never answers at the deadline, then ends the process shortly after', async () => {
    artifact(11, 'junit-a', CURRENT_RUN, { 'a.xml': 'x' });
    fake.blob = 'hang';
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const started = Date.now();
    await expect(artifactReports(patterns('junit-*'), ['*.xml'], 400)).rejects.toThrow(
      new ActionFailure(
        "Reading this run's artifacts did not finish within 400ms ('artifacts-timeout'): GitHub's artifact storage is slow or unreachable from this runner.",
      ),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(exit).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 2300));
    expect(exit).toHaveBeenCalledTimes(1);
  });
});

describe("the base branch's artifact", () => {
  const request = (name: string, inside?: string): BaseArtifactRequest => ({
    ref: { name, inside },
    input: 'base',
    timeoutInput: 'base-timeout',
    timeoutMs: 20_000,
    token: TOKEN,
    repository: 'runway-ci/example',
    runId: CURRENT_RUN,
    branch: 'main',
  });

  it('takes the file of the artifact in the latest successful run of this workflow on the branch', async () => {
    fake.runs.push(
      ciRun(990),
      ciRun(980),
      ciRun(995, { conclusion: 'failure' }),
      ciRun(996, { headBranch: 'dev' }),
    );
    artifact(33, 'junit', 990, { 'coverage.xml': '<not this one/>' });
    artifact(31, 'coverage', 990, { 'coverage.xml': '<base/>' });
    artifact(32, 'coverage', 980, { 'coverage.xml': '<older/>' });
    const base = await baseArtifactFile(request('coverage'));
    if (!base.found) throw new Error(base.reason);
    expect(base.run.id).toBe(990);
    expect([base.file.display, base.file.relative]).toEqual([
      'artifact:coverage/coverage.xml',
      'coverage.xml',
    ]);
    expect(await readFile(base.file.absolute, 'utf8')).toBe('<base/>');
    expect(base.file.absolute.startsWith(`${temp}${path.sep}runway-base-`)).toBe(true);
    expect(logged).toContain("Base from artifact 'coverage' on main");
    expect(logged).toContain('Base run: the latest successful run of .github/workflows/ci.yml on main');
  });

  it("takes the newest of the base run's artifacts with the same name", async () => {
    fake.runs.push(ciRun(990));
    artifact(31, 'coverage', 990, { 'coverage.xml': '<first attempt/>' });
    artifact(35, 'coverage', 990, { 'coverage.xml': '<second attempt/>' });
    const base = await baseArtifactFile(request('coverage'));
    if (!base.found) throw new Error(base.reason);
    expect(await readFile(base.file.absolute, 'utf8')).toBe('<second attempt/>');
  });

  it('takes the file named inside the artifact', async () => {
    fake.runs.push(ciRun(990));
    artifact(31, 'coverage', 990, { 'reports/coverage.xml': '<base/>', 'reports/other.txt': 'x' });
    const base = await baseArtifactFile(request('coverage', 'reports/coverage.xml'));
    expect(base.found && base.file.relative).toBe('reports/coverage.xml');
    const missing = await baseArtifactFile(request('coverage', 'reports/nope.xml'));
    expect(missing.found).toBe(false);
    expect(!missing.found && missing.reason).toBe(
      "the latest successful run of .github/workflows/ci.yml on main (https://github.com/runway-ci/example/actions/runs/990): artifact 'coverage' holds no file 'reports/nope.xml'",
    );
  });

  it('is not found, with the reason, when there is no successful run or no such artifact', async () => {
    expect(await baseArtifactFile(request('coverage'))).toEqual({
      found: false,
      reason: '.github/workflows/ci.yml has no successful run on main yet',
    });
    fake.runs.push(ciRun(990));
    expect(await baseArtifactFile(request('coverage'))).toEqual({
      found: false,
      reason:
        "the latest successful run of .github/workflows/ci.yml on main (https://github.com/runway-ci/example/actions/runs/990) has no artifact 'coverage' (not uploaded, or expired)",
    });
  });

  it.each([401, 403, 404])(
    "names the permission when the token may not read the base run's artifacts (%d)",
    async (status) => {
      fake.runs.push(ciRun(990));
      artifact(31, 'coverage', 990, { 'coverage.xml': '<base/>' });
      // The run and the workflow's runs are read; the run's artifacts are refused, every retry.
      fake.failRest(status, 10, 2);
      const fetching = baseArtifactFile(request('coverage'));
      await expect(fetching).rejects.toBeInstanceOf(ActionFailure);
      await expect(fetching).rejects.toThrow(
        /^Input 'base': the artifacts could not be read: .*\(the token needs `actions: read` under `permissions:`\)$/,
      );
    },
  );

  it('names no permission when the refusal is not about the token', async () => {
    fake.runs.push(ciRun(990));
    artifact(31, 'coverage', 990, { 'coverage.xml': '<base/>' });
    fake.failRest(422, 10, 2);
    const fetching = baseArtifactFile(request('coverage'));
    // The client's own words end the line.
    await expect(fetching).rejects.toThrow(/^Input 'base': the artifacts could not be read: Server Error$/);
    await expect(fetching).rejects.not.toThrow('permissions:');
  });

  it('fails naming the input when the token may not read the runs', async () => {
    fake.failRest(403);
    const fetching = baseArtifactFile(request('coverage'));
    await expect(fetching).rejects.toBeInstanceOf(ActionFailure);
    await expect(fetching).rejects.toThrow(/^Input 'base': GET .*\/actions\/runs\/1001 answered 403: /);
  });
});
