import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, type NamedReport, type TestOutcome } from '../../../actions/test-report/src/aggregate.js';
import { JunitReader, MAX_DETAILS, type ParsedReport } from '../../../actions/test-report/src/junit.js';
import { locate } from '../../../actions/test-report/src/locate.js';
import { relativeCandidates } from '../../../shared/paths.js';
import {
  annotationsFor,
  buildComment,
  buildSummary,
  COMMENT_LIMIT,
  totalsLine,
} from '../../../actions/test-report/src/report.js';
import { XmlSyntaxError } from '../../../shared/xml.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'junit');

/** Parses text fed in small chunks, as a stream would deliver it. */
function parse(xml: string, chunk = 7): ParsedReport {
  const reader = new JunitReader();
  for (let i = 0; i < xml.length; i += chunk) reader.write(xml.slice(i, i + chunk));
  return reader.close();
}
const named = (xml: string, file = 'r.xml'): NamedReport => ({ path: file, report: parse(xml) });
const fixture = (name: string): NamedReport => named(readFileSync(path.join(FIXTURES, name), 'utf8'), name);

describe('JunitReader on real reports', () => {
  // Each producer's declared counts, and what we make of its records.
  it.each([
    ['publish-unit-test-result-action__junit.fail.xml', { total: 5, failed: 1, errors: 0, skipped: 1 }],
    [
      'publish-unit-test-result-action__junit.gloo.standalone.xml',
      { total: 97, failed: 0, errors: 0, skipped: 17 },
    ],
    ['pytest-coverage-comment__pytest_1.xml', { total: 109, failed: 1, errors: 0, skipped: 2 }],
    ['pytest-coverage-comment__pytest_3.xml', { total: 3216, failed: 0, errors: 0, skipped: 32 }],
    ['pytest7__junit-fail.xml', { total: 10, failed: 1, errors: 1, skipped: 2 }],
    ['pytest7__junit-fail-xunit1.xml', { total: 10, failed: 1, errors: 1, skipped: 2 }],
    ['pytest9__junit-fail.xml', { total: 10, failed: 1, errors: 1, skipped: 2 }],
    ['pytest7__junit-collection-error.xml', { total: 1, failed: 0, errors: 1, skipped: 0 }],
    ['pytest7__junit-pass.xml', { total: 8, failed: 0, errors: 0, skipped: 2 }],
  ])('%s', (file, expected) => {
    const result = aggregate([fixture(file)]);
    expect(result.totals).toMatchObject(expected);
    expect(result.mismatches).toEqual([]);
  });

  it('keeps xunit1 file and line, message, type and the traceback text', () => {
    const report = fixture('pytest7__junit-fail-xunit1.xml').report;
    const failure = report.cases.find((c) => c.result === 'failed');
    expect(failure).toMatchObject({
      classname: 'failing_tests.test_failing',
      name: 'test_deliberate_failure',
      file: 'failing_tests/test_failing.py',
      line: 11,
      message: 'AssertionError: deliberate failure\nassert 8 == 99',
    });
    expect(failure?.details).toMatch(/^def test_deliberate_failure\(\):\n>\s+assert/);
    expect(report.cases.find((c) => c.name === 'test_xfail')?.skipKind).toBe('xfail');
  });

  it('reads a bare <testsuite> root, CDATA, and nested suites', () => {
    const report = parse(
      '<testsuite name="outer"><testsuite name="inner"><testcase classname="a" name="t"><failure><![CDATA[x < y]]></failure></testcase></testsuite><testcase name="u"/></testsuite>',
    );
    expect(report.root).toBe('testsuite');
    expect(report.cases.map((c) => [c.suite, c.name, c.result, c.details])).toEqual([
      ['outer › inner', 't', 'failed', 'x < y'],
      ['outer', 'u', 'passed', undefined],
    ]);
  });

  it('caps the text it keeps per element', () => {
    const report = parse(
      `<testsuite><testcase name="t"><failure>${'x'.repeat(MAX_DETAILS * 3)}</failure></testcase></testsuite>`,
      4096,
    );
    expect(report.cases[0]?.details?.length).toBeLessThan(MAX_DETAILS + 20);
    expect(report.cases[0]?.details).toMatch(/… \(truncated\)$/);
  });

  it('reports malformed XML and undeclared entities with their position', () => {
    expect(() => parse('<testsuite>\n<testcase name="a">\n</testsuite>')).toThrow(XmlSyntaxError);
    try {
      parse('<!DOCTYPE t [<!ENTITY e "boom">]>\n<testsuite><testcase name="&e;"/></testsuite>');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XmlSyntaxError);
      expect((error as XmlSyntaxError).line).toBe(2);
      expect((error as Error).message).toMatch(/entity/);
    }
  });
});

describe('aggregate: reruns and flaky tests', () => {
  it('reads Surefire flakyFailure as flaky and rerunFailure as failed attempts', () => {
    const result = aggregate([
      named(`<testsuite name="com.acme.FooTest" tests="3" failures="1" errors="0" skipped="0">
        <testcase name="passes" classname="com.acme.FooTest" time="0.01"/>
        <testcase name="flaky" classname="com.acme.FooTest" time="0.02">
          <flakyFailure message="expected 1" type="java.lang.AssertionError"><stackTrace>at com.acme.FooTest.flaky(FooTest.java:21)</stackTrace></flakyFailure>
          <flakyError message="socket closed" type="java.io.IOException"/>
        </testcase>
        <testcase name="broken" classname="com.acme.FooTest" time="0.03">
          <failure message="expected 2" type="java.lang.AssertionError">trace</failure>
          <rerunFailure message="expected 2" type="java.lang.AssertionError"/>
          <rerunFailure message="expected 2" type="java.lang.AssertionError"/>
        </testcase>
      </testsuite>`),
    ]);
    expect(result.totals).toMatchObject({ total: 3, passed: 1, flaky: 1, failed: 1 });
    const flaky = result.tests.find((t) => t.name === 'flaky');
    expect(flaky?.attempts.map((a) => [a.kind, a.message])).toEqual([
      ['failure', 'expected 1'],
      ['error', 'socket closed'],
    ]);
    expect(flaky?.attempts[0]?.details).toBe('at com.acme.FooTest.flaky(FooTest.java:21)');
    expect(result.tests.find((t) => t.name === 'broken')?.attempts).toHaveLength(2);
  });

  it('reads pytest-rerunfailures <rerun> elements as failed attempts', () => {
    const result = aggregate([
      named(
        '<testsuite><testcase classname="t" name="a"><rerun message="boom">trace</rerun></testcase></testsuite>',
      ),
    ]);
    expect(result.totals).toMatchObject({ total: 1, flaky: 1 });
  });

  it('reads repeated records of one test in one suite as attempts (pytest-rerunfailures 16.6.1)', () => {
    const result = aggregate([
      named(`<testsuite>
        <testcase classname="t" name="eventually_passes"/>
        <testcase classname="t" name="eventually_passes"/>
        <testcase classname="t" name="always_fails"/>
        <testcase classname="t" name="always_fails"/>
        <testcase classname="t" name="always_fails"><failure message="assert False">AssertionError</failure></testcase>
      </testsuite>`),
    ]);
    // 16.6.1 writes failed attempts as empty records: an eventual pass cannot be told from two passes, and
    // is one passed test, never a flaky one made up from nothing.
    expect(result.totals).toMatchObject({ total: 2, flaky: 0, failed: 1, passed: 1 });
    expect(result.tests.find((t) => t.name === 'always_fails')?.attempts).toHaveLength(2);
  });

  it("counts pytest's teardown-error record as an error of the same test, as pytest does", () => {
    const result = aggregate([
      named(`<testsuite tests="1" failures="1" errors="1">
        <testcase classname="t" name="x"><failure message="assert 1 == 2">f</failure></testcase>
        <testcase classname="t" name="x"><error message='failed on teardown with "RuntimeError: boom"'>e</error></testcase>
      </testsuite>`),
    ]);
    expect(result.totals).toMatchObject({ total: 1, failed: 1, errors: 1 });
    expect(result.tests.map((t) => t.phase)).toEqual([undefined, 'teardown']);
    expect(result.mismatches).toEqual([]);
  });

  it('counts the same test in two files (a Python version matrix) twice, never as flaky', () => {
    const ok = '<testsuite><testcase classname="t" name="a"/></testsuite>';
    const bad =
      '<testsuite><testcase classname="t" name="a"><failure message="3.12 only"/></testcase></testsuite>';
    const result = aggregate([named(ok, 'py311.xml'), named(bad, 'py312.xml')]);
    expect(result.totals).toMatchObject({ total: 2, passed: 1, failed: 1, flaky: 0 });
  });

  it('makes a test that failed in a report and passed in a rerun report flaky, counted once', () => {
    const main =
      '<testsuite><testcase classname="t" name="a"><failure message="first"/></testcase><testcase classname="t" name="b"><failure message="real"/></testcase></testsuite>';
    const rerun =
      '<testsuite><testcase classname="t" name="a"/><testcase classname="t" name="b"><failure message="still"/></testcase></testsuite>';
    const result = aggregate([named(main, 'junit.xml')], [named(rerun, 'rerun.xml')]);
    expect(result.totals).toMatchObject({ total: 2, flaky: 1, failed: 1 });
    expect(result.tests.find((t) => t.name === 'b')).toMatchObject({ message: 'still', report: 'rerun.xml' });
  });
});

describe('locate', () => {
  const repo = new Set([
    'tests/test_calc.py',
    'sampleapp/calc.py',
    'collect_err/test_broken.py',
    'src/a.test.ts',
  ]);
  const isRepoFile = (p: string): boolean => repo.has(p);
  const base = { file: undefined, line: undefined, classname: '' };

  it('takes the deepest traceback frame inside the repository', () => {
    const details =
      'tests/test_calc.py:14: \n_ _ _\n/usr/lib/python3/dist-packages/x.py:3: in f\nsampleapp/calc.py:6: AssertionError';
    expect(locate({ ...base, details }, isRepoFile, '/ws')).toEqual({ file: 'sampleapp/calc.py', line: 6 });
  });

  it('finds a collection error module under ../ and absolute runner paths', () => {
    const details =
      '/usr/lib/python3.11/importlib/__init__.py:126: in import_module\n../collect_err/test_broken.py:1: in <module>\n    import x';
    expect(locate({ ...base, details }, isRepoFile, '/ws')).toEqual({
      file: 'collect_err/test_broken.py',
      line: 1,
    });
    expect(relativeCandidates('/home/runner/work/app/app/tests/test_calc.py', '/elsewhere')).toContain(
      'tests/test_calc.py',
    );
    expect(relativeCandidates('/ws/tests/test_calc.py', '/ws')[0]).toBe('tests/test_calc.py');
  });

  it('reads JavaScript stack frames', () => {
    expect(
      locate(
        { ...base, details: 'Error: x\n    at Object.<anonymous> (/ws/src/a.test.ts:12:5)' },
        isRepoFile,
        '/ws',
      ),
    ).toEqual({
      file: 'src/a.test.ts',
      line: 12,
    });
  });

  it("falls back to the report's 0-based pytest line, then to the classname's module", () => {
    expect(
      locate({ ...base, details: undefined, file: 'tests/test_calc.py', line: 8 }, isRepoFile, '/ws'),
    ).toEqual({
      file: 'tests/test_calc.py',
      line: 9,
    });
    expect(
      locate({ ...base, details: 'no frames', classname: 'tests.test_calc.TestAdd' }, isRepoFile, '/ws'),
    ).toEqual({
      file: 'tests/test_calc.py',
      line: undefined,
    });
    expect(
      locate({ ...base, details: 'elsewhere.py:3: x', classname: 'nowhere' }, isRepoFile, '/ws'),
    ).toBeUndefined();
  });
});

describe('report', () => {
  function many(failures: number, passes: number): ReturnType<typeof aggregate> {
    const cases = [
      ...Array.from(
        { length: failures },
        (_, i) =>
          `<testcase classname="pkg.mod" name="test_f${i}"><failure message="boom ${i} | &lt;b&gt;">${'trace line\n'.repeat(30)}</failure></testcase>`,
      ),
      ...Array.from({ length: passes }, (_, i) => `<testcase classname="pkg.mod" name="test_p${i}"/>`),
    ];
    return aggregate([named(`<testsuite name="s">${cases.join('')}</testsuite>`, 'big.xml')]);
  }
  const context = (result: ReturnType<typeof aggregate>) => ({
    title: 'Unit tests',
    conclusion: 'failure' as const,
    reports: 1,
    locations: new Map<TestOutcome, undefined>(result.tests.map((t) => [t, undefined])),
  });

  it('writes a totals line that leaves out zero counts', () => {
    expect(totalsLine({ total: 3, passed: 3, failed: 0, errors: 0, skipped: 0, flaky: 0, time: 1 })).toBe(
      '3 tests: 3 passed',
    );
    expect(totalsLine({ total: 1, passed: 0, failed: 0, errors: 1, skipped: 0, flaky: 0, time: 1 })).toBe(
      '1 test: 0 passed, 1 error',
    );
  });

  it('keeps the comment under 65,536 characters however many failures, saying how many are left out', () => {
    const result = many(5000, 10);
    const body = buildComment(result, context(result), 'https://github.com/o/r/actions/runs/1');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/\| … and \d+ more \| \| \|/);
    expect(body).toContain('boom 0 \\| &lt;b&gt;');
  });

  it('keeps the summary under 1 MiB, trimming passing suites before failures', () => {
    const suites = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<testsuite name="passing suite number ${i}"><testcase classname="c" name="t${i}"/></testsuite>`,
    );
    const failing =
      '<testsuite name="the failing one"><testcase classname="c" name="bad"><failure message="broken">x</failure></testcase></testsuite>';
    const result = aggregate([named(`<testsuites>${suites.join('')}${failing}</testsuites>`, 'big.xml')]);
    const md = buildSummary(result, context(result)).render();
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain('the failing one');
    expect(md).toContain('<details><summary>❌ c::bad — broken</summary>');
    expect(md).toMatch(/… \d+ more rows/);
  });

  it('annotates failures with the message and the first traceback lines, flaky tests as warnings', () => {
    const result = aggregate([
      named(
        '<testsuite><testcase classname="c" name="f"><failure message="m">l1\nl2</failure></testcase><testcase classname="c" name="k"><flakyFailure message="first try"/></testcase></testsuite>',
      ),
    ]);
    const annotations = annotationsFor(result, new Map());
    expect(annotations).toEqual([
      { level: 'error', title: 'Failed: c::f', message: 'm\n\nl1\nl2' },
      { level: 'warning', title: 'Flaky: c::k', message: 'Passed after 1 failed attempt: first try' },
    ]);
  });
});
