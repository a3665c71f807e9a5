/**
 * What a `status` or `result` attribute on a `<testcase>` says, for the runners that say it there rather than
 * (or besides) in a child element: googletest (`status="run|notrun"`, `result="completed|skipped|suppressed"`),
 * CTest (`run|fail|disabled|notrun`), Bazel (`run`), tst (`passed|failed|errored|disabled`), .NET's JUnit
 * logger and NUnit-style converters (`Passed|Failed|Skipped|NotExecuted`). Case, spaces, `_` and `-` are
 * ignored. A value not listed is `unknown`, which the reader counts as a failure.
 */
import type { CaseResult } from './junit.js';

const STATUSES: ReadonlyMap<string, CaseResult> = new Map(
  Object.entries({
    // The test ran; its children (or their absence) say how it went.
    run: 'passed',
    ran: 'passed',
    passed: 'passed',
    pass: 'passed',
    success: 'passed',
    successful: 'passed',
    succeeded: 'passed',
    ok: 'passed',
    completed: 'passed',
    complete: 'passed',
    executed: 'passed',
    finished: 'passed',
    // The test did not run.
    disabled: 'skipped',
    notrun: 'skipped',
    notexecuted: 'skipped',
    skipped: 'skipped',
    skip: 'skipped',
    ignored: 'skipped',
    pending: 'skipped',
    todo: 'skipped',
    suppressed: 'skipped',
    excluded: 'skipped',
    // It ran and failed.
    failed: 'failed',
    fail: 'failed',
    failure: 'failed',
    error: 'error',
    errored: 'error',
    broken: 'error',
    crashed: 'error',
    timeout: 'error',
    timedout: 'error',
    aborted: 'error',
  } satisfies Record<string, CaseResult>),
);

export function outcomeOfStatus(value: string): CaseResult | 'unknown' {
  const key = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (key === '') return 'passed';
  return STATUSES.get(key) ?? 'unknown';
}
