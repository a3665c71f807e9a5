/**
 * Reads one JUnit XML report as it streams by: pytest (xunit1 and xunit2), Jest and Vitest junit reporters,
 * Maven Surefire and Gradle, with `<testsuites>` or a bare `<testsuite>` root. Produces one record per
 * `<testcase>` and per `<testsuite>`; deciding what repeated or rerun records mean is aggregate.ts's job.
 */
import { XmlStream } from '../../../shared/xml.js';

export type CaseResult = 'passed' | 'failed' | 'error' | 'skipped';

/** A failed attempt before the final one: Surefire's flaky/rerun elements, pytest-rerunfailures' rerun. */
export interface Attempt {
  kind: 'failure' | 'error';
  message: string | undefined;
  details: string | undefined;
}

export interface CaseRecord {
  suite: string;
  classname: string;
  name: string;
  /** As the report gives them (xunit1 `file`/`line`; pytest's line is 0-based). */
  file: string | undefined;
  line: number | undefined;
  time: number;
  result: CaseResult;
  message: string | undefined;
  type: string | undefined;
  details: string | undefined;
  /** `xfail` for pytest's expected failures, counted as skipped as pytest does. */
  skipKind: 'skip' | 'xfail' | undefined;
  /** Failed attempts that a later attempt in the same record passed (flakyFailure, flakyError, rerun). */
  flakyAttempts: Attempt[];
  /** Failed attempts of a test that failed in the end too (rerunFailure, rerunError). */
  rerunAttempts: Attempt[];
}

export interface SuiteRecord {
  name: string;
  /** The counts the producer wrote on the element, when it wrote them. */
  declared: { tests?: number; failures?: number; errors?: number; skipped?: number };
  time: number | undefined;
}

export interface ParsedReport {
  /** The root element: only `testsuites` and `testsuite` are JUnit. */
  root: string;
  suites: SuiteRecord[];
  cases: CaseRecord[];
}

/** Tracebacks can be huge (a recursion error, a dumped tensor); keep enough to read. */
export const MAX_DETAILS = 16 * 1024;

const RESULT_ELEMENTS: Readonly<Record<string, CaseResult>> = {
  failure: 'failed',
  error: 'error',
  skipped: 'skipped',
};
const FLAKY_ELEMENTS: Readonly<Record<string, Attempt['kind']>> = {
  flakyFailure: 'failure',
  flakyError: 'error',
  rerun: 'failure',
};
const RERUN_ELEMENTS: Readonly<Record<string, Attempt['kind']>> = {
  rerunFailure: 'failure',
  rerunError: 'error',
};

function number(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  // Some producers write times with thousands separators ("1,234.5").
  const n = Number(value.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

interface TextSink {
  parts: string[];
  size: number;
}

export class JunitReader {
  private readonly xml: XmlStream;
  private readonly suites: SuiteRecord[] = [];
  private readonly cases: CaseRecord[] = [];
  private readonly suiteStack: string[] = [];
  private root: string | undefined;
  private current: CaseRecord | undefined;
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
    return { root: this.root ?? '', suites: this.suites, cases: this.cases };
  }

  private onOpen(name: string, a: Readonly<Record<string, string>>): void {
    this.depth++;
    this.root ??= name;
    if (this.root !== 'testsuites' && this.root !== 'testsuite') return;
    if (name === 'testsuite') {
      const suite: SuiteRecord = {
        name: a.name ?? '',
        declared: {
          ...optional('tests', number(a.tests)),
          ...optional('failures', number(a.failures)),
          ...optional('errors', number(a.errors)),
          ...optional('skipped', number(a.skipped ?? a.skips ?? a.disabled)),
        },
        time: number(a.time),
      };
      this.suites.push(suite);
      this.suiteStack.push(suite.name);
      return;
    }
    if (name === 'testcase') {
      this.current = {
        suite: this.suiteStack.at(-1) ?? '',
        classname: a.classname ?? a.class ?? '',
        name: a.name ?? '',
        file: a.file,
        line: number(a.line),
        time: number(a.time) ?? 0,
        result: 'passed',
        message: undefined,
        type: undefined,
        details: undefined,
        skipKind: undefined,
        flakyAttempts: [],
        rerunAttempts: [],
      };
      return;
    }
    const testcase = this.current;
    if (testcase === undefined || this.capture !== undefined) return;
    const result = RESULT_ELEMENTS[name];
    if (result !== undefined) {
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
    const flaky = FLAKY_ELEMENTS[name] ?? RERUN_ELEMENTS[name];
    if (flaky !== undefined) {
      const attempt: Attempt = { kind: flaky, message: a.message, details: undefined };
      (FLAKY_ELEMENTS[name] !== undefined ? testcase.flakyAttempts : testcase.rerunAttempts).push(attempt);
      this.startCapture(name, (text) => {
        attempt.details = text;
      });
    }
  }

  private startCapture(element: string, done: (text: string) => void): void {
    this.capture = { element, depth: this.depth, sink: { parts: [], size: 0 }, done };
  }

  private onText(text: string): void {
    const sink = this.capture?.sink;
    if (sink === undefined || sink.size >= MAX_DETAILS) return;
    const room = MAX_DETAILS - sink.size;
    const part = text.length > room ? text.slice(0, room) : text;
    sink.parts.push(part);
    sink.size += part.length;
  }

  private onClose(name: string): void {
    if (this.capture !== undefined && this.capture.depth === this.depth && this.capture.element === name) {
      const text = this.capture.sink.parts.join('').trim();
      const truncated = this.capture.sink.size >= MAX_DETAILS ? '\n… (truncated)' : '';
      this.capture.done(text === '' ? '' : text + truncated);
      this.capture = undefined;
    }
    this.depth--;
    if (name === 'testsuite') this.suiteStack.pop();
    if (name === 'testcase' && this.current !== undefined) {
      const record = this.current;
      if (record.details === '') record.details = undefined;
      this.cases.push(record);
      this.current = undefined;
    }
  }
}

function rank(result: CaseResult): number {
  return { passed: 0, skipped: 1, error: 2, failed: 3 }[result];
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
