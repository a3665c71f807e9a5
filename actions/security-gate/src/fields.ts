/** Reading fields out of parsed JSON of unknown shape, without a schema library and without throwing. */
import { isObject } from '../../../shared/json.js';
import { jsonExcerpt } from '../../../shared/text.js';
export type Json = unknown;

/** What obj() gives for a missing object: one shared, frozen, rather than a fresh {} per absent field. */
export const NO_OBJECT: Readonly<Record<string, Json>> = Object.freeze({});

export { isObject };
export const obj = (v: Json): Readonly<Record<string, Json>> => (isObject(v) ? v : NO_OBJECT);
export const str = (v: Json): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
export const num = (v: Json): number | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;
const NO_ARRAY: readonly Json[] = Object.freeze([]);
export const arr = (v: Json): readonly Json[] => (Array.isArray(v) ? v : NO_ARRAY);

/** A short, printable excerpt of a parsed value for an error message: never more than `max` characters. */
export const excerpt: (value: Json, max?: number) => string = jsonExcerpt;
