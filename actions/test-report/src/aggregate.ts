/**
 * Turns the records of every report into logical tests with one outcome each, and the totals.
 *
 * A test's identity is its report, its `<testsuite>` element, its `file`, `classname` and `name`: the same
 * name in two suites or two files is two tests, and a `<testcase>` with no name is a test of its own.
 * Records of one identity in one suite are attempts of one test (pytest-rerunfailures 16.6.1, gotestsum
 * --rerun-fails and TestNG's retries write one record per attempt), read by three rules:
 * - none failed: one test, passed if any attempt passed, else skipped;
 * - the last one failed or errored: one failed (errored) test, the earlier records its failed attempts;
 * - failed or errored, then one pass at the end: one flaky test. A failure between passes cannot be a rerun
 *   (nobody reruns a test that passed), so such records are different tests that share a name (TestNG's data
 *   providers), each counted on its own.
 * Explicit markup wins over repetition: Surefire's flakyFailure/flakyError and a `<rerun>` element mark a
 * flaky pass, rerunFailure/rerunError failed attempts of a test that failed in the end; records carrying it
 * are never merged. Runners that never write one record per attempt (Jest, Vitest, Mocha) are taken at their
 * word: each record is a test, as they count them. pytest's separate record for a teardown error after a
 * failed call is an error of the same test, counted apart, exactly as pytest counts it.
 * Across files, the same test is a different run (a matrix over Python versions, say) and counts again,
 * unless the later file is a rerun report (`rerun-files`): there a test that failed in the main reports and
 * passed on rerun is flaky.
 */
import type { Attempt, CaseRecord, DeclaredCounts, ParsedReport } from './junit.js';

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped' | 'flaky';

export interface TestOutcome {
  /** `classname::name`, or `name` alone when there is no classname. */
  id: string;
  classname: string;
  name: string;
  suite: string;
  /** Which `<testsuite>` element of its report holds it (-1: none). */
  suiteIndex: number;
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
  /** Reports whose declared totals differ from their test cases (the cases win). */
  mismatches: Mismatch[];
}

export interface NamedReport {
  path: string;
  report: ParsedReport;
}

export interface Mismatch {
  report: string;
  /** What the report declares and what its test cases hold, for each count that differs. */
  counts: { key: CountKey; declared: number; held: number }[];
}

type CountKey = 'tests' | 'failures' | 'errors' | 'skipped';
const COUNT_KEYS: readonly CountKey[] = ['tests', 'failures', 'errors', 'skipped'];

const TEARDOWN = /^failed on teardown with /;
/** Shared by the (many) tests that passed at once, so 100,000 of them cost no 100,000 empty arrays. */
const NO_ATTEMPTS: readonly Attempt[] = Object.freeze([]);

function testId(record: CaseRecord): string {
  return record.classname === '' ? record.name : `${record.classname}::${record.name}`;
}

/**
 * Where a report's tests are found by identity (suite and file, then classname, then name), in maps of the
 * strings the records already hold: a 100,000-test report keeps no second key string per test.
 */
class IdentityIndex {
  private readonly bySuiteAndFile = new Map<string, Map<string, Map<string, number>>>();

  /** The names of a record's suite, file and classname; undefined for an unnamed record (its own test). */
  names(record: CaseRecord): Map<string, number> | undefined {
    if (!record.named) return undefined;
    const where = `${record.suiteIndex}\u0000${record.file ?? ''}`;
    let byClass = this.bySuiteAndFile.get(where);
    if (byClass === undefined)
      this.bySuiteAndFile.set(where, (byClass = new Map<string, Map<string, number>>()));
    let byName = byClass.get(record.classname);
    if (byName === undefined) byClass.set(record.classname, (byName = new Map<string, number>()));
    return byName;
  }
}

function outcomeOf(record: CaseRecord): Outcome {
  if (record.result !== 'passed') return record.result;
  return record.flakyAttempts.length > 0 ? 'flaky' : 'passed';
}

const failing = (o: Outcome): boolean => o === 'failed' || o === 'error';
const passing = (o: Outcome): boolean => o === 'passed' || o === 'flaky';

function toOutcome(record: CaseRecord, report: string, phase: TestOutcome['phase']): TestOutcome {
  return {
    id: testId(record),
    classname: record.classname,
    name: record.name,
    suite: record.suite,
    suiteIndex: record.suiteIndex,
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
  const passedLast = passing(later.outcome);
  return {
    ...later,
    attempts,
    outcome: passedLast ? 'flaky' : later.outcome,
    time: earlier.time + later.time,
  };
}

/** The records of one identity in one suite, read by the rules at the top of this file. */
function resolve(records: readonly TestOutcome[]): TestOutcome[] {
  const last = records.at(-1);
  if (last === undefined || records.length === 1) return [...records];
  const time = records.reduce((sum, r) => sum + r.time, 0);
  // Explicit rerun markup already says what the attempts were: the records are separate tests.
  if (records.some((r) => r.attempts.length > 0)) return [...records];
  if (!records.some((r) => failing(r.outcome))) {
    const kept = records.findLast((r) => passing(r.outcome)) ?? last;
    return [{ ...kept, time }];
  }
  if (failing(last.outcome)) {
    return [{ ...last, attempts: records.slice(0, -1).map(asAttempt), time }];
  }
  const earlier = records.slice(0, -1);
  if (earlier.every((r) => !passing(r.outcome))) {
    return [
      { ...last, outcome: 'flaky', attempts: earlier.filter((r) => failing(r.outcome)).map(asAttempt), time },
    ];
  }
  return [...records];
}

/** The logical tests of one report, in report order. */
function testsOf({ path, report }: NamedReport): TestOutcome[] {
  if (report.oneRecordPerTest !== undefined) return report.cases.map((r) => toOutcome(r, path, undefined));
  // A test seen once (nearly all of them) stays a plain entry; only repeats become a list.
  const entries: (TestOutcome | TestOutcome[])[] = [];
  const index = new IdentityIndex();
  for (const record of report.cases) {
    const names = index.names(record);
    const at = names?.get(record.name);
    const teardown = at !== undefined && record.result === 'error' && TEARDOWN.test(record.message ?? '');
    const outcome = toOutcome(record, path, teardown ? 'teardown' : undefined);
    if (at === undefined || teardown) {
      if (names !== undefined && at === undefined) names.set(record.name, entries.length);
      entries.push(outcome);
      continue;
    }
    const entry = entries[at] as TestOutcome | TestOutcome[];
    if (Array.isArray(entry)) entry.push(outcome);
    else entries[at] = [entry, outcome];
  }
  const tests: TestOutcome[] = [];
  for (const entry of entries) {
    if (!Array.isArray(entry)) tests.push(entry);
    else for (const t of resolve(entry)) tests.push(t);
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
    const key = `${t.report}\u0000${t.suiteIndex}`;
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

/** Compares each report's declared totals with what we made of its records. */
function declaredMismatches(
  reports: readonly { report: NamedReport; tests: readonly TestOutcome[] }[],
): Mismatch[] {
  const out: Mismatch[] = [];
  for (const { report: named, tests } of reports) {
    const declared = reportDeclared(named.report);
    const held: Record<CountKey, number> = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const t of tests) {
      if (t.phase !== 'teardown') held.tests++;
      if (t.outcome === 'failed') held.failures++;
      else if (t.outcome === 'error') held.errors++;
      else if (t.outcome === 'skipped') held.skipped++;
    }
    const counts = COUNT_KEYS.flatMap((key) => {
      const d = declared[key];
      return d !== undefined && d !== held[key] ? [{ key, declared: d, held: held[key] }] : [];
    });
    if (counts.length > 0) out.push({ report: named.path, counts });
  }
  return out;
}

/**
 * A report's declared totals: the root `<testsuites>` element's, count by count, else the sum over the
 * top-level `<testsuite>` elements (a nested suite's counts are already in its parent's). Disabled tests
 * count as skipped, as we count them.
 */
export function reportDeclared(report: ParsedReport): Partial<Record<CountKey, number>> {
  const top = report.suites.filter((s) => s.depth === 0);
  const pick = (key: keyof DeclaredCounts): number | undefined => {
    const own = report.declared[key];
    if (own !== undefined) return own;
    if (top.length === 0) return undefined;
    let sum = 0;
    for (const s of top) {
      const v = s.declared[key];
      if (v === undefined) return undefined;
      sum += v;
    }
    return sum;
  };
  const out: Partial<Record<CountKey, number>> = {};
  for (const key of ['tests', 'failures', 'errors'] as const) {
    const v = pick(key);
    if (v !== undefined) out[key] = v;
  }
  const skipped = pick('skipped');
  const disabled = pick('disabled');
  if (skipped !== undefined || disabled !== undefined) out.skipped = (skipped ?? 0) + (disabled ?? 0);
  return out;
}
