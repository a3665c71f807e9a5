/** security-gate against reports and paths made to leak, pass by mistake, or stall it, through its bundle. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attack,
  hostileSuite,
  expectBoundedLines,
  expectNoLeak,
  expectRefused,
  link,
  put,
} from './hostile.js';

const { c } = hostileSuite();

const gate = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  attack('security-gate', c, { inputs: { reports: 'reports/*', ...inputs }, env });

const bandit = (severity: unknown) =>
  JSON.stringify({
    errors: [],
    results: [
      {
        filename: 'app.py',
        issue_confidence: 'HIGH',
        issue_severity: severity,
        issue_text: 'Use of exec detected.',
        line_number: 3,
        test_id: 'B102',
        test_name: 'exec_used',
      },
    ],
  });

describe('security-gate reads only the workspace’s own files', () => {
  it('a report that is a link to a private file outside the workspace', async () => {
    await link(c, 'reports/bandit.json', c.file);
    const run = await gate({});
    expectRefused(run, c, { says: /reports\/bandit\.json.*outside the workspace/ });
  });

  it('a report that is a link to /etc/shadow or /etc/passwd', async () => {
    await link(c, 'reports/a.json', '/etc/shadow');
    await link(c, 'reports/b.json', '/etc/passwd');
    const run = await gate({});
    expectRefused(run, c, { says: /2 scanner errors.*reports\/a\.json.*outside the workspace/ });
    expect(run.stdout).not.toContain('root:');
  });

  it("a pattern that climbs out with '..'", async () => {
    const run = await gate({ reports: '../outside/*' });
    expectRefused(run, c, { says: /Input 'reports' must match files inside the workspace/ });
  });

  it('a baseline that is a folder or a link out', async () => {
    await put(c, 'reports/bandit.json', bandit('LOW'));
    await mkdir(path.join(c.workspace, 'baseline'));
    let run = await gate({ baseline: 'baseline' });
    expectRefused(run, c, { says: /Input 'baseline' names 'baseline', which is a folder/ });
    await link(c, 'baseline.json', c.file);
    run = await gate({ baseline: 'baseline.json' });
    expectRefused(run, c, {
      says: /Input 'baseline' names 'baseline\.json', which is outside the workspace/,
    });
  });

  it('write-baseline and sarif-output where nothing can be written', async () => {
    await put(c, 'reports/bandit.json', bandit('LOW'));
    await mkdir(path.join(c.workspace, 'out'));
    let run = await gate({ 'write-baseline': 'out' });
    expectRefused(run, c, { says: /Input 'write-baseline' names 'out', which is a folder/ });
    run = await gate({ 'sarif-output': 'reports/bandit.json/x.sarif' });
    expectRefused(run, c, {
      says: /Input 'sarif-output' .*cannot be written: reports\/bandit\.json is a file/,
    });
    run = await gate({ 'sarif-output': '/proc/self/x/results.sarif' });
    expectRefused(run, c, { says: /Input 'sarif-output' .*outside the workspace/, withinMs: 5000 });
  });

  it('a bandit-config that is a link to a private file', async () => {
    await put(c, 'app.py', 'exec("1")\n');
    await link(c, 'bandit.yaml', c.file);
    const run = await attack('security-gate', c, { inputs: { bandit: '.', 'bandit-config': 'bandit.yaml' } });
    expectRefused(run, c, {
      says: /Input 'bandit-config' names 'bandit\.yaml', which is outside the workspace/,
    });
  });
});

describe('security-gate never passes what it cannot read', () => {
  it('a Bandit severity with stray spaces ("HIGH ") is read as what it says, and fails', async () => {
    await put(c, 'reports/bandit.json', bandit('HIGH '));
    const run = await gate({ 'fail-on': 'high' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.high).toBe('1');
  });

  for (const severity of ['CRITICAL', '', 'urgent', null, 7]) {
    it(`a Bandit severity it does not know (${JSON.stringify(severity)}) counts as critical and fails`, async () => {
      await put(c, 'reports/bandit.json', bandit(severity));
      const run = await gate({ 'fail-on': 'high' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.critical).toBe('1');
      expect(run.annotations.some((a) => a.level === 'warning' && /severity/i.test(a.message))).toBe(true);
      expectBoundedLines(run);
      expectNoLeak(run, c);
    });
  }

  for (const [what, results] of [
    ['null', [null]],
    ['numbers', [1, 2]],
    ['strings', ['finding']],
  ] as const) {
    it(`SARIF results that are ${what} are an error naming the file`, async () => {
      await put(
        c,
        'reports/scan.sarif',
        JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results }] }),
      );
      const run = await gate({});
      expectRefused(run, c, { says: /reports\/scan\.sarif/ });
      expect(run.outputs.passed).toBe('false');
    });
  }

  it('200,000 nested arrays are refused quickly, not taken for a report', async () => {
    await put(c, 'reports/deep.json', '['.repeat(200_000) + ']'.repeat(200_000));
    const run = await gate({}, { NODE_OPTIONS: '--max-old-space-size=128' });
    expectRefused(run, c, { says: /reports\/deep\.json/, withinMs: 10_000 });
  });

  it('a report of random bytes is an error that does not quote them', async () => {
    await put(c, 'reports/junk.json', Buffer.from(`{"results": ${c.secret}\u0000\u00ff`));
    const run = await gate({});
    expectRefused(run, c, { says: /reports\/junk\.json/ });
  });

  it('a finding message of 1 MB becomes an annotation of at most 4 KiB', async () => {
    const report = JSON.parse(bandit('HIGH')) as { results: { issue_text: string }[] };
    for (const r of report.results) r.issue_text = 'y'.repeat(1 << 20);
    await put(c, 'reports/bandit.json', JSON.stringify(report));
    const run = await gate({});
    expect(run.exitCode).toBe(1);
    expectBoundedLines(run);
  });
});
