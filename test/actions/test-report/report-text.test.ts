/**
 * What test-report writes, pinned as a user reads it: the job summary, the PR comment, the annotations and
 * the JSON, for a run with a failure, an error, a flaky test, a skip and a pass.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate, type Mismatch, type TestOutcome } from '../../../actions/test-report/src/aggregate.js';
import {
  annotationsFor,
  buildComment,
  buildSummary,
  COMMENT_LIMIT,
  commentMarker,
  mismatchesLine,
  mismatchText,
  type ReportContext,
  resultsJson,
  totalsLine,
} from '../../../actions/test-report/src/report.js';
import type { SourceLocation } from '../../../actions/test-report/src/locate.js';
import { namedReport } from './named-report.js';

const named = namedReport;

const XML = `<testsuite name="api" time="3.5">
  <testcase classname="tests.test_api" name="test_ok" time="1"/>
  <testcase classname="tests.test_api" name="test_sum" file="tests/test_api.py" line="12" time="1">
    <failure message="assert 1 == 2&#10;second line">Traceback line 1
line 2</failure>
  </testcase>
  <testcase classname="tests.test_api" name="test_db" time="0.5"><error message="connection refused"/></testcase>
  <testcase classname="tests.test_api" name="test_flaky" time="0.5"><flakyFailure message="timeout once">t</flakyFailure></testcase>
  <testcase classname="tests.test_api" name="test_skip" time="0"><skipped message="no gpu"/></testcase>
</testsuite>`;

/**
 * The fixture, built in the first test that needs it rather than while the file loads: a mutant that makes
 * the reader or the aggregation throw must fail tests, not the loading of this file (which Stryker's Vitest
 * runner counts as no failure; see test/MUTATION.md).
 */
let built:
  | {
      result: ReturnType<typeof aggregate>;
      locations: Map<TestOutcome, SourceLocation | undefined>;
      context: ReportContext;
    }
  | undefined;
function fixture(): NonNullable<typeof built> {
  if (built !== undefined) return built;
  const result = aggregate([named(XML)]);
  const byName = (name: string): TestOutcome => {
    const t = result.tests.find((x) => x.name === name);
    if (t === undefined) throw new Error(name);
    return t;
  };
  const locations = new Map<TestOutcome, SourceLocation | undefined>([
    [byName('test_sum'), { file: 'tests/test_api.py', line: 12 }],
    [byName('test_db'), { file: 'tests/test_api.py', line: undefined }],
  ]);
  built = {
    result,
    locations,
    context: { title: 'Unit tests', conclusion: 'failure', reports: 1, locations },
  };
  return built;
}

describe('totals', () => {
  it('names every non-zero count, passed first', () => {
    expect(totalsLine(fixture().result.totals)).toBe(
      '5 tests: 1 passed, 1 failed, 1 error, 1 skipped, 1 flaky',
    );
  });
});

describe('the job summary', () => {
  let text = '';
  beforeEach(() => {
    text = buildSummary(fixture().result, fixture().context).render();
  });

  it('heads with the verdict, totals, time and number of reports', () => {
    expect(text).toContain('## ❌ Unit tests');
    expect(text).toContain(
      '**5 tests: 1 passed, 1 failed, 1 error, 1 skipped, 1 flaky** in 3.00s, from 1 report.',
    );
    expect(
      buildSummary(fixture().result, { ...fixture().context, conclusion: 'success', reports: 2 }).render(),
    ).toContain('## ✅ Unit tests');
  });

  it('has a suite table with names left and numbers right', () => {
    expect(text).toContain('| Report | Suite | Tests | Passed | Failed | Errors | Skipped | Flaky | Time |');
    expect(text).toContain('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(text).toContain('| reports/junit.xml | api | 5 | 1 | 1 | 1 | 1 | 1 | 3.00s |');
  });

  it('folds each failure: icon, name, first line of the message, where, and the traceback', () => {
    expect(text).toContain('### Failures (2)');
    expect(text).toContain('❌ tests.test_api::test_sum — assert 1 == 2');
    expect(text).toContain('at `tests/test_api.py:12`');
    expect(text).toContain('Traceback line 1\nline 2');
    expect(text).toContain('💥 tests.test_api::test_db — connection refused');
    expect(text).toContain('at `tests/test_api.py`');
  });

  it('lists flaky tests apart with their first failure', () => {
    expect(text).toContain('### Flaky (1): passed after failing');
    expect(text).toContain('| Test | Failed attempts | First failure |');
    expect(text).toContain('| --- | ---: | --- |');
    expect(text).toContain('| tests.test_api::test_flaky | 1 | timeout once |');
  });

  it('says so when a failure has no details, and cuts a long traceback', () => {
    const bare = aggregate([
      named(
        `<testsuite name="s"><testcase name="a"><failure/></testcase><testcase name="b"><failure>${'x'.repeat(4001)}</failure></testcase></testsuite>`,
      ),
    ]);
    const out = buildSummary(bare, { ...fixture().context, locations: new Map() }).render();
    expect(out).toContain('_no details in the report_');
    expect(out).toContain(`${'x'.repeat(4000)}\n…`);
    expect(out).not.toContain('x'.repeat(4001));
  });

  it('says when a test failed every attempt of a rerun', () => {
    const rerun = aggregate([
      named(
        '<testsuite name="s"><testcase name="a"><failure message="m"/><rerunFailure message="r"/></testcase></testsuite>',
      ),
    ]);
    expect(buildSummary(rerun, { ...fixture().context, locations: new Map() }).render()).toContain(
      'failed all 2 attempts',
    );
  });
});

describe('annotations', () => {
  it('an error per failure at its file and line, a warning per flaky test', () => {
    expect(annotationsFor(fixture().result, fixture().locations)).toEqual([
      {
        level: 'error',
        title: 'Failed: tests.test_api::test_sum',
        message: 'assert 1 == 2\nsecond line\n\nTraceback line 1\nline 2',
        file: 'tests/test_api.py',
        startLine: 12,
      },
      {
        level: 'error',
        title: 'Error: tests.test_api::test_db',
        message: 'connection refused',
        file: 'tests/test_api.py',
      },
      {
        level: 'warning',
        title: 'Flaky: tests.test_api::test_flaky',
        message: 'Passed after 1 failed attempt: timeout once',
      },
    ]);
  });

  it('a failure without message or details says so', () => {
    const bare = aggregate([named('<testsuite name="s"><testcase name="a"><error/></testcase></testsuite>')]);
    expect(annotationsFor(bare, new Map())[0]?.message).toBe('errored (no details in the report)');
  });
});

describe('the PR comment', () => {
  it('marker, heading, totals with a link, and tables of failures and flaky tests', () => {
    const text = buildComment(fixture().result, fixture().context, 'https://github.test/run/1');
    expect(text.startsWith(`${commentMarker('Unit tests')}\n### ❌ Unit tests\n\n`)).toBe(true);
    expect(text).toContain(
      '**5 tests: 1 passed, 1 failed, 1 error, 1 skipped, 1 flaky** in 3.00s. [Details](https://github.test/run/1)',
    );
    expect(text).toContain('#### Failures (2)\n\n| Test | Where | Message |\n| --- | --- | --- |');
    expect(text).toContain('| tests.test_api::test_sum | `tests/test_api.py:12` | assert 1 == 2 |');
    expect(text).toContain('#### Flaky (1)\n\n| Test | Where | First failure |');
    expect(text).toContain('| tests.test_api::test_flaky |  | timeout once |');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('links the place when it can, and has no Details link outside GitHub', () => {
    const text = buildComment(
      fixture().result,
      { ...fixture().context, fileUrl: (l) => `https://github.test/blob/${l.file}#L${l.line ?? 0}` },
      undefined,
    );
    expect(text).toContain('[tests/test_api.py:12](https://github.test/blob/tests/test_api.py#L12)');
    expect(text).not.toContain('[Details]');
  });

  it('a marker cannot close its HTML comment early', () => {
    expect(commentMarker('a -- b')).toBe('<!-- runway:test-report:a - - b -->');
  });

  it('stays under GitHub’s limit however many failures, saying how many are left out', () => {
    const many = Array.from(
      { length: 3000 },
      (_, i) => `<testcase name="t${i}"><failure message="${'m'.repeat(50)}"/></testcase>`,
    );
    const big = aggregate([named(`<testsuite name="s">${many.join('')}</testsuite>`)]);
    const text = buildComment(big, { ...fixture().context, locations: new Map() }, undefined);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toMatch(/\| … and \d+ more \| \| \|\n$/);
  });
});

describe('mismatches and the JSON', () => {
  it('says what a report declares and what its test cases hold, counts joined in words', () => {
    expect(
      mismatchText({
        report: 'r.xml',
        counts: [
          { key: 'tests', declared: 3, held: 2 },
          { key: 'failures', declared: 1, held: 0 },
          { key: 'skipped', declared: 2, held: 1 },
        ],
      }),
    ).toBe('r.xml declares 3 tests, 1 failed and 2 skipped; its test cases hold 2, 0 and 1');
    expect(mismatchText({ report: 'r.xml', counts: [{ key: 'errors', declared: 1, held: 0 }] })).toBe(
      'r.xml declares 1 errors; its test cases hold 0',
    );
  });

  it('one line for up to three reports whose totals differ, then a count', () => {
    const m = (report: string): Mismatch => ({ report, counts: [{ key: 'tests', declared: 3, held: 2 }] });
    expect(mismatchesLine([])).toBeUndefined();
    const line = mismatchesLine([m('a.xml'), m('b.xml'), m('c.xml'), m('d.xml')]) ?? '';
    expect(line).toContain(mismatchText(m('a.xml')));
    expect(line).toContain('; and 1 more reports (see the log)');
    expect(mismatchesLine([m('a.xml')])).not.toContain('more reports');
  });

  it('streams totals, suites and one line per test with its place', () => {
    const json = JSON.parse([...resultsJson(fixture().result, fixture().locations)].join('')) as {
      totals: { total: number };
      tests: {
        name: string;
        file: string | null;
        line: number | null;
        attempts: number;
        message: string | null;
      }[];
    };
    expect(json.totals.total).toBe(5);
    expect(json.tests.map((t) => [t.name, t.file, t.line, t.attempts])).toEqual([
      ['test_ok', null, null, 1],
      ['test_sum', 'tests/test_api.py', 12, 1],
      ['test_db', 'tests/test_api.py', null, 1],
      ['test_flaky', null, null, 2],
      ['test_skip', null, null, 1],
    ]);
  });
});
