/**
 * coverage-gate's statuses at their edges: patch coverage line by line, a status exactly at, just above and
 * just below target − threshold, informational statuses, the reasons a status is skipped, what a skipped
 * status shows as its target, the delta, and the per-file table's order.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  defaultStatus,
  type GateConfig,
  type StatusRule,
} from '../../../actions/coverage-gate/src/codecov-config.js';
import { fileRows, gate, patchCoverage, type RunContext } from '../../../actions/coverage-gate/src/gate.js';
import { Arena, type Coverage, FileCoverage, totalsOf } from '../../../actions/coverage-gate/src/model.js';

const arena = new Arena();
/** A file from `hits` (line n+1 has hits[n]; null: not coverable) and branches as [line, total, covered]. */
function file(hits: (number | null)[], branches: [number, number, number][] = []): FileCoverage {
  const f = new FileCoverage(arena);
  hits.forEach((h, i) => {
    if (h !== null) f.add(i + 1, h);
  });
  for (const [line, total, covered] of branches) f.countBranches(line, total, covered);
  return f;
}

const rule = (over: Partial<StatusRule>): StatusRule => ({
  ...defaultStatus('project'),
  target: 80,
  ...over,
});
const config = (statuses: StatusRule[], over: Partial<GateConfig> = {}): GateConfig => ({
  ...DEFAULT_CONFIG,
  statuses,
  ...over,
});
const push: RunContext = { pullRequest: false, branch: 'main' };
const pr: RunContext = { pullRequest: true, branch: 'feature' };

/** Coverage of `covered` lines out of `total` in one file. */
function ratio(covered: number, total: number, name = 'a.py'): Coverage {
  return new Map([[name, file(Array.from({ length: total }, (_, i) => (i < covered ? 1 : 0)))]]);
}

function run(
  coverage: Coverage,
  statuses: StatusRule[],
  options?: Parameters<typeof gate>[4],
  changed?: Map<string, Set<number>>,
  context: RunContext = push,
) {
  return gate(coverage, totalsOf(coverage), 'lines', config(statuses), options, changed, context);
}

describe('patch coverage', () => {
  it('counts changed coverable lines of covered files, listing the missed ones in order', () => {
    const coverage: Coverage = new Map([
      [
        'a.py',
        file(
          [1, 0, null, 0, 2],
          [
            [1, 4, 3],
            [5, 2, 0],
          ],
        ),
      ],
      ['b.py', file([1, 1])],
    ]);
    const changed = new Map([
      ['a.py', new Set([5, 4, 3, 1, 99])],
      ['b.py', new Set([1, 2])],
      ['gone.py', new Set([1])],
    ]);
    const patch = patchCoverage(coverage, changed);
    expect(patch.totals).toEqual({ linesValid: 5, linesCovered: 4, branchesValid: 6, branchesCovered: 3 });
    expect([...patch.uncovered]).toEqual([['a.py', [4]]]);
  });

  it('lists missed lines in numeric order, not text order', () => {
    const hits = Array.from({ length: 12 }, () => 0);
    const patch = patchCoverage(
      new Map([['a.py', file(hits)]]),
      new Map([['a.py', new Set([10, 9, 2, 11])]]),
    );
    expect(patch.uncovered.get('a.py')).toEqual([2, 9, 10, 11]);
  });

  it('leaves out files the status does not cover', () => {
    const coverage: Coverage = new Map([
      ['a.py', file([0])],
      ['b.py', file([1])],
    ]);
    const changed = new Map([
      ['a.py', new Set([1])],
      ['b.py', new Set([1])],
    ]);
    const patch = patchCoverage(coverage, changed, (f) => f === 'b.py');
    expect(patch.totals.linesValid).toBe(1);
    expect(patch.uncovered.size).toBe(0);
  });
});

describe('a status against target − threshold', () => {
  it.each([
    [80, 0, 80, 'passed', '80% ≥ target 80%'],
    [79.99, 0, 80, 'failed', '79.99% < target 80%'],
    [80.01, 0, 80, 'passed', '80.01% ≥ target 80%'],
    [79, 1, 80, 'passed', '79% ≥ target 80% − threshold 1% = 79%'],
    [78.99, 1, 80, 'failed', '78.99% < target 80% − threshold 1% = 79%'],
    [70.1, 0.1, 70.2, 'passed', '70.1% ≥ target 70.2% − threshold 0.1% = 70.1%'],
  ])('%d%% with threshold %d against %d%%: %s', (value, threshold, target, state, reason) => {
    // value% of 10,000 lines, so the rounded value is exactly `value`.
    const result = run(ratio(Math.round(value * 100), 10_000), [rule({ target, threshold })]);
    expect(result.statuses[0]).toMatchObject({ value, target, threshold, state, reason });
    expect(result.passed).toBe(state === 'passed');
  });

  it('passes an informational status that misses (unmet, saying so), and adds nothing when it meets', () => {
    const missed = run(ratio(1, 2), [rule({ informational: true })]);
    expect(missed.statuses[0]).toMatchObject({ state: 'unmet', reason: '50% < target 80% (informational)' });
    expect(missed.passed).toBe(true);
    const met = run(ratio(9, 10), [rule({ informational: true })]);
    expect(met.statuses[0]).toMatchObject({ state: 'passed', reason: '90% ≥ target 80%' });
  });

  it('fails a project with no coverable lines, and says whether any file was within its paths', () => {
    const empty: Coverage = new Map([['a.py', file([null])]]);
    expect(run(empty, [rule({})]).statuses[0]).toMatchObject({
      state: 'failed',
      reason: 'no coverable lines',
      files: 1,
    });
    expect(run(ratio(1, 1), [rule({ paths: ['src/'] })]).statuses[0]).toMatchObject({
      state: 'failed',
      reason: 'no file of the reports is within its paths',
      files: 0,
    });
    expect(run(empty, [rule({ informational: true })]).statuses[0]).toMatchObject({
      state: 'unmet',
      reason: 'no coverable lines (informational)',
    });
  });

  it('passes a patch status when no coverable line changed, but not a project status', () => {
    const changed = new Map([['a.py', new Set([1])]]);
    const coverage: Coverage = new Map([['a.py', file([null, 1])]]);
    const result = run(coverage, [rule({ kind: 'patch' }), rule({})], undefined, changed);
    expect(result.statuses.map((s) => [s.kind, s.state, s.reason])).toEqual([
      ['patch', 'passed', 'no coverable lines changed'],
      ['project', 'passed', '100% ≥ target 80%'],
    ]);
  });

  it('measures a patch status on the changed lines only', () => {
    const coverage = ratio(1, 4);
    const result = run(
      coverage,
      [rule({ kind: 'patch', target: 100 })],
      undefined,
      new Map([['a.py', new Set([1])]]),
    );
    expect(result.statuses[0]).toMatchObject({ value: 100, state: 'passed' });
    expect(result.patch).toBe(100);
    const missed = run(
      coverage,
      [rule({ kind: 'patch', target: 50 })],
      undefined,
      new Map([['a.py', new Set([1, 2])]]),
    );
    expect(missed.statuses[0]).toMatchObject({ value: 50, state: 'passed' });
    const worse = run(
      coverage,
      [rule({ kind: 'patch', target: 51 })],
      undefined,
      new Map([['a.py', new Set([1, 2])]]),
    );
    expect(worse.statuses[0]).toMatchObject({ value: 50, state: 'failed' });
  });
});

describe('auto targets and the base', () => {
  const base = {
    coverage: 75,
    files: { 'a.py': { linesValid: 4, linesCovered: 3, branchesValid: 0, branchesCovered: 0 } },
  };

  it("uses the base's coverage of the status's own files as the target", () => {
    const result = run(ratio(3, 4), [rule({ target: 'auto' })], base);
    expect(result.statuses[0]).toMatchObject({ target: 75, value: 75, state: 'passed' });
    expect(result.base).toBe(75);
    expect(result.delta).toBe(0);
    expect(run(ratio(2, 4), [rule({ target: 'auto' })], base).statuses[0]).toMatchObject({
      target: 75,
      state: 'failed',
    });
  });

  it('has no delta without a base', () => {
    const result = run(ratio(3, 4), [rule({})]);
    expect([result.base, result.delta]).toEqual([undefined, undefined]);
  });

  it('has no delta when nothing is measured now, though the base was', () => {
    const none: Coverage = new Map([['a.py', file([null])]]);
    const result = gate(none, totalsOf(none), 'lines', config([]), base, undefined, push);
    expect([result.coverage, result.base, result.delta]).toEqual([undefined, 75, undefined]);
  });

  it('gives the delta of the rounded figures at the precision', () => {
    const result = gate(ratio(2, 3), totalsOf(ratio(2, 3)), 'lines', config([]), base, undefined, push);
    expect([result.coverage, result.base, result.delta]).toEqual([66.66, 75, -8.34]);
  });

  it.each([
    ['success', 'passed'],
    ['failure', 'failed'],
    ['error', 'failed'],
    ['ignore', 'skipped'],
  ] as const)('with no base, if_not_found: %s is %s', (ifNotFound, state) => {
    const result = run(ratio(3, 4), [rule({ target: 'auto', ifNotFound })]);
    expect(result.statuses[0]).toMatchObject({
      state,
      target: undefined,
      reason: `target auto, but no base coverage to compare with (if_not_found: ${ifNotFound})`,
    });
  });
});

describe('statuses that do not apply to this run', () => {
  it('skips only_pulls on a push, naming why, and runs it on a pull request', () => {
    const onlyPulls = rule({ onlyPulls: true });
    expect(run(ratio(1, 2), [onlyPulls]).statuses[0]).toMatchObject({
      state: 'skipped',
      value: undefined,
      reason: 'only_pulls: this run is no pull request',
    });
    expect(run(ratio(1, 2), [onlyPulls], undefined, undefined, pr).statuses[0]?.state).toBe('failed');
  });

  it('skips a status for other branches, naming the branch, or saying the branch is unknown', () => {
    const release = rule({ branches: ['release/*', 'main'] });
    expect(run(ratio(1, 2), [release], undefined, undefined, pr).statuses[0]).toMatchObject({
      state: 'skipped',
      reason: 'branches: feature is not one of release/*, main',
    });
    expect(
      run(ratio(1, 2), [release], undefined, undefined, { pullRequest: false, branch: undefined })
        .statuses[0],
    ).toMatchObject({
      state: 'skipped',
      reason: 'branches: this run’s branch is not one of release/*, main',
    });
    expect(run(ratio(1, 2), [release]).statuses[0]?.state).toBe('failed');
  });

  it('skips a patch status without a diff, and the run still passes', () => {
    const result = run(ratio(1, 2), [rule({ kind: 'patch' })]);
    expect(result.statuses[0]).toMatchObject({
      state: 'skipped',
      reason: 'no base commit to diff against (see `patch-base`)',
    });
    expect(result.passed).toBe(true);
    expect(result.patch).toBeUndefined();
  });

  it("shows a skipped status's target: the number, or the base's for auto", () => {
    const base = {
      coverage: 40,
      files: { 'a.py': { linesValid: 10, linesCovered: 4, branchesValid: 0, branchesCovered: 0 } },
    };
    const result = run(
      ratio(1, 2),
      [rule({ onlyPulls: true, target: 70 }), rule({ onlyPulls: true, target: 'auto' })],
      base,
    );
    expect(result.statuses.map((s) => s.target)).toEqual([70, 40]);
    expect(run(ratio(1, 2), [rule({ onlyPulls: true, target: 'auto' })]).statuses[0]?.target).toBeUndefined();
  });

  it('fails the run when one status fails among passing and skipped ones', () => {
    const result = run(ratio(9, 10), [
      rule({ target: 80 }),
      rule({ name: 'strict', target: 95 }),
      rule({ onlyPulls: true }),
    ]);
    expect(result.statuses.map((s) => s.state)).toEqual(['passed', 'failed', 'skipped']);
    expect(result.passed).toBe(false);
  });
});

describe('the per-file table', () => {
  it('puts the most missed lines first, then names in code-unit order, with each delta against the base', () => {
    const coverage: Coverage = new Map([
      ['b.py', file([1, 0, 0])],
      ['a.py', file([0, 0, 1])],
      ['Z.py', file([0, 1, 1])],
      ['c.py', file([1, 1, 1, 1, 1, 1, 1, 1, 1, 0])],
      ['empty.py', file([null])],
    ]);
    const base = {
      coverage: 50,
      files: {
        'a.py': { linesValid: 3, linesCovered: 3, branchesValid: 0, branchesCovered: 0 },
        'c.py': { linesValid: 10, linesCovered: 9, branchesValid: 0, branchesCovered: 0 },
        // Measured in the base, nothing to measure now: no delta.
        'empty.py': { linesValid: 2, linesCovered: 1, branchesValid: 0, branchesCovered: 0 },
      },
    };
    const rows = fileRows(coverage, 'lines', DEFAULT_CONFIG, base);
    expect(rows.map((r) => [r.file, r.missed, r.coverage, r.delta])).toEqual([
      ['a.py', 2, 33.33, -66.67],
      ['b.py', 2, 33.33, undefined],
      ['Z.py', 1, 66.66, undefined],
      ['c.py', 1, 90, 0],
      ['empty.py', 0, undefined, undefined],
    ]);
    expect(rows[0]?.totals).toEqual({ linesValid: 3, linesCovered: 1, branchesValid: 0, branchesCovered: 0 });
    expect(fileRows(coverage, 'lines', DEFAULT_CONFIG, undefined).every((r) => r.delta === undefined)).toBe(
      true,
    );
  });
});

describe('statuses limited to branches', () => {
  it('apply on a branch they name, and never when the run has no branch to name', () => {
    const coverage = ratio(9, 10);
    const onMain = run(coverage, [rule({ branches: ['.*'] })], undefined, undefined, push);
    expect(onMain.statuses[0]?.state).toBe('passed');
    const noBranch = run(coverage, [rule({ branches: ['.*'] })], undefined, undefined, {
      pullRequest: false,
      branch: undefined,
    });
    expect(noBranch.statuses[0]).toMatchObject({
      state: 'skipped',
      reason: 'branches: this run’s branch is not one of .*',
    });
  });
});
