/** The stored history's checks, github-action-benchmark's data.js, the units and the threshold syntax, field by field. */
import { describe, expect, it } from 'vitest';
import { importAnchorData } from '../../../actions/benchmark-gate/src/anchor-import.js';
import {
  appendRun,
  emptyHistory,
  parseHistory,
  serializeHistory,
} from '../../../actions/benchmark-gate/src/history.js';
import type { Measurement } from '../../../actions/benchmark-gate/src/model.js';
import {
  limitsFor,
  nameGlob,
  parseOverrides,
  parseRatio,
} from '../../../actions/benchmark-gate/src/thresholds.js';
import {
  formatSeconds,
  formatValue,
  secondsPer,
  significant,
} from '../../../actions/benchmark-gate/src/units.js';

const HEAD = '{"format":"runway-benchmark-history","version":1,';
const RUN = '{"commit":"a","date":"d","branch":"m"}';
const series = (s: string) => `${HEAD}"runs":[${RUN}],"series":{"median":{"t":${s}}}}`;

describe('a stored history is checked field by field', () => {
  it.each([
    ['runs not a list', `${HEAD}"runs":{},"series":{}}`, "lacks 'runs' or 'series'"],
    ['series a list', `${HEAD}"runs":[],"series":[]}`, "lacks 'runs' or 'series'"],
    [
      'a run not an object',
      `${HEAD}"runs":[1],"series":{}}`,
      'runs[0] needs commit, date and branch strings',
    ],
    ['a run without a commit', `${HEAD}"runs":[{"date":"d","branch":"m"}],"series":{}}`, 'runs[0] needs'],
    ['a run without a date', `${HEAD}"runs":[{"commit":"a","branch":"m"}],"series":{}}`, 'runs[0] needs'],
    [
      'a url that is not text',
      `${HEAD}"runs":[{"commit":"a","date":"d","branch":"m","url":1}],"series":{}}`,
      'runs[0] needs',
    ],
    [
      'a metric that is not an object',
      `${HEAD}"runs":[],"series":{"mean":[]}}`,
      'series.mean is not an object',
    ],
    ['a series that is not an object', series('1'), 'series.median["t"] needs unit, direction and points'],
    [
      'a series without a unit',
      series('{"direction":"smaller-is-better","points":[]}'),
      'needs unit, direction and points',
    ],
    [
      'points that are not a list',
      series('{"unit":"s","direction":"smaller-is-better","points":{}}'),
      'needs unit, direction and points',
    ],
    [
      'a point that is not a list',
      series('{"unit":"s","direction":"smaller-is-better","points":[1]}'),
      'points[0] must be',
    ],
    [
      'a point of two numbers',
      series('{"unit":"s","direction":"smaller-is-better","points":[[0,1]]}'),
      'points[0] must be',
    ],
    [
      'a point with text',
      series('{"unit":"s","direction":"smaller-is-better","points":[[0,1,"x"]]}'),
      'points[0] must be',
    ],
    [
      'a fractional run index',
      series('{"unit":"s","direction":"smaller-is-better","points":[[0.5,1,0]]}'),
      'points[0] must be',
    ],
    [
      'a repeated run index',
      `${HEAD}"runs":[${RUN},${RUN}],"series":{"median":{"t":{"unit":"s","direction":"smaller-is-better","points":[[0,1,0],[0,1,0]]}}}}`,
      'points[1] must be',
    ],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseHistory(text, 'data.json')).toThrow(message);
  });

  it('keeps a run’s URL, and the direction of each series', () => {
    const h = parseHistory(
      `${HEAD}"runs":[{"commit":"a","date":"d","branch":"m","url":"https://x/1"}],"series":{"min":{"t":{"unit":"req/s","direction":"bigger-is-better","points":[[0,5,1]]}}}}`,
      'data.json',
    );
    expect(h.runs[0]).toEqual({ commit: 'a', date: 'd', branch: 'm', url: 'https://x/1' });
    expect(h.series.min.get('t')).toEqual({
      unit: 'req/s',
      direction: 'bigger-is-better',
      points: [[0, 5, 1]],
    });
    expect(serializeHistory(h)).not.toContain('"median"');
    expect(parseHistory(serializeHistory(h), 'again')).toEqual(h);
  });
});

describe('appending', () => {
  const m = (value: number, direction: Measurement['direction'] = 'smaller-is-better'): Measurement => ({
    name: 't',
    unit: 's',
    direction,
    values: { median: value, mean: value, min: value },
    spread: { median: 0, mean: 0, min: 0 },
    rounds: 1,
  });

  it('stores 0 as 0 and six significant digits otherwise', () => {
    const h = appendRun(emptyHistory(), { commit: 'a', date: 'd', branch: 'm' }, [m(0)], 'median', 5).history;
    expect(h.series.median.get('t')?.points).toEqual([[0, 0, 0]]);
    const g = appendRun(
      emptyHistory(),
      { commit: 'a', date: 'd', branch: 'm' },
      [m(1.23456789)],
      'median',
      5,
    ).history;
    expect(g.series.median.get('t')?.points[0]?.[1]).toBe(1.23457);
  });

  it('a run of the same commit on another branch is another run', () => {
    let h = appendRun(
      emptyHistory(),
      { commit: 'a', date: 'd', branch: 'main' },
      [m(1)],
      'median',
      5,
    ).history;
    h = appendRun(h, { commit: 'a', date: 'd', branch: 'dev' }, [m(2)], 'median', 5).history;
    expect(h.runs).toHaveLength(2);
  });

  it('a series whose points all aged out is dropped; a changed direction starts again', () => {
    let h = appendRun(emptyHistory(), { commit: 'a', date: 'd', branch: 'm' }, [m(1)], 'median', 2).history;
    h = appendRun(h, { commit: 'b', date: 'd', branch: 'm' }, [], 'median', 2).history;
    h = appendRun(h, { commit: 'c', date: 'd', branch: 'm' }, [], 'median', 2).history;
    expect(h.series.median.has('t')).toBe(false);
    let k = appendRun(emptyHistory(), { commit: 'a', date: 'd', branch: 'm' }, [m(1)], 'median', 5).history;
    const flipped = appendRun(
      k,
      { commit: 'b', date: 'd', branch: 'm' },
      [m(1, 'bigger-is-better')],
      'median',
      5,
    );
    k = flipped.history;
    expect(flipped.notes).toHaveLength(1);
    expect(k.series.median.get('t')?.points).toEqual([[1, 1, 0]]);
  });
});

describe("github-action-benchmark's data.js", () => {
  const dataJs = (entries: unknown) =>
    `window.BENCHMARK_DATA = ${JSON.stringify({ lastUpdate: 1, entries })};\n`;
  const entry = (id: string, date: number, tool: string, benches: unknown[], url?: string) => ({
    commit: { id, timestamp: 'x', ...(url === undefined ? {} : { url }) },
    date,
    tool,
    benches,
  });

  it('turns only pytest’s iter/sec into seconds: another tool’s iter/sec stays as it is', () => {
    const text = dataJs({
      C: [entry('a', 1000, 'customBiggerIsBetter', [{ name: 'c', unit: 'iter/sec', value: 500 }])],
    });
    expect(importAnchorData(text, 'main', 'median', 10).history.series.median.get('c')).toEqual({
      unit: 'iter/sec',
      direction: 'bigger-is-better',
      points: [[0, 500, 0]],
    });
  });

  it('reads a data.js that is bare JSON, refuses a null entry and drops a commit URL that is not text', () => {
    const bare = JSON.stringify({
      entries: { S: [entry('a', 1000, 'go', [{ name: 'g', unit: 'ns', value: 1 }])] },
    });
    expect(importAnchorData(bare, 'main', 'median', 10).runs).toBe(1);
    expect(() => importAnchorData(dataJs({ S: [null] }), 'main', 'median', 10)).toThrow(
      'entries["S"][0] needs commit.id and benches',
    );
    const numberUrl = dataJs({
      S: [{ ...entry('a', 1000, 'go', [{ name: 'g', unit: 'ns', value: 1 }]), commit: { id: 'a', url: 5 } }],
    });
    expect(importAnchorData(numberUrl, 'main', 'median', 10).history.runs[0]).toEqual({
      commit: 'a',
      date: new Date(1000).toISOString(),
      branch: 'main',
    });
  });

  it('turns pytest operations per second into seconds, keeps other tools’ units and directions, orders runs by date', () => {
    const text = dataJs({
      Py: [
        entry(
          'b',
          2000,
          'pytest',
          [{ name: 'p', unit: 'iter/sec', value: 500, range: 'stddev: 0.0001' }],
          'https://c/b',
        ),
      ],
      Go: [
        entry('a', 1000, 'go', [{ name: 'g', unit: 'ns/op', value: 7 }]),
        entry('b', 2000, 'benchmarkjs', [{ name: 'j', unit: 'ops/sec', value: 9, range: '±1.5%' }]),
      ],
    });
    const { history, runs, benchmarks } = importAnchorData(text, 'main', 'mean', 10);
    expect([runs, benchmarks]).toEqual([2, 3]);
    expect(history.runs.map((r) => r.commit)).toEqual(['a', 'b']);
    expect(history.runs[1]).toEqual({
      commit: 'b',
      date: new Date(2000).toISOString(),
      branch: 'main',
      url: 'https://c/b',
    });
    expect(history.runs[0]?.url).toBeUndefined();
    expect(history.series.mean.get('p')).toEqual({
      unit: 's',
      direction: 'smaller-is-better',
      points: [[1, 0.002, 0.0001]],
    });
    expect(history.series.mean.get('g')).toEqual({
      unit: 'ns/op',
      direction: 'smaller-is-better',
      points: [[0, 7, 0]],
    });
    expect(history.series.mean.get('j')).toEqual({
      unit: 'ops/sec',
      direction: 'bigger-is-better',
      points: [[1, 9, 0.135]],
    });
    expect(history.series.median.size).toBe(0);
  });

  it('a date from the commit when the entry has none; a customBiggerIsBetter entry grows as it improves', () => {
    const text = dataJs({
      S: [
        {
          commit: { id: 'a', timestamp: '2026-01-02T00:00:00Z' },
          tool: 'customBiggerIsBetter',
          benches: [{ name: 'x', unit: 'MB', value: 3 }],
        },
      ],
    });
    const { history } = importAnchorData(text, 'main', 'median', 10);
    expect(history.runs[0]?.date).toBe('2026-01-02T00:00:00.000Z');
    // The last instant a Date holds is still a date.
    const last = dataJs({
      S: [
        {
          commit: { id: 'a' },
          date: 8.64e15,
          tool: 'customSmallerIsBetter',
          benches: [{ name: 'x', unit: 's', value: 1 }],
        },
      ],
    });
    expect(importAnchorData(last, 'main', 'median', 10).history.runs[0]?.date).toBe(
      '+275760-09-13T00:00:00.000Z',
    );
    expect(history.series.median.get('x')?.direction).toBe('bigger-is-better');
  });

  it.each([
    [dataJs({ S: {} }), 'entries["S"] is not a list'],
    [dataJs({ S: [1] }), 'entries["S"][0] needs commit.id and benches'],
    [dataJs({ S: [{ commit: {}, benches: [] }] }), 'entries["S"][0] needs commit.id and benches'],
    [dataJs({ S: [{ commit: { id: 'a' }, benches: {} }] }), 'entries["S"][0] needs commit.id and benches'],
    [
      dataJs({ S: [{ commit: { id: 'a', timestamp: 'never' }, benches: [] }] }),
      'entries["S"][0] has no date',
    ],
    [dataJs({ S: [{ commit: { id: 'a' }, date: 1e20, benches: [] }] }), 'entries["S"][0] has no date'],
    [
      dataJs({ S: [{ commit: { id: 'a' }, date: -8.64e15 - 1, benches: [] }] }),
      'entries["S"][0] has no date',
    ],
    [
      dataJs({ S: [entry('a', 1, 't', [1])] }),
      'entries["S"][0].benches[0] needs a name, a unit and a value above 0',
    ],
    [dataJs({ S: [entry('a', 1, 't', [{ unit: 's', value: 1 }])] }), 'benches[0] needs'],
    [dataJs({ S: [entry('a', 1, 't', [{ name: 'x', value: 1 }])] }), 'benches[0] needs'],
    [dataJs({ S: [entry('a', 1, 't', [{ name: 'x', unit: 's', value: '1' }])] }), 'benches[0] needs'],
    ['window.BENCHMARK_DATA = {oops}', "is not github-action-benchmark's data.js (Expected"],
  ])('refuses %s', (text, message) => {
    expect(() => importAnchorData(text, 'main', 'median', 10)).toThrow(message);
  });
});

describe('units', () => {
  it.each([
    [1, '1 s'],
    [0, '0 s'],
    [0.999, '999 ms'],
    [0.001, '1 ms'],
    [0.000999, '999 µs'],
    [0.000001, '1 µs'],
    [0.0000009, '900 ns'],
    [1234.5, '1235 s'],
  ])('%s seconds read %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it('three significant digits, whole numbers from 1000, and what is not finite as it is', () => {
    expect(significant(12.345)).toBe('12.3');
    expect(significant(999.96)).toBe('1000');
    expect(significant(1000.4)).toBe('1000');
    expect(significant(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(significant(0)).toBe('0');
    expect(formatValue(2.5, 'MB')).toBe('2.5 MB');
    expect(formatValue(0.0025, 's')).toBe('2.5 ms');
  });

  it('times per iteration are times; a unit with /iter in its middle is not', () => {
    expect(secondsPer(' us/iter ')).toBe(1e-6);
    expect(secondsPer('ns/iteration')).toBeUndefined();
    expect(secondsPer('sec')).toBe(1);
  });
});

describe('threshold syntax', () => {
  it.each([
    [' 150% ', 1.5],
    ['.5', undefined],
    ['1.5.1', undefined],
    ['2X', 2],
    ['3×', 3],
    ['150%%', undefined],
  ])('%j → %s', (text, ratio) => {
    expect(parseRatio(text)).toBe(ratio);
  });

  it.each([
    ['*', '', true],
    ['a*', 'a', true],
    ['*b', 'ab', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['a?c', 'ac', false],
    ['a**', 'abc', true],
    ['abc', 'ab', false],
    ['ab', 'abc', false],
    ['*x', 'xax', true],
  ])('%s matches %j: %s', (pattern, name, matches) => {
    expect(nameGlob(pattern).test(name)).toBe(matches);
  });

  it('a line splits at its last =, with spaces around the pattern trimmed', () => {
    const [o] = parseOverrides([' a=b* = 200% '], () => {
      throw new Error('bad');
    });
    expect(o?.pattern).toBe('a=b*');
    expect(o?.ratio).toBe(2);
    expect(o?.matcher.test('a=bc')).toBe(true);
    expect(
      limitsFor(
        { alert: 1.5, fail: 3 },
        true,
        parseOverrides(['*=200%'], () => undefined as never),
      )('x'),
    ).toEqual({ alert: 2, fail: 3 });
  });
});
