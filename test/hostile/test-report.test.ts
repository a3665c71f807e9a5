/** test-report against reports and inputs made to leak, crash or mislead it, through its bundle. */
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

const passing = '<testsuite name="s" tests="1"><testcase classname="t" name="ok" time="0.1"/></testsuite>';

describe('test-report refuses what it must not read', () => {
  it('a report that is a link to a private file outside the workspace', async () => {
    await link(c, 'reports/junit.xml', c.file);
    await put(c, 'reports/junit-ok.xml', passing);
    const run = await attack('test-report', c, { inputs: { files: 'reports/*.xml' } });
    expectRefused(run, c, { says: /reports\/junit\.xml.*outside the workspace/ });
  });

  it('a report that is a link to /etc/passwd', async () => {
    await link(c, 'junit.xml', '/etc/passwd');
    const run = await attack('test-report', c, { inputs: { files: 'junit.xml' } });
    expectRefused(run, c, { says: /junit\.xml.*outside the workspace/ });
    expect(run.stdout).not.toContain('root:');
  });

  it("a pattern that climbs out of the workspace with '..'", async () => {
    const run = await attack('test-report', c, { inputs: { files: '../outside/*.txt' } });
    expectRefused(run, c, { says: /Input 'files' must match files inside the workspace/ });
  });

  it("the same in 'rerun-files'", async () => {
    await put(c, 'junit.xml', passing);
    const run = await attack('test-report', c, {
      inputs: { files: 'junit.xml', 'rerun-files': 'x/../../*' },
    });
    expectRefused(run, c, { says: /Input 'rerun-files' must match files inside the workspace/ });
  });
});

describe('test-report fails closed on broken reports', () => {
  it('times that are not durations count as 0 s with a warning, never Infinity or a negative total', async () => {
    await put(
      c,
      'junit.xml',
      '<testsuite name="s"><testcase classname="t" name="a" time="1e308"/><testcase classname="t" name="b" time="-5"/><testcase classname="t" name="c" time="NaN"/></testsuite>',
    );
    const run = await attack('test-report', c, { inputs: { files: 'junit.xml' } });
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs['duration-seconds'])).toBe(0);
    expect(run.summary).not.toMatch(/Infinity|NaN/);
    expect(run.annotations.filter((a) => a.level === 'warning').length).toBeGreaterThan(0);
    expectBoundedLines(run);
    expectNoLeak(run, c);
  });

  it('a status it does not know counts as a failure', async () => {
    await put(
      c,
      'junit.xml',
      '<testsuite name="s"><testcase classname="t" name="a" status="weird"/></testsuite>',
    );
    const run = await attack('test-report', c, { inputs: { files: 'junit.xml' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.failed).toBe('1');
  });

  it('a report cut off in the middle is an error naming the file and the place, not a pass', async () => {
    await put(c, 'junit.xml', '<testsuite name="s"><testcase classname="t" name="a">');
    const run = await attack('test-report', c, { inputs: { files: 'junit.xml', 'require-tests': 'false' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.some((e) => /junit\.xml:\d+:\d+/.test(e.message))).toBe(true);
    expectBoundedLines(run);
    expectNoLeak(run, c);
  });

  it('a message of 1 MB on one line becomes an annotation of at most 4 KiB', async () => {
    const huge = 'x'.repeat(1 << 20);
    await put(
      c,
      'junit.xml',
      `<testsuite name="s"><testcase classname="t" name="a"><failure message="${huge}">${huge}</failure></testcase></testsuite>`,
    );
    const run = await attack('test-report', c, { inputs: { files: 'junit.xml' } });
    expect(run.exitCode).toBe(1);
    expectBoundedLines(run);
    expect(run.errors.some((e) => /more bytes\)/.test(e.message))).toBe(true);
  });

  it('entities are never expanded (a billion laughs is refused quickly)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<testsuite name="&c;"><testcase classname="t" name="&c;"/></testsuite>';
    await put(c, 'junit.xml', laughs);
    const run = await attack('test-report', c, {
      inputs: { files: 'junit.xml' },
      env: { NODE_OPTIONS: '--max-old-space-size=128' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(10_000);
    expectBoundedLines(run);
  });
});
