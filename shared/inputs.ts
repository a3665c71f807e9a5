/**
 * Typed readers for action inputs. Each one validates and, on a bad value, throws a ConfigurationError whose
 * one-line message names the input, says what was expected and shows what was given. Inputs are read inside
 * run(), never at import time, so a bad input is reported through the same single failure path as the rest.
 */
import { ConfigurationError } from './errors.js';
import type { Redactor } from './secrets.js';
import { parseDuration, parseSize } from './units.js';

/** Returns the raw input as the runner passed it (empty when not given and no default applies). */
export type InputSource = (name: string) => string;

/** Reads `INPUT_<NAME>` the way the runner writes it: uppercased, spaces to `_`, hyphens kept. */
export function environmentSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

interface Bounds {
  min?: number;
  max?: number;
}

const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

function shown(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n').replace(/\p{Cc}/gu, ' ');
  return oneLine.length > 80 ? `'${oneLine.slice(0, 77)}...'` : `'${oneLine}'`;
}

export class Inputs {
  /** Names read so far, for debugging and the consistency checks. */
  readonly read = new Set<string>();

  constructor(
    private readonly source: InputSource,
    private readonly redactor?: Redactor,
  ) {}

  private raw(name: string): string {
    this.read.add(name);
    return this.source(name).trim();
  }

  private fail(name: string, expected: string, value?: string): never {
    const got = value === undefined ? '' : `; got ${shown(value)}`;
    throw new ConfigurationError(`Input '${name}' ${expected}${got}.`);
  }

  /** A string; empty means absent. */
  optionalString(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  string(name: string): string {
    const value = this.optionalString(name);
    if (value === undefined) this.fail(name, 'is required and was empty');
    return value;
  }

  /** A secret: registered for masking as soon as it is read, never echoed in errors. */
  optionalSecret(name: string): string | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    this.redactor?.add(value);
    return value;
  }

  secret(name: string): string {
    const value = this.optionalSecret(name);
    if (value === undefined) this.fail(name, 'is required and was empty');
    return value;
  }

  /** YAML 1.2 core schema booleans only: `yes`/`on`/`1` are mistakes worth reporting, not guessing. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (TRUE_WORDS.has(value)) return true;
    if (FALSE_WORDS.has(value)) return false;
    return this.fail(name, 'must be true or false', value);
  }

  /** A boolean that may be left unset, so another source (a config file) decides. */
  optionalBoolean(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    if (TRUE_WORDS.has(value)) return true;
    if (FALSE_WORDS.has(value)) return false;
    return this.fail(name, 'must be true or false, or empty', value);
  }

  integer(name: string, fallback: number, bounds: Bounds = {}): number {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (!/^[+-]?\d+$/.test(value)) this.fail(name, `must be a whole number${describeBounds(bounds)}`, value);
    return this.inBounds(name, Number(value), bounds, value, 'a whole number');
  }

  number(name: string, fallback: number, bounds: Bounds = {}): number {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) {
      this.fail(name, `must be a number${describeBounds(bounds)}`, value);
    }
    return this.inBounds(name, Number(value), bounds, value, 'a number');
  }

  /** Milliseconds, from `500ms`, `30s`, `5m`, `1h`, `1m30s`. */
  duration(name: string, fallback: number, bounds: Bounds = {}): number {
    return this.optionalDuration(name, bounds) ?? fallback;
  }

  optionalDuration(name: string, bounds: Bounds = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    const ms = parseDuration(value);
    if (ms === undefined)
      this.fail(name, 'must be a duration with a unit, such as 500ms, 30s, 5m or 1m30s', value);
    return this.inBounds(name, ms, bounds, value, 'a duration', (n) => `${n}ms`);
  }

  /** Bytes, from `16GiB`, `24000MiB`, `1.5GB`. */
  optionalSize(name: string, bounds: Bounds = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    const bytes = parseSize(value);
    if (bytes === undefined)
      this.fail(name, 'must be a size with a unit, such as 512MiB, 16GiB or 1.5GB', value);
    return this.inBounds(name, bytes, bounds, value, 'a size', (n) => `${n} bytes`);
  }

  enumeration<const T extends string>(name: string, values: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === '') return fallback;
    const found = values.find((v) => v === value);
    if (found === undefined) this.fail(name, `must be one of ${values.join(', ')}`, value);
    return found;
  }

  /** One item per line; blank lines and lines starting with `#` are ignored. */
  list(name: string, options: { required?: boolean } = {}): string[] {
    const items = this.raw(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    if (options.required === true && items.length === 0) this.fail(name, 'is required and was empty');
    return items;
  }

  /** Absolute URLs, one per line, limited to the given protocols (e.g. `['http:', 'https:']`). */
  urls(
    name: string,
    protocols: readonly string[],
    options: { required?: boolean; credentials?: 'allowed' } = {},
  ): URL[] {
    return this.list(name, options).map((line) => {
      let url: URL;
      try {
        url = new URL(line);
      } catch {
        return this.fail(name, `must hold absolute URLs such as https://example.com/health`, line);
      }
      if (!protocols.includes(url.protocol)) {
        const allowed = protocols.map((p) => p.replace(/:$/, '')).join(' or ');
        this.fail(name, `must hold ${allowed} URLs`, line);
      }
      if (options.credentials !== 'allowed' && (url.username !== '' || url.password !== ''))
        this.fail(name, 'must not hold a user name or password in its URLs (send credentials in a header)');
      return url;
    });
  }

  /** Glob patterns, one per line; `!pattern` excludes. */
  globs(name: string, options: { required?: boolean } = {}): string[] {
    const patterns = this.list(name, options);
    for (const pattern of patterns) {
      const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
      if (body.trim() === '') this.fail(name, 'must hold glob patterns such as **/report.xml', pattern);
      if (body.includes('\0')) this.fail(name, 'must not contain NUL characters', pattern);
      if (unbalanced(body)) this.fail(name, 'has a pattern with unbalanced [ ] or { }', pattern);
      // Reports are looked for in the workspace: a pattern that climbs out of it is a mistake, or a way to read
      // the runner's files.
      const segments = body.split(/[\\/]/);
      if (segments.includes('..'))
        this.fail(name, "must match files inside the workspace (no '..' segments)", pattern);
      if (segments.slice(1).includes('.'))
        this.fail(name, "must not hold a '.' segment after its start (write 'a/b', not 'a/./b')", pattern);
    }
    return patterns;
  }

  private inBounds(
    name: string,
    n: number,
    bounds: Bounds,
    raw: string,
    what: string,
    show: (n: number) => string = String,
  ): number {
    if ((bounds.min !== undefined && n < bounds.min) || (bounds.max !== undefined && n > bounds.max)) {
      this.fail(name, `must be ${what}${describeBounds(bounds, show)}`, raw);
    }
    return n;
  }
}

function describeBounds(bounds: Bounds, show: (n: number) => string = String): string {
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined) return ` from ${show(min)} to ${show(max)}`;
  if (min !== undefined) return ` of at least ${show(min)}`;
  if (max !== undefined) return ` of at most ${show(max)}`;
  return '';
}

function unbalanced(pattern: string): boolean {
  let square = 0;
  let curly = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') square++;
    else if (c === ']') square--;
    else if (c === '{') curly++;
    else if (c === '}') curly--;
    if (square < 0 || curly < 0) return true;
  }
  return square !== 0 || curly !== 0;
}
