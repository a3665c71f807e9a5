/**
 * test-report's reading of report files as a unit: JUnit reports kept in order, other XML set aside with its
 * root element, broken files listed with their place, a file that cannot be read named, and the wording of
 * the "no tests" failure.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noTestsMessage } from '../../../actions/test-report/src/no-tests.js';
import { readReports } from '../../../actions/test-report/src/read-reports.js';

const dir = mkdtempSync(path.join(tmpdir(), 'runway-tr-read-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): { absolute: string; display: string } {
  const absolute = path.join(dir, name);
  writeFileSync(absolute, content);
  return { absolute, display: `reports/${name}` };
}

describe('readReports', () => {
  it('keeps JUnit reports of either root in the order given, and sets other XML aside by its root', async () => {
    const files = [
      file('b.xml', '<testsuite name="b" tests="1"><testcase classname="t" name="one"/></testsuite>'),
      file('coverage.xml', '<?xml version="1.0"?><coverage line-rate="1"/>'),
      file(
        'a.xml',
        '<testsuites><testsuite name="a"><testcase classname="t" name="two"/></testsuite></testsuites>',
      ),
      file('empty.xml', ''),
    ];
    const result = await readReports(files);
    expect(result.reports.map((r) => [r.path, r.report.root])).toEqual([
      ['reports/b.xml', 'testsuite'],
      ['reports/a.xml', 'testsuites'],
    ]);
    expect(result.notJunit).toEqual([{ path: 'reports/coverage.xml', root: 'coverage' }]);
    // An empty file is no XML at all: a problem, not a report of another kind.
    expect(result.problems).toEqual([
      'reports/empty.xml:1:0: not well-formed XML: document must contain a root element.',
    ]);
  });

  it('lists a broken file with the line and column of its problem, and goes on with the next', async () => {
    const result = await readReports([
      file('broken.xml', '<testsuite>\n  <testcase name="a">\n</testsuite>'),
      file('ok.xml', '<testsuite><testcase classname="t" name="x"/></testsuite>'),
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^reports\/broken\.xml:3:\d+: not well-formed XML: .+/);
    expect(result.reports.map((r) => r.path)).toEqual(['reports/ok.xml']);
  });

  it('names a file that cannot be read, without failing the others', async () => {
    const folder = path.join(dir, 'a-folder.xml');
    mkdirSync(folder);
    const result = await readReports([
      { absolute: path.join(dir, 'missing.xml'), display: 'reports/missing.xml' },
      { absolute: folder, display: 'reports/a-folder.xml' },
      file('fine.xml', '<testsuite/>'),
    ]);
    expect(result.problems).toEqual([
      expect.stringMatching(/^reports\/missing\.xml: ENOENT/),
      expect.stringMatching(/^reports\/a-folder\.xml: EISDIR/),
    ]);
    expect(result.reports.map((r) => r.path)).toEqual(['reports/fine.xml']);
  });

  it('reads a report larger than one read, a character split between reads included', async () => {
    const name = 'é'.repeat(10);
    const cases = Array.from(
      { length: 20_000 },
      (_, i) => `<testcase classname="${name}" name="t${i}"/>`,
    ).join('');
    const big = file('big.xml', `<testsuite>${cases}</testsuite>`);
    const result = await readReports([big]);
    expect(result.problems).toEqual([]);
    expect(result.reports[0]?.report.cases).toHaveLength(20_000);
    expect(result.reports[0]?.report.cases.every((c) => c.classname === name)).toBe(true);
  });

  it('reads nothing from no files', async () => {
    expect(await readReports([])).toEqual({ reports: [], notJunit: [], problems: [] });
  });
});

describe('the no-tests failure', () => {
  it('says what was looked for, where, and what to do', () => {
    expect(
      noTestsMessage(
        ['**/junit-*.xml', 'reports/*.xml'],
        '/home/runner/work/app',
        ' (2 files were not JUnit)',
      ),
    ).toBe(
      'No tests found: no JUnit report with a test case matched **/junit-*.xml, reports/*.xml under /home/runner/work/app (2 files were not JUnit). ' +
        "Check that the tests wrote their report (pytest --junitxml=...) before this step, or set 'require-tests: false'.",
    );
    expect(noTestsMessage(['x.xml'], '/w')).toBe(
      "No tests found: no JUnit report with a test case matched x.xml under /w. Check that the tests wrote their report (pytest --junitxml=...) before this step, or set 'require-tests: false'.",
    );
  });
});
