/**
 * `npm run demo` works, ends within a minute, writes its summary, and leaves nothing running: once with the
 * real tools (pytest, coverage.py, Bandit, sshd: .ci/run installs them) and once on the recorded reports
 * without ssh, the path a machine with only Node.js and python3 takes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/run-action.js';
import { requireProgram, requireTool } from '../harness/servers.js';
import { havePythonModule } from '../harness/python.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'runway-demo-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Demo {
  code: number | null;
  output: string;
  seconds: number;
  dir: string;
  steps: Record<string, { action: string; result: string; outputs: Record<string, string>; note?: string }>;
}

async function demo(name: string, ...flags: string[]): Promise<Demo> {
  const dir = path.join(scratch, name);
  // Its own TMPDIR, so whatever the demo started can be found afterwards by its command line or folder.
  const tmp = path.join(scratch, `${name}-tmp`);
  mkdirSync(tmp, { recursive: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/demo/demo.ts', '--output', dir, ...flags], {
    cwd: REPO_ROOT,
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  expect(leftovers(tmp), 'processes the demo left running').toEqual([]);
  const outputs = path.join(dir, 'outputs.json');
  const steps = existsSync(outputs) ? (JSON.parse(readFileSync(outputs, 'utf8')) as Demo['steps']) : {};
  return { code, output, seconds, dir, steps };
}

/** Processes whose command line or working folder is under the demo's TMPDIR. */
function leftovers(tmp: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cmdline.includes(tmp) || cwd.startsWith(tmp)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return found;
}

const results = (d: Demo): Record<string, string> =>
  Object.fromEntries(Object.entries(d.steps).map(([id, s]) => [id, s.result]));

describe('npm run demo', () => {
  const tools =
    havePythonModule('pytest') &&
    havePythonModule('coverage') &&
    havePythonModule('pytest_benchmark') &&
    requireTool('bandit') &&
    requireProgram('/usr/sbin/sshd', 'openssh-server');

  let live: Demo | undefined;

  it.runIf(tools)(
    'runs the pipeline with the real tools, in under a minute, and stops what it started',
    async () => {
      live = await demo('live');
      expect(live.code, live.output).toBe(0);
      expect(live.seconds).toBeLessThan(60);
      expect(results(live)).toEqual({
        'setup-python': 'success',
        'test-report': 'success',
        'coverage-gate': 'success',
        'security-gate': 'success',
        'verify-gpu': 'success',
        benchmarks: 'success',
        'benchmarks-pr': 'success',
        deploy: 'success',
        'health-check': 'success',
        'e2e-report': 'success',
        'slack-report': 'success',
      });
      expect(live.output).toContain('ran the unit tests with');
      expect(live.output).not.toContain('recorded');
      expect(live.steps.deploy?.outputs['exit-code']).toBe('0');
      expect(live.steps['health-check']?.outputs.healthy).toBe('true');
      expect(live.steps['test-report']?.outputs.total).toBe('20');
      // The starter's E2E tests against the deployed service (the GPU test is deselected: no GPU here).
      expect(live.steps['e2e-report']?.outputs).toMatchObject({ total: '2', passed: '2' });
      expect(live.steps.benchmarks?.outputs).toMatchObject({ saved: 'true', new: '2', compared: '0' });
      expect(live.steps['benchmarks-pr']?.outputs).toMatchObject({
        saved: 'false',
        compared: '2',
        regressions: '0',
      });
      const summary = readFileSync(path.join(live.dir, 'summary.md'), 'utf8');
      for (const heading of ['Sample service tests', 'Health check: 2 of 2 healthy', 'Slack report: success'])
        expect(summary).toContain(heading);
      const html = readFileSync(path.join(live.dir, 'summary.html'), 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<table>');
      expect(existsSync(path.join(live.dir, 'coverage.svg'))).toBe(true);
      // The terminal rendering: tables drawn, folded sections named.
      expect(live.output).toContain('The combined job summary');
      expect(live.output).toContain('folded: see summary.html');
    },
    90_000,
  );

  // Ctrl-C in a terminal signals the whole foreground process group: the demo, its steps, pytest, ssh-keygen
  // and sshd alike. Whenever it comes, the demo stops within 5 s with 130, and leaves no process and no
  // scratch folder (its private keys included) behind.
  const moments = [
    ['while it makes the SSH keys', /making keys for the local SSH server/],
    ['while the test shards run', /running the unit and integration tests/],
    ['during the deploy', /▶ deploy \(ec2-deploy\)/],
    ['during the health check', /▶ health-check \(health-check\)/],
    ['after the last step', /▶ slack-report \(slack-report\)/],
  ] as const;
  for (const [moment, marker] of moments) {
    it.runIf(tools)(
      `stops cleanly on Ctrl-C ${moment}`,
      async () => {
        const name = `interrupted-${moments.findIndex(([m]) => m === moment)}`;
        const tmp = path.join(scratch, `${name}-tmp`);
        mkdirSync(tmp, { recursive: true });
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'test/demo/demo.ts', '--output', path.join(scratch, name)],
          {
            cwd: REPO_ROOT,
            env: { ...process.env, TMPDIR: tmp },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
          },
        );
        let output = '';
        const reached = new Promise<void>((resolve) => {
          const hear = (c: string): void => {
            output += c;
            if (marker.test(output)) resolve();
          };
          child.stdout.setEncoding('utf8').on('data', hear);
          child.stderr.setEncoding('utf8').on('data', hear);
        });
        const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
        await Promise.race([reached, closed]);
        expect(marker.test(output), output).toBe(true);
        const pid = child.pid ?? 0;
        const sent = performance.now();
        process.kill(-pid, 'SIGINT');
        const code = await closed;
        const seconds = (performance.now() - sent) / 1000;
        expect(code, output).toBe(130);
        expect(seconds).toBeLessThan(5);
        expect(output).toContain('SIGINT: stopping what the demo started.');
        expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(output).not.toContain('The demo broke');
        expect(leftovers(tmp), 'processes the demo left running').toEqual([]);
        expect(
          readdirSync(tmp).filter((f) => f.startsWith('runway-')),
          'scratch left in TMPDIR',
        ).toEqual([]);
      },
      90_000,
    );
  }

  it('runs on recorded reports without ssh, saying so, with the same numbers as a live run', async () => {
    // A fresh machine with only Node.js and python3: no pytest, coverage.py, Bandit, sshd or python3-venv.
    const recorded = await demo('recorded', '--recorded', '--no-ssh', '--no-venv', '--quiet');
    expect(recorded.code, recorded.output).toBe(0);
    expect(recorded.seconds).toBeLessThan(60);
    expect(recorded.steps.deploy?.result).toBe('skipped');
    expect(recorded.steps.deploy?.note).toContain('--no-ssh');
    expect(recorded.steps['health-check']?.result).toBe('success');
    expect(recorded.steps['setup-python']?.outputs['venv-path']).toBe('');
    expect(recorded.steps['benchmarks-pr']?.outputs).toMatchObject({ compared: '2', regressions: '0' });
    const summary = readFileSync(path.join(recorded.dir, 'summary.md'), 'utf8');
    expect(summary).toContain('--recorded: test-report and coverage-gate read recorded reports');
    if (live !== undefined) {
      // The recorded reports are the sample's: a change to its tests without regenerating them shows here.
      for (const [step, output] of [
        ['test-report', 'total'],
        ['test-report', 'skipped'],
        ['coverage-gate', 'coverage'],
        ['security-gate', 'total'],
      ] as const)
        expect(recorded.steps[step]?.outputs[output], `${step} ${output}`).toBe(
          live.steps[step]?.outputs[output],
        );
    }
  }, 90_000);
});
