import { describe, expect, it } from 'vitest';
import { evaluate, interpolate, shouldRun } from './expressions.js';

const rollbackIf = `always() && steps.deploy.outputs.previous-tag != '' &&
  (steps.deploy.outcome == 'failure' || steps.health.outputs.healthy != 'true')`;
const ctx = (previous: string, deploy: string, healthy: string) => ({
  steps: {
    deploy: { outcome: deploy, outputs: { 'previous-tag': previous } },
    health: { outputs: { healthy } },
  },
});

describe('the expression subset the workflow tests use', () => {
  it('decides the rollback step as GitHub would', () => {
    expect(shouldRun(rollbackIf, ctx('v1', 'success', 'true'), false)).toBe(false);
    expect(shouldRun(rollbackIf, ctx('v1', 'success', 'false'), true)).toBe(true);
    expect(shouldRun(rollbackIf, ctx('v1', 'failure', ''), true)).toBe(true);
    expect(shouldRun(rollbackIf, ctx('', 'failure', ''), true)).toBe(false);
  });

  it('absent if: success(); a condition without a status function also needs success()', () => {
    expect(shouldRun(undefined, {}, false)).toBe(true);
    expect(shouldRun(undefined, {}, true)).toBe(false);
    expect(shouldRun("'a' == 'a'", {}, true)).toBe(false);
    expect(shouldRun('failure()', {}, true)).toBe(true);
  });

  it('&& and || return operands; format, quotes, comparisons ignore case', () => {
    expect(evaluate("inputs.ref || 'fallback'", { inputs: { ref: '' } })).toBe('fallback');
    expect(evaluate("inputs.ref && 'yes'", { inputs: { ref: 'x' } })).toBe('yes');
    expect(evaluate("format('to {0} ({1})', 'v1', 'ok')", {})).toBe('to v1 (ok)');
    expect(evaluate("'It''s' == 'it''S'", {})).toBe(true);
    expect(evaluate("!(a.b == 'x')", { a: { b: 'x' } })).toBe(false);
    expect(interpolate('IMAGE_TAG=${{ inputs.ref }}', { inputs: { ref: 'v2' } })).toBe('IMAGE_TAG=v2');
    expect(interpolate(3, {})).toBe('3');
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => evaluate('a +', {})).toThrow(/cannot read/);
    expect(() => evaluate("('a'", {})).toThrow();
  });
});
