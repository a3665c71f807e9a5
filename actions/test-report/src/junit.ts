/**
 * Reads one JUnit XML report as it streams by, whatever wrote it (pytest, Jest, Vitest, Mocha, Surefire,
 * Gradle, TestNG, JUnit 5, gotestsum, PHPUnit, googletest, Catch2, CTest, Bazel, nextest …), with
 * `<testsuites>` or a bare `<testsuite>` root. Produces one record per `<testcase>` and per `<testsuite>`;
 * deciding what repeated records mean is aggregate.ts's job.
 */
import { XmlStream } from '../../../shared/xml.js';
import { outcomeOfStatus } from './status.js';

export type CaseResult = 'passed' | 'failed' | 'error' | 'skipped';

/** A failed attempt before the final one: Surefire's flaky/rerun elements, pytest-rerunfailures' rerun. */
export interface Attempt {
  kind: 'failure' | 'error';
  message: string | undefined;
  details: string | undefined;
}

export interface CaseRecord {
  /** Which `<testsuite>` element holds it: its position among the report's suites; -1 for none. */
  suiteIndex: number;
  /** The enclosing suites' names, outermost first, joined with ` › `. */
  suite: string;
  classname: string;
  name: string;
  /** False for a `<testcase>` with no name at all: such an element is a test of its own. */
  named: boolean;
  /** As the report gives them (xunit1 `file`/`line`; pytest's line is 0-based). */
  file: string | undefined;
  line: number | undefined;
  time: number;
  result: CaseResult;
  message: string | undefined;
  type: string | undefined;
  details: string | undefined;
  /** `xfail` for an expected failure (pytest's xfail, Catch2's [!mayfail]), counted as skipped. */
  skipKind: 'skip' | 'xfail' | undefined;
  /** Failed attempts that a later attempt in the same record passed (flakyFailure, flakyError, rerun). */
  flakyAttempts: Attempt[];
  /** Failed attempts of a test that failed in the end too (rerunFailure, rerunError). */
  rerunAttempts: Attempt[];
}

/** The counts a producer wrote on a `<testsuites>` or `<testsuite>` element, when it wrote them. */
export interface DeclaredCounts {
  tests?: number;
  failures?: number;
  errors?: number;
  skipped?: number;
  disabled?: number;
}

export interface SuiteRecord {
  name: string;
  /** 0 for a suite directly under the root (or the root itself); nested suites count up. */
  depth: number;
  declared: DeclaredCounts;
  time: number | undefined;
}

/**
 * Runners that write exactly one record per test and never one per attempt (their retries report the final
 * result only), recognised by the name their reporter gives the root element. In their reports two records
 * with one name are two tests (`test.each` without a placeholder, two `it`s with one title), as they count them.
 */
export type OneRecordPerTest = 'Jest (jest-junit)' | 'Vitest' | 'Mocha';

export interface ParsedReport {
  /** The root element: only `testsuites` and `testsuite` are JUnit. */
  root: string;
  /** The counts on the root `<testsuites>` element, when it is one. */
  declared: DeclaredCounts;
  suites: SuiteRecord[];
  cases: CaseRecord[];
  oneRecordPerTest: OneRecordPerTest | undefined;
  /** Values the reader could not take as written (an unknown status, a time that is no duration). */
  warnings: string[];
}

/** Tracebacks can be huge (a recursion error, a dumped tensor); keep enough to read. */
export const MAX_DETAILS = 16 * 1024;
/** Longer than any real test (115 days): a larger or negative `time` is not a duration in seconds. */
const MAX_TIME_SECONDS = 1e7;

// Maps, not object literals: an element named `constructor` must not find Object.prototype's.
const RESULT_ELEMENTS: ReadonlyMap<string, CaseResult> = new Map([
  ['failure', 'failed'],
  ['error', 'error'],
  ['skipped', 'skipped'],
]);
const FLAKY_ELEMENTS: ReadonlyMap<string, Attempt['kind']> = new Map([
  ['flakyFailure', 'failure'],
  ['flakyError', 'error'],
  ['rerun', 'failure'],
]);
const RERUN_ELEMENTS: ReadonlyMap<string, Attempt['kind']> = new Map([
  ['rerunFailure', 'failure'],
  ['rerunError', 'error'],
]);
const ONE_RECORD_PER_TEST: ReadonlyMap<string, OneRecordPerTest> = new Map([
  ['jest tests', 'Jest (jest-junit)'],
  ['vitest tests', 'Vitest'],
  ['Mocha Tests', 'Mocha'],
]);

function number(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  // Some producers write times with thousands separators ("1,234.5").
  const n = Number(value.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function count(value: string | undefined): number | undefined {
  const n = number(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function declaredOf(a: Readonly<Record<string, string>>): DeclaredCounts {
  const out: DeclaredCounts = {};
  const tests = count(a.tests);
  const failures = count(a.failures);
  const errors = count(a.errors);
  const skipped = count(a.skipped ?? a.skips);
  const disabled = count(a.disabled);
  if (tests !== undefined) out.tests = tests;
  if (failures !== undefined) out.failures = failures;
  if (errors !== undefined) out.errors = errors;
  if (skipped !== undefined) out.skipped = skipped;
  if (disabled !== undefined) out.disabled = disabled;
  return out;
}

interface TextSink {
  parts: string[];
  size: number;
  /** Text past MAX_DETAILS was left out. */
  cut: boolean;
}

/** What a record's children said, kept apart until the record closes. */
interface Children {
  skipped: boolean;
  failed: boolean;
  errored: boolean;
}

export class JunitReader {
  private readonly xml: XmlStream;
  private readonly suites: SuiteRecord[] = [];
  private readonly cases: CaseRecord[] = [];
  /** The open `<testsuite>` elements: their index into suites, and their path of names. */
  private readonly suiteStack: { index: number; path: string }[] = [];
  private readonly warnings: string[] = [];
  private readonly oddTimes = { count: 0, first: '' };
  private readonly unknownStatus = { count: 0, first: '' };
  private root: string | undefined;
  private declared: DeclaredCounts = {};
  private oneRecordPerTest: OneRecordPerTest | undefined;
  private current: { record: CaseRecord; children: Children } | undefined;
  /** The element inside a testcase whose text is being collected, and where it goes. */
  private capture:
    { element: string; depth: number; sink: TextSink; done: (text: string) => void } | undefined;
  private depth = 0;

  constructor() {
    this.xml = new XmlStream({
      open: (name, attributes) => {
        this.onOpen(name, attributes);
      },
      close: (name) => {
        this.onClose(name);
      },
      text: (text) => {
        this.onText(text);
      },
    });
  }

  write(chunk: string): void {
    this.xml.write(chunk);
  }

  close(): ParsedReport {
    this.xml.close();
    if (this.unknownStatus.count > 0) {
      this.warnings.push(
        `${this.unknownStatus.count} test case${this.unknownStatus.count === 1 ? ' has' : 's have'} a status Runway does not know (${this.unknownStatus.first}); counted as failed`,
      );
    }
    if (this.oddTimes.count > 0) {
      this.warnings.push(
        `${this.oddTimes.count} test case${this.oddTimes.count === 1 ? ' has' : 's have'} a time that is not a duration in seconds (time="${this.oddTimes.first}"); counted as 0 s`,
      );
    }
    return {
      root: this.root ?? '',
      declared: this.declared,
      suites: this.suites,
      cases: this.cases,
      oneRecordPerTest: this.oneRecordPerTest,
      warnings: this.warnings,
    };
  }

  private onOpen(name: string, a: Readonly<Record<string, string>>): void {
    this.depth++;
    if (this.root === undefined) {
      this.root = name;
      if (name === 'testsuites') this.declared = declaredOf(a);
      if (name === 'testsuites' || name === 'testsuite')
        this.oneRecordPerTest = ONE_RECORD_PER_TEST.get(a.name ?? '');
    }
    if (this.root !== 'testsuites' && this.root !== 'testsuite') return;
    if (name === 'testsuite') {
      const suiteName = a.name ?? '';
      this.suites.push({
        name: suiteName,
        depth: this.suiteStack.length,
        declared: declaredOf(a),
        time: this.time(a.time),
      });
      const parent = this.suiteStack.at(-1);
      this.suiteStack.push({
        index: this.suites.length - 1,
        path: parent === undefined ? suiteName : `${parent.path} › ${suiteName}`,
      });
      return;
    }
    if (name === 'testcase') {
      this.openCase(a);
      return;
    }
    const current = this.current;
    if (current === undefined || this.capture !== undefined) return;
    const testcase = current.record;
    const result = RESULT_ELEMENTS.get(name);
    if (result !== undefined) {
      if (result === 'skipped') current.children.skipped = true;
      else if (result === 'failed') current.children.failed = true;
      else current.children.errored = true;
      // A failure outranks an error, which outranks a skip, if a producer writes several.
      if (rank(result) >= rank(testcase.result)) {
        testcase.result = result;
        testcase.message = a.message;
        testcase.type = a.type;
        if (result === 'skipped') testcase.skipKind = a.type === 'pytest.xfail' ? 'xfail' : 'skip';
        this.startCapture(name, (text) => {
          if (testcase.result === result) testcase.details = text;
        });
      }
      return;
    }
    const flaky = FLAKY_ELEMENTS.get(name);
    const rerun = RERUN_ELEMENTS.get(name);
    const kind = flaky ?? rerun;
    if (kind !== undefined) {
      const attempt: Attempt = { kind, message: a.message, details: undefined };
      (flaky !== undefined ? testcase.flakyAttempts : testcase.rerunAttempts).push(attempt);
      this.startCapture(name, (text) => {
        attempt.details = text;
      });
    }
  }

  private openCase(a: Readonly<Record<string, string>>): void {
    const suite = this.suiteStack.at(-1);
    const record: CaseRecord = {
      suiteIndex: suite?.index ?? -1,
      suite: suite?.path ?? '',
      classname: a.classname ?? a.class ?? '',
      name: a.name ?? '',
      named: a.name !== undefined && a.name !== '',
      file: a.file,
      line: number(a.line),
      time: this.time(a.time) ?? 0,
      result: 'passed',
      message: undefined,
      type: undefined,
      details: undefined,
      skipKind: undefined,
      flakyAttempts: [],
      rerunAttempts: [],
    };
    // googletest, CTest, Bazel, tst and others say in attributes what no child element says.
    for (const attribute of ['status', 'result'] as const) {
      const value = a[attribute];
      if (value === undefined) continue;
      const said = outcomeOfStatus(value);
      if (said === 'unknown') {
        // Fail closed: a status we cannot read may be a failure.
        record.result = 'failed';
        record.message = `${attribute}="${value.slice(0, 40)}" (not a status Runway knows)`;
        if (this.unknownStatus.count++ === 0)
          this.unknownStatus.first = `${attribute}="${value.slice(0, 40)}"`;
      } else if (rank(said) > rank(record.result)) {
        record.result = said;
        record.message = said === 'passed' ? undefined : `${attribute}="${value}"`;
        if (said === 'skipped') record.skipKind = 'skip';
      }
    }
    this.current = { record, children: { skipped: false, failed: false, errored: false } };
  }

  private time(value: string | undefined): number | undefined {
    if (value === undefined || value.trim() === '') return undefined;
    const n = number(value);
    if (n !== undefined && n >= 0 && n <= MAX_TIME_SECONDS) return n;
    if (this.oddTimes.count++ === 0) this.oddTimes.first = value.slice(0, 40);
    return undefined;
  }

  private startCapture(element: string, done: (text: string) => void): void {
    this.capture = { element, depth: this.depth, sink: { parts: [], size: 0, cut: false }, done };
  }

  private onText(text: string): void {
    const sink = this.capture?.sink;
    if (sink === undefined || text === '') return;
    const room = MAX_DETAILS - sink.size;
    // Only text that would show counts as cut: a traceback of exactly the limit ends with a newline.
    if (text.length > room && text.slice(Math.max(room, 0)).trim() !== '') sink.cut = true;
    if (room <= 0) return;
    const part = text.length > room ? text.slice(0, room) : text;
    sink.parts.push(part);
    sink.size += part.length;
  }

  private onClose(name: string): void {
    if (this.capture !== undefined && this.capture.depth === this.depth && this.capture.element === name) {
      const text = this.capture.sink.parts.join('').trim();
      const truncated = this.capture.sink.cut ? '\n… (truncated)' : '';
      this.capture.done(text === '' ? '' : text + truncated);
      this.capture = undefined;
    }
    this.depth--;
    if (name === 'testsuite') this.suiteStack.pop();
    if (name === 'testcase' && this.current !== undefined) {
      const { record, children } = this.current;
      // Catch2 marks a [!mayfail] test that failed with <skipped> beside its <failure>: an expected failure,
      // which Catch2 does not count as failed (nor do we, as pytest's xfail).
      if (children.skipped && children.failed && !children.errored) {
        record.result = 'skipped';
        record.skipKind = 'xfail';
      }
      if (record.details === '') record.details = undefined;
      this.cases.push(record);
      this.current = undefined;
    }
  }
}

function rank(result: CaseResult): number {
  return { passed: 0, skipped: 1, error: 2, failed: 3 }[result];
}
