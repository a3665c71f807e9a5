/**
 * What benchmark-gate's readers see, word for word: the summary's table and charts, the PR comment and its
 * size limits, the annotations and the `json` output, from comparisons made by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  buildComment,
  buildSummary,
  commentMarker,
  type Context,
  countsOf,
  headline,
  regressionAnnotation,
  resultsJson,
  row,
  ruleLine,
  sorted,
  trendChart,
} from '../../../actions/benchmark-gate/src/report.js';
import type { Comparison, ComparisonSet } from '../../../actions/benchmark-gate/src/significance.js';

const ctx: Context = {
  title: 'Benchmarks',
  metric: 'median',
  branch: 'main',
  window: 5,
  noiseMultiple: 2,
  failOnAlert: true,
};

function cmp(name: string, extra: Partial<Comparison> = {}): Comparison {
  return {
    name,
    unit: 's',
    direction: 'smaller-is-better',
    current: 0.002,
    currentSpread: 0,
    verdict: 'noise',
    failing: false,
    limits: { alert: 1.1, fail: 1.5 },
    ...extra,
  };
}

const set = (comparisons: Comparison[], extra: Partial<ComparisonSet> = {}): ComparisonSet => ({
  comparisons,
  missing: [],
  baselineCommit: 'abcdef1234567890',
  ...extra,
});

describe('order and counts', () => {
  it('regressions first, then improvements, noise, not compared, new, unchanged; the biggest change first', () => {
    const list = [
      cmp('u', { verdict: 'unchanged' }),
      cmp('n', { verdict: 'new' }),
      cmp('x', { verdict: 'not-compared' }),
      cmp('z-noise', { verdict: 'noise', ratio: 1.01 }),
      cmp('i', { verdict: 'improvement', ratio: 0.5 }),
      cmp('r-small', { verdict: 'regression', ratio: 1.2 }),
      cmp('r-big', { verdict: 'regression', ratio: 3 }),
      // A halving is as big a change as a doubling: the size of the log ratio decides.
      cmp('r-half', { verdict: 'regression', ratio: 0.4 }),
      cmp('a-noise', { verdict: 'noise', ratio: 1.01 }),
    ];
    expect(sorted(list).map((c) => c.name)).toEqual([
      'r-big',
      'r-half',
      'r-small',
      'i',
      'a-noise',
      'z-noise',
      'x',
      'n',
      'u',
    ]);
    // Without a ratio, as if unchanged (log 1 = 0): after every change of the same verdict.
    expect(sorted([cmp('b'), cmp('a', { ratio: 1.5 })]).map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('counts each verdict, the failing ones, and what had a baseline', () => {
    const counts = countsOf(
      set([
        cmp('a', { verdict: 'regression', failing: true, ratio: 2 }),
        cmp('b', { verdict: 'regression', ratio: 1.2 }),
        cmp('c', { verdict: 'improvement', ratio: 0.5 }),
        cmp('d', { verdict: 'noise', ratio: 1 }),
        cmp('e', { verdict: 'new' }),
        cmp('f', { verdict: 'not-compared' }),
      ]),
    );
    expect(counts).toEqual({
      regressions: 2,
      failing: 1,
      improvements: 1,
      compared: 4,
      new: 1,
      noise: 1,
      notCompared: 1,
    });
  });

  it('the headline says each count, singular or plural, and the optional parts only when there are some', () => {
    const none = {
      regressions: 0,
      failing: 0,
      improvements: 0,
      compared: 0,
      new: 0,
      noise: 0,
      notCompared: 0,
    };
    expect(headline(none, 0)).toBe('0 regressions, 0 improvements, 0 compared');
    expect(
      headline({ ...none, regressions: 1, improvements: 1, compared: 1, new: 1, notCompared: 1 }, 1),
    ).toBe('1 regression, 1 improvement, 1 compared, 1 new, 1 missing, 1 not compared');
    expect(
      headline({ ...none, regressions: 2, improvements: 3, compared: 9, new: 4, notCompared: 5 }, 6),
    ).toBe('2 regressions, 3 improvements, 9 compared, 4 new, 6 missing, 5 not compared');
  });
});

describe('rows', () => {
  it('a compared time: both values scaled, the ratio, the noise in time, the verdict', () => {
    const c = cmp('t', { baseline: 0.001, current: 0.002, ratio: 2, noise: 0.00005, verdict: 'regression' });
    expect(row(c, true)).toEqual(['`t`', '1 ms', '2 ms', '2×', '±50 µs', '🔴 regression']);
    expect(row({ ...c, failing: true }, true)[5]).toBe('🔴 regression (fails)');
    // Failing, but the step is not to fail on alerts.
    expect(row({ ...c, failing: true }, false)[5]).toBe('🔴 regression');
  });

  it('another unit: values and noise as numbers in it; nothing where there is no baseline', () => {
    const c = cmp('rps', { unit: 'req/s', current: 1234.5, baseline: 1000, ratio: 1.2345, noise: 12.34 });
    expect(row(c, true)).toEqual(['`rps`', '1000 req/s', '1235 req/s', '1.23×', '±12.3', '⚪ within noise']);
    expect(row(cmp('new', { verdict: 'new' }), true)).toEqual(['`new`', '', '2 ms', '', '', '🆕 new']);
  });

  it('each verdict in words; "not compared" with its reason', () => {
    expect(row(cmp('a', { verdict: 'improvement' }), true)[5]).toBe('🟢 improvement');
    expect(row(cmp('a', { verdict: 'unchanged' }), true)[5]).toBe('unchanged');
    expect(row(cmp('a', { verdict: 'not-compared', reason: 'the unit changed' }), true)[5]).toBe(
      '⚠️ not compared: the unit changed',
    );
    expect(row(cmp('a', { verdict: 'not-compared' }), true)[5]).toBe('⚠️ not compared: ');
  });

  it('the rule line names the baseline, or says there is none yet', () => {
    expect(ruleLine(ctx, set([]))).toBe(
      'Baseline: the median of the last 5 stored median values of `main` (up to `abcdef1`). A change counts when it passes the threshold and is more than 2× the noise.',
    );
    expect(ruleLine(ctx, set([], { baselineCommit: undefined }))).toBe(
      "Nothing stored for `main` yet: this run's values are the first. A change counts when it passes the threshold and is more than 2× the noise.",
    );
  });
});

describe('trend charts', () => {
  it('times in the unit of the largest value, the labels plain text, this run last', () => {
    expect(trendChart('b.py::test<x>"', 's', [0.0012, 0.0015], 0.0021, ['abc1234 "q"', 'def5678'])).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "b.py::test x  "',
        '  x-axis ["abc1234  q ", "def5678", "this run"]',
        '  y-axis "ms"',
        '  line [1.2, 1.5, 2.1]',
        '```',
      ].join('\n'),
    );
    expect(trendChart('t', 's', [2], 3, ['a'])).toContain('  y-axis "s"\n  line [2, 3]');
    expect(trendChart('t', 's', [2e-6], 3e-6, ['a'])).toContain('  y-axis "µs"\n  line [2, 3]');
    expect(trendChart('t', 's', [2e-9], 3e-9, ['a'])).toContain('  y-axis "ns"\n  line [2, 3]');
    // The largest value picks the unit, however small the others.
    expect(trendChart('t', 's', [0.0005], 2, ['a'])).toContain('  y-axis "s"\n  line [0.0005, 2]');
    // Other units as they are, a unit that names a time included.
    expect(trendChart('t', 'req/s', [1000], 1100, ['a'])).toContain('  y-axis "req/s"\n  line [1000, 1100]');
    expect(trendChart('t', 'ms', [2], 3, ['a'])).toContain('  y-axis "ms"\n  line [2, 3]');
    expect(trendChart('x'.repeat(100), 's', [], 1, [])).toContain(`  title "${'x'.repeat(80)}"`);
  });
});

describe('the job summary', () => {
  it('a heading with the counts, the rule, the table, what is missing, the charts and the save line', () => {
    const comparisons = [
      cmp('slow', { verdict: 'regression', ratio: 2, baseline: 0.001, noise: 0.0001, failing: true }),
    ];
    const missing = Array.from({ length: 52 }, (_, i) => `gone${i}`);
    const text = buildSummary(
      { ...ctx, title: 'GPU <bench>' },
      set(comparisons, { missing }),
      [{ name: 'slow', unit: 's', stored: [0.001], labels: ['abc'], current: 0.002 }],
      'Saved to `benchmarks`.',
    ).render();
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('## GPU &lt;bench&gt;: 1 regression, 0 improvements, 1 compared, 52 missing');
    expect(blocks[1]).toBe(ruleLine(ctx, set([])));
    expect(blocks[2]).toBe(
      [
        '| Benchmark | Baseline | Current | Ratio | Noise (σ) | Verdict |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| `slow` | 1 ms | 2 ms | 2× | ±100 µs | 🔴 regression (fails) |',
      ].join('\n'),
    );
    expect(blocks[3]).toBe(
      `Stored for \`main\` but not in this run: ${missing
        .slice(0, 50)
        .map((m) => `\`${m}\``)
        .join(', ')}, and 2 more.`,
    );
    expect(blocks[4]).toContain('xychart-beta');
    expect(blocks[5]).toBe('Saved to `benchmarks`.\n');
    // Fifty missing are all named, with no "more".
    const fifty = buildSummary(ctx, set([], { missing: missing.slice(0, 50) }), [], 'saved').render();
    expect(fifty).toContain('`gone49`.');
    expect(fifty).not.toMatch(/, and \d+ more\./);
    // Nothing missing: no such line.
    expect(buildSummary(ctx, set([]), [], 'saved').render()).not.toContain('not in this run');
  });
});

describe('the PR comment', () => {
  it('the marker keeps the id, with no -- that would end the HTML comment', () => {
    expect(commentMarker('gpu')).toBe('<!-- runway:benchmark-gate:gpu -->');
    expect(commentMarker('a--b---c')).toBe('<!-- runway:benchmark-gate:a- -b- --c -->');
  });

  it('alerts in a table, the rest folded, a link to the run; its icon says the worst', () => {
    const comment = buildComment(
      { ...ctx, title: 'B|ench' },
      set([
        cmp('fast', { verdict: 'improvement', ratio: 0.5, baseline: 0.004 }),
        cmp('slow', { verdict: 'regression', ratio: 2, baseline: 0.001, failing: true }),
        cmp('same', { verdict: 'noise', ratio: 1, baseline: 0.002 }),
        cmp('fresh', { verdict: 'new' }),
      ]),
      'gpu',
      'https://github.com/o/r/actions/runs/1',
    );
    expect(comment).toBe(
      [
        '<!-- runway:benchmark-gate:gpu -->',
        '### 🔴 B\\|ench: 1 regression, 1 improvement, 3 compared, 1 new',
        '',
        ruleLine(ctx, set([])),
        '',
        '| Benchmark | Baseline | Current | Ratio | Noise (σ) | Verdict |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| `slow` | 1 ms | 2 ms | 2× |  | 🔴 regression (fails) |',
        '| `fast` | 4 ms | 2 ms | 0.5× |  | 🟢 improvement |',
        '<details><summary>2 other benchmarks</summary>',
        '',
        '| Benchmark | Baseline | Current | Ratio | Noise (σ) | Verdict |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| `same` | 2 ms | 2 ms | 1× |  | ⚪ within noise |',
        '| `fresh` |  | 2 ms |  |  | 🆕 new |',
        '',
        '</details>',
        '',
        '[Details and trend charts](https://github.com/o/r/actions/runs/1)',
      ].join('\n'),
    );
  });

  it('green for improvements only, a check mark for neither; no table, fold or link when there is none', () => {
    const improved = buildComment(
      ctx,
      set([cmp('a', { verdict: 'improvement', ratio: 0.5 })]),
      'x',
      undefined,
    );
    expect(improved.split('\n')[1]).toMatch(/^### 🟢 /);
    expect(improved).not.toContain('<details>');
    expect(improved.endsWith('|\n\n')).toBe(true);
    const quiet = buildComment(ctx, set([cmp('a', { verdict: 'noise', ratio: 1 })]), 'x', undefined);
    expect(quiet.split('\n')[1]).toMatch(/^### ✅ /);
    expect(quiet).toContain('<summary>1 other benchmark</summary>');
    expect(quiet.match(/\| Benchmark \|/g)).toHaveLength(1);
  });

  it('the folded rest gives way to a line when it would pass 60,000 characters, and the whole stays within 65,000', () => {
    const many = Array.from({ length: 900 }, (_, i) =>
      cmp(`bench_${String(i).padStart(4, '0')}_${'n'.repeat(40)}`),
    );
    const comment = buildComment(ctx, set(many), 'x', 'https://run');
    expect(comment).not.toContain('<details>');
    expect(comment).toContain(
      '900 other benchmarks: see the job summary.\n\n[Details and trend charts](https://run)',
    );
    const fewer = buildComment(ctx, set(many.slice(0, 500)), 'x', 'https://run');
    expect(fewer).toContain('<details><summary>500 other benchmarks</summary>');
    expect(fewer.length).toBeLessThan(60_000);
    // Alerts are never folded: thousands of them are cut at 65,000 characters.
    const alerts = Array.from({ length: 2000 }, (_, i) =>
      cmp(`regressed_${i}_${'r'.repeat(30)}`, { verdict: 'regression', ratio: 2, baseline: 0.001 }),
    );
    expect(buildComment(ctx, set(alerts), 'x', undefined)).toHaveLength(65_000);
  });

  it('a name with a pipe or markup stays in its cell, shown as written', () => {
    const comment = buildComment(
      ctx,
      set([
        cmp('test_x[a|b]', { verdict: 'regression', ratio: 2, baseline: 0.001 }),
        cmp('test_y[<b>&]', { verdict: 'not-compared', reason: 'a|b <i>' }),
      ]),
      'x',
      undefined,
    );
    expect(comment).toContain('| `test_x[a\\|b]` | 1 ms | 2 ms | 2× |  | 🔴 regression |');
    expect(comment).toContain('| `test_y[<b>&]` |  | 2 ms |  |  | ⚠️ not compared: a\\|b &lt;i&gt; |');
  });

  it('keeps the folded rest at exactly 60,000 characters, and not one more', () => {
    // n benchmarks, the last one's name longer by `pad`.
    const items = (n: number, pad: number) =>
      Array.from({ length: n }, (_, i) =>
        cmp(`bench_${String(i).padStart(4, '0')}_${i === n - 1 ? 'p'.repeat(pad) : ''}${'n'.repeat(40)}`),
      );
    const comment = (n: number, pad: number) => buildComment(ctx, set(items(n, pad)), 'x', 'https://run');
    let n = 500;
    while (comment(n + 1, 0).includes('<details>')) n++;
    const pad = 60_000 - comment(n, 0).length;
    expect(pad).toBeGreaterThanOrEqual(0);
    const atLimit = comment(n, pad);
    expect(atLimit).toContain('<details>');
    expect(atLimit).toHaveLength(60_000);
    const past = comment(n, pad + 1);
    expect(past).not.toContain('<details>');
    expect(past).toContain(`${n} other benchmarks: see the job summary.`);
  });
});

describe('annotations and the json output', () => {
  it('a regression at its definition: title by whether it fails the step, values with the baseline', () => {
    const c = cmp('slow', { verdict: 'regression', ratio: 2, baseline: 0.001, noise: 0.0001, failing: true });
    expect(regressionAnnotation(c, { file: 'b.py', line: 12 }, true)).toEqual({
      level: 'warning',
      title: 'Benchmark regression (fails)',
      message: 'slow: 2 ms against a baseline of 1 ms (2×, noise ±100 µs)',
      file: 'b.py',
      startLine: 12,
    });
    // Strictly: an annotation without a line has no startLine key at all (exactOptionalPropertyTypes).
    expect(regressionAnnotation(c, { file: 'b.py', line: undefined }, false)).toStrictEqual({
      level: 'warning',
      title: 'Benchmark regression',
      message: 'slow: 2 ms against a baseline of 1 ms (2×, noise ±100 µs)',
      file: 'b.py',
    });
    const other = cmp('rps', { unit: 'req/s', current: 800, verdict: 'regression', failing: false });
    expect(regressionAnnotation(other, undefined, true)).toStrictEqual({
      level: 'warning',
      title: 'Benchmark regression',
      message: 'rps: 800 req/s against a baseline of 0 req/s (, noise ±0)',
    });
  });

  it('every comparison in plain numbers, with null for what it does not have', () => {
    const doc = JSON.parse(
      resultsJson(
        ctx,
        set(
          [
            cmp('a', {
              verdict: 'regression',
              failing: true,
              baseline: 0.001,
              ratio: 2,
              noise: 0.0001,
              points: 5,
              currentSpread: 0.00001,
              reason: 'r',
            }),
            cmp('b', { verdict: 'new' }),
          ],
          { missing: ['gone'], baselineCommit: undefined },
        ),
      ),
    ) as unknown;
    expect(doc).toEqual({
      metric: 'median',
      branch: 'main',
      baselineCommit: null,
      missing: ['gone'],
      benchmarks: [
        {
          name: 'a',
          unit: 's',
          direction: 'smaller-is-better',
          verdict: 'regression',
          failing: true,
          current: 0.002,
          currentSpread: 0.00001,
          baseline: 0.001,
          ratio: 2,
          noise: 0.0001,
          points: 5,
          alertThreshold: 1.1,
          failThreshold: 1.5,
          reason: 'r',
        },
        {
          name: 'b',
          unit: 's',
          direction: 'smaller-is-better',
          verdict: 'new',
          failing: false,
          current: 0.002,
          currentSpread: 0,
          baseline: null,
          ratio: null,
          noise: null,
          points: 0,
          alertThreshold: 1.1,
          failThreshold: 1.5,
          reason: null,
        },
      ],
    });
    expect((JSON.parse(resultsJson(ctx, set([]))) as { baselineCommit: unknown }).baselineCommit).toBe(
      'abcdef1234567890',
    );
  });
});
