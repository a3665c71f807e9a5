/** The kinds of failure, told apart by class and name, and the message of anything thrown. */
import { describe, expect, it } from 'vitest';
import { ActionFailure, ConfigurationError, errorMessage } from '../../shared/errors.js';

describe('the kinds of failure', () => {
  it('are errors, each named for its kind and told apart from the other', () => {
    const config = new ConfigurationError('bad input');
    const failure = new ActionFailure('gate failed');
    expect([config.name, config.message, config instanceof Error]).toEqual([
      'ConfigurationError',
      'bad input',
      true,
    ]);
    expect([failure.name, failure.message, failure instanceof Error]).toEqual([
      'ActionFailure',
      'gate failed',
      true,
    ]);
    expect(config).not.toBeInstanceOf(ActionFailure);
    expect(failure).not.toBeInstanceOf(ConfigurationError);
    expect(String(config)).toBe('ConfigurationError: bad input');
  });
});

describe('errorMessage', () => {
  const named = (): number => 1;
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  it.each<[string, unknown, string]>([
    ['an Error: its message', new TypeError('x is not a function'), 'x is not a function'],
    ['an Error with no message', new Error(), ''],
    ['a string: itself', 'plain words', 'plain words'],
    ['an empty string', '', ''],
    ['an object: as JSON', { code: 'E1', n: 2 }, '{"code":"E1","n":2}'],
    ['a number: as JSON', 42, '42'],
    ['null', null, 'null'],
    ['undefined, which JSON has no text for', undefined, 'undefined'],
    ['a function, which JSON has no text for: its source', named, String(named)],
    ['a symbol', Symbol('why'), 'Symbol(why)'],
    ['a circular object, which JSON cannot write', circular, '[object Object]'],
    ['a BigInt, which JSON cannot write', 10n, '10'],
  ])('%s', (_what, thrown, message) => {
    expect(errorMessage(thrown)).toBe(message);
  });
});
