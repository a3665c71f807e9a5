/** What people read: the job summary's table and trend charts, the PR comment, the annotations, the JSON. */
import type { Annotation } from '../../../shared/annotations.js';
import { escapeCell, inlineCode } from '../../../shared/markdown.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import { oneLine } from '../../../shared/text.js';
import type { Metric } from './model.js';
import type { Comparison, ComparisonSet, Verdict } from './significance.js';
import { formatSeconds, formatValue, significant } from './units.js';

export interface Context {
  readonly title: string;
  readonly metric: Metric;
  readonly branch: string;
  readonly window: number;
  readonly noiseMultiple: number;
  /** Regressions past the fail threshold fail the step. */
  readonly failOnAlert: boolean;
}

const ORDER: Record<Verdict, number> = {
  regression: 0,
  improvement: 1,
  noise: 2,
  'not-compared': 3,
  new: 4,
  unchanged: 5,
};

const VERDICT_WORDS: Record<Verdict, string> = {
  regression: '🔴 regression',
  improvement: '🟢 improvement',
  noise: '⚪ within noise',
  unchanged: 'unchanged',
  new: '🆕 new',
  'not-compared': '⚠️ not compared',
};

export function sorted(comparisons: readonly Comparison[]): Comparison[] {
  return [...comparisons].sort(
    (a, b) =>
      ORDER[a.verdict] - ORDER[b.verdict] ||
      Math.abs(Math.log(b.ratio ?? 1)) - Math.abs(Math.log(a.ratio ?? 1)) ||
      a.name.localeCompare(b.name),
  );
}

export interface Counts {
  regressions: number;
  failing: number;
  improvements: number;
  compared: number;
  new: number;
  noise: number;
  notCompared: number;
}

export function countsOf(set: ComparisonSet): Counts {
  const c = set.comparisons;
  const count = (v: Verdict) => c.filter((x) => x.verdict === v).length;
  return {
    regressions: count('regression'),
    failing: c.filter((x) => x.failing).length,
    improvements: count('improvement'),
    compared: c.filter((x) => x.ratio !== undefined).length,
    new: count('new'),
    noise: count('noise'),
    notCompared: count('not-compared'),
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function headline(counts: Counts, missing: number): string {
  const parts = [
    plural(counts.regressions, 'regression'),
    plural(counts.improvements, 'improvement'),
    `${counts.compared} compared`,
  ];
  if (counts.new > 0) parts.push(`${counts.new} new`);
  if (missing > 0) parts.push(`${missing} missing`);
  if (counts.notCompared > 0) parts.push(`${counts.notCompared} not compared`);
  return parts.join(', ');
}

function ratioText(c: Comparison): string {
  return c.ratio === undefined ? '' : `${significant(c.ratio)}×`;
}

function verdictText(c: Comparison, failOnAlert: boolean): string {
  if (c.verdict === 'regression')
    return `${VERDICT_WORDS.regression}${c.failing && failOnAlert ? ' (fails)' : ''}`;
  if (c.verdict === 'not-compared') return `${VERDICT_WORDS['not-compared']}: ${c.reason ?? ''}`;
  return VERDICT_WORDS[c.verdict];
}

export function row(c: Comparison, failOnAlert: boolean): string[] {
  return [
    inlineCode(c.name),
    c.baseline === undefined ? '' : formatValue(c.baseline, c.unit),
    formatValue(c.current, c.unit),
    ratioText(c),
    c.noise === undefined ? '' : `±${c.unit === 's' ? formatSeconds(c.noise) : significant(c.noise)}`,
    verdictText(c, failOnAlert),
  ];
}

const HEADER = ['Benchmark', 'Baseline', 'Current', 'Ratio', 'Noise (σ)', 'Verdict'];

export function ruleLine(ctx: Context, set: ComparisonSet): string {
  const base =
    set.baselineCommit === undefined
      ? `Nothing stored for ${inlineCode(ctx.branch)} yet: this run's values are the first.`
      : `Baseline: the median of the last ${ctx.window} stored ${ctx.metric} values of ${inlineCode(ctx.branch)} (up to ${inlineCode(set.baselineCommit.slice(0, 7))}).`;
  return `${base} A change counts when it passes the threshold and is more than ${ctx.noiseMultiple}× the noise.`;
}

/** A Mermaid chart GitHub draws: the stored values of the base branch, then this run. */
export function trendChart(
  name: string,
  unit: string,
  stored: readonly number[],
  current: number,
  labels: readonly string[],
): string {
  const values = [...stored, current];
  const scaleUnit = unit === 's' ? (formatSeconds(Math.max(...values)).split(' ')[1] ?? 's') : unit;
  const factor = unit === 's' ? ({ s: 1, ms: 1e3, µs: 1e6, ns: 1e9 }[scaleUnit] ?? 1) : 1;
  // Mermaid labels are text GitHub draws, and may be read as markup: only plain characters go in.
  const clean = (t: string) => t.replace(/[^\p{L}\p{N} _.,:/()[\]=+#@-]/gu, ' ').slice(0, 80);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${clean(name)}"`,
    `  x-axis [${[...labels, 'this run'].map((l) => `"${clean(l)}"`).join(', ')}]`,
    `  y-axis "${clean(scaleUnit)}"`,
    `  line [${values.map((v) => significant(v * factor)).join(', ')}]`,
    '```',
  ].join('\n');
}

export interface ChartData {
  readonly name: string;
  readonly unit: string;
  readonly stored: readonly number[];
  readonly labels: readonly string[];
  readonly current: number;
}

export function buildSummary(
  ctx: Context,
  set: ComparisonSet,
  charts: readonly ChartData[],
  saved: string,
): SummaryBuilder {
  const counts = countsOf(set);
  const summary = new SummaryBuilder()
    .heading(`${escapeCell(ctx.title)}: ${headline(counts, set.missing.length)}`)
    .raw(ruleLine(ctx, set))
    .table(
      HEADER,
      sorted(set.comparisons).map((c) => row(c, ctx.failOnAlert)),
      ['left', 'right', 'right', 'right', 'right', 'left'],
      { shrinkable: true },
    );
  if (set.missing.length > 0)
    summary.raw(
      `Stored for ${inlineCode(ctx.branch)} but not in this run: ${set.missing.slice(0, 50).map(inlineCode).join(', ')}${set.missing.length > 50 ? `, and ${set.missing.length - 50} more` : ''}.`,
    );
  for (const chart of charts)
    summary.raw(trendChart(chart.name, chart.unit, chart.stored, chart.current, chart.labels));
  summary.raw(saved);
  return summary;
}

export function commentMarker(id: string): string {
  return `<!-- runway:benchmark-gate:${id.replace(/--/g, '- -')} -->`;
}

/** The PR comment: the alerts first, the rest folded, within GitHub's 65,536 characters. */
export function buildComment(
  ctx: Context,
  set: ComparisonSet,
  id: string,
  runUrl: string | undefined,
): string {
  const counts = countsOf(set);
  const icon = counts.regressions > 0 ? '🔴' : counts.improvements > 0 ? '🟢' : '✅';
  const lines = [
    commentMarker(id),
    `### ${icon} ${escapeCell(ctx.title)}: ${headline(counts, set.missing.length)}`,
    '',
    ruleLine(ctx, set),
    '',
  ];
  const table = (items: readonly Comparison[]) => [
    `| ${HEADER.join(' | ')} |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...items.map(
      (c) =>
        `| ${row(c, ctx.failOnAlert)
          // The name is a code span, where an entity would show as typed; a pipe still ends the cell there.
          .map((cell, i) => (i === 0 ? cell.replace(/\|/g, '\\|') : escapeCell(cell)))
          .join(' | ')} |`,
    ),
  ];
  const all = sorted(set.comparisons);
  const alerts = all.filter((c) => c.verdict === 'regression' || c.verdict === 'improvement');
  const rest = all.filter((c) => c.verdict !== 'regression' && c.verdict !== 'improvement');
  if (alerts.length > 0) lines.push(...table(alerts), '');
  const footer = runUrl === undefined ? '' : `[Details and trend charts](${runUrl})`;
  let body = lines.join('\n');
  if (rest.length > 0) {
    const folded = `<details><summary>${plural(rest.length, 'other benchmark')}</summary>\n\n${table(rest).join('\n')}\n\n</details>\n`;
    body +=
      folded.length + body.length + footer.length < 60_000
        ? folded
        : `${plural(rest.length, 'other benchmark')}: see the job summary.\n`;
  }
  return `${body}\n${footer}`.slice(0, 65_000);
}

/** A warning at the benchmark's definition: the step's one failure line, if it fails, says the rest. */
export function regressionAnnotation(
  c: Comparison,
  source: { file: string; line: number | undefined } | undefined,
  failOnAlert: boolean,
): Annotation {
  return {
    level: 'warning',
    title: c.failing && failOnAlert ? 'Benchmark regression (fails)' : 'Benchmark regression',
    message: `${oneLine(c.name, 300)}: ${formatValue(c.current, c.unit)} against a baseline of ${formatValue(c.baseline ?? 0, c.unit)} (${ratioText(c)}, noise ±${c.unit === 's' ? formatSeconds(c.noise ?? 0) : significant(c.noise ?? 0)})`,
    ...(source === undefined
      ? {}
      : { file: source.file, ...(source.line === undefined ? {} : { startLine: source.line }) }),
  };
}

/** The `json` output's document: every comparison, in plain numbers and base units. */
export function resultsJson(ctx: Context, set: ComparisonSet): string {
  return JSON.stringify(
    {
      metric: ctx.metric,
      branch: ctx.branch,
      baselineCommit: set.baselineCommit ?? null,
      missing: set.missing,
      benchmarks: set.comparisons.map((c) => ({
        name: c.name,
        unit: c.unit,
        direction: c.direction,
        verdict: c.verdict,
        failing: c.failing,
        current: c.current,
        currentSpread: c.currentSpread,
        baseline: c.baseline ?? null,
        ratio: c.ratio ?? null,
        noise: c.noise ?? null,
        points: c.points ?? 0,
        alertThreshold: c.limits.alert,
        failThreshold: c.limits.fail,
        reason: c.reason ?? null,
      })),
    },
    null,
    1,
  );
}
