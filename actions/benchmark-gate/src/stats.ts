/** The few order statistics the formats and the significance rule need. */

/** The q-quantile of sorted values, by linear interpolation (numpy's default, which pytest-benchmark uses). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (at - low);
}

export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? Number.NaN : sum / values.length;
}

/** The sample standard deviation (n − 1); 0 for fewer than two values. */
export function stddev(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return Math.sqrt(sum / (values.length - 1));
}

/** A normal distribution's standard deviation is its interquartile range / 1.349. */
export const IQR_PER_SIGMA = 1.349;

/** Summary statistics of raw samples (rounds, hyperfine's times). */
export function describe(samples: readonly number[]): {
  median: number;
  mean: number;
  min: number;
  stddev: number;
  iqr: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    mean: mean(sorted),
    min: sorted[0] ?? Number.NaN,
    stddev: stddev(sorted),
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
  };
}
