/** Reading fields of unknown JSON: what counts as text, a number, a list and an object, and what never does. */
import { describe, expect, it } from 'vitest';
import {
  arr,
  excerpt,
  isObject,
  NO_OBJECT,
  num,
  obj,
  str,
} from '../../../actions/security-gate/src/fields.js';

describe('fields of unknown JSON', () => {
  it.each([
    ['text', 'a', 'a'],
    ['empty text', '', undefined],
    ['a number', 7, '7'],
    ['zero', 0, '0'],
    ['true', true, undefined],
    ['null', null, undefined],
    ['a list', ['a'], undefined],
    ['an object', { a: 1 }, undefined],
  ])('str of %s', (_what, value, expected) => {
    expect(str(value)).toBe(expected);
  });

  it.each([
    ['a number', 7.5, 7.5],
    ['zero', 0, 0],
    ['a negative', -2, -2],
    ['Infinity', Infinity, undefined],
    ['NaN', NaN, undefined],
    ['numeric text', ' 9.8 ', 9.8],
    ['text 0', '0', 0],
    ['blank text', '  ', undefined],
    ['empty text', '', undefined],
    ['words', 'high', undefined],
    ['text Infinity', 'Infinity', undefined],
    ['true', true, undefined],
    ['null', null, undefined],
  ])('num of %s', (_what, value, expected) => {
    expect(num(value)).toBe(expected);
  });

  it('arr gives the list itself, and one frozen empty list for anything else', () => {
    const list = [1, 2];
    expect(arr(list)).toBe(list);
    for (const v of [undefined, null, 'x', { length: 1 }]) {
      expect(arr(v)).toEqual([]);
      expect(Object.isFrozen(arr(v))).toBe(true);
    }
  });

  it('obj gives the object itself, and the one frozen empty object for lists, null and values', () => {
    const o = { a: 1 };
    expect(obj(o)).toBe(o);
    for (const v of [undefined, null, [1], 'x', 3]) expect(obj(v)).toBe(NO_OBJECT);
    expect(Object.isFrozen(NO_OBJECT)).toBe(true);
    expect(Object.keys(NO_OBJECT)).toEqual([]);
  });

  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ['x', false],
    [undefined, false],
  ])('isObject(%j) is %s', (value, expected) => {
    expect(isObject(value)).toBe(expected);
  });

  it('excerpts a value as JSON on one line, cut to its length', () => {
    expect(excerpt('a\nb')).toBe('"a b"');
    expect(excerpt(7)).toBe('7');
    expect(excerpt('x'.repeat(50), 10)).toBe(`"${'x'.repeat(10)}…"`);
  });
});
