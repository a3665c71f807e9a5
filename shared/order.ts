/**
 * String order by UTF-16 code units: the same on every runner whatever its locale, and far cheaper than
 * localeCompare, which went through ICU for every comparison (sorting 100,000 findings by file spent half a
 * second in it).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
