/**
 * Reads the benchmark files of pytest-benchmark, Google Benchmark, hyperfine and the custom JSON of
 * github-action-benchmark into one model. Every number is checked: a malformed record is an error naming the
 * file and the record, never a benchmark silently left out.
 */
import { describe, IQR_PER_SIGMA } from './stats.js';
import {
  type Direction,
  type Format,
  isObject,
  type Measurement,
  type Metric,
  type ReadResult,
} from './model.js';
import { secondsPer } from './units.js';

export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** Which tool wrote this document, or why it cannot be read. */
export function detectFormat(doc: unknown): Format {
  if (Array.isArray(doc))
    throw new FormatError(
      "is a list of {name, unit, value}: the custom format, whose direction cannot be guessed; set 'format' to customSmallerIsBetter or customBiggerIsBetter",
    );
  if (isObject(doc)) {
    if (Array.isArray(doc.results) && doc.results.every((r) => isObject(r) && 'command' in r))
      return 'hyperfine';
    if (Array.isArray(doc.benchmarks)) {
      const first: unknown = doc.benchmarks[0];
      if ('machine_info' in doc || (isObject(first) && isObject(first.stats))) return 'pytest';
      if ('context' in doc || (isObject(first) && 'real_time' in first)) return 'googlecpp';
    }
  }
  throw new FormatError(
    "is not a benchmark file this action reads (pytest-benchmark's --benchmark-json, Google Benchmark's --benchmark_format=json, hyperfine's --export-json, or the custom JSON); set 'format' if it is one",
  );
}

const shownValue = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function finite(value: unknown, where: string, options: { positive?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new FormatError(`${where} must be a number of at least 0; got ${shownValue(value)}`);
  if (options.positive === true && value === 0) throw new FormatError(`${where} must be above 0; got 0`);
  return value;
}

function optionalFinite(value: unknown, where: string): number | undefined {
  return value === undefined || value === null ? undefined : finite(value, where);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new FormatError(`${where} must be a non-empty string; got ${shownValue(value)}`);
  return value;
}

const perMetric = (median: number, mean: number, min: number): Record<Metric, number> => ({
  median,
  mean,
  min,
});
const same = (v: number): Record<Metric, number> => perMetric(v, v, v);

/** Times become seconds; other units stay. */
function normalised(
  unit: string,
  values: Record<Metric, number>,
  spread: Record<Metric, number>,
): { unit: string; values: Record<Metric, number>; spread: Record<Metric, number> } {
  const factor = secondsPer(unit);
  if (factor === undefined) return { unit: unit.trim(), values, spread };
  const scale = (r: Record<Metric, number>) => perMetric(r.median * factor, r.mean * factor, r.min * factor);
  return { unit: 's', values: scale(values), spread: scale(spread) };
}

function readPytest(doc: unknown): Measurement[] {
  if (!isObject(doc) || !Array.isArray(doc.benchmarks))
    throw new FormatError("has no 'benchmarks' list (pytest-benchmark writes one with --benchmark-json)");
  return doc.benchmarks.map((b: unknown, i): Measurement => {
    const where = `benchmarks[${i}]`;
    if (!isObject(b) || !isObject(b.stats)) throw new FormatError(`${where} has no 'stats'`);
    const name = text(b.fullname ?? b.name, `${where}.fullname`);
    const s = b.stats;
    const at = (k: string) => `${where} (${name}).stats.${k}`;
    const rounds = finite(s.rounds, at('rounds'), { positive: true });
    let data: number[] | undefined;
    if (s.data !== undefined) {
      if (!Array.isArray(s.data)) throw new FormatError(`${at('data')} must be a list of numbers`);
      data = s.data.map((v: unknown, k) => finite(v, `${at('data')}[${k}]`));
    }
    const raw = data !== undefined && data.length > 0 ? describe(data) : undefined;
    const median = optionalFinite(s.median, at('median')) ?? raw?.median;
    const mean = optionalFinite(s.mean, at('mean')) ?? raw?.mean;
    const min = optionalFinite(s.min, at('min')) ?? raw?.min;
    if (median === undefined || mean === undefined || min === undefined)
      throw new FormatError(`${where} (${name}) lacks median, mean or min`);
    const iqr = optionalFinite(s.iqr, at('iqr')) ?? raw?.iqr ?? 0;
    const sd = optionalFinite(s.stddev, at('stddev')) ?? raw?.stddev ?? 0;
    const fileOf = name.includes('::') ? name.slice(0, name.indexOf('::')) : undefined;
    return {
      name,
      unit: 's',
      direction: 'smaller-is-better',
      values: perMetric(median, mean, min),
      spread: perMetric(iqr / IQR_PER_SIGMA, sd, iqr / IQR_PER_SIGMA),
      rounds,
      ...(fileOf === undefined ? {} : { file: fileOf }),
    };
  });
}

interface GoogleRun {
  unit: string;
  samples: number[];
  aggregates: Partial<Record<'mean' | 'median' | 'stddev', number>>;
  first: number;
}

const AGGREGATE_SUFFIX = /_(mean|median|stddev|cv)$/;

function readGoogle(doc: unknown): Measurement[] {
  if (!isObject(doc) || !Array.isArray(doc.benchmarks))
    throw new FormatError(
      "has no 'benchmarks' list (Google Benchmark writes one with --benchmark_format=json)",
    );
  const runs = new Map<string, GoogleRun>();
  doc.benchmarks.forEach((b: unknown, i) => {
    const where = `benchmarks[${i}]`;
    if (!isObject(b)) throw new FormatError(`${where} is not an object`);
    const name = text(b.name, `${where}.name`);
    if (b.error_occurred === true)
      throw new FormatError(
        `${where} (${name}) failed: ${typeof b.error_message === 'string' ? b.error_message : 'error_occurred'}`,
      );
    // Older versions have no run_type and mark aggregates by a name suffix only.
    const suffix = AGGREGATE_SUFFIX.exec(name);
    const aggregate =
      b.run_type === 'aggregate'
        ? typeof b.aggregate_name === 'string'
          ? b.aggregate_name
          : ''
        : b.run_type === undefined && suffix !== null
          ? suffix[1]
          : undefined;
    const runName =
      typeof b.run_name === 'string' && b.run_name !== ''
        ? b.run_name
        : aggregate !== undefined && suffix !== null
          ? name.slice(0, suffix.index)
          : name;
    // cv is a percentage; BigO and RMS are fits over sizes, not times of this benchmark.
    if (aggregate !== undefined && aggregate !== 'mean' && aggregate !== 'median' && aggregate !== 'stddev')
      return;
    const unit = text(b.time_unit ?? 'ns', `${where} (${name}).time_unit`);
    if (secondsPer(unit) === undefined)
      throw new FormatError(
        `${where} (${name}).time_unit must be ns, us, ms or s; got ${JSON.stringify(unit)}`,
      );
    const value = finite(b.real_time, `${where} (${name}).real_time`);
    let run = runs.get(runName);
    if (run === undefined) {
      run = { unit, samples: [], aggregates: {}, first: i };
      runs.set(runName, run);
    }
    // Records of one benchmark in different units (unusual, but allowed) meet in the first one's unit.
    const inRunUnit = (value * (secondsPer(unit) as number)) / (secondsPer(run.unit) as number);
    if (aggregate === undefined) run.samples.push(inRunUnit);
    else run.aggregates[aggregate] = inRunUnit;
  });
  return [...runs.entries()].map(([name, run]): Measurement => {
    const raw = run.samples.length > 0 ? describe(run.samples) : undefined;
    const median = run.aggregates.median ?? raw?.median ?? run.aggregates.mean;
    const mean = run.aggregates.mean ?? raw?.mean ?? median;
    if (median === undefined || mean === undefined)
      throw new FormatError(`benchmark ${name} has a stddev aggregate but no times`);
    const sd = run.aggregates.stddev ?? raw?.stddev ?? 0;
    const iqrSigma = raw !== undefined && run.samples.length >= 4 ? raw.iqr / IQR_PER_SIGMA : sd;
    const n = normalised(
      run.unit,
      perMetric(median, mean, raw?.min ?? median),
      perMetric(iqrSigma, sd, iqrSigma),
    );
    return { name, direction: 'smaller-is-better', rounds: Math.max(1, run.samples.length), ...n };
  });
}

function readHyperfine(doc: unknown): Measurement[] {
  if (!isObject(doc) || !Array.isArray(doc.results))
    throw new FormatError("has no 'results' list (hyperfine writes one with --export-json)");
  return doc.results.map((r: unknown, i): Measurement => {
    const where = `results[${i}]`;
    if (!isObject(r)) throw new FormatError(`${where} is not an object`);
    const name = text(r.command, `${where}.command`);
    const at = (k: string) => `${where} (${name}).${k}`;
    if (Array.isArray(r.exit_codes)) {
      const failed = r.exit_codes.filter((c) => c !== 0);
      if (failed.length > 0)
        throw new FormatError(
          `${where} (${name}) exited with ${JSON.stringify(failed[0])} in ${failed.length} of ${r.exit_codes.length} runs: the times of a failing command are not a benchmark`,
        );
    }
    let times: number[] = [];
    if (r.times !== undefined) {
      if (!Array.isArray(r.times)) throw new FormatError(`${at('times')} must be a list of numbers`);
      times = r.times.map((v: unknown, k) => finite(v, `${at('times')}[${k}]`));
    }
    const raw = times.length > 0 ? describe(times) : undefined;
    const mean = optionalFinite(r.mean, at('mean')) ?? raw?.mean;
    const median = optionalFinite(r.median, at('median')) ?? raw?.median ?? mean;
    const min = optionalFinite(r.min, at('min')) ?? raw?.min ?? median;
    if (mean === undefined || median === undefined || min === undefined)
      throw new FormatError(`${where} (${name}) has no mean and no times`);
    // hyperfine writes a null stddev for a single run.
    const sd = optionalFinite(r.stddev, at('stddev')) ?? raw?.stddev ?? 0;
    const iqrSigma = raw !== undefined && times.length >= 4 ? raw.iqr / IQR_PER_SIGMA : sd;
    return {
      name,
      unit: 's',
      direction: 'smaller-is-better',
      values: perMetric(median, mean, min),
      spread: perMetric(iqrSigma, sd, iqrSigma),
      rounds: Math.max(1, times.length),
    };
  });
}

/** The custom format's `range`: `3`, `± 20`, `5%`, `stddev: 6.1e-06`; a spread in the value's unit. */
export function parseRange(range: unknown, value: number): number | undefined {
  if (typeof range === 'number') return Number.isFinite(range) && range >= 0 ? range : undefined;
  if (typeof range !== 'string') return undefined;
  const match = /([0-9]*\.?[0-9]+(?:e[-+]?\d+)?)\s*(%?)\s*$/i.exec(range.trim());
  if (match === null) return undefined;
  const n = Number(match[1]);
  return match[2] === '%' ? (value * n) / 100 : n;
}

/** A benchmark known by one value and its spread (the custom format, github-action-benchmark's history). */
export function singleValue(
  name: string,
  unit: string,
  value: number,
  spread: number,
  direction: Direction,
): Measurement {
  return { name, direction, rounds: 1, ...normalised(unit, same(value), same(spread)) };
}

function readCustom(doc: unknown, direction: Direction, warnings: string[]): Measurement[] {
  if (!Array.isArray(doc))
    throw new FormatError('must be a list of {name, unit, value} objects (the custom format)');
  return doc.map((b: unknown, i): Measurement => {
    const where = `[${i}]`;
    if (!isObject(b)) throw new FormatError(`${where} is not an object`);
    const name = text(b.name, `${where}.name`);
    const unit = text(b.unit, `${where} (${name}).unit`);
    const value = finite(b.value, `${where} (${name}).value`);
    let spread = 0;
    if (b.range !== undefined && b.range !== null && b.range !== '') {
      const parsed = parseRange(b.range, value);
      if (parsed === undefined)
        warnings.push(
          `${where} (${name}).range ${JSON.stringify(b.range)} is not a number: its spread counts as 0`,
        );
      else spread = parsed;
    }
    return singleValue(name, unit, value, spread, direction);
  });
}

/** One file's text → its measurements; `format` undefined means detect it. */
export function readBenchmarkFile(content: string, format: Format | undefined): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (error) {
    throw new FormatError(`is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const chosen = format ?? detectFormat(doc);
  const warnings: string[] = [];
  const measurements =
    chosen === 'pytest'
      ? readPytest(doc)
      : chosen === 'googlecpp'
        ? readGoogle(doc)
        : chosen === 'hyperfine'
          ? readHyperfine(doc)
          : readCustom(
              doc,
              chosen === 'customBiggerIsBetter' ? 'bigger-is-better' : 'smaller-is-better',
              warnings,
            );
  const seen = new Set<string>();
  for (const m of measurements) {
    if (seen.has(m.name)) throw new FormatError(`names the benchmark ${JSON.stringify(m.name)} twice`);
    seen.add(m.name);
  }
  return { format: chosen, measurements, warnings };
}
