/** test-report's verdict at the counts that decide it: 0, 1 and 2 of each kind, under each fail-on. */
import { describe, expect, it } from 'vitest';
import type { Totals } from '../../../actions/test-report/src/aggregate.js';
import { verdict } from '../../../actions/test-report/src/conclusion.js';

const totals = (over: Partial<Totals>): Totals => ({
  total: 10,
  passed: 10,
  failed: 0,
  errors: 0,
  skipped: 0,
  flaky: 0,
  time: 1,
  ...over,
});

describe('the verdict', () => {
  it('fails on exactly one failed test, and on one error, under fail-on failures', () => {
    expect(verdict(totals({ failed: 0 }), 'failures', true, 0).conclusion).toBe('success');
    expect(verdict(totals({ failed: 1 }), 'failures', true, 0)).toMatchObject({
      conclusion: 'failure',
      failing: 1,
    });
    expect(verdict(totals({ failed: 2 }), 'failures', true, 0)).toMatchObject({
      conclusion: 'failure',
      failing: 2,
    });
    expect(verdict(totals({ errors: 1 }), 'failures', true, 0)).toMatchObject({
      conclusion: 'failure',
      failing: 1,
    });
  });

  it('under fail-on errors, fails on exactly one error and not on failures', () => {
    expect(verdict(totals({ errors: 1 }), 'errors', true, 0)).toMatchObject({
      conclusion: 'failure',
      failing: 1,
    });
    expect(verdict(totals({ failed: 3 }), 'errors', true, 0).conclusion).toBe('success');
  });

  it('under fail-on none, passes whatever failed', () => {
    expect(verdict(totals({ failed: 5, errors: 5 }), 'none', true, 0).conclusion).toBe('success');
  });

  it('flaky and skipped tests never fail the step', () => {
    expect(verdict(totals({ flaky: 3, skipped: 4 }), 'failures', true, 0).conclusion).toBe('success');
  });

  it('no test at all fails only when tests are required; one test is enough', () => {
    expect(verdict(totals({ total: 0, passed: 0 }), 'failures', true, 0)).toMatchObject({
      conclusion: 'failure',
      noTests: true,
    });
    expect(verdict(totals({ total: 0, passed: 0 }), 'failures', false, 0).conclusion).toBe('success');
    expect(verdict(totals({ total: 1, passed: 1 }), 'failures', true, 0).conclusion).toBe('success');
    expect(verdict(totals({ total: 1, passed: 0, skipped: 1 }), 'failures', true, 0).conclusion).toBe(
      'success',
    );
  });

  it('one unreadable report fails the step, even under fail-on none', () => {
    expect(verdict(totals({}), 'none', true, 1).conclusion).toBe('failure');
    expect(verdict(totals({}), 'none', true, 0).conclusion).toBe('success');
  });
});
