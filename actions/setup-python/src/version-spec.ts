/**
 * Python version requests as people write them: `3.11.9` (exact), `3.11` (any 3.11.x), `3.x`, and PEP 440
 * style ranges `>=3.10,<3.13`, `~=3.11`, `==3.11.*`, `!=3.12.0`.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { excerpt } from '../../../shared/text.js';

export type Version = readonly [number, number, number];

export function parseVersion(text: string): Version | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

export function compare(a: Version, b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export const formatVersion = (v: Version): string => v.join('.');

type Check = (v: Version) => boolean;

function prefix(parts: number[]): Check {
  return (v) => parts.every((p, i) => v[i] === p);
}

function clause(raw: string, input: string): Check {
  const text = raw.trim();
  // A wildcard only as the last part, as PEP 440 has it: `3.*.1` means nothing.
  const m = /^(>=|<=|==|!=|~=|>|<)?\s*(\d+(?:\.\d+)*(?:\.(?:\*|x))?)$/.exec(text);
  if (!m)
    throw new ConfigurationError(
      `Input '${input}' must be a Python version such as 3.11, 3.11.9, 3.x or >=3.10,<3.13; got ${excerpt(raw)}.`,
    );
  const op = m[1] ?? '';
  const body = m[2] ?? '';
  const wildcard = /\.(\*|x)$/.test(body);
  const parts = body
    .replace(/\.(\*|x)$/, '')
    .split('.')
    .map(Number);
  switch (op) {
    case '':
    case '==':
      // A bare 3.11 means any 3.11.x; 3.11.9 means exactly that.
      return prefix(parts);
    case '!=':
      return (v) => !prefix(parts)(v);
    case '>=':
      return (v) => compare(v, parts) >= 0;
    case '>':
      return (v) => compare(v, parts) > 0 && !(wildcard && prefix(parts)(v));
    case '<=':
      return (v) => compare(v, parts) <= 0 || prefix(parts)(v);
    case '<':
      return (v) => compare(v, parts) < 0;
    case '~=': {
      // ~=3.11 → >=3.11, ==3.*; ~=3.11.2 → >=3.11.2, ==3.11.*
      const upper = parts.slice(0, Math.max(1, parts.length - 1));
      return (v) => compare(v, parts) >= 0 && prefix(upper)(v);
    }
    default:
      return () => false;
  }
}

export interface VersionSpec {
  text: string;
  matches: (v: Version) => boolean;
}

export function parseSpec(text: string, input: string): VersionSpec {
  const checks = text.split(',').map((c) => clause(c, input));
  const spec = { text, matches: (v: Version) => checks.every((c) => c(v)) };
  if (
    parseVersion(text) !== undefined &&
    (parseVersion(text)?.[0] ?? 0) > 3 &&
    !text.includes('<') &&
    !text.includes('>')
  ) {
    throw new ConfigurationError(
      `Input '${input}' asks for Python ${excerpt(text)}, which does not exist: Runway knows Python 3.`,
    );
  }
  return spec;
}

/** The request from `.python-version` (first line) or `pyproject.toml` (`requires-python`). */
export function specFromFile(name: string, text: string): string | undefined {
  if (name.endsWith('pyproject.toml')) return /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
  return text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('#'));
}

export interface Candidate {
  path: string;
  version: Version;
  source: 'tool-cache' | 'pyenv' | 'path' | 'system' | 'uv' | 'manifest';
}

/** The highest version that satisfies the spec; among equals, the earlier source (tool cache first). */
export function choose(candidates: readonly Candidate[], spec: VersionSpec): Candidate | undefined {
  return candidates
    .filter((c) => spec.matches(c.version))
    .reduce<Candidate | undefined>(
      (best, c) => (best === undefined || compare(c.version, best.version) > 0 ? c : best),
      undefined,
    );
}
