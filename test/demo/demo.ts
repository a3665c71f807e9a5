/**
 * `npm run demo`: the CI-then-deploy pipeline, run locally through the committed bundles exactly as the runner
 * runs them (the test harness), against stand-ins the demo starts and stops itself: the starter service
 * (templates/python-service),
 * its tests under pytest and coverage.py, Bandit, a local OpenSSH server as the "instance", and the deployed
 * service for the health check. Tools that are missing are replaced by recorded outputs or skipped, and the
 * demo says which. It prints each step's outputs, the combined job summary for the terminal, and writes it as
 * Markdown and HTML under demo-output/ (or `--output DIR`).
 *
 * Usage: npm run demo [-- --output DIR] [--quiet] [--recorded] [--no-ssh]
 *   --recorded  read the recorded test, coverage and Bandit reports even when the tools are installed
 *   --no-ssh    do not deploy through a local sshd even when OpenSSH is installed
 *   --no-venv   run setup-python with venv: false, as on a python3 without ensurepip (python3-venv)
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ActionRun,
  REPO_ROOT,
  runAction,
  type RunOptions,
  stopRunningSteps,
} from '../harness/run-action.js';
import { freePort, waitForPort } from '../harness/servers.js';
import { prepareSshd, SSHD, type Sshd } from '../harness/sshd.js';
import { renderForTerminal, renderHtml } from './render.js';
import {
  copyRecorded,
  pythonWith,
  runBenchmarks,
  runE2e,
  runShards,
  SAMPLE_ROOT,
  startService,
  which,
} from './sample.js';

const { values: args } = parseArgs({
  options: {
    output: { type: 'string', default: path.join(REPO_ROOT, 'demo-output') },
    quiet: { type: 'boolean' },
    recorded: { type: 'boolean' },
    'no-ssh': { type: 'boolean' },
    'no-venv': { type: 'boolean' },
  },
});
const OUTPUT = path.resolve(args.output);
const QUIET = args.quiet === true;
const RECORDED_ONLY = args.recorded === true;
const USE_SSH = args['no-ssh'] !== true;

type Result = 'success' | 'failure' | 'skipped';
interface Step {
  id: string;
  action: string;
  result: Result;
  run?: ActionRun;
  note?: string;
}

const steps: Step[] = [];
/** What setup-python exported for later steps (VIRTUAL_ENV, PATH), as the runner passes it on. */
let exported: Record<string, string> = {};
let interrupted: NodeJS.Signals | undefined;
/** Aborted on Ctrl-C: what the demo runs itself (the test shards) stops with it. */
const abort = new AbortController();
const notes: string[] = [];
const started = performance.now();
const bold = (text: string): string => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);

function say(line = ''): void {
  if (!QUIET) console.log(line);
}

function note(text: string): void {
  notes.push(text);
  say(`  · ${text}`);
}

function clip(value: string, width = 110): string {
  const flat = value.replace(/\s*\n\s*/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

class Interrupted extends Error {}

/** Goes no further once interrupted: called after every wait, so nothing new starts while stopping. */
function checkpoint(): void {
  if (interrupted !== undefined) throw new Interrupted(`${interrupted}: the demo stops here`);
}

/** Runs one action step, prints its result and outputs, and keeps it for the summary and Slack's `needs`. */
async function step(id: string, action: string, options: RunOptions): Promise<ActionRun> {
  checkpoint();
  if (!QUIET) say(`▶ ${id} (${action})`);
  const run = await runAction(action, {
    timeoutMs: 30_000,
    ...options,
    workspace,
    runnerTemp,
    env: { ...exported, ...options.env },
  });
  checkpoint();
  const result: Result =
    run.exitCode === 0 && (run.post === undefined || run.post.exitCode === 0) ? 'success' : 'failure';
  steps.push({ id, action, result, run });
  say(
    `${result === 'success' ? '✔' : '✘'} ${bold(id)} (${action}) in ${(run.durationMs / 1000).toFixed(1)} s`,
  );
  for (const [name, value] of Object.entries(run.outputs))
    if (value !== '') say(`    ${name} = ${clip(value)}`);
  for (const a of run.annotations.filter((a) => a.level !== 'notice').slice(0, 3))
    say(`    ${a.level}: ${clip(a.message)}`);
  if (result === 'failure') say(run.log.split('\n').slice(-15).join('\n') + run.stderr);
  return run;
}

function skip(id: string, action: string, reason: string): void {
  steps.push({ id, action, result: 'skipped', note: reason });
  say(`– ${bold(id)} (${action}) skipped: ${reason}`);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'runway-demo-'));
const workspace = path.join(scratch, 'workspace');
const runnerTemp = path.join(scratch, 'runner-temp');
mkdirSync(runnerTemp, { recursive: true });
cpSync(SAMPLE_ROOT, workspace, { recursive: true });

let sshd: Sshd | undefined;
let service: ChildProcess | undefined;
const servicePidFile = path.join(scratch, 'service.pid');

/** Stops whatever the demo started: the service (ours, or the one the deploy script started) and sshd. */
async function cleanUp(): Promise<void> {
  await stopRunningSteps();
  await sshd?.stop();
  if (service !== undefined && service.exitCode === null && service.signalCode === null) {
    const exited = new Promise((resolve) => service?.once('exit', resolve));
    service.kill('SIGTERM');
    await exited;
  }
  if (existsSync(servicePidFile)) {
    const pid = Number(readFileSync(servicePidFile, 'utf8').trim());
    try {
      process.kill(pid, 'SIGTERM');
      for (let i = 0; i < 50; i++) {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 50));
      }
    } catch {
      // gone
    }
  }
  await sshd?.dispose();
  rmSync(scratch, { recursive: true, force: true });
}

async function pipeline(): Promise<void> {
  say(bold('Runway demo: the CI-then-deploy pipeline, through the real bundles'));
  say(`  workspace: a copy of templates/python-service in ${workspace}`);
  say();

  // ── CI: set up Python ──────────────────────────────────────────────────────────────────────────────
  const hasVenv = args['no-venv'] !== true && pythonWith('ensurepip') !== undefined;
  if (args['no-venv'] === true) note('--no-venv: setup-python runs with venv: false');
  else if (!hasVenv)
    note(
      'python3 has no ensurepip (Debian: apt-get install python3-venv), so setup-python runs with venv: false',
    );
  const setup = await step('setup-python', 'setup-python', {
    inputs: {
      'python-version-file': 'pyproject.toml',
      venv: hasVenv ? '.venv' : 'false',
      requirements: 'backend/requirements.txt',
      // There is no cache service outside GitHub; the action would warn and go on.
      cache: 'false',
    },
    env: { PATH: process.env.PATH ?? '' },
  });
  exported = { ...setup.env, PATH: [...setup.path, process.env.PATH ?? ''].join(':') };
  const servicePython = setup.outputs['python-path'] || 'python3';

  // ── CI: tests in two shards, then test-report and coverage-gate over all of them ───────────────────
  const testPython = RECORDED_ONLY ? undefined : pythonWith('pytest, coverage');
  if (testPython !== undefined) {
    say('  · running the unit and integration tests under coverage.py');
    const shards = await runShards(testPython, workspace, abort.signal).catch((error: unknown) => {
      checkpoint();
      throw error;
    });
    checkpoint();
    for (const shard of shards)
      say(
        `  · ran the ${shard.shard} tests with ${testPython} -m coverage run -m pytest (exit ${shard.exitCode})`,
      );
  } else {
    copyRecorded(workspace, /^(junit|coverage)-.*\.xml$/);
    note(
      `${RECORDED_ONLY ? '--recorded' : 'pytest or coverage.py is not installed'}: test-report and coverage-gate read recorded reports (test/demo/recorded)`,
    );
  }
  await step('test-report', 'test-report', {
    inputs: { files: 'reports/junit-*.xml', title: 'Sample service tests' },
  });
  await step('coverage-gate', 'coverage-gate', {
    inputs: {
      files: 'reports/coverage-*.xml',
      badge: 'reports/coverage.svg',
      comment: 'off',
      'github-token': '',
    },
  });

  // ── CI: security ────────────────────────────────────────────────────────────────────────────────────
  if (!RECORDED_ONLY && which('bandit') !== undefined) {
    await step('security-gate', 'security-gate', { inputs: { bandit: 'backend/app', 'fail-on': 'high' } });
  } else {
    const recorded = copyRecorded(workspace, /^bandit\.json$/);
    note(
      `${RECORDED_ONLY ? '--recorded' : 'Bandit is not installed'}: security-gate reads a recorded Bandit report`,
    );
    await step('security-gate', 'security-gate', {
      inputs: { reports: recorded.join('\n'), 'fail-on': 'high' },
    });
  }

  // ── E2E stage: the GPU check, not required here ─────────────────────────────────────────────────────
  await step('verify-gpu', 'verify-gpu', { inputs: { required: 'false' } });

  // ── Benchmarks: saved on a push to main, then a pull request compared with it ───────────────────────
  const benchPython = RECORDED_ONLY ? undefined : pythonWith('pytest_benchmark');
  if (benchPython !== undefined) {
    const ran = await runBenchmarks(benchPython, workspace, abort.signal).catch((error: unknown) => {
      checkpoint();
      throw error;
    });
    checkpoint();
    say(
      `  · ran the performance tests with ${benchPython} -m pytest --benchmark-json (exit ${ran.exitCode})`,
    );
  } else {
    copyRecorded(workspace, /^benchmark\.json$/);
    note(
      `${RECORDED_ONLY ? '--recorded' : 'pytest-benchmark is not installed'}: benchmark-gate reads a recorded benchmark file`,
    );
  }
  // The history branch lives in a local bare repository standing in for github.com/<owner>/<repo>.
  const gitServer = path.join(scratch, 'git-server');
  mkdirSync(path.join(gitServer, 'runway-ci'), { recursive: true });
  spawnSync('git', ['init', '-q', '--bare', path.join(gitServer, 'runway-ci', 'example.git')]);
  const mainSha = '1'.repeat(40);
  const benchEnv = { GITHUB_SERVER_URL: `file://${gitServer}`, GITHUB_REPOSITORY: 'runway-ci/example' };
  await step('benchmarks', 'benchmark-gate', {
    inputs: { files: 'reports/benchmark.json', name: 'Sample service benchmarks', 'github-token': '' },
    eventName: 'push',
    event: { repository: { default_branch: 'main' } },
    env: { ...benchEnv, GITHUB_REF_NAME: 'main', GITHUB_SHA: mainSha },
  });
  await step('benchmarks-pr', 'benchmark-gate', {
    inputs: {
      files: 'reports/benchmark.json',
      name: 'Sample service benchmarks',
      comment: 'off',
      'github-token': '',
    },
    eventName: 'pull_request',
    event: {
      pull_request: {
        number: 1,
        base: { ref: 'main', sha: mainSha },
        head: { repo: { full_name: 'runway-ci/example' } },
      },
    },
    env: { ...benchEnv, GITHUB_REF_NAME: '1/merge', GITHUB_SHA: '2'.repeat(40) },
  });

  // ── Deploy: over SSH to a local OpenSSH server standing in for the EC2 instance ─────────────────────
  const port = await freePort();
  const sshMissing = !existsSync(SSHD) || which('ssh-keygen') === undefined;
  if (USE_SSH && !sshMissing) {
    say('  · making keys for the local SSH server that stands in for the instance');
    // In the demo's own scratch folder, so its private keys go with it whatever happens.
    sshd = await prepareSshd(scratch).catch((error: unknown) => {
      checkpoint();
      throw error;
    });
    checkpoint();
    await sshd.start();
    checkpoint();
    const script = [
      `cd '${path.join(workspace, 'backend')}'`,
      `PORT=${port} HOST=127.0.0.1 APP_VERSION=demo nohup '${servicePython}' -m app.server > '${path.join(scratch, 'service.log')}' 2>&1 < /dev/null &`,
      `echo $! > '${servicePidFile}'`,
      `echo "service started as pid $(cat '${servicePidFile}') on port ${port}"`,
    ].join('\n');
    await step('deploy', 'ec2-deploy', {
      inputs: {
        host: '127.0.0.1',
        'ssh-port': String(sshd.port),
        username: sshd.user,
        'ssh-key': sshd.keys.ed25519,
        'host-fingerprint': sshd.hostFingerprint,
        script,
      },
      post: true,
    });
  } else {
    skip(
      'deploy',
      'ec2-deploy',
      `${USE_SSH ? `no OpenSSH server (${SSHD})` : '--no-ssh'}: the demo starts the service itself`,
    );
    service = startService(servicePython, workspace, port);
  }
  const listening = await waitForPort(port, 10_000, abort.signal);
  checkpoint();
  if (!listening) note(`the service did not listen on port ${port}; health-check will say why`);

  // ── Deploy: health check ────────────────────────────────────────────────────────────────────────────
  await step('health-check', 'health-check', {
    inputs: {
      url: `http://127.0.0.1:${port}/health\nhttp://127.0.0.1:${port}/version`,
      'expect-json': 'status=ok',
      'retry-delay': '200ms',
      deadline: '20s',
    },
  });

  // ── Deploy: the E2E tests against the deployed service ──────────────────────────────────────────────
  if (testPython !== undefined) {
    const e2e = await runE2e(testPython, workspace, `http://127.0.0.1:${port}`, abort.signal).catch(
      (error: unknown) => {
        checkpoint();
        throw error;
      },
    );
    checkpoint();
    say(
      `  · ran the E2E tests against http://127.0.0.1:${port} with ${testPython} -m pytest (exit ${e2e.exitCode})`,
    );
    await step('e2e-report', 'test-report', {
      inputs: { files: 'reports/e2e/junit-e2e.xml', title: 'E2E tests against the deployed service' },
    });
  } else {
    skip('e2e-report', 'test-report', 'pytest is not installed (or --recorded): no E2E tests');
  }

  // ── Report: the Slack message, rendered into the summary (no webhook) ───────────────────────────────
  const needs = Object.fromEntries(
    steps.map((s) => [s.id, { result: s.result, outputs: s.run?.outputs ?? {} }]),
  );
  const coverage = steps.find((s) => s.id === 'coverage-gate')?.run?.outputs.coverage ?? '?';
  await step('slack-report', 'slack-report', {
    inputs: {
      needs: JSON.stringify(needs),
      title: 'Sample service: CI and deploy',
      fields: `Coverage=${coverage}%\nEnvironment=demo`,
      'github-token': '',
    },
  });
}

function writeOutputs(markdown: string): void {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, 'summary.md'), markdown);
  writeFileSync(path.join(OUTPUT, 'summary.html'), renderHtml(markdown, 'Runway demo: job summary'));
  const outputs = Object.fromEntries(
    steps.map((s) => [
      s.id,
      { action: s.action, result: s.result, outputs: s.run?.outputs ?? {}, note: s.note },
    ]),
  );
  writeFileSync(path.join(OUTPUT, 'outputs.json'), `${JSON.stringify(outputs, null, 2)}\n`);
  const badge = path.join(workspace, 'reports', 'coverage.svg');
  if (existsSync(badge)) cpSync(badge, path.join(OUTPUT, 'coverage.svg'));
}

// Ctrl-C (SIGINT, to the whole terminal's process group) or SIGTERM: no new step starts, the running ones
// and the test shards are stopped, and the main flow below cleans up once, after the pipeline has let go.
// The deployed service runs in sshd's session, out of reach of the terminal's signal: clean-up stops it too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted !== undefined) return;
    interrupted = signal;
    console.error(`\n${signal}: stopping what the demo started.`);
    abort.abort();
    void stopRunningSteps();
  });
}

let failed = true;
try {
  await pipeline();
  checkpoint();
  const sections = steps.map((s) =>
    s.run !== undefined && s.run.summary.trim() !== ''
      ? s.run.summary.trim() + (s.run.post?.summary.trim() ? `\n\n${s.run.post.summary.trim()}` : '')
      : `### ${s.id} (${s.action})\n\n${s.result === 'skipped' ? `Skipped: ${s.note ?? ''}` : 'No summary.'}`,
  );
  const header = [
    '# Runway demo: CI then deploy',
    '',
    '| step | action | result |',
    '| --- | --- | --- |',
    ...steps.map((s) => `| ${s.id} | \`${s.action}\` | ${s.result} |`),
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
  const markdown = `${[header, ...sections].join('\n\n---\n\n')}\n`;
  writeOutputs(markdown);
  say();
  say(bold('──── The combined job summary ────'));
  say(renderForTerminal(markdown, Math.min(process.stdout.columns || 100, 120), process.stdout.isTTY));
  failed = steps.some((s) => s.result === 'failure');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `${failed ? '✘ A step failed' : '✔ Every step passed'} in ${seconds} s. The summary is in ${path.relative(process.cwd(), OUTPUT) || '.'}/summary.md and summary.html.`,
  );
} catch (error) {
  // Whatever an interrupted step or tool threw is the interruption's doing, not a fault to show.
  if (interrupted === undefined)
    console.error(
      `The demo broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
} finally {
  await cleanUp();
}
process.exitCode = interrupted !== undefined ? 130 : failed ? 1 : 0;
