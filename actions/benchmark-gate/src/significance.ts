/**
 * The rule that tells a regression from noise. A benchmark regresses when its value is at least the
 * threshold times the baseline (the median of the last `window` stored values of the base branch) and the
 * difference is larger than `noiseMultiple` times the noise: the largest of how much the stored values move
 * from run to run (estimated from consecutive differences, which a past step change barely moves) and how
 * precisely each run knows its own value (its standard error, from its spread and its rounds). Until enough
 * values are stored to see the run-to-run part, one measurement's own spread stands in for it.
 */
import type { History, Point, StoredRun } from './history.js';
import { type Direction, type Measurement, type Metric, standardError } from './model.js';
import { median } from './stats.js';

/** Values the run-to-run noise is estimated from: enough for a stable estimate, recent enough to be current. */
export const NOISE_WINDOW = 30;
/** Fewer stored values than this give no run-to-run estimate; one measurement's spread stands in for it. */
export const MIN_NOISE_POINTS = 4;
/** For normal noise, the median absolute difference of two independent values is 0.954 σ. */
const MEDIAN_ABS_DIFF_PER_SIGMA = 0.954;

export interface Limits {
  /** Ratio (≥ 1) of worse to baseline at which a significant change is an alert. */
  readonly alert: number;
  /** Ratio (≥ alert) at which a significant regression fails the step. */
  readonly fail: number;
}

export interface Options {
  readonly metric: Metric;
  readonly window: number;
  readonly noiseMultiple: number;
  readonly limitsFor: (name: string) => Limits;
}

/** Where the baseline comes from: the base branch, up to a commit when the base commit is stored. */
export interface BaselineScope {
  readonly branch: string;
  /** The PR's base commit: values after it are ignored when it is stored. */
  readonly until?: string;
  /** This run's own commit, never its own baseline (a re-run of a push). */
  readonly exclude?: string;
}

export type Verdict = 'regression' | 'improvement' | 'noise' | 'unchanged' | 'new' | 'not-compared';

export interface Comparison {
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly current: number;
  readonly currentSpread: number;
  readonly verdict: Verdict;
  /** A regression past the fail threshold. */
  readonly failing: boolean;
  readonly baseline?: number;
  /** current / baseline. */
  readonly ratio?: number;
  /** The noise σ the difference was measured against, in `unit`. */
  readonly noise?: number;
  /** How many stored values the baseline is the median of. */
  readonly points?: number;
  readonly baselineCommit?: string;
  readonly limits: Limits;
  /** Why it was not compared. */
  readonly reason?: string;
  readonly file?: string;
}

/** The indexes of the runs in scope, oldest first. */
export function runsInScope(runs: readonly StoredRun[], scope: BaselineScope): number[] {
  const onBranch: number[] = [];
  runs.forEach((run, i) => {
    if (run.branch === scope.branch && run.commit !== scope.exclude) onBranch.push(i);
  });
  if (scope.until !== undefined) {
    const at = onBranch.findIndex((i) => runs[i]?.commit === scope.until);
    if (at >= 0) return onBranch.slice(0, at + 1);
  }
  return onBranch;
}

/** For normal noise, the median absolute deviation is 0.6745 σ. */
const MAD_PER_SIGMA = 0.6745;

/**
 * Run-to-run σ of stored values, undefined with too few: the larger of two estimates, from consecutive
 * differences (which a step change barely moves) and from the deviations around the median (which a short
 * unlucky stretch of similar values does not shrink). Each alone is too small too often on a few dozen values.
 */
export function runToRunNoise(values: readonly number[]): number | undefined {
  if (values.length < MIN_NOISE_POINTS) return undefined;
  const diffs: number[] = [];
  for (let i = 1; i < values.length; i++)
    diffs.push(Math.abs((values[i] as number) - (values[i - 1] as number)));
  const centre = median(values);
  const deviations = values.map((v) => Math.abs(v - centre));
  return Math.max(median(diffs) / MEDIAN_ABS_DIFF_PER_SIGMA, median(deviations) / MAD_PER_SIGMA);
}

function compareOne(
  m: Measurement,
  points: readonly Point[] | undefined,
  runs: readonly StoredRun[],
  options: Options,
): Comparison {
  const limits = options.limitsFor(m.name);
  const current = m.values[options.metric];
  const currentSpread = m.spread[options.metric];
  const base = {
    name: m.name,
    unit: m.unit,
    direction: m.direction,
    current,
    currentSpread,
    limits,
    failing: false,
    ...(m.file === undefined ? {} : { file: m.file }),
  };
  if (points === undefined || points.length === 0) return { ...base, verdict: 'new' };
  const recent = points.slice(-NOISE_WINDOW);
  const window = points.slice(-options.window);
  const baseline = median(window.map((p) => p[1]));
  const newest = window[window.length - 1] as Point;
  const scope = { points: window.length, baselineCommit: runs[newest[0]]?.commit ?? '' };
  if (baseline === 0 || current === 0)
    return {
      ...base,
      ...scope,
      baseline,
      verdict: 'not-compared',
      reason: `a value of 0 has no ratio (${baseline === 0 ? 'baseline' : 'this run'})`,
    };
  // Until the run-to-run part can be seen, one measurement's relative spread, at the larger of the two values.
  const standIn = (currentSpread / current) * Math.max(baseline, current);
  const noise = Math.max(
    runToRunNoise(recent.map((p) => p[1])) ?? standIn,
    median(window.map((p) => p[2])),
    standardError(m, options.metric),
  );
  const ratio = current / baseline;
  // For throughput the drop is baseline / current. A hair of tolerance keeps a value written as exactly the
  // threshold (100 / 1.5) from missing it by a rounding error.
  const raw = m.direction === 'smaller-is-better' ? ratio : baseline / current;
  const worse = raw * (1 + 1e-12);
  const better = (1 / raw) * (1 + 1e-12);
  const significant = Math.abs(current - baseline) > options.noiseMultiple * noise;
  const verdict: Verdict =
    worse >= limits.alert
      ? significant
        ? 'regression'
        : 'noise'
      : better >= limits.alert
        ? significant
          ? 'improvement'
          : 'noise'
        : 'unchanged';
  return {
    ...base,
    ...scope,
    baseline,
    ratio,
    noise,
    verdict,
    failing: verdict === 'regression' && worse >= limits.fail,
  };
}

export interface ComparisonSet {
  readonly comparisons: readonly Comparison[];
  /** Stored for the base branch, absent from this run. */
  readonly missing: readonly string[];
  /** The newest stored commit any baseline used. */
  readonly baselineCommit: string | undefined;
}

/** Compares every measurement of this run with the stored history in scope. */
export function compareRun(
  measurements: readonly Measurement[],
  history: History,
  scope: BaselineScope,
  options: Options,
): ComparisonSet {
  const inScope = runsInScope(history.runs, scope);
  const allowed = new Set(inScope);
  const series = history.series[options.metric];
  const comparisons = measurements.map((m) => {
    const stored = series.get(m.name);
    const points = stored?.points.filter((p) => allowed.has(p[0]));
    if (stored !== undefined && points !== undefined && points.length > 0) {
      if (stored.unit !== m.unit)
        return {
          ...compareOne(m, undefined, history.runs, options),
          verdict: 'not-compared' as const,
          reason: `its unit changed from ${stored.unit} to ${m.unit}`,
        };
      if (stored.direction !== m.direction)
        return {
          ...compareOne(m, undefined, history.runs, options),
          verdict: 'not-compared' as const,
          reason: `it was stored as ${stored.direction}, now ${m.direction}`,
        };
    }
    return compareOne(m, points, history.runs, options);
  });
  const present = new Set(measurements.map((m) => m.name));
  const missing: string[] = [];
  for (const [name, s] of series) {
    if (!present.has(name) && s.points.some((p) => allowed.has(p[0]))) missing.push(name);
  }
  const newest = inScope.length === 0 ? undefined : history.runs[inScope[inScope.length - 1] as number];
  const used = comparisons.some((c) => c.baseline !== undefined);
  return { comparisons, missing: missing.sort(), baselineCommit: used ? newest?.commit : undefined };
}
