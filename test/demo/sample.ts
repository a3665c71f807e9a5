/**
 * The service's side of the demo — the starter, templates/python-service: finding a Python that can run its
 * tests, running them in two shards (unit, integration) with JUnit and Cobertura reports, or copying the
 * recorded reports when pytest or coverage.py is not installed; starting the service itself when there is
 * no sshd to deploy through; and its E2E tests against the deployed service.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_ROOT = fileURLToPath(new URL('../../templates/python-service', import.meta.url));
export const RECORDED = fileURLToPath(new URL('./recorded', import.meta.url));
export const SHARDS = ['unit', 'integration'] as const;

function canImport(python: string, modules: string): boolean {
  try {
    execFileSync(python, ['-c', `import ${modules}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The first interpreter among /usr/bin/python3 and PATH's python3 that has these modules, if any. */
export function pythonWith(modules: string): string | undefined {
  return ['/usr/bin/python3', 'python3'].find((python) => canImport(python, modules));
}

export function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export interface ShardRun {
  shard: (typeof SHARDS)[number];
  exitCode: number | null;
  output: string;
}

/** Runs a program to its end, output captured; `signal` stops it (the demo's Ctrl-C). */
function runTo(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; signal: AbortSignal },
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * Runs each shard under coverage.py, writing reports/junit-<shard>.xml and reports/coverage-<shard>.xml.
 * Asynchronous: while the tests run, the demo still hears Ctrl-C and can stop them.
 */
/** The environment the starter's Python runs in: PATH, HOME in the copy, no bytecode written there. */
const pythonEnv = (workspace: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: workspace,
  PYTHONDONTWRITEBYTECODE: '1',
  ...extra,
});

export async function runShards(python: string, workspace: string, signal: AbortSignal): Promise<ShardRun[]> {
  const reports = path.join(workspace, 'reports');
  mkdirSync(reports, { recursive: true });
  const env = pythonEnv(workspace);
  // From the root, as CI runs them: coverage.py then writes repository-relative paths.
  const run = (args: string[]) => runTo(python, args, { cwd: workspace, env, signal });
  const shards: ShardRun[] = [];
  for (const shard of SHARDS) {
    const data = path.join(reports, `.coverage-${shard}`);
    const tests = await run([
      '-m',
      'coverage',
      'run',
      `--data-file=${data}`,
      '-m',
      'pytest',
      '-p',
      'no:cacheprovider',
      `backend/tests/${shard}`,
      `--junitxml=${path.join(reports, `junit-${shard}.xml`)}`,
    ]);
    const xml = await run([
      '-m',
      'coverage',
      'xml',
      `--data-file=${data}`,
      '-o',
      path.join(reports, `coverage-${shard}.xml`),
    ]);
    shards.push({
      shard,
      exitCode: tests.status === 0 ? xml.status : tests.status,
      output: tests.output + xml.output,
    });
  }
  return shards;
}

/** pytest on the starter from its root, into reports/<folder>, without caches or bytecode in the copy. */
async function pytest(
  python: string,
  workspace: string,
  folder: string,
  args: readonly string[],
  signal: AbortSignal,
  extraEnv: Record<string, string> = {},
): Promise<{ exitCode: number | null; output: string }> {
  mkdirSync(path.join(workspace, 'reports', folder), { recursive: true });
  const ran = await runTo(python, ['-m', 'pytest', '-p', 'no:cacheprovider', ...args], {
    cwd: workspace,
    env: pythonEnv(workspace, extraEnv),
    signal,
  });
  return { exitCode: ran.status, output: ran.output };
}

/** The starter's performance tests under the real pytest-benchmark, into reports/benchmark.json. */
export function runBenchmarks(
  python: string,
  workspace: string,
  signal: AbortSignal,
): Promise<{ exitCode: number | null; output: string }> {
  return pytest(
    python,
    workspace,
    '',
    [
      'backend/tests/performance',
      `--benchmark-json=${path.join(workspace, 'reports', 'benchmark.json')}`,
      '--benchmark-min-rounds=5',
      '--benchmark-max-time=0.05',
    ],
    signal,
  );
}

/** Copies the recorded reports (made by the same commands on the development machine) into reports/. */
export function copyRecorded(workspace: string, pattern: RegExp): string[] {
  const reports = path.join(workspace, 'reports');
  mkdirSync(reports, { recursive: true });
  const files = readdirSync(RECORDED).filter((f) => pattern.test(f));
  for (const file of files) copyFileSync(path.join(RECORDED, file), path.join(reports, file));
  return files.map((f) => path.join('reports', f));
}

/** Starts the service directly (the demo's stand-in for a deploy when there is no sshd). */
export function startService(python: string, workspace: string, port: number): ChildProcess {
  return spawn(python, ['-m', 'app.server'], {
    cwd: path.join(workspace, 'backend'),
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_VERSION: 'demo',
    },
    stdio: 'ignore',
  });
}

/** The E2E tests against the running service (E2E_BASE_URL), into reports/e2e/junit-e2e.xml; no GPU here. */
export function runE2e(
  python: string,
  workspace: string,
  baseUrl: string,
  signal: AbortSignal,
): Promise<{ exitCode: number | null; output: string }> {
  return pytest(
    python,
    workspace,
    'e2e',
    [
      '-m',
      'not gpu',
      'backend/tests/e2e',
      `--junitxml=${path.join(workspace, 'reports', 'e2e', 'junit-e2e.xml')}`,
    ],
    signal,
    { E2E_BASE_URL: baseUrl },
  );
}
