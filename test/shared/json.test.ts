import { describe, expect, it } from 'vitest';
import { isObject } from '../../shared/json.js';

describe('isObject', () => {
  it('is true for a mapping of parsed JSON only: not for null, a list or a plain value', () => {
    expect(isObject(JSON.parse('{"a": 1}'))).toBe(true);
    expect(isObject({})).toBe(true);
    for (const value of [null, undefined, [], [1], 'x', 5, true])
      expect(isObject(value), String(value)).toBe(false);
  });
});
