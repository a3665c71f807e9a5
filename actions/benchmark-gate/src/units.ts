/** Time units to seconds, so a run in µs compares with one in ns; every other unit is kept as written. */

const SECONDS_PER: Readonly<Record<string, number>> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  sec: 1,
};

/** The factor that turns a value in `unit` into seconds, or undefined when it is not a time (`req/s`, `MB`). */
export function secondsPer(unit: string): number | undefined {
  // The anchor's Google Benchmark and cargo units are per iteration: `ns/iter`.
  const bare = unit.trim().replace(/\/iter$/, '');
  return SECONDS_PER[bare];
}

/** A time in seconds as a person reads it: 12.3 µs, 4.56 ms, 1.23 s. */
export function formatSeconds(seconds: number): string {
  const abs = Math.abs(seconds);
  const [factor, suffix] =
    abs >= 1 || abs === 0 ? [1, 's'] : abs >= 1e-3 ? [1e3, 'ms'] : abs >= 1e-6 ? [1e6, 'µs'] : [1e9, 'ns'];
  return `${significant(seconds * factor)} ${suffix}`;
}

/** Three significant digits, without exponent notation for ordinary magnitudes. */
export function significant(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

/** A value in its unit, as shown in tables: times scaled, other units as given. */
export function formatValue(value: number, unit: string): string {
  return unit === 's' ? formatSeconds(value) : `${significant(value)} ${unit}`;
}
