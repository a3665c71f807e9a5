/**
 * test-report's counting at its edges, attempt by attempt: what each failed attempt of a repeated or rerun
 * test says (its kind and message), the time of all attempts, which earlier records a rerun replaces,
 * teardown records, suites and totals bucket by bucket, and declared counts read from the right elements.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, type NamedReport, reportDeclared } from '../../../actions/test-report/src/aggregate.js';
import { namedReport } from './named-report.js';

const named = (xml: string, file = 'r.xml'): NamedReport => namedReport(xml, file);
const tc = (name: string, inner = '', attrs = '', classname = 'c'): string =>
  `<testcase classname="${classname}" name="${name}"${attrs}>${inner}</testcase>`;
const suite = (cases: string, name = 's'): string => `<testsuite name="${name}">${cases}</testsuite>`;
const failure = (message = 'boom'): string => `<failure message="${message}">trace</failure>`;
const error = (message = 'oops'): string => `<error message="${message}">err trace</error>`;

describe('repeated records of one test in one report', () => {
  it('make an errored then passed test flaky with an error attempt carrying its message and details', () => {
    const { tests, totals } = aggregate([
      named(suite(tc('t', error('db down'), ' time="1.5"') + tc('t', '', ' time="2.25"'))),
    ]);
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ id: 'c::t', outcome: 'flaky', time: 3.75 });
    expect(tests[0]?.attempts).toEqual([{ kind: 'error', message: 'db down', details: 'err trace' }]);
    expect(totals).toMatchObject({ total: 1, flaky: 1, errors: 0, passed: 0, time: 3.75 });
  });

  it('make a failed then passed test flaky with a failure attempt', () => {
    const { tests } = aggregate([named(suite(tc('t', failure('nope')) + tc('t')))]);
    expect(tests[0]?.attempts).toEqual([{ kind: 'failure', message: 'nope', details: 'trace' }]);
  });

  it('keep the last failure as the outcome, every earlier record an attempt of its own kind, times added', () => {
    const { tests, totals } = aggregate([
      named(
        suite(
          tc('t', error('first'), ' time="1"') +
            tc('t', failure('second'), ' time="2"') +
            tc('t', failure('third'), ' time="4"'),
        ),
      ),
    ]);
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ outcome: 'failed', message: 'third', time: 7 });
    expect(tests[0]?.attempts.map((a) => [a.kind, a.message])).toEqual([
      ['error', 'first'],
      ['failure', 'second'],
    ]);
    expect(totals).toMatchObject({ total: 1, failed: 1, time: 7 });
  });

  it('keep a skipped record between failures out of the attempts of a flaky test', () => {
    const { tests } = aggregate([named(suite(tc('t', failure('a')) + tc('t', '<skipped/>') + tc('t')))]);
    expect(tests[0]?.outcome).toBe('flaky');
    expect(tests[0]?.attempts.map((a) => a.message)).toEqual(['a']);
  });

  it('read passes and skips of one test as one test: the last pass, all their time', () => {
    const { tests } = aggregate([
      named(suite(tc('t', '', ' time="1"') + tc('t', '<skipped/>', ' time="2"'))),
    ]);
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ outcome: 'passed', time: 3 });
  });

  it('read only skips of one test as one skipped test', () => {
    const { tests } = aggregate([named(suite(tc('t', '<skipped/>') + tc('t', '<skipped/>')))]);
    expect(tests.map((t) => t.outcome)).toEqual(['skipped']);
  });

  it('tell tests apart by classname, and give a test without one its name as id', () => {
    const { tests } = aggregate([
      named(suite(tc('t', failure(), '', 'a') + tc('t', '', '', 'b') + tc('u', '', '', ''))),
    ]);
    expect(tests.map((t) => [t.id, t.outcome])).toEqual([
      ['a::t', 'failed'],
      ['b::t', 'passed'],
      ['u', 'passed'],
    ]);
  });

  it("count pytest's teardown error of a failed test apart, as pytest does: once in tests, in both failures and errors", () => {
    const xml = suite(
      tc('t', failure('assert')) + tc('t', error('failed on teardown with &quot;RuntimeError&quot;')),
    );
    const { tests, totals, suites } = aggregate([named(xml)]);
    expect(tests.map((t) => [t.outcome, t.phase])).toEqual([
      ['failed', undefined],
      ['error', 'teardown'],
    ]);
    expect(totals).toMatchObject({ total: 1, failed: 1, errors: 1 });
    expect(suites[0]).toMatchObject({ tests: 1, failed: 1, errors: 1 });
  });

  it("take a teardown only as pytest writes it: an error, after the test's own record, its message starting so", () => {
    const phases = (xml: string): [string, string | undefined][] =>
      aggregate([named(suite(xml))]).tests.map((t) => [t.outcome, t.phase]);
    // The test's only record, though its message reads like one: the test itself.
    expect(phases(tc('t', error('failed on teardown with &quot;E&quot;')))).toEqual([['error', undefined]]);
    // A failure (not an error) after the test: a repeat of the test, its final outcome.
    expect(phases(tc('t') + tc('t', failure('failed on teardown with &quot;E&quot;')))).toEqual([
      ['failed', undefined],
    ]);
    // The words elsewhere in the message: a repeat.
    expect(phases(tc('t') + tc('t', error('fixture failed on teardown with &quot;E&quot;')))).toEqual([
      ['error', undefined],
    ]);
  });

  it('take an error that is no teardown as a repeat of the test', () => {
    const { tests } = aggregate([named(suite(tc('t', failure('assert')) + tc('t', error('other error'))))]);
    expect(tests.map((t) => [t.outcome, t.attempts.length])).toEqual([['error', 1]]);
  });
});

describe('reruns from other files', () => {
  const first = named(
    suite(
      tc('ok') +
        tc('flaky', failure('first try'), ' time="1"') +
        tc('broken', error('setup')) +
        tc('teardown-case', failure()),
    ),
    'run1.xml',
  );

  it('replace only tests that failed or errored, and add the rest as new tests', () => {
    const rerun = named(
      suite(tc('flaky', '', ' time="2"') + tc('broken', error('again')) + tc('ok') + tc('new')),
      'rerun.xml',
    );
    const { tests, totals } = aggregate([first], [rerun]);
    expect(tests.map((t) => [t.name, t.outcome, t.report, t.attempts.length])).toEqual([
      ['ok', 'passed', 'run1.xml', 0],
      ['flaky', 'flaky', 'rerun.xml', 1],
      ['broken', 'error', 'rerun.xml', 1],
      ['teardown-case', 'failed', 'run1.xml', 0],
      ['ok', 'passed', 'rerun.xml', 0],
      ['new', 'passed', 'rerun.xml', 0],
    ]);
    expect(tests[1]).toMatchObject({ time: 3 });
    expect(tests[1]?.attempts).toEqual([{ kind: 'failure', message: 'first try', details: 'trace' }]);
    expect(tests[2]?.attempts).toEqual([{ kind: 'error', message: 'setup', details: 'err trace' }]);
    expect(totals).toMatchObject({ total: 6, passed: 3, flaky: 1, errors: 1, failed: 1 });
  });

  it('write a failed attempt the rerun file left empty as one with no details', () => {
    const empty = named(suite('<testcase classname="c" name="flaky"><failure/></testcase>'), 'a.xml');
    const rerun = named(suite(tc('flaky')), 'b.xml');
    const { tests } = aggregate([empty], [rerun]);
    expect(tests[0]?.attempts).toEqual([{ kind: 'failure', message: undefined, details: undefined }]);
  });

  it('replace every earlier failed record of the test, from each report', () => {
    const a = named(suite(tc('t', failure('a'))), 'a.xml');
    const b = named(suite(tc('t', failure('b'))), 'b.xml');
    const { tests } = aggregate([a, b], [named(suite(tc('t')), 'rerun.xml')]);
    expect(tests.map((t) => [t.outcome, t.attempts.map((x) => x.message)])).toEqual([
      ['flaky', ['a']],
      ['flaky', ['b']],
    ]);
  });

  it('never replace a teardown record', () => {
    const a = named(
      suite(tc('t', failure('call')) + tc('t', error('failed on teardown with &quot;X&quot;'))),
    );
    const { tests } = aggregate([a], [named(suite(tc('t')), 'rerun.xml')]);
    expect(tests.map((t) => [t.outcome, t.phase])).toEqual([
      ['flaky', undefined],
      ['error', 'teardown'],
    ]);
  });

  it('change nothing when there are no rerun files', () => {
    expect(aggregate([first], []).tests.map((t) => t.outcome)).toEqual([
      'passed',
      'failed',
      'error',
      'failed',
    ]);
  });
});

describe('suites and totals', () => {
  it('count each suite of each report apart, same names included, and add every bucket', () => {
    const a = named(
      `<testsuites>${suite(tc('p') + tc('f', failure()) + tc('e', error()) + tc('s', '<skipped/>'), 'x')}${suite(tc('p', '', ' time="0.5"'), 'x')}</testsuites>`,
      'a.xml',
    );
    const b = named(suite(tc('p', '', ' time="2"'), 'x'), 'b.xml');
    const { suites, totals } = aggregate([a, b]);
    expect(
      suites.map((s) => [
        s.report,
        s.name,
        s.tests,
        s.passed,
        s.failed,
        s.errors,
        s.skipped,
        s.flaky,
        s.time,
      ]),
    ).toEqual([
      ['a.xml', 'x', 4, 1, 1, 1, 1, 0, 0],
      ['a.xml', 'x', 1, 1, 0, 0, 0, 0, 0.5],
      ['b.xml', 'x', 1, 1, 0, 0, 0, 0, 2],
    ]);
    expect(totals).toEqual({ total: 6, passed: 3, failed: 1, errors: 1, skipped: 1, flaky: 0, time: 2.5 });
  });
});

describe('declared counts', () => {
  it("take the root's counts, each one that it gives", () => {
    const report = named(
      '<testsuites tests="5" failures="1" errors="0" skipped="2"><testsuite tests="9"/></testsuites>',
    ).report;
    expect(reportDeclared(report)).toEqual({ tests: 5, failures: 1, errors: 0, skipped: 2 });
  });

  it('sum the top-level suites where the root says nothing, leaving out a count one suite lacks', () => {
    const report = named(
      '<testsuites><testsuite tests="2" failures="1" skipped="1"><testsuite tests="2" failures="1"/></testsuite><testsuite tests="3" failures="0"/></testsuites>',
    ).report;
    expect(reportDeclared(report)).toEqual({ tests: 5, failures: 1 });
  });

  it('count disabled as skipped, with or without skipped', () => {
    expect(reportDeclared(named('<testsuite tests="3" disabled="2"/>').report)).toEqual({
      tests: 3,
      skipped: 2,
    });
    expect(reportDeclared(named('<testsuite tests="3" skipped="1" disabled="2"/>').report)).toEqual({
      tests: 3,
      skipped: 3,
    });
  });

  it('are nothing when nothing is declared', () => {
    expect(reportDeclared(named('<testsuites/>').report)).toEqual({});
    expect(reportDeclared(named('<testsuite/>').report)).toEqual({});
  });

  it('are compared with what the cases hold, count by count', () => {
    const { mismatches } = aggregate([
      named(
        '<testsuite tests="3" failures="0" errors="1" skipped="0">' +
          tc('a') +
          tc('b', failure()) +
          '</testsuite>',
        'm.xml',
      ),
    ]);
    expect(mismatches).toEqual([
      {
        report: 'm.xml',
        counts: [
          { key: 'tests', declared: 3, held: 2 },
          { key: 'failures', declared: 0, held: 1 },
          { key: 'errors', declared: 1, held: 0 },
        ],
      },
    ]);
  });
});

describe('repeats and attempts, more edges', () => {
  it('a test with a flaky attempt and a rerun attempt keeps both', () => {
    const { tests } = aggregate([
      named(
        suite(
          tc('t', '<flakyFailure message="a">x</flakyFailure><rerunFailure message="b">y</rerunFailure>'),
        ),
      ),
    ]);
    expect(tests[0]?.attempts.map((a) => a.message)).toEqual(['a', 'b']);
  });

  it('a passed record before a failed one is an attempt said to have failed, without details', () => {
    const { tests } = aggregate([named(suite(tc('t') + tc('t', failure('last'))))]);
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ outcome: 'failed', message: 'last' });
    expect(tests[0]?.attempts).toEqual([
      { kind: 'failure', message: 'failed attempt (no details in the report)', details: undefined },
    ]);
  });

  it('records that carry their own attempts stay apart, even when only one of them does', () => {
    const { tests } = aggregate([
      named(suite(tc('t', '<flakyFailure message="a">x</flakyFailure>') + tc('t', failure('later')))),
    ]);
    expect(tests.map((t) => t.outcome)).toEqual(['flaky', 'failed']);
  });

  it('Jest, Vitest and Mocha write one record per test: two of one name are two tests', () => {
    const { tests } = aggregate([
      named(`<testsuites name="jest tests">${suite(tc('same') + tc('same', failure()))}</testsuites>`),
    ]);
    expect(tests.map((t) => t.outcome)).toEqual(['passed', 'failed']);
  });
});
