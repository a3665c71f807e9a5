/**
 * benchmark-gate's parsing and statistics at their edges: each value the producers may leave out, each
 * record that must be refused (with its exact message), each count that decides a path.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, readBenchmarkFile } from '../../../actions/benchmark-gate/src/formats.js';
import { appendRun, emptyHistory } from '../../../actions/benchmark-gate/src/history.js';
import type { Measurement } from '../../../actions/benchmark-gate/src/model.js';
import { compareRun, runsInScope, runToRunNoise } from '../../../actions/benchmark-gate/src/significance.js';
import {
  describe as summarise,
  mean,
  median,
  quantile,
  stddev,
} from '../../../actions/benchmark-gate/src/stats.js';

const read = (doc: unknown, format?: Parameters<typeof readBenchmarkFile>[1]) =>
  readBenchmarkFile(JSON.stringify(doc), format);
const one = (doc: unknown, format?: Parameters<typeof readBenchmarkFile>[1]) => {
  const [m] = read(doc, format).measurements;
  if (m === undefined) throw new Error('no measurement');
  return m;
};

describe('statistics', () => {
  it('quantiles interpolate between neighbours (numpy’s default)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.9)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
  });

  it('mean and sample standard deviation (n − 1)', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([])).toBeNaN();
    expect(stddev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935, 9);
    expect(stddev([5])).toBe(0);
    expect(stddev([1, 3])).toBeCloseTo(Math.SQRT2, 12);
  });

  it('summarises raw samples', () => {
    expect(summarise([4, 1, 3, 2])).toEqual({
      median: 2.5,
      mean: 2.5,
      min: 1,
      stddev: stddev([1, 2, 3, 4]),
      iqr: 1.5,
    });
  });
});

describe('format detection', () => {
  it.each([
    [{ results: [{ command: 'x' }] }, 'hyperfine'],
    [{ benchmarks: [], machine_info: {} }, 'pytest'],
    [{ benchmarks: [{ stats: {} }] }, 'pytest'],
    [{ benchmarks: [], context: {} }, 'googlecpp'],
    [{ benchmarks: [{ real_time: 1 }] }, 'googlecpp'],
  ])('%j is %s', (doc, format) => {
    expect(detectFormat(doc)).toBe(format);
  });

  it.each([
    [{ results: [{ command: 'x' }, { mean: 1 }] }],
    [{ benchmarks: [{ name: 'x' }] }],
    [{ results: 'x' }],
    ['text'],
    [null],
  ])('%j is not a format', (doc) => {
    expect(() => detectFormat(doc)).toThrow(/^is not a benchmark file this action reads/);
  });
});

describe('pytest-benchmark records', () => {
  const stats = { min: 1, max: 4, mean: 2.5, median: 2, stddev: 1, iqr: 1.349, rounds: 4 };
  const pytest = (s: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    machine_info: {},
    benchmarks: [{ name: 'test_a', fullname: 'tests/p.py::test_a', stats: s, ...extra }],
  });

  it('takes the producer’s statistics and names the file', () => {
    const m = one(pytest(stats));
    expect(m).toEqual({
      name: 'tests/p.py::test_a',
      unit: 's',
      direction: 'smaller-is-better',
      values: { median: 2, mean: 2.5, min: 1 },
      spread: { median: 1, mean: 1, min: 1 },
      rounds: 4,
      file: 'tests/p.py',
    });
  });

  it('computes from the raw rounds what the statistics leave out', () => {
    const m = one(pytest({ rounds: 4, data: [4, 1, 3, 2] }));
    expect(m.values).toEqual({ median: 2.5, mean: 2.5, min: 1 });
    expect(m.spread.median).toBeCloseTo(1.5 / 1.349, 12);
    expect(m.spread.mean).toBeCloseTo(stddev([1, 2, 3, 4]), 12);
  });

  it('a name without :: has no file; an empty spread counts as 0', () => {
    const m = one({ benchmarks: [{ name: 'plain', stats: { mean: 1, median: 1, min: 1, rounds: 1 } }] });
    expect(m.file).toBeUndefined();
    expect(m.spread).toEqual({ median: 0, mean: 0, min: 0 });
    expect(m.rounds).toBe(1);
  });

  it.each([
    [{ benchmarks: 'x' }, "has no 'benchmarks' list (pytest-benchmark writes one with --benchmark-json)"],
    [{ benchmarks: [{ fullname: 'a' }] }, "benchmarks[0] has no 'stats'"],
    [
      { benchmarks: [{ fullname: '', stats: {} }] },
      'benchmarks[0].fullname must be a non-empty string; got ""',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { ...stats, rounds: 0 } }] },
      'benchmarks[0] (a).stats.rounds must be above 0; got 0',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { ...stats, rounds: undefined } }] },
      'benchmarks[0] (a).stats.rounds must be a number of at least 0; got nothing',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { ...stats, mean: -1 } }] },
      'benchmarks[0] (a).stats.mean must be a number of at least 0; got -1',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { ...stats, data: 'x' } }] },
      'benchmarks[0] (a).stats.data must be a list of numbers',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, median: 1 } }] },
      'benchmarks[0] (a) lacks median, mean or min',
    ],
    [
      {
        benchmarks: [
          { fullname: 'a', stats },
          { fullname: 'a', stats },
        ],
      },
      'names the benchmark "a" twice',
    ],
  ])('refuses %j', (doc, message) => {
    expect(() => read({ machine_info: {}, ...doc }, 'pytest')).toThrow(message);
  });
});

describe('Google Benchmark records', () => {
  const it1 = (name: string, realTime: number, extra: Record<string, unknown> = {}) => ({
    name,
    run_name: name,
    run_type: 'iteration',
    real_time: realTime,
    time_unit: 'ns',
    ...extra,
  });

  it('repetitions without aggregates are samples: their median, mean, min and spread', () => {
    const m = one({ context: {}, benchmarks: [1, 2, 3, 4].map((v) => it1('BM_a', v)) });
    expect(m.values.median).toBeCloseTo(2.5e-9, 20);
    expect(m.values.mean).toBeCloseTo(2.5e-9, 20);
    expect(m.values.min).toBeCloseTo(1e-9, 20);
    expect(m.spread.median).toBeCloseTo(1.5e-9 / 1.349, 20);
    expect(m.rounds).toBe(4);
  });

  it('fewer than four samples: the spread of the median is their standard deviation', () => {
    const m = one({ context: {}, benchmarks: [1, 3, 2].map((v) => it1('BM_a', v)) });
    expect(m.spread.median).toBeCloseTo(1e-9, 20);
  });

  it('old versions: aggregates known by their name alone', () => {
    const doc = {
      context: {},
      benchmarks: [
        { name: 'BM_x', real_time: 10, time_unit: 'us' },
        { name: 'BM_x_median', real_time: 11, time_unit: 'us' },
        { name: 'BM_x_stddev', real_time: 2, time_unit: 'us' },
        { name: 'BM_x_cv', real_time: 0.1, time_unit: 'us' },
      ],
    };
    const m = one(doc);
    expect(m.name).toBe('BM_x');
    expect(m.values.median).toBeCloseTo(11e-6, 15);
    expect(m.spread.mean).toBeCloseTo(2e-6, 15);
  });

  it('records of one benchmark in two units meet in the first one’s', () => {
    const m = one({ context: {}, benchmarks: [it1('BM_a', 1000), { ...it1('BM_a', 3), time_unit: 'us' }] });
    expect(m.values.median).toBeCloseTo(2e-6, 15);
  });

  it('a name ending like an aggregate is an aggregate only at its end', () => {
    const m = one({ context: {}, benchmarks: [{ name: 'BM_mean_of_x', real_time: 5, time_unit: 'ns' }] });
    expect(m.name).toBe('BM_mean_of_x');
  });

  it.each([
    [
      { benchmarks: 'x' },
      "has no 'benchmarks' list (Google Benchmark writes one with --benchmark_format=json)",
    ],
    [{ benchmarks: [1] }, 'benchmarks[0] is not an object'],
    [
      { benchmarks: [{ name: 'BM_e', error_occurred: true, error_message: 'boom' }] },
      'benchmarks[0] (BM_e) failed: boom',
    ],
    [{ benchmarks: [{ name: 'BM_e', error_occurred: true }] }, 'benchmarks[0] (BM_e) failed: error_occurred'],
    [
      { benchmarks: [{ name: 'BM_u', real_time: 1, time_unit: 'min' }] },
      'benchmarks[0] (BM_u).time_unit must be ns, us, ms or s; got "min"',
    ],
    [
      {
        benchmarks: [
          {
            name: 'BM_s_stddev',
            run_name: 'BM_s',
            run_type: 'aggregate',
            aggregate_name: 'stddev',
            real_time: 1,
            time_unit: 'ns',
          },
        ],
      },
      'benchmark BM_s has a stddev aggregate but no times',
    ],
  ])('refuses %j', (doc, message) => {
    expect(() => read({ context: {}, ...doc }, 'googlecpp')).toThrow(message);
  });
});

describe('hyperfine records', () => {
  it('computes what an old export leaves out from the times', () => {
    const m = one({ results: [{ command: 'cmd', mean: 2.5, times: [4, 1, 3, 2] }] });
    expect(m.values).toEqual({ median: 2.5, mean: 2.5, min: 1 });
    expect(m.spread.median).toBeCloseTo(1.5 / 1.349, 12);
    expect(m.spread.mean).toBeCloseTo(stddev([1, 2, 3, 4]), 12);
    expect(m.rounds).toBe(4);
  });

  it('with fewer than four times, the spread is the standard deviation; with none, the mean stands for all', () => {
    expect(one({ results: [{ command: 'c', mean: 2, stddev: 0.5, times: [1, 2, 3] }] }).spread.median).toBe(
      0.5,
    );
    const bare = one({ results: [{ command: 'c', mean: 2 }] });
    expect(bare.values).toEqual({ median: 2, mean: 2, min: 2 });
    expect(bare.rounds).toBe(1);
  });

  it.each([
    [{ results: 'x' }, "has no 'results' list (hyperfine writes one with --export-json)"],
    [{ results: [1] }, 'results[0] is not an object'],
    [{ results: [{ command: 'c', times: 'x' }] }, 'results[0] (c).times must be a list of numbers'],
    [
      { results: [{ command: 'c', times: [1, 'x'] }] },
      'results[0] (c).times[1] must be a number of at least 0; got "x"',
    ],
    [{ results: [{ command: 'c' }] }, 'results[0] (c) has no mean and no times'],
    [
      { results: [{ command: 'c', mean: 1, exit_codes: [0, 2, 0] }] },
      'results[0] (c) exited with 2 in 1 of 3 runs',
    ],
  ])('refuses %j', (doc, message) => {
    expect(() => read(doc, 'hyperfine')).toThrow(message);
  });
});

describe('custom records', () => {
  it('keeps a unit that is not a time, trimmed, and reads an empty range as none', () => {
    const m = one([{ name: 'mem', unit: ' MB ', value: 10, range: '' }], 'customBiggerIsBetter');
    expect(m).toMatchObject({ unit: 'MB', direction: 'bigger-is-better', spread: { median: 0 } });
  });

  it('warns about a range that is not a number, counting its spread as 0', () => {
    const result = read([{ name: 'x', unit: 'ms', value: 1, range: 'wide' }], 'customSmallerIsBetter');
    expect(result.warnings).toEqual(['[0] (x).range "wide" is not a number: its spread counts as 0']);
    expect(result.measurements[0]?.spread.median).toBe(0);
    expect(read([{ name: 'x', unit: 'ms', value: 1 }], 'customSmallerIsBetter').warnings).toEqual([]);
  });

  it.each([
    [{ name: 'x' }, 'must be a list of {name, unit, value} objects (the custom format)'],
    [[1], '[0] is not an object'],
    [[{ name: 'x', value: 1 }], '[0] (x).unit must be a non-empty string; got nothing'],
    [[{ name: 'x', unit: 'ms', value: 'fast' }], '[0] (x).value must be a number of at least 0; got "fast"'],
  ])('refuses %j', (doc, message) => {
    expect(() => read(doc, 'customSmallerIsBetter')).toThrow(message);
  });
});

describe('comparison scope', () => {
  const m = (name: string, value: number): Measurement => ({
    name,
    unit: 's',
    direction: 'smaller-is-better',
    values: { median: value, mean: value, min: value },
    spread: { median: 0, mean: 0, min: 0 },
    rounds: 1,
  });
  const runs = [
    { commit: 'a', date: 'd', branch: 'main' },
    { commit: 'b', date: 'd', branch: 'main' },
    { commit: 'c', date: 'd', branch: 'dev' },
  ];

  it('a base commit that is not stored leaves every value of the branch in scope; the first stored one only itself', () => {
    expect(runsInScope(runs, { branch: 'main', until: 'zzz' })).toEqual([0, 1]);
    expect(runsInScope(runs, { branch: 'main', until: 'a' })).toEqual([0]);
    expect(runsInScope(runs, { branch: 'dev' })).toEqual([2]);
  });

  it('run-to-run noise is the larger of the consecutive-difference and the median-deviation estimates', () => {
    // Differences 1, 2, 4 → 2 / 0.954 = 2.10; deviations from 3 are 2, 1, 1, 5 → 1.5 / 0.6745 = 2.22.
    expect(runToRunNoise([1, 2, 4, 8])).toBeCloseTo(1.5 / 0.6745, 12);
    // Alternating values: differences 2, deviations 1 → 2 / 0.954 wins.
    expect(runToRunNoise([1, 3, 1, 3, 1])).toBeCloseTo(2 / 0.954, 12);
    // One outlier moves neither.
    expect(runToRunNoise([1, 1, 1, 1, 9])).toBe(0);
  });

  it('the noise window is the latest 30 values, not all of them', () => {
    let h = emptyHistory();
    // 30 wild values, then 30 steady ones: only the steady ones count.
    for (let i = 0; i < 60; i++)
      h = appendRun(
        h,
        { commit: `c${i}`, date: 'd', branch: 'main' },
        [m('t', i < 30 ? (i % 2 === 0 ? 1 : 3) : 1)],
        'median',
        100,
      ).history;
    const [c] = compareRun(
      [m('t', 1.6)],
      h,
      { branch: 'main' },
      { metric: 'median', window: 5, noiseMultiple: 4, limitsFor: () => ({ alert: 1.5, fail: 1.5 }) },
    ).comparisons;
    expect(c?.noise).toBe(0);
    expect(c?.verdict).toBe('regression');
  });

  it('a benchmark absent from this run is missing only when the base branch stored it', () => {
    let h = emptyHistory();
    h = appendRun(h, runs[0] as (typeof runs)[0], [m('kept', 1), m('gone', 1)], 'median', 10).history;
    h = appendRun(h, runs[2] as (typeof runs)[0], [m('dev-only', 1)], 'median', 10).history;
    const set = compareRun(
      [m('kept', 1)],
      h,
      { branch: 'main' },
      { metric: 'median', window: 5, noiseMultiple: 4, limitsFor: () => ({ alert: 1.5, fail: 1.5 }) },
    );
    expect(set.missing).toEqual(['gone']);
    expect(set.baselineCommit).toBe('a');
    expect(set.comparisons[0]).toMatchObject({
      verdict: 'unchanged',
      failing: false,
      baselineCommit: 'a',
      points: 1,
    });
  });

  it('a changed unit is not compared, and says why', () => {
    const h = appendRun(emptyHistory(), runs[0] as (typeof runs)[0], [m('t', 1)], 'median', 10).history;
    const [c] = compareRun(
      [{ ...m('t', 1), unit: 'req/s' }],
      h,
      { branch: 'main' },
      { metric: 'median', window: 5, noiseMultiple: 4, limitsFor: () => ({ alert: 1.5, fail: 1.5 }) },
    ).comparisons;
    expect(c).toMatchObject({
      verdict: 'not-compared',
      reason: 'its unit changed from s to req/s',
      failing: false,
    });
    expect(c?.baseline).toBeUndefined();
  });

  it('a changed direction is not compared, and says why', () => {
    const h = appendRun(emptyHistory(), runs[0] as (typeof runs)[0], [m('t', 1)], 'median', 10).history;
    const flipped = { ...m('t', 1), direction: 'bigger-is-better' as const };
    const [c] = compareRun(
      [flipped],
      h,
      { branch: 'main' },
      { metric: 'median', window: 5, noiseMultiple: 4, limitsFor: () => ({ alert: 1.5, fail: 1.5 }) },
    ).comparisons;
    expect(c).toMatchObject({
      verdict: 'not-compared',
      reason: 'it was stored as smaller-is-better, now bigger-is-better',
      failing: false,
    });
    expect(c?.baseline).toBeUndefined();
  });
});

describe('each field’s own name in its refusal', () => {
  it.each([
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, mean: 1, median: 1, min: 'x' } }] },
      'benchmarks[0] (a).stats.min must be',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, mean: 1, median: 'x', min: 1 } }] },
      'benchmarks[0] (a).stats.median must be',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, mean: 1, median: 1, min: 1, iqr: -1 } }] },
      'benchmarks[0] (a).stats.iqr must be',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, mean: 1, median: 1, min: 1, stddev: 'x' } }] },
      'benchmarks[0] (a).stats.stddev must be',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, median: 1, mean: 1 } }] },
      'benchmarks[0] (a) lacks median, mean or min',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, min: 1, mean: 1 } }] },
      'benchmarks[0] (a) lacks median, mean or min',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: 1, min: 1, median: 1 } }] },
      'benchmarks[0] (a) lacks median, mean or min',
    ],
    [
      { benchmarks: [{ fullname: 'a', stats: { rounds: Number.NaN, min: 1, median: 1, mean: 1 } }] },
      'benchmarks[0] (a).stats.rounds must be',
    ],
  ])('pytest %j', (doc, message) => {
    expect(() => read(doc, 'pytest')).toThrow(message);
  });

  it.each([
    [{ benchmarks: [{ name: ' ', real_time: 1 }] }, 'benchmarks[0].name must be a non-empty string; got " "'],
    [{ benchmarks: [{ name: 'BM', real_time: 'x' }] }, 'benchmarks[0] (BM).real_time must be'],
    [
      { benchmarks: [{ name: 'BM', real_time: 1, time_unit: '' }] },
      'benchmarks[0] (BM).time_unit must be a non-empty string',
    ],
  ])('Google Benchmark %j', (doc, message) => {
    expect(() => read({ context: {}, ...doc }, 'googlecpp')).toThrow(message);
  });

  it.each([
    [{ results: [{ command: '' }] }, 'results[0].command must be a non-empty string'],
    [{ results: [{ command: 'c', mean: 'x' }] }, 'results[0] (c).mean must be'],
    [{ results: [{ command: 'c', mean: 1, median: 'x' }] }, 'results[0] (c).median must be'],
    [{ results: [{ command: 'c', mean: 1, min: 'x' }] }, 'results[0] (c).min must be'],
    [{ results: [{ command: 'c', mean: 1, stddev: 'x' }] }, 'results[0] (c).stddev must be'],
    [{ results: [{ command: 'c', median: 1 }] }, 'results[0] (c) has no mean and no times'],
  ])('hyperfine %j', (doc, message) => {
    expect(() => read(doc, 'hyperfine')).toThrow(message);
  });

  it('custom: an empty name is refused; a null or empty range is no range', () => {
    expect(() => read([{ name: '', unit: 'ms', value: 1 }], 'customSmallerIsBetter')).toThrow(
      '[0].name must be a non-empty string',
    );
    expect(
      read([{ name: 'x', unit: 'ms', value: 1, range: null }], 'customSmallerIsBetter').warnings,
    ).toEqual([]);
  });

  it('Google Benchmark: an empty run_name is the record’s own name; an aggregate run_type names its aggregate', () => {
    expect(
      one({ context: {}, benchmarks: [{ name: 'BM_r', run_name: '', real_time: 1, time_unit: 'ns' }] }).name,
    ).toBe('BM_r');
    const m = one({
      context: {},
      benchmarks: [
        { name: 'BM_q', run_name: 'BM_q', run_type: 'iteration', real_time: 4, time_unit: 'ns' },
        {
          name: 'BM_q_median',
          run_name: 'BM_q',
          run_type: 'aggregate',
          aggregate_name: 'median',
          real_time: 3,
          time_unit: 'ns',
        },
        { name: 'BM_q_odd', run_name: 'BM_q', run_type: 'aggregate', real_time: 99, time_unit: 'ns' },
      ],
    });
    expect(m.values.median).toBeCloseTo(3e-9, 20);
    expect(m.values.mean).toBeCloseTo(4e-9, 20);
  });
});

describe('ranges', () => {
  it.each([
    [0, 5, 0],
    ['1e6', 1, 1e6],
    ['2.5e-3', 1, 0.0025],
    ['± 2 ns', 10, undefined],
    ['10 %', 50, 5],
  ])('%j of %s → %s', async (range, value, spread) => {
    const { parseRange } = await import('../../../actions/benchmark-gate/src/formats.js');
    expect(parseRange(range, value)).toBe(spread);
  });
});

describe('verdicts at their edges', () => {
  const m = (name: string, value: number, extra: Partial<Measurement> = {}): Measurement => ({
    name,
    unit: 's',
    direction: 'smaller-is-better',
    values: { median: value, mean: value, min: value },
    spread: { median: 0, mean: 0, min: 0 },
    rounds: 1,
    ...extra,
  });
  const options = {
    metric: 'median' as const,
    window: 5,
    noiseMultiple: 4,
    limitsFor: () => ({ alert: 1.5, fail: 1.5 }),
  };
  const saved = (values: number[], name = 't', branch = 'main', extra: Partial<Measurement> = {}) =>
    values.reduce(
      (h, v, i) =>
        appendRun(h, { commit: `${branch}${i}`, date: 'd', branch }, [m(name, v, extra)], 'median', 200)
          .history,
      emptyHistory(),
    );

  it('the noise window is the latest 30 values: older wild ones do not count', () => {
    let h = emptyHistory();
    for (let i = 0; i < 100; i++)
      h = appendRun(
        h,
        { commit: `c${i}`, date: 'd', branch: 'main' },
        [m('t', i < 70 ? (i % 2 === 0 ? 1 : 3) : 1)],
        'median',
        200,
      ).history;
    expect(compareRun([m('t', 1.6)], h, { branch: 'main' }, options).comparisons[0]).toMatchObject({
      noise: 0,
      verdict: 'regression',
    });
  });

  it('with few stored values, one measurement’s relative spread stands in for the run-to-run noise, at the larger value', () => {
    // Stored 2 (one value), now 1 with a spread of 15%: the stand-in is 0.15 × 2 = 0.3, and 4 × 0.3 > 1.
    const h = saved([2]);
    const spread = { median: 0.15, mean: 0.15, min: 0.15 };
    expect(compareRun([m('t', 1, { spread })], h, { branch: 'main' }, options).comparisons[0]).toMatchObject({
      verdict: 'noise',
      noise: 0.3,
    });
    // With 20 rounds the same spread is a standard error of 0.15 / √20 = 0.034, but the stand-in still holds.
    expect(
      compareRun([m('t', 1, { spread, rounds: 20 })], h, { branch: 'main' }, options).comparisons[0]?.verdict,
    ).toBe('noise');
  });

  it('a value of 0 in this run says so', () => {
    expect(compareRun([m('t', 0)], saved([1, 1]), { branch: 'main' }, options).comparisons[0]?.reason).toBe(
      'a value of 0 has no ratio (this run)',
    );
  });

  it('an improvement inside the noise is noise, not an improvement', () => {
    const h = saved([1, 1, 1]);
    const [c] = compareRun(
      [m('t', 0.5, { spread: { median: 0.2, mean: 0.2, min: 0.2 } })],
      h,
      { branch: 'main' },
      options,
    ).comparisons;
    expect(c?.verdict).toBe('noise');
  });

  it('a unit stored only for another branch does not stop a comparison: the benchmark is new here', () => {
    const h = saved([1, 1], 't', 'dev', { unit: 'MB' });
    expect(compareRun([m('t', 1)], h, { branch: 'main' }, options).comparisons[0]?.verdict).toBe('new');
  });

  it('missing lists, sorted, what the base branch stored in any of its runs', () => {
    let h = emptyHistory();
    h = appendRun(
      h,
      { commit: 'a', date: 'd', branch: 'dev' },
      [m('zeta', 1), m('beta', 1)],
      'median',
      10,
    ).history;
    h = appendRun(
      h,
      { commit: 'b', date: 'd', branch: 'main' },
      [m('zeta', 1), m('alpha', 1)],
      'median',
      10,
    ).history;
    expect(compareRun([], h, { branch: 'main' }, options).missing).toEqual(['alpha', 'zeta']);
  });

  it('the baseline commit is named when any benchmark has a baseline, and each comparison keeps its file', () => {
    const h = saved([1, 1]);
    const set = compareRun(
      [m('t', 1, { file: 'tests/p.py' }), m('new-one', 1)],
      h,
      { branch: 'main' },
      options,
    );
    expect(set.baselineCommit).toBe('main1');
    expect(set.comparisons[0]?.file).toBe('tests/p.py');
    expect(set.comparisons[1]?.file).toBeUndefined();
    expect(set.comparisons[1]?.verdict).toBe('new');
  });
});
