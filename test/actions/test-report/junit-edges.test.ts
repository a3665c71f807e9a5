/** The JUnit reader at its edges: declared counts, times, statuses in attributes, reruns, long details. */
import { describe, expect, it } from 'vitest';
import { JunitReader, MAX_DETAILS, type ParsedReport } from '../../../actions/test-report/src/junit.js';
import { outcomeOfStatus } from '../../../actions/test-report/src/status.js';

function parse(xml: string): ParsedReport {
  const reader = new JunitReader();
  reader.write(xml);
  return reader.close();
}
const one = (attributes: string, body = ''): ParsedReport =>
  parse(`<testsuite name="s"><testcase classname="c" name="t" ${attributes}>${body}</testcase></testsuite>`);

describe('declared counts on <testsuites>', () => {
  it('keeps whole, non-negative counts (thousands separators allowed), and drops the rest', () => {
    const report = parse(
      '<testsuites tests="1,234" failures="0" errors="2" skips="3" disabled="1"><testsuite name="s"/></testsuites>',
    );
    expect(report.declared).toEqual({ tests: 1234, failures: 0, errors: 2, skipped: 3, disabled: 1 });
    const odd = parse(
      '<testsuites tests="-1" failures="1.5" errors="" skipped="x"><testsuite name="s"/></testsuites>',
    );
    expect(odd.declared).toEqual({});
    // A <testsuite> root declares nothing for the whole file.
    expect(parse('<testsuite name="s" tests="9"/>').declared).toEqual({});
  });
});

describe('times', () => {
  it('seconds from 0 to 1e7 are kept; blank is 0; negative, huge or text are 0 with one warning', () => {
    expect(one('time="0"').cases[0]?.time).toBe(0);
    expect(one('time="0"').warnings).toEqual([]);
    expect(one('time="10000000"').warnings).toEqual([]);
    expect(one('time="10000000"').cases[0]?.time).toBe(1e7);
    expect(one('time="1,234.5"').cases[0]?.time).toBe(1234.5);
    expect(one('time=" "').warnings).toEqual([]);
    const odd = parse(
      '<testsuite name="s"><testcase name="a" time="-1"/><testcase name="b" time="10000001"/><testcase name="c" time="1h"/></testsuite>',
    );
    expect(odd.cases.map((c) => c.time)).toEqual([0, 0, 0]);
    expect(odd.warnings).toEqual([
      '3 test cases have a time that is not a duration in seconds (time="-1"); counted as 0 s',
    ]);
    expect(one('time="-5"').warnings).toEqual([
      '1 test case has a time that is not a duration in seconds (time="-5"); counted as 0 s',
    ]);
  });
});

describe('statuses in attributes (googletest, CTest, Bazel)', () => {
  it('a known status sets the result and the message; passed leaves no message', () => {
    expect(one('status="run" result="completed"').cases[0]).toMatchObject({
      result: 'passed',
      message: undefined,
    });
    expect(one('status="notrun"').cases[0]).toMatchObject({
      result: 'skipped',
      skipKind: 'skip',
      message: 'status="notrun"',
    });
    expect(one('result="failed"').cases[0]).toMatchObject({ result: 'failed', message: 'result="failed"' });
  });

  it('an unknown status fails closed, with one warning for all', () => {
    const report = parse(
      '<testsuite name="s"><testcase name="a" status="weird"/><testcase name="b" result="odd"/></testsuite>',
    );
    expect(report.cases.map((c) => [c.result, c.message])).toEqual([
      ['failed', 'status="weird" (not a status Runway knows)'],
      ['failed', 'result="odd" (not a status Runway knows)'],
    ]);
    expect(report.warnings).toEqual([
      '2 test cases have a status Runway does not know (status="weird"); counted as failed',
    ]);
    expect(one('status="x"').warnings).toEqual([
      '1 test case has a status Runway does not know (status="x"); counted as failed',
    ]);
  });

  it('a child element outranks a passing status, and the worse of two results wins', () => {
    expect(one('status="run"', '<failure message="boom">trace</failure>').cases[0]).toMatchObject({
      result: 'failed',
      message: 'boom',
      details: 'trace',
    });
    expect(one('', '<skipped/><error message="e"/>').cases[0]?.result).toBe('error');
    // A failure outranks an error in one record (the ranking test-report counts by).
    expect(one('', '<error message="e"/><failure message="f"/>').cases[0]?.result).toBe('failed');
  });
});

describe('attempts', () => {
  it('rerunFailure and rerunError (Surefire) are reruns; flakyFailure, flakyError and rerun are flaky attempts', () => {
    const rerun = one('', '<failure message="last"/><rerunFailure message="r1"/><rerunError message="r2"/>')
      .cases[0];
    expect(rerun?.rerunAttempts.map((a) => a.kind)).toEqual(['failure', 'error']);
    expect(rerun?.flakyAttempts).toEqual([]);
    const flaky = one('', '<flakyFailure message="f1"/><flakyError message="f2"/><rerun message="f3"/>')
      .cases[0];
    expect(flaky?.flakyAttempts.map((a) => a.kind)).toEqual(['failure', 'error', 'failure']);
    expect(flaky?.result).toBe('passed');
  });
});

describe('names and details', () => {
  it('a case without a name is not named; class comes from classname, else class', () => {
    expect(one('').cases[0]).toMatchObject({ named: true, classname: 'c', name: 't' });
    const unnamed = parse('<testsuite name="s"><testcase class="k"/><testcase name=""/></testsuite>');
    expect(unnamed.cases.map((c) => [c.named, c.classname, c.name])).toEqual([
      [false, 'k', ''],
      [false, '', ''],
    ]);
  });

  it('details are trimmed, empty details are none, and long ones are cut at the limit', () => {
    expect(one('', '<failure>  \n  </failure>').cases[0]?.details).toBeUndefined();
    expect(one('', '<failure>\n  trace  \n</failure>').cases[0]?.details).toBe('trace');
    const long = one('', `<failure>${'x'.repeat(MAX_DETAILS + 10)}</failure>`).cases[0]?.details ?? '';
    expect(long.startsWith('x'.repeat(MAX_DETAILS))).toBe(true);
    expect(long.length).toBeGreaterThan(MAX_DETAILS);
    expect(long.length).toBeLessThan(MAX_DETAILS + 100);
    // Exactly the limit is whole, not marked as cut; one character more is.
    const exact = one('', `<failure>${'y'.repeat(MAX_DETAILS)}</failure>`).cases[0]?.details;
    expect(exact).toBe('y'.repeat(MAX_DETAILS));
    expect(one('', `<failure>${'y'.repeat(MAX_DETAILS)}\n  </failure>`).cases[0]?.details).toBe(
      'y'.repeat(MAX_DETAILS),
    );
    const over = one('', `<failure>${'y'.repeat(MAX_DETAILS + 1)}</failure>`).cases[0]?.details;
    expect(over).toBe(`${'y'.repeat(MAX_DETAILS)}\n… (truncated)`);
  });

  it('recognises the runners that write one record per test by their root name', () => {
    expect(parse('<testsuites name="jest tests"><testsuite name="s"/></testsuites>').oneRecordPerTest).toBe(
      'Jest (jest-junit)',
    );
    expect(parse('<testsuites name="vitest tests"/>').oneRecordPerTest).toBe('Vitest');
    expect(parse('<testsuites name="Mocha Tests"/>').oneRecordPerTest).toBe('Mocha');
    expect(parse('<testsuites name="pytest"/>').oneRecordPerTest).toBeUndefined();
    // Only a JUnit root says so.
    expect(parse('<report name="jest tests"/>').oneRecordPerTest).toBeUndefined();
  });
});

describe('every status word a runner writes', () => {
  const words: Record<string, readonly string[]> = {
    passed: [
      'run',
      'ran',
      'passed',
      'pass',
      'success',
      'successful',
      'succeeded',
      'ok',
      'completed',
      'complete',
      'executed',
      'finished',
      '',
      '  ',
    ],
    skipped: [
      'disabled',
      'notrun',
      'NotExecuted',
      'skipped',
      'skip',
      'ignored',
      'pending',
      'todo',
      'suppressed',
      'excluded',
      'not_run',
      'Not Run',
      'not-executed',
    ],
    failed: ['failed', 'fail', 'failure', 'FAILED'],
    error: ['error', 'errored', 'broken', 'crashed', 'timeout', 'timed_out', 'TimedOut', 'aborted'],
    unknown: ['constructor', 'toString', 'maybe', 'passedx', 'x passed'],
  };
  for (const [outcome, list] of Object.entries(words))
    it.each(list)(`%j is ${outcome}`, (word) => {
      expect(outcomeOfStatus(word)).toBe(outcome);
    });
});

describe('more edges of the reader', () => {
  it('a count of blanks is no count', () => {
    expect(parse('<testsuites tests="  " failures=" "><testsuite name="s"/></testsuites>').declared).toEqual(
      {},
    );
  });

  it('quotes at most 40 characters of a status or time it does not know', () => {
    const long = 'x'.repeat(60);
    const status = one(`status="${long}"`);
    expect(status.cases[0]?.message).toBe(`status="${'x'.repeat(40)}" (not a status Runway knows)`);
    expect(status.warnings).toEqual([
      `1 test case has a status Runway does not know (status="${'x'.repeat(40)}"); counted as failed`,
    ]);
    expect(one(`time="${long}"`).warnings).toEqual([
      `1 test case has a time that is not a duration in seconds (time="${'x'.repeat(40)}"); counted as 0 s`,
    ]);
  });

  it('of two status attributes, the worse one decides and speaks; a tie keeps the first', () => {
    expect(one('status="failed" result="passed"').cases[0]).toMatchObject({
      result: 'failed',
      message: 'status="failed"',
    });
    expect(one('status="fail" result="failed"').cases[0]).toMatchObject({
      result: 'failed',
      message: 'status="fail"',
    });
  });

  it('a failure with only blanks in it has no details, and output elements are no attempts', () => {
    const [c] = one(
      '',
      '<failure message="boom"/><system-out>log</system-out><system-err>err</system-err>',
    ).cases;
    expect(c).toMatchObject({ result: 'failed', message: 'boom', details: undefined });
    expect([c?.flakyAttempts, c?.rerunAttempts]).toEqual([[], []]);
  });

  it('a suite without a name is named empty', () => {
    expect(parse('<testsuite><testcase name="t"/></testsuite>').cases[0]?.suite).toBe('');
  });
});

describe('a skip beside a failure (Catch2 [!mayfail])', () => {
  it('is an expected failure, unless an error is there too', () => {
    expect(one('', '<skipped/><failure message="f"/>').cases[0]).toMatchObject({
      result: 'skipped',
      skipKind: 'xfail',
    });
    expect(one('', '<skipped/><failure message="f"/><error message="e"/>').cases[0]?.result).toBe('failed');
  });
});
