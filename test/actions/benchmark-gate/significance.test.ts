/** The rule that tells regressions from noise, on synthetic series whose truth is known. */
import { describe, expect, it } from 'vitest';
import { appendRun, emptyHistory, type History } from '../../../actions/benchmark-gate/src/history.js';
import type { Measurement } from '../../../actions/benchmark-gate/src/model.js';
import { compareRun, type Options, runToRunNoise } from '../../../actions/benchmark-gate/src/significance.js';
import { describe as stats, IQR_PER_SIGMA } from '../../../actions/benchmark-gate/src/stats.js';

/** A seeded generator, so every run of this test sees the same series. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One run of a benchmark: `rounds` samples of `level` × (1 ± noise), summarised as pytest-benchmark does. */
function runOf(name: string, level: number, noise: number, next: () => number, rounds = 20): Measurement {
  const samples = Array.from({ length: rounds }, () => level * (1 + (next() * 2 - 1) * noise));
  const s = stats(samples);
  return {
    name,
    unit: 's',
    direction: 'smaller-is-better',
    values: { median: s.median, mean: s.mean, min: s.min },
    spread: { median: s.iqr / IQR_PER_SIGMA, mean: s.stddev, min: s.iqr / IQR_PER_SIGMA },
    rounds,
  };
}

const OPTIONS: Options = {
  metric: 'median',
  window: 5,
  noiseMultiple: 4,
  limitsFor: () => ({ alert: 1.5, fail: 1.5 }),
};

function save(history: History, i: number, m: Measurement): History {
  return appendRun(
    history,
    { commit: `c${i}`, date: `2026-11-01T00:00:${String(i % 60).padStart(2, '0')}Z`, branch: 'main' },
    [m],
    'median',
    1000,
  ).history;
}

describe('significance on synthetic series', () => {
  it('±40% noise and no change: no alert in 100 consecutive saved runs', () => {
    const next = random(42);
    let history = emptyHistory();
    const verdicts: string[] = [];
    let ratioAlone = 0;
    for (let i = 0; i < 100; i++) {
      // Run-to-run noise of ±40% on top of ±40% between rounds, as on a busy shared runner.
      const level = 1e-3 * (1 + (next() * 2 - 1) * 0.4);
      const m = runOf('test_noisy', level, 0.4, next);
      const [c] = compareRun([m], history, { branch: 'main' }, OPTIONS).comparisons;
      verdicts.push(c?.verdict ?? '');
      if ((c?.ratio ?? 1) >= 1.5 || (c?.ratio ?? 1) <= 1 / 1.5) ratioAlone++;
      history = save(history, i, m);
    }
    expect(verdicts.filter((v) => v === 'regression' || v === 'improvement')).toEqual([]);
    // The series is noisy enough that a ratio alone would have alerted: the noise rule is what holds.
    expect(ratioAlone).toBeGreaterThan(5);
  });

  it('a 2× slowdown with low noise raises one alert, and it fails', () => {
    const next = random(7);
    let history = emptyHistory();
    for (let i = 0; i < 10; i++) history = save(history, i, runOf('test_fast', 1e-3, 0.02, next));
    const [c] = compareRun(
      [runOf('test_fast', 2e-3, 0.02, next)],
      history,
      { branch: 'main' },
      OPTIONS,
    ).comparisons;
    expect(c?.verdict).toBe('regression');
    expect(c?.failing).toBe(true);
    expect(c?.ratio).toBeGreaterThan(1.9);
  });

  it('a 1.6× change inside wide noise is not an alert: it is within noise', () => {
    const next = random(11);
    let history = emptyHistory();
    for (let i = 0; i < 10; i++)
      history = save(history, i, runOf('test_wide', 1e-3 * (1 + (next() * 2 - 1) * 0.4), 0.5, next));
    let noise = 0;
    for (let k = 0; k < 100; k++) {
      const [c] = compareRun(
        [runOf('test_wide', 1.6e-3, 0.5, next)],
        history,
        { branch: 'main' },
        OPTIONS,
      ).comparisons;
      expect(c?.verdict).not.toBe('regression');
      if (c?.verdict === 'noise') noise++;
    }
    expect(noise).toBeGreaterThan(0);
  });

  it('a 1.6× change with low noise is a regression (the threshold, not the noise, decides)', () => {
    const next = random(5);
    let history = emptyHistory();
    for (let i = 0; i < 6; i++) history = save(history, i, runOf('test_x', 1e-3, 0.01, next));
    const [c] = compareRun(
      [runOf('test_x', 1.6e-3, 0.01, next)],
      history,
      { branch: 'main' },
      OPTIONS,
    ).comparisons;
    expect(c?.verdict).toBe('regression');
  });

  it('a 2× speedup with low noise is an improvement, never a failure', () => {
    const next = random(9);
    let history = emptyHistory();
    for (let i = 0; i < 6; i++) history = save(history, i, runOf('test_x', 1e-3, 0.01, next));
    const [c] = compareRun(
      [runOf('test_x', 0.5e-3, 0.01, next)],
      history,
      { branch: 'main' },
      OPTIONS,
    ).comparisons;
    expect(c?.verdict).toBe('improvement');
    expect(c?.failing).toBe(false);
  });
});

describe('the rule at its boundaries', () => {
  const exact = (
    name: string,
    value: number,
    spread = 0,
    direction: Measurement['direction'] = 'smaller-is-better',
  ): Measurement => ({
    name,
    unit: 's',
    direction,
    values: { median: value, mean: value, min: value },
    spread: { median: spread, mean: spread, min: spread },
    rounds: 1,
  });
  const baseline = (values: number[], spread = 0): History =>
    values.reduce((h, v, i) => save(h, i, exact('t', v, spread)), emptyHistory());
  const verdict = (history: History, m: Measurement, options: Partial<Options> = {}) =>
    compareRun([m], history, { branch: 'main' }, { ...OPTIONS, ...options }).comparisons[0];

  it('alerts exactly at the threshold, not just below it', () => {
    const h = baseline([1, 1, 1]);
    expect(verdict(h, exact('t', 1.5))?.verdict).toBe('regression');
    expect(verdict(h, exact('t', 1.4999))?.verdict).toBe('unchanged');
    expect(verdict(h, exact('t', 1.5001))?.verdict).toBe('regression');
  });

  it('fails at the fail threshold, alerts between', () => {
    const h = baseline([1, 1, 1]);
    const limits = { limitsFor: () => ({ alert: 1.5, fail: 2 }) };
    expect(verdict(h, exact('t', 1.9999), limits)).toMatchObject({ verdict: 'regression', failing: false });
    expect(verdict(h, exact('t', 2), limits)).toMatchObject({ verdict: 'regression', failing: true });
  });

  it('needs a difference strictly larger than the noise multiple', () => {
    // Baseline 1 with spread 0.125 → 4σ = 0.5; a value of 1.5 is exactly 4σ away: within noise.
    const h = baseline([1, 1, 1], 0.125);
    expect(verdict(h, exact('t', 1.5))?.verdict).toBe('noise');
    expect(verdict(h, exact('t', 1.5001))?.verdict).toBe('regression');
  });

  it('uses the current run’s own spread when it is the largest', () => {
    const h = baseline([1, 1, 1]);
    expect(verdict(h, exact('t', 2, 0.25))?.verdict).toBe('noise');
    expect(verdict(h, exact('t', 2, 0.2499))?.verdict).toBe('regression');
  });

  it('takes the median of the last `window` values only', () => {
    // An old slow period outside the window of 5 does not lift the baseline.
    const h = baseline([3, 3, 3, 1, 1, 1, 1, 1]);
    expect(verdict(h, exact('t', 1.6))).toMatchObject({ baseline: 1, points: 5 });
    expect(verdict(h, exact('t', 1.6), { window: 8 })).toMatchObject({ baseline: 1 });
    expect(verdict(h, exact('t', 1.6), { window: 1 })).toMatchObject({ baseline: 1, points: 1 });
  });

  it('for bigger-is-better, a drop to 1/threshold is the regression', () => {
    const h = [100, 100, 100].reduce(
      (acc, v, i) => save(acc, i, exact('t', v, 0, 'bigger-is-better')),
      emptyHistory(),
    );
    const at = (v: number) => verdict(h, exact('t', v, 0, 'bigger-is-better'))?.verdict;
    expect(at(100 / 1.5)).toBe('regression');
    expect(at(100 / 1.5 + 0.01)).toBe('unchanged');
    expect(at(150)).toBe('improvement');
  });

  it('estimates run-to-run noise only from four values on', () => {
    expect(runToRunNoise([1, 2, 1])).toBeUndefined();
    expect(runToRunNoise([1, 2, 1, 2])).toBeCloseTo(1 / 0.954, 10);
  });

  it('a baseline or value of 0 is not compared, and says why', () => {
    expect(verdict(baseline([0, 0, 0]), exact('t', 1))).toMatchObject({
      verdict: 'not-compared',
      reason: 'a value of 0 has no ratio (baseline)',
    });
    expect(verdict(baseline([1, 1, 1]), exact('t', 0))).toMatchObject({ verdict: 'not-compared' });
  });

  it('a benchmark with nothing stored is new; one stored but not run is missing', () => {
    const h = baseline([1, 1]);
    const set = compareRun([exact('other', 1)], h, { branch: 'main' }, OPTIONS);
    expect(set.comparisons[0]?.verdict).toBe('new');
    expect(set.missing).toEqual(['t']);
    expect(set.baselineCommit).toBeUndefined();
  });

  it("reads only the base branch, up to the PR's base commit, never its own commit", () => {
    let h = emptyHistory();
    h = appendRun(h, { commit: 'm1', date: 'd', branch: 'main' }, [exact('t', 1)], 'median', 10).history;
    h = appendRun(h, { commit: 'x1', date: 'd', branch: 'develop' }, [exact('t', 9)], 'median', 10).history;
    h = appendRun(h, { commit: 'm2', date: 'd', branch: 'main' }, [exact('t', 1)], 'median', 10).history;
    h = appendRun(h, { commit: 'm3', date: 'd', branch: 'main' }, [exact('t', 5)], 'median', 10).history;
    const pr = compareRun([exact('t', 1)], h, { branch: 'main', until: 'm2' }, { ...OPTIONS, window: 10 });
    expect(pr).toMatchObject({ baselineCommit: 'm2' });
    expect(pr.comparisons[0]).toMatchObject({ baseline: 1, points: 2 });
    const rerun = compareRun(
      [exact('t', 1)],
      h,
      { branch: 'main', exclude: 'm3' },
      { ...OPTIONS, window: 10 },
    );
    expect(rerun).toMatchObject({ baselineCommit: 'm2' });
  });
});
