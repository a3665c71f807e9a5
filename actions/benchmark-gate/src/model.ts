/** What a benchmark run says about one benchmark, in one unit, whichever tool wrote it. */

export { isObject } from '../../../shared/json.js';

export type Metric = 'median' | 'mean' | 'min';
export const METRICS: readonly Metric[] = ['median', 'mean', 'min'];

/** Whether a larger value is worse (times) or better (throughput). */
export type Direction = 'smaller-is-better' | 'bigger-is-better';

export interface Measurement {
  /** Unique within a run: pytest's fullname, Google Benchmark's run name, hyperfine's command. */
  readonly name: string;
  /** `s` for every time (converted from ns, us, ms); otherwise the producer's own unit. */
  readonly unit: string;
  readonly direction: Direction;
  /** The value of each metric the file gives; a tool with one number gives it for every metric. */
  readonly values: Readonly<Record<Metric, number>>;
  /**
   * How much one measurement of this run varies, as a standard deviation in `unit`, for each metric:
   * the interquartile range / 1.349 for median and min, the standard deviation for mean. 0 when the file
   * says nothing about it (a single round).
   */
  readonly spread: Readonly<Record<Metric, number>>;
  /** How many rounds (samples) the values summarise; 1 when unknown. */
  readonly rounds: number;
  /** The source file the benchmark is defined in, when the tool says (pytest's `path::name`). */
  readonly file?: string;
}

export type Format = 'pytest' | 'googlecpp' | 'hyperfine' | 'customSmallerIsBetter' | 'customBiggerIsBetter';
export const FORMATS: readonly Format[] = [
  'pytest',
  'googlecpp',
  'hyperfine',
  'customSmallerIsBetter',
  'customBiggerIsBetter',
];

/** A run's file read: its measurements and what was worth telling the user about it. */
export interface ReadResult {
  readonly format: Format;
  readonly measurements: readonly Measurement[];
  readonly warnings: readonly string[];
}

/**
 * How precisely a run knows its own value: one measurement's spread over the square root of its rounds (the
 * standard error). A run of 100 rounds that vary ±20% still knows its median to a few percent.
 */
export function standardError(m: Measurement, metric: Metric): number {
  return m.spread[metric] / Math.sqrt(Math.max(1, m.rounds));
}
