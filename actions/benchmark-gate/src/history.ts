/**
 * The stored history: one JSON document in the data branch, holding every saved run (commit, date, branch)
 * and, per metric and benchmark, one point per run: [run index, value, spread]. Columnar and index-based so
 * that a thousand benchmarks over a thousand runs stay a few tens of megabytes.
 */
import { ActionFailure } from '../../../shared/errors.js';
import { type Direction, isObject, type Measurement, METRICS, type Metric, standardError } from './model.js';

export const HISTORY_FORMAT = 'runway-benchmark-history';

export interface StoredRun {
  readonly commit: string;
  /** ISO 8601. */
  readonly date: string;
  readonly branch: string;
  readonly url?: string;
}

/** [index into runs, value, standard error of the value], in run order. */
export type Point = readonly [run: number, value: number, spread: number];

export interface Series {
  readonly unit: string;
  readonly direction: Direction;
  readonly points: readonly Point[];
}

export interface History {
  readonly runs: readonly StoredRun[];
  readonly series: Readonly<Record<Metric, ReadonlyMap<string, Series>>>;
}

/** A damaged history is the user's to look at, not a bug here: it fails the step in one line. */
export class HistoryError extends ActionFailure {}

export function emptyHistory(): History {
  return { runs: [], series: { median: new Map(), mean: new Map(), min: new Map() } };
}

/** Parses and checks a stored document; anything unexpected is an error, so a damaged branch is never overwritten. */
export function parseHistory(content: string, where: string): History {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (error) {
    throw new HistoryError(
      `${where} is not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!isObject(doc) || doc.format !== HISTORY_FORMAT || doc.version !== 1)
    throw new HistoryError(`${where} is not a benchmark-gate history (format ${HISTORY_FORMAT}, version 1)`);
  if (!Array.isArray(doc.runs) || !isObject(doc.series))
    throw new HistoryError(`${where} lacks 'runs' or 'series'`);
  const runs = doc.runs.map((r: unknown, i): StoredRun => {
    if (
      !isObject(r) ||
      typeof r.commit !== 'string' ||
      typeof r.date !== 'string' ||
      typeof r.branch !== 'string' ||
      (r.url !== undefined && typeof r.url !== 'string')
    )
      throw new HistoryError(`${where}: runs[${i}] needs commit, date and branch strings`);
    return {
      commit: r.commit,
      date: r.date,
      branch: r.branch,
      ...(r.url === undefined ? {} : { url: r.url }),
    };
  });
  const history = emptyHistory();
  for (const metric of METRICS) {
    const stored = doc.series[metric];
    if (stored === undefined) continue;
    if (!isObject(stored)) throw new HistoryError(`${where}: series.${metric} is not an object`);
    const target = history.series[metric] as Map<string, Series>;
    for (const [name, s] of Object.entries(stored)) {
      const at = `${where}: series.${metric}[${JSON.stringify(name)}]`;
      if (
        !isObject(s) ||
        typeof s.unit !== 'string' ||
        (s.direction !== 'smaller-is-better' && s.direction !== 'bigger-is-better') ||
        !Array.isArray(s.points)
      )
        throw new HistoryError(`${at} needs unit, direction and points`);
      let last = -1;
      const points = s.points.map((p: unknown, k): Point => {
        if (
          !Array.isArray(p) ||
          p.length !== 3 ||
          !p.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) ||
          !Number.isInteger(p[0]) ||
          (p[0] as number) >= runs.length ||
          (p[0] as number) <= last
        )
          throw new HistoryError(`${at}.points[${k}] must be [run index, value, spread], in run order`);
        last = p[0] as number;
        return [p[0] as number, p[1] as number, p[2] as number];
      });
      target.set(name, { unit: s.unit, direction: s.direction, points });
    }
  }
  return { runs, series: history.series };
}

export function serializeHistory(history: History): string {
  const series: Record<string, Record<string, Series>> = {};
  for (const metric of METRICS) {
    const map = history.series[metric];
    if (map.size > 0) series[metric] = Object.fromEntries(map);
  }
  // One line per series keeps the data branch's diffs readable without growing the file much.
  const body = Object.entries(series)
    .map(
      ([metric, named]) =>
        `${JSON.stringify(metric)}:{\n${Object.entries(named)
          .map(([name, s]) => `${JSON.stringify(name)}:${JSON.stringify(s)}`)
          .join(',\n')}\n}`,
    )
    .join(',\n');
  return `{"format":${JSON.stringify(HISTORY_FORMAT)},"version":1,\n"runs":${JSON.stringify(history.runs)},\n"series":{\n${body}\n}}\n`;
}

/**
 * A value as stored: a few significant digits, which is all a benchmark measures, so the history holds
 * `0.00123457` rather than `0.0012345678901234567` and stays a third of the size.
 */
function stored(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

export interface AppendResult {
  readonly history: History;
  /** What changed in a way the user should hear about (a series restarted for a new unit). */
  readonly notes: readonly string[];
}

/**
 * Adds this run's values of `metric` and keeps at most `maxRuns` runs. A run of the same commit on the same
 * branch (a re-run) replaces the earlier one. A benchmark whose unit or direction changed starts its series
 * again: values in two units are never in one series.
 */
export function appendRun(
  history: History,
  run: StoredRun,
  measurements: readonly Measurement[],
  metric: Metric,
  maxRuns: number,
): AppendResult {
  const notes: string[] = [];
  const replaced = history.runs.findIndex((r) => r.commit === run.commit && r.branch === run.branch);
  const kept = history.runs.filter((_, i) => i !== replaced);
  const drop = Math.max(0, kept.length + 1 - maxRuns);
  // Old index → new index, or -1 when the run is gone.
  const remap = new Int32Array(history.runs.length).fill(-1);
  let next = 0;
  history.runs.forEach((_, i) => {
    if (i === replaced) return;
    remap[i] = next >= drop ? next - drop : -1;
    next++;
  });
  const runs = [...kept.slice(drop), run];
  const newIndex = runs.length - 1;
  const series = emptyHistory().series as Record<Metric, Map<string, Series>>;
  for (const m of METRICS) {
    for (const [name, s] of history.series[m]) {
      const points: Point[] = [];
      for (const p of s.points) {
        const at = remap[p[0]] as number;
        if (at >= 0) points.push([at, p[1], p[2]]);
      }
      if (points.length > 0) series[m].set(name, { ...s, points });
    }
  }
  for (const measurement of measurements) {
    const existing = series[metric].get(measurement.name);
    const point: Point = [
      newIndex,
      stored(measurement.values[metric], 6),
      stored(standardError(measurement, metric), 3),
    ];
    if (
      existing !== undefined &&
      existing.unit === measurement.unit &&
      existing.direction === measurement.direction
    ) {
      (existing.points as Point[]).push(point);
      continue;
    }
    if (existing !== undefined)
      notes.push(
        `${measurement.name}: stored in ${existing.unit} (${existing.direction}), now ${measurement.unit} (${measurement.direction}); its history starts again`,
      );
    series[metric].set(measurement.name, {
      unit: measurement.unit,
      direction: measurement.direction,
      points: [point],
    });
  }
  return { history: { runs, series }, notes };
}
