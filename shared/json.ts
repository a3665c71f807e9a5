/** Parsed JSON (or YAML) of unknown shape. */

/** A JSON object: not a list, not null. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
