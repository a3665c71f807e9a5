/**
 * Turns the records of every report into logical tests with one outcome each, and the totals.
 *
 * What repeated records mean:
 * - In one report, pytest writes a second record for a test whose teardown failed after its call: that is a
 *   separate error, counted apart, exactly as pytest counts it.
 * - Any other repeat of a test id in one report is a rerun (pytest-rerunfailures 16.6.1 writes one record per
 *   attempt): the last record decides; a test that failed before and passed last is flaky.
 * - Across files, the same test id is a different run (a matrix over Python versions, say) and counts again,
 *   unless the later file is a rerun report (`rerun-files`): there a test that failed in the main reports and
 *   passed on rerun is flaky.
 * - Within a record, Surefire's flakyFailure/flakyError and a rerun element mark a flaky pass;
 *   rerunFailure/rerunError are failed attempts of a test that failed in the end too.
 */
import type { Attempt, CaseRecord, ParsedReport, SuiteRecord } from './junit.js';

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped' | 'flaky';

export interface TestOutcome {
  /** `classname::name`, or `name` alone when there is no classname. */
  id: string;
  classname: string;
  name: string;
  suite: string;
  /** The report it came from (its final record's, for reruns). */
  report: string;
  outcome: Outcome;
  time: number;
  file: string | undefined;
  line: number | undefined;
  message: string | undefined;
  details: string | undefined;
  skipKind: 'skip' | 'xfail' | undefined;
  /** Failed attempts before the final one. */
  attempts: readonly Attempt[];
  /** `teardown` for pytest's separate teardown-error record. */
  phase: 'teardown' | undefined;
}

export interface SuiteStats {
  report: string;
  name: string;
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  time: number;
}

export interface Totals {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  time: number;
}

export interface Aggregate {
  tests: TestOutcome[];
  suites: SuiteStats[];
  totals: Totals;
  /** Where the counts we derived differ from what a producer declared on a suite (for the log). */
  mismatches: string[];
}

export interface NamedReport {
  path: string;
  report: ParsedReport;
}

const TEARDOWN = /^failed on teardown with /;
/** Shared by the (many) tests that passed at once, so 100,000 of them cost no 100,000 empty arrays. */
const NO_ATTEMPTS: readonly Attempt[] = Object.freeze([]);

function testId(record: CaseRecord): string {
  return record.classname === '' ? record.name : `${record.classname}::${record.name}`;
}

function outcomeOf(record: CaseRecord): Outcome {
  if (record.result !== 'passed') return record.result;
  return record.flakyAttempts.length > 0 ? 'flaky' : 'passed';
}

function toOutcome(record: CaseRecord, report: string, phase: TestOutcome['phase']): TestOutcome {
  return {
    id: testId(record),
    classname: record.classname,
    name: record.name,
    suite: record.suite,
    report,
    outcome: outcomeOf(record),
    time: record.time,
    file: record.file,
    line: record.line,
    message: record.message,
    details: record.details,
    skipKind: record.skipKind,
    attempts:
      record.flakyAttempts.length + record.rerunAttempts.length === 0
        ? NO_ATTEMPTS
        : [...record.flakyAttempts, ...record.rerunAttempts],
    phase,
  };
}

function asAttempt(test: TestOutcome): Attempt {
  // A record with no failure text is a rerun that the reporter wrote empty (pytest-rerunfailures 16.6.1).
  return {
    kind: test.outcome === 'error' ? 'error' : 'failure',
    message:
      test.message ?? (test.outcome === 'passed' ? 'failed attempt (no details in the report)' : undefined),
    details: test.details,
  };
}

/** Later attempts of the same test: the last decides, the earlier become failed attempts. */
function supersede(earlier: TestOutcome, later: TestOutcome): TestOutcome {
  const attempts = [...earlier.attempts, asAttempt(earlier), ...later.attempts];
  const passedLast = later.outcome === 'passed' || later.outcome === 'flaky';
  return {
    ...later,
    attempts,
    outcome: passedLast ? 'flaky' : later.outcome,
    time: earlier.time + later.time,
  };
}

/** The logical tests of one report, in report order. */
function testsOf({ path, report }: NamedReport): TestOutcome[] {
  const byId = new Map<string, number>();
  const tests: TestOutcome[] = [];
  for (const record of report.cases) {
    const id = testId(record);
    const previous = byId.get(id);
    if (previous !== undefined && record.result === 'error' && TEARDOWN.test(record.message ?? '')) {
      tests.push(toOutcome(record, path, 'teardown'));
      continue;
    }
    const outcome = toOutcome(record, path, undefined);
    if (previous === undefined) {
      byId.set(id, tests.length);
      tests.push(outcome);
    } else {
      tests[previous] = supersede(tests[previous] as TestOutcome, outcome);
    }
  }
  return tests;
}

export function aggregate(reports: readonly NamedReport[], reruns: readonly NamedReport[] = []): Aggregate {
  const perReport = reports.map((report) => ({ report, tests: testsOf(report) }));
  const tests = perReport.flatMap((r) => r.tests);
  if (reruns.length > 0) {
    const index = new Map<string, number[]>();
    tests.forEach((t, i) => {
      if (t.phase === undefined) index.set(t.id, [...(index.get(t.id) ?? []), i]);
    });
    for (const rerun of reruns.flatMap(testsOf)) {
      const failedBefore = (index.get(rerun.id) ?? []).filter((i) => {
        const o = tests[i]?.outcome;
        return o === 'failed' || o === 'error';
      });
      if (failedBefore.length === 0) {
        tests.push(rerun);
        continue;
      }
      for (const i of failedBefore) tests[i] = supersede(tests[i] as TestOutcome, rerun);
    }
  }

  const suites = new Map<string, SuiteStats>();
  const totals: Totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, time: 0 };
  for (const t of tests) {
    const key = `${t.report}\u0000${t.suite}`;
    let suite = suites.get(key);
    if (suite === undefined) {
      suite = {
        report: t.report,
        name: t.suite,
        tests: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        time: 0,
      };
      suites.set(key, suite);
    }
    for (const bucket of [suite, totals]) {
      // pytest counts a test whose call failed and whose teardown errored once in `tests`, and in both
      // `failures` and `errors`; so do we.
      if (t.phase !== 'teardown') {
        if ('total' in bucket) bucket.total++;
        else bucket.tests++;
      }
      bucket.time += t.time;
      if (t.outcome === 'passed') bucket.passed++;
      else if (t.outcome === 'failed') bucket.failed++;
      else if (t.outcome === 'error') bucket.errors++;
      else if (t.outcome === 'skipped') bucket.skipped++;
      else bucket.flaky++;
    }
  }
  return { tests, suites: [...suites.values()], totals, mismatches: declaredMismatches(perReport) };
}

/** Compares each report's declared suite counts with what we made of its records (for the log). */
function declaredMismatches(
  reports: readonly { report: NamedReport; tests: readonly TestOutcome[] }[],
): string[] {
  const out: string[] = [];
  for (const { report: named, tests } of reports) {
    const declared = sumDeclared(named.report.suites);
    if (declared === undefined) continue;
    const actual = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const t of tests) {
      if (t.phase !== 'teardown') actual.tests++;
      if (t.outcome === 'failed') actual.failures++;
      else if (t.outcome === 'error') actual.errors++;
      else if (t.outcome === 'skipped') actual.skipped++;
    }
    for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) {
      const d = declared[key];
      if (d !== undefined && d !== actual[key])
        out.push(`${named.path}: declares ${key}=${d} but holds ${actual[key]}`);
    }
  }
  return out;
}

/** Totals of the innermost suites (a `<testsuites>` wrapper with its own counts would double them). */
function sumDeclared(suites: readonly SuiteRecord[]): SuiteRecord['declared'] | undefined {
  if (suites.length === 0) return undefined;
  const sum: Record<'tests' | 'failures' | 'errors' | 'skipped', number | undefined> = {
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
  };
  for (const s of suites) {
    for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) {
      const v = s.declared[key];
      sum[key] = v === undefined || sum[key] === undefined ? undefined : sum[key] + v;
    }
  }
  return Object.fromEntries(Object.entries(sum).filter(([, v]) => v !== undefined));
}
