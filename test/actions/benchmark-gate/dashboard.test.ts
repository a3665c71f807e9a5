/** The data branch's dashboard page: which charts, in which order, drawn where, saying what. */
import { describe, expect, it } from 'vitest';
import { CHART_POINTS, dashboardHtml } from '../../../actions/benchmark-gate/src/dashboard.js';
import type { History, Point, Series, StoredRun } from '../../../actions/benchmark-gate/src/history.js';

const runs = (n: number): StoredRun[] =>
  Array.from({ length: n }, (_, i) => ({
    commit: `${String(i).padStart(4, '0')}abcdef0123`,
    date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
    branch: 'main',
  }));
const series = (values: number[], extra: Partial<Series> = {}): Series => ({
  unit: 's',
  direction: 'smaller-is-better',
  points: values.map((v, i): Point => [i, v, 0]),
  ...extra,
});
const history = (
  n: number,
  median: [string, Series][],
  mean: [string, Series][] = [],
  min: [string, Series][] = [],
): History => ({
  runs: runs(n),
  series: { median: new Map(median), mean: new Map(mean), min: new Map(min) },
});

/** The `points` of each chart's polyline, in page order. */
const lines = (html: string): string[] =>
  [...html.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('the dashboard', () => {
  it('a heading per metric that has series, their charts by name', () => {
    const html = dashboardHtml(
      history(
        3,
        [
          ['b_test', series([1, 2, 3])],
          ['a_test', series([3, 2, 1])],
        ],
        [],
        [['m_test', series([1, 1, 1])]],
      ),
      'Benchmarks',
    );
    expect([...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual(['median', 'min']);
    expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(['a_test', 'b_test', 'm_test']);
    expect(html).toContain(
      '<header><strong>Benchmarks</strong> · 3 runs stored · updated 2026-11-03T00:00:00Z</header>',
    );
    // Nothing between the header and the first heading; each chart a closed section on its background.
    expect(html).toMatch(/<\/header>\n<h1>median<\/h1>\n<section>/);
    expect(html.match(/<section>/g)).toHaveLength(3);
    expect(html.match(/<\/svg><\/section>/g)).toHaveLength(3);
    expect(html.match(/<rect width="\d+" height="\d+" fill="#f6f8fa"\/>/g)).toHaveLength(3);
  });

  it('draws each value across the chart, the lowest at the bottom and the highest at the top', () => {
    const html = dashboardHtml(history(3, [['t', series([1, 2, 3])]]), 'B');
    // 600 × 160 with 8 of padding: x from 8 to 592, y from 152 (lowest) to 8 (highest).
    expect(lines(html)).toEqual(['8.0,152.0 300.0,80.0 592.0,8.0']);
    // One value, or equal ones: in the middle of the height; one point at the left edge.
    expect(lines(dashboardHtml(history(1, [['t', series([5])]]), 'B'))).toEqual(['8.0,80.0']);
    expect(lines(dashboardHtml(history(2, [['t', series([5, 5])]]), 'B'))).toEqual(['8.0,80.0 592.0,80.0']);
  });

  it(`shows the last ${CHART_POINTS} values, and says how many runs there are in all`, () => {
    const values = Array.from({ length: CHART_POINTS + 50 }, (_, i) => (i < 50 ? 1000 : i));
    const html = dashboardHtml(history(values.length, [['t', series(values)]]), 'B');
    const drawn = lines(html)[0]?.split(' ') ?? [];
    expect(drawn).toHaveLength(CHART_POINTS);
    // The 50 oldest (and highest) values are not drawn, nor counted in the range.
    expect(drawn[0]).toBe('8.0,152.0');
    expect(drawn.at(-1)).toBe('592.0,8.0');
    expect(html).toContain(
      `<p>Latest 249 s at <code>0249abc</code> · range 50 s – 249 s · lower is better · ${CHART_POINTS + 50} runs</p>`,
    );
  });

  it('says which way is better, and the latest value in its unit', () => {
    const html = dashboardHtml(
      history(2, [['rps', series([900, 1200], { unit: 'req/s', direction: 'bigger-is-better' })]]),
      'B',
    );
    expect(html).toContain(
      '<p>Latest 1200 req/s at <code>0001abc</code> · range 900 req/s – 1200 req/s · higher is better · 2 runs</p>',
    );
  });

  it('escapes every character HTML gives a meaning, in names and the title', () => {
    const html = dashboardHtml(history(1, [[`a&b<c>"d"'e'`, series([1])]]), `R&D's "<bench>"`);
    expect(html).toContain('<h2>a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;</h2>');
    expect(html).toContain('aria-label="a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;"');
    expect(html).toContain('<title>R&amp;D&#39;s &quot;&lt;bench&gt;&quot;</title>');
  });

  it('an empty history is a page with no charts', () => {
    const html = dashboardHtml(history(0, []), 'B');
    expect(html).toContain('<header><strong>B</strong> · 0 runs stored · updated </header>');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<h1>');
  });
});
