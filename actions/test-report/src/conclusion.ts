/** The step's verdict from the counts: what fails it under `fail-on`, and whether finding no test does. */
import type { Totals } from './aggregate.js';

export type FailOn = 'failures' | 'errors' | 'none';

export interface Verdict {
  conclusion: 'success' | 'failure';
  /** Tests that fail the step under `fail-on`: failures and errors, errors only, or none. */
  failing: number;
  /** No test was found and `require-tests` asks for at least one. */
  noTests: boolean;
}

export function verdict(totals: Totals, failOn: FailOn, requireTests: boolean, unreadable: number): Verdict {
  const failing =
    failOn === 'failures' ? totals.failed + totals.errors : failOn === 'errors' ? totals.errors : 0;
  const noTests = totals.total === 0 && requireTests;
  return { conclusion: failing > 0 || noTests || unreadable > 0 ? 'failure' : 'success', failing, noTests };
}
