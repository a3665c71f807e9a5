/** benchmark-gate's domain modules: the history, thresholds, the import, the dashboard and the reports. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnchorData } from '../../../actions/benchmark-gate/src/anchor-import.js';
import { dashboardHtml } from '../../../actions/benchmark-gate/src/dashboard.js';
import { parseRange } from '../../../actions/benchmark-gate/src/formats.js';
import {
  appendRun,
  emptyHistory,
  parseHistory,
  serializeHistory,
} from '../../../actions/benchmark-gate/src/history.js';
import { FORMATS, METRICS, type Measurement } from '../../../actions/benchmark-gate/src/model.js';
import { buildComment, commentMarker, trendChart } from '../../../actions/benchmark-gate/src/report.js';
import { compareRun } from '../../../actions/benchmark-gate/src/significance.js';
import {
  limitsFor,
  nameGlob,
  parseOverrides,
  parseRatio,
} from '../../../actions/benchmark-gate/src/thresholds.js';
import { formatSeconds, secondsPer } from '../../../actions/benchmark-gate/src/units.js';

const m = (name: string, value: number, unit = 's'): Measurement => ({
  name,
  unit,
  direction: 'smaller-is-better',
  values: { median: value, mean: value * 1.1, min: value * 0.9 },
  spread: { median: value / 100, mean: value / 50, min: value / 100 },
  rounds: 10,
});
const run = (i: number, branch = 'main') => ({
  commit: `c${i}`,
  date: `2026-11-0${(i % 9) + 1}T00:00:00Z`,
  branch,
});

describe('history', () => {
  it('round-trips through its stored form, per metric', () => {
    let h = emptyHistory();
    h = appendRun(h, run(1), [m('a', 1), m('b', 2)], 'median', 10).history;
    h = appendRun(h, run(2), [m('a', 1.5)], 'mean', 10).history;
    const back = parseHistory(serializeHistory(h), 'data.json');
    expect(back.runs).toEqual(h.runs);
    // A point's spread is its standard error: one measurement's spread over √rounds (10 here).
    expect(back.series.median.get('a')?.points).toEqual([[0, 1, 0.00316]]);
    // Stored to 6 significant digits (the value) and 3 (its spread).
    expect(back.series.mean.get('a')?.points).toEqual([[1, 1.65, 0.00949]]);
    expect(back.series.min.size).toBe(0);
  });

  it('keeps at most max-history runs, exactly at the cap, and renumbers the points', () => {
    let h = emptyHistory();
    for (let i = 0; i < 4; i++) h = appendRun(h, run(i), [m('a', i + 1)], 'median', 3).history;
    expect(h.runs.map((r) => r.commit)).toEqual(['c1', 'c2', 'c3']);
    expect(h.series.median.get('a')?.points.map((p) => p[0])).toEqual([0, 1, 2]);
    expect(h.series.median.get('a')?.points.map((p) => p[1])).toEqual([2, 3, 4]);
    // Below the cap nothing is dropped.
    const two = appendRun(emptyHistory(), run(0), [m('a', 1)], 'median', 2).history;
    expect(appendRun(two, run(1), [m('a', 2)], 'median', 2).history.runs).toHaveLength(2);
  });

  it('a re-run of the same commit on the same branch replaces the earlier run', () => {
    let h = appendRun(emptyHistory(), run(1), [m('a', 1)], 'median', 10).history;
    h = appendRun(h, run(1), [m('a', 3)], 'median', 10).history;
    expect(h.runs).toHaveLength(1);
    expect(h.series.median.get('a')?.points).toEqual([[0, 3, 0.00949]]);
  });

  it('starts a series again when its unit changes, and says so', () => {
    const h = appendRun(emptyHistory(), run(1), [m('a', 1, 'MB')], 'median', 10).history;
    const next = appendRun(h, run(2), [m('a', 1, 'GB')], 'median', 10);
    expect(next.notes).toEqual([
      'a: stored in MB (smaller-is-better), now GB (smaller-is-better); its history starts again',
    ]);
    expect(next.history.series.median.get('a')?.points).toEqual([[1, 1, 0.00316]]);
  });

  it.each([
    ['not JSON', '{', /data\.json is not JSON/],
    ['another format', '{"format":"x","version":1}', /is not a benchmark-gate history/],
    [
      'a newer version',
      '{"format":"runway-benchmark-history","version":2}',
      /is not a benchmark-gate history/,
    ],
    [
      'a run without a branch',
      '{"format":"runway-benchmark-history","version":1,"runs":[{"commit":"a","date":"d"}],"series":{}}',
      /runs\[0\] needs commit, date and branch/,
    ],
    [
      'a point past the runs',
      '{"format":"runway-benchmark-history","version":1,"runs":[],"series":{"median":{"a":{"unit":"s","direction":"smaller-is-better","points":[[0,1,0]]}}}}',
      /points\[0\] must be/,
    ],
    [
      'points out of order',
      '{"format":"runway-benchmark-history","version":1,"runs":[{"commit":"a","date":"d","branch":"m"},{"commit":"b","date":"d","branch":"m"}],"series":{"median":{"a":{"unit":"s","direction":"smaller-is-better","points":[[1,1,0],[0,1,0]]}}}}',
      /points\[1\] must be/,
    ],
    [
      'a negative value',
      '{"format":"runway-benchmark-history","version":1,"runs":[{"commit":"a","date":"d","branch":"m"}],"series":{"median":{"a":{"unit":"s","direction":"smaller-is-better","points":[[0,-1,0]]}}}}',
      /points\[0\] must be/,
    ],
    [
      'an unknown direction',
      '{"format":"runway-benchmark-history","version":1,"runs":[],"series":{"median":{"a":{"unit":"s","direction":"up","points":[]}}}}',
      /needs unit, direction and points/,
    ],
  ])('refuses a stored history with %s', (_, text, message) => {
    expect(() => parseHistory(text, 'data.json')).toThrow(message);
  });
});

describe('thresholds', () => {
  it.each([
    ['150%', 1.5],
    ['1.5', 1.5],
    ['2x', 2],
    ['100.01%', 1.0001],
    ['100%', undefined],
    ['1', undefined],
    ['0.5', undefined],
    ['-150%', undefined],
    ['150 %', 1.5],
    ['abc', undefined],
    ['', undefined],
  ])('%s → %s', (text, ratio) => {
    expect(parseRatio(text)).toBe(ratio);
  });

  it('matches names with * and ? only; everything else is literal', () => {
    expect(nameGlob('*test_io_*').test('tests/perf.py::test_io_read[big]')).toBe(true);
    expect(nameGlob('test_?').test('test_a')).toBe(true);
    expect(nameGlob('test_?').test('test_ab')).toBe(false);
    expect(nameGlob('a.b').test('axb')).toBe(false);
    expect(nameGlob('[x]').test('[x]')).toBe(true);
    // A * backtracks over what it has taken; a pattern without a leading * anchors at the start.
    for (const [pattern, name, match] of [
      ['a*b', 'aab', true],
      ['x*y*z', 'xyyz', true],
      ['*?', 'x', true],
      ['a*?b', 'axb', true],
      ['b*', 'ab', false],
      ['ab', 'xab', false],
      ['?b', 'xab', false],
      ['a*', 'ba', false],
    ] as const)
      expect(nameGlob(pattern).test(name), `${pattern} on ${name}`).toBe(match);
  });

  it('an override sets the alert threshold; the fail threshold follows unless set apart', () => {
    const overrides = parseOverrides(['*io*=300%', '*=120%'], () => {
      throw new Error('bad');
    });
    expect(limitsFor({ alert: 1.5, fail: 1.5 }, false, overrides)('test_io')).toEqual({ alert: 3, fail: 3 });
    expect(limitsFor({ alert: 1.5, fail: 2 }, true, overrides)('test_x')).toEqual({ alert: 1.2, fail: 2 });
    expect(limitsFor({ alert: 1.5, fail: 2 }, true, [])('test_x')).toEqual({ alert: 1.5, fail: 2 });
    expect(() =>
      parseOverrides(['no-ratio'], (line) => {
        throw new Error(`bad ${line}`);
      }),
    ).toThrow('bad no-ratio');
    expect(() =>
      parseOverrides(['=150%'], (line) => {
        throw new Error(`bad ${line}`);
      }),
    ).toThrow('bad =150%');
    expect(() =>
      parseOverrides(['test_*=fast'], (line) => {
        throw new Error(`bad ${line}`);
      }),
    ).toThrow('bad test_*=fast');
  });
});

describe('units and ranges', () => {
  it('turns times into seconds and leaves other units alone', () => {
    expect(secondsPer('ns')).toBe(1e-9);
    expect(secondsPer('us')).toBe(1e-6);
    expect(secondsPer('ms/iter')).toBe(1e-3);
    expect(secondsPer('req/s')).toBeUndefined();
    expect(formatSeconds(0.0123)).toBe('12.3 ms');
    expect(formatSeconds(1.5e-7)).toBe('150 ns');
    expect(formatSeconds(2)).toBe('2 s');
  });

  it.each([
    [3, 10, 3],
    ['± 20', 100, 20],
    ['5%', 50, 2.5],
    ['stddev: 6.1e-06', 1, 6.1e-6],
    ['wide', 1, undefined],
    [-1, 1, undefined],
  ])('range %s of %s → %s', (range, value, spread) => {
    expect(parseRange(range, value)).toBe(spread);
  });
});

describe("github-action-benchmark's data.js", () => {
  it('reads its own test file: one run per commit, times in seconds', () => {
    const text = readFileSync(
      path.join(import.meta.dirname, '..', '..', 'fixtures', 'benchmarks', 'corpus', 'anchor-data.js'),
      'utf8',
    );
    const imported = importAnchorData(text, 'main', 'median', 100);
    expect(imported.runs).toBe(1);
    // cargo's 100 ns/iter ± 20, in seconds.
    const series = imported.history.series.median.get('bench_fib_10');
    expect(series).toMatchObject({ unit: 's', direction: 'smaller-is-better' });
    expect(series?.points[0]?.[1]).toBeCloseTo(1e-7, 20);
    expect(series?.points[0]?.[2]).toBeCloseTo(2e-8, 20);
    expect(imported.history.runs[0]).toMatchObject({ commit: 'prev commit id', branch: 'main' });
  });

  it('refuses what is not one, naming the entry', () => {
    expect(() => importAnchorData('window.BENCHMARK_DATA = {}', 'main', 'median', 10)).toThrow(
      /no window\.BENCHMARK_DATA\.entries/,
    );
    expect(() => importAnchorData('nothing here', 'main', 'median', 10)).toThrow(
      "is not github-action-benchmark's data.js (no window.BENCHMARK_DATA.entries)",
    );
    expect(() =>
      importAnchorData(
        'window.BENCHMARK_DATA = {"entries":{"S":[{"commit":{"id":"a"},"date":1,"benches":[{"name":"x","unit":"s","value":0}]}]}}',
        'main',
        'median',
        10,
      ),
    ).toThrow(/entries\["S"\]\[0\]\.benches\[0\] needs a name, a unit and a value above 0/);
  });
});

describe('reports', () => {
  it('escapes names in the dashboard', () => {
    const h = appendRun(emptyHistory(), run(1), [m('<script>alert(1)</script>', 1)], 'median', 10).history;
    const html = dashboardHtml(h, 'Suite "A"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>Suite &quot;A&quot;</title>');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3)/);
  });

  it('keeps a trend chart valid Mermaid whatever the name holds', () => {
    const chart = trendChart('a "quoted"\nname`', 's', [0.001, 0.002], 0.004, ['abc1234', 'def5678']);
    expect(chart).toContain('title "a  quoted  name "');
    expect(chart).toContain('x-axis ["abc1234", "def5678", "this run"]');
    expect(chart).toContain('y-axis "ms"');
    expect(chart).toContain('line [1, 2, 4]');
  });

  it('keeps a PR comment under GitHub’s limit with thousands of benchmarks', () => {
    const many = Array.from({ length: 5000 }, (_, i) => m(`tests/perf/test_${'x'.repeat(40)}_${i}`, 1));
    const set = compareRun(
      many,
      emptyHistory(),
      { branch: 'main' },
      { metric: 'median', window: 5, noiseMultiple: 4, limitsFor: () => ({ alert: 1.5, fail: 1.5 }) },
    );
    const body = buildComment(
      {
        title: 'Benchmarks',
        metric: 'median',
        branch: 'main',
        window: 5,
        noiseMultiple: 4,
        failOnAlert: true,
      },
      set,
      'default',
      'https://example.invalid/run',
    );
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(commentMarker('default'))).toBe(true);
    expect(body).toContain('5000 other benchmarks: see the job summary.');
  });
});

describe('the formats and metrics the action offers', () => {
  it('are the ones action.yml documents', () => {
    const action = parse(
      readFileSync(
        path.join(import.meta.dirname, '..', '..', '..', 'actions', 'benchmark-gate', 'action.yml'),
        'utf8',
      ),
    ) as { inputs: Record<string, { description: string }> };
    expect(FORMATS).toEqual([
      'pytest',
      'googlecpp',
      'hyperfine',
      'customSmallerIsBetter',
      'customBiggerIsBetter',
    ]);
    for (const format of FORMATS) expect(action.inputs.format?.description).toContain(`\`${format}\``);
    expect(METRICS).toEqual(['median', 'mean', 'min']);
    for (const metric of METRICS) expect(action.inputs.metric?.description).toContain(`\`${metric}\``);
  });
});
