/** How test-report counts: identity, repeats, statuses, declared totals (the README's "How tests are counted"). */
import { describe, expect, it } from 'vitest';
import { aggregate, reportDeclared, type NamedReport } from '../../../actions/test-report/src/aggregate.js';
import { mismatchesLine } from '../../../actions/test-report/src/report.js';
import { outcomeOfStatus } from '../../../actions/test-report/src/status.js';
import { namedReport } from './named-report.js';

const named = (xml: string, file = 'r.xml'): NamedReport => namedReport(xml, file);
const totals = (xml: string) => aggregate([named(xml)]).totals;
const pass = (name: string, extra = ''): string => `<testcase classname="c" name="${name}"${extra}/>`;
const fail = (name: string, message = 'boom'): string =>
  `<testcase classname="c" name="${name}"><failure message="${message}"/></testcase>`;
const error = (name: string): string =>
  `<testcase classname="c" name="${name}"><error message="oops"/></testcase>`;
const skip = (name: string): string => `<testcase classname="c" name="${name}"><skipped/></testcase>`;
const suite = (...cases: string[]): string => `<testsuite name="s">${cases.join('')}</testsuite>`;

describe('test identity', () => {
  it('counts one name in two suites, even two suites of one name, as two tests', () => {
    const xml = `<testsuites>${suite(pass('t'))}${suite(fail('t'))}</testsuites>`;
    expect(totals(xml)).toMatchObject({ total: 2, passed: 1, failed: 1, flaky: 0 });
  });

  it('counts one name in two files of one suite as two tests', () => {
    const xml = suite(
      '<testcase classname="" name="sums" file="a.test.js"><failure/></testcase>',
      '<testcase classname="" name="sums" file="b.test.js"><failure/></testcase>',
    );
    const result = aggregate([named(xml)]);
    expect(result.totals).toMatchObject({ total: 2, failed: 2 });
    expect(result.tests.every((t) => t.attempts.length === 0)).toBe(true);
  });

  it('makes each unnamed <testcase> a test of its own', () => {
    const xml = suite('<testcase/>', '<testcase><skipped/></testcase>', '<testcase><failure/></testcase>');
    expect(totals(xml)).toMatchObject({ total: 3, passed: 1, skipped: 1, failed: 1 });
  });
});

describe('repeats of one test in one suite', () => {
  it('reads passes only as one passed test, never a flaky one', () => {
    expect(totals(suite(pass('t'), pass('t'), pass('t')))).toMatchObject({ total: 1, passed: 1, flaky: 0 });
    expect(totals(suite(skip('t'), skip('t'), pass('t')))).toMatchObject({ total: 1, passed: 1, flaky: 0 });
    expect(totals(suite(skip('t'), skip('t')))).toMatchObject({ total: 1, skipped: 1 });
  });

  it('reads a failure, then a pass, as one flaky test with the failed attempt', () => {
    const result = aggregate([named(suite(fail('t', 'first try'), pass('t')))]);
    expect(result.totals).toMatchObject({ total: 1, flaky: 1, passed: 0, failed: 0 });
    expect(result.tests[0]?.attempts.map((a) => a.message)).toEqual(['first try']);
    // An error, or a skip between (TestNG marks retried attempts skipped), reads the same.
    expect(totals(suite(error('t'), skip('t'), pass('t')))).toMatchObject({ total: 1, flaky: 1 });
  });

  it('reads a last failure as one failed test with every earlier attempt', () => {
    const result = aggregate([named(suite(fail('t', 'one'), fail('t', 'two'), error('t')))]);
    expect(result.totals).toMatchObject({ total: 1, errors: 1, failed: 0 });
    expect(result.tests[0]?.attempts).toHaveLength(2);
    expect(totals(suite(pass('t'), fail('t')))).toMatchObject({ total: 1, failed: 1, passed: 0 });
  });

  it('counts a failure between passes as separate tests: nobody reruns a test that passed', () => {
    // TestNG's data provider: three invocations of one method, the second failing.
    expect(totals(suite(pass('t'), fail('t'), pass('t')))).toMatchObject({
      total: 3,
      passed: 2,
      failed: 1,
      flaky: 0,
    });
    expect(totals(suite(fail('t'), pass('t'), pass('t')))).toMatchObject({ total: 3, failed: 1 });
  });

  it('never merges records with explicit rerun markup', () => {
    const flaky = '<testcase classname="c" name="t"><flakyFailure message="x"/></testcase>';
    expect(totals(suite(flaky, flaky))).toMatchObject({ total: 2, flaky: 2 });
  });

  it('takes Jest, Vitest and Mocha at their word: each record is a test', () => {
    for (const [root, open] of [
      ['testsuites', '<testsuites name="jest tests">'],
      ['testsuites', '<testsuites name="vitest tests">'],
      ['testsuites', '<testsuites name="Mocha Tests">'],
      ['testsuite', '<testsuite name="Mocha Tests">'],
    ] as const) {
      const body = [fail('t'), pass('t'), pass('t')].join('');
      const xml = root === 'testsuite' ? `${open}${body}</testsuite>` : `${open}${suite(body)}</testsuites>`;
      const report = named(xml);
      expect(report.report.oneRecordPerTest, open).toBeDefined();
      expect(aggregate([report]).totals, open).toMatchObject({ total: 3, passed: 2, failed: 1, flaky: 0 });
    }
    // The same records under a root another runner named are read by the repeat rules.
    expect(totals(`<testsuites name="other">${suite(fail('t'), pass('t'))}</testsuites>`)).toMatchObject({
      total: 1,
      flaky: 1,
    });
  });
});

describe('status attributes', () => {
  it.each([
    ['disabled', 'skipped'],
    ['notrun', 'skipped'],
    ['Not Run', 'skipped'],
    ['NotExecuted', 'skipped'],
    ['ignored', 'skipped'],
    ['Skipped', 'skipped'],
    ['suppressed', 'skipped'],
    ['run', 'passed'],
    ['Passed', 'passed'],
    ['completed', 'passed'],
    ['failed', 'failed'],
    ['fail', 'failed'],
    ['errored', 'error'],
    ['', 'passed'],
    ['flaky-ish', 'unknown'],
    ['constructor', 'unknown'],
    ['toString', 'unknown'],
  ])('status %j reads as %s', (value, expected) => {
    expect(outcomeOfStatus(value)).toBe(expected);
  });

  it('counts a disabled or not-run record without children as skipped, never passed', () => {
    const xml = suite(
      pass('a', ' status="disabled"'),
      pass('b', ' status="notrun" result="suppressed"'),
      pass('c', ' result="Skipped"'),
      pass('d', ' status="run" result="completed"'),
    );
    expect(totals(xml)).toMatchObject({ total: 4, skipped: 3, passed: 1 });
  });

  it('lets a failing child outrank a passing status, and a failing status stand without a child', () => {
    const xml = suite(
      '<testcase name="a" status="run"><failure/></testcase>',
      '<testcase name="b" status="failed"/>',
      '<testcase name="c" status="errored"/>',
    );
    expect(totals(xml)).toMatchObject({ total: 3, failed: 2, errors: 1 });
  });

  it('counts an unknown status as failed, and says so once per report', () => {
    const result = named(suite(pass('a', ' status="weird"'), pass('b', ' status="odd"')));
    expect(aggregate([result]).totals).toMatchObject({ failed: 2, passed: 0 });
    expect(result.report.warnings).toEqual([
      '2 test cases have a status Runway does not know (status="weird"); counted as failed',
    ]);
  });

  it("reads Catch2's <skipped> beside a <failure> as an expected failure", () => {
    const xml = suite(
      '<testcase name="may fail"><skipped message="TEST_CASE tagged with !mayfail"/><failure message="false"/></testcase>',
    );
    const result = aggregate([named(xml)]);
    expect(result.totals).toMatchObject({ skipped: 1, failed: 0 });
    expect(result.tests[0]?.skipKind).toBe('xfail');
  });
});

describe('times', () => {
  it('counts a time that is no duration in seconds as 0, with one warning', () => {
    const report = named(
      suite(pass('a', ' time="1e308"'), pass('b', ' time="-5"'), pass('c', ' time="2.5"')),
    );
    expect(aggregate([report]).totals.time).toBe(2.5);
    expect(report.report.warnings).toEqual([
      '2 test cases have a time that is not a duration in seconds (time="1e308"); counted as 0 s',
    ]);
  });
});

describe('declared totals', () => {
  it("prefers the root's counts, else sums the top-level suites (nested suites are inside their parents)", () => {
    const nested = `<testsuites><testsuite name="p" tests="3" failures="1"><testsuite name="q" tests="2" failures="1">${pass('a')}${fail('b')}</testsuite>${pass('c')}</testsuite></testsuites>`;
    expect(reportDeclared(named(nested).report)).toEqual({ tests: 3, failures: 1 });
    expect(aggregate([named(nested)]).mismatches).toEqual([]);
    const root = `<testsuites tests="9">${suite(pass('a'))}</testsuites>`;
    expect(reportDeclared(named(root).report)).toEqual({ tests: 9 });
  });

  it('counts disabled tests as skipped', () => {
    const xml = `<testsuites tests="2" disabled="1"><testsuite name="s" skipped="0">${pass('a')}${pass('b', ' status="disabled"')}</testsuite></testsuites>`;
    expect(reportDeclared(named(xml).report)).toEqual({ tests: 2, skipped: 1 });
    expect(aggregate([named(xml)]).mismatches).toEqual([]);
  });

  it('says in one line where the test cases and the declared totals differ', () => {
    const a = named(
      `<testsuites tests="10" skipped="2">${suite(pass('a'), fail('b'))}</testsuites>`,
      'a.xml',
    );
    const b = named(`<testsuite name="s" tests="5">${pass('a')}</testsuite>`, 'b.xml');
    const result = aggregate([a, b]);
    expect(result.totals.total).toBe(3); // the cases win
    expect(mismatchesLine(result.mismatches)).toBe(
      "⚠️ Declared totals differ from the test cases (the counts above are the test cases'): a.xml declares 10 tests and 2 skipped; its test cases hold 2 and 0; b.xml declares 5 tests; its test cases hold 1.",
    );
  });
});

describe('rerun reports', () => {
  it('makes a test that errored and then passed on a rerun flaky, not an error and a pass', () => {
    const main = named(suite(error('t')), 'junit.xml');
    const rerun = named(suite(pass('t')), 'rerun.xml');
    expect(aggregate([main], [rerun]).totals).toMatchObject({ total: 1, flaky: 1, errors: 0, passed: 0 });
  });
});
