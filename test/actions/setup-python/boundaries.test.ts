/** setup-python's version specifiers at their edges: each operator exactly at, below and above its bound. */
import { describe, expect, it } from 'vitest';
import { parseSpec, type Version } from '../../../actions/setup-python/src/version-spec.js';

const matches = (spec: string, version: string): boolean =>
  parseSpec(spec, 'python-version').matches(version.split('.').map(Number) as unknown as Version);

describe('version specifiers', () => {
  it('<=3.11 includes every 3.11.x and nothing of 3.12', () => {
    for (const v of ['3.10.14', '3.11.0', '3.11.9']) expect(matches('<=3.11', v), v).toBe(true);
    for (const v of ['3.12.0', '3.12.1']) expect(matches('<=3.11', v), v).toBe(false);
  });

  it('<3.12 stops just below 3.12.0; >3.11 starts just above 3.11.0, as PEP 440 pads it', () => {
    expect(matches('<3.12', '3.11.9')).toBe(true);
    expect(matches('<3.12', '3.12.0')).toBe(false);
    expect(matches('>3.11', '3.11.0')).toBe(false);
    expect(matches('>3.11', '3.11.1')).toBe(true);
    expect(matches('>3.11.*', '3.11.9')).toBe(false);
    expect(matches('>3.11.*', '3.12.0')).toBe(true);
  });

  it('>=3.10 includes 3.10.0, not 3.9.x', () => {
    expect(matches('>=3.10', '3.10.0')).toBe(true);
    expect(matches('>=3.10', '3.9.19')).toBe(false);
  });

  it('==3.11.* and 3.11 mean any 3.11.x; 3.11.4 means exactly that', () => {
    expect(matches('==3.11.*', '3.11.0')).toBe(true);
    expect(matches('==3.11.*', '3.12.0')).toBe(false);
    expect(matches('3.11', '3.11.9')).toBe(true);
    expect(matches('3.11', '3.1.0')).toBe(false);
    expect(matches('3.11.4', '3.11.4')).toBe(true);
    expect(matches('3.11.4', '3.11.5')).toBe(false);
  });

  it('!=3.12.0 excludes only that release', () => {
    expect(matches('>=3.11,!=3.12.0', '3.12.0')).toBe(false);
    expect(matches('>=3.11,!=3.12.0', '3.12.1')).toBe(true);
  });

  it('~=3.11 is >=3.11 within 3.*; ~=3.11.2 is >=3.11.2 within 3.11.*', () => {
    expect(matches('~=3.11', '3.13.0')).toBe(true);
    expect(matches('~=3.11', '3.10.9')).toBe(false);
    expect(matches('~=3.11.2', '3.11.2')).toBe(true);
    expect(matches('~=3.11.2', '3.11.1')).toBe(false);
    expect(matches('~=3.11.2', '3.12.0')).toBe(false);
  });

  it('3.x is any Python 3', () => {
    expect(matches('3.x', '3.8.0')).toBe(true);
    expect(matches('3.x', '2.7.18')).toBe(false);
  });
});
