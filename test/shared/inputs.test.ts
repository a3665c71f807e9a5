import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { environmentSource, Inputs } from '../../shared/inputs.js';
import { Redactor } from '../../shared/secrets.js';

const inputs = (values: Record<string, string>, redactor?: Redactor): Inputs =>
  new Inputs((name) => values[name] ?? '', redactor);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('Inputs', () => {
  it('reads INPUT_ variables the way the runner names them', () => {
    const source = environmentSource({ 'INPUT_MAX-ATTEMPTS': '3', INPUT_SOME_NAME: 'x' });
    expect(source('max-attempts')).toBe('3');
    expect(source('some name')).toBe('x');
    expect(source('absent')).toBe('');
  });

  it('requires strings and trims them', () => {
    expect(inputs({ a: '  x  ' }).string('a')).toBe('x');
    expect(inputs({}).optionalString('a')).toBeUndefined();
    expect(errorOf(() => inputs({ a: '   ' }).string('a'))).toBe("Input 'a' is required and was empty.");
  });

  it('accepts only YAML 1.2 core booleans', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(inputs({ b: t }).boolean('b', false)).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(inputs({ b: f }).boolean('b', true)).toBe(false);
    expect(inputs({}).boolean('b', true)).toBe(true);
    for (const bad of ['yes', 'on', '1', 'tru']) {
      expect(errorOf(() => inputs({ b: bad }).boolean('b', true))).toBe(
        `Input 'b' must be true or false; got '${bad}'.`,
      );
    }
  });

  it('reads integers and numbers within bounds', () => {
    expect(inputs({ n: '42' }).integer('n', 1, { min: 1, max: 100 })).toBe(42);
    expect(inputs({}).integer('n', 7)).toBe(7);
    expect(errorOf(() => inputs({ n: '1.5' }).integer('n', 1, { min: 1 }))).toBe(
      "Input 'n' must be a whole number of at least 1; got '1.5'.",
    );
    expect(errorOf(() => inputs({ n: '101' }).integer('n', 1, { min: 1, max: 100 }))).toBe(
      "Input 'n' must be a whole number from 1 to 100; got '101'.",
    );
    expect(inputs({ f: '1.5' }).number('f', 2, { min: 1 })).toBe(1.5);
    expect(errorOf(() => inputs({ f: 'two' }).number('f', 2))).toBe("Input 'f' must be a number; got 'two'.");
    expect(errorOf(() => inputs({ f: '0.5' }).number('f', 2, { max: 0.25 }))).toBe(
      "Input 'f' must be a number of at most 0.25; got '0.5'.",
    );
  });

  it('reads durations and sizes with units', () => {
    expect(inputs({ d: '1m30s' }).duration('d', 0)).toBe(90_000);
    expect(inputs({}).optionalDuration('d')).toBeUndefined();
    expect(errorOf(() => inputs({ d: '30' }).duration('d', 0))).toBe(
      "Input 'd' must be a duration with a unit, such as 500ms, 30s, 5m or 1m30s; got '30'.",
    );
    expect(errorOf(() => inputs({ d: '0s' }).duration('d', 1, { min: 1 }))).toBe(
      "Input 'd' must be a duration of at least 1ms; got '0s'.",
    );
    expect(inputs({ s: '16GiB' }).optionalSize('s')).toBe(16 * 2 ** 30);
    expect(errorOf(() => inputs({ s: '16' }).optionalSize('s'))).toBe(
      "Input 's' must be a size with a unit, such as 512MiB, 16GiB or 1.5GB; got '16'.",
    );
  });

  it('reads enumerations', () => {
    expect(inputs({ e: 'b' }).enumeration('e', ['a', 'b'], 'a')).toBe('b');
    expect(inputs({}).enumeration('e', ['a', 'b'], 'a')).toBe('a');
    expect(errorOf(() => inputs({ e: 'c' }).enumeration('e', ['a', 'b'], 'a'))).toBe(
      "Input 'e' must be one of a, b; got 'c'.",
    );
  });

  it('reads lists, skipping blanks and comments', () => {
    expect(inputs({ l: 'a\n\n  b  \n# note\r\nc' }).list('l')).toEqual(['a', 'b', 'c']);
    expect(errorOf(() => inputs({ l: '\n# only a comment' }).list('l', { required: true }))).toBe(
      "Input 'l' is required and was empty.",
    );
  });

  it('reads URLs, limited to the given protocols', () => {
    const urls = inputs({ u: 'https://a.example/x\nhttp://b.example' }).urls('u', ['http:', 'https:']);
    expect(urls.map(String)).toEqual(['https://a.example/x', 'http://b.example/']);
    expect(errorOf(() => inputs({ u: 'ftp://x' }).urls('u', ['http:', 'https:']))).toBe(
      "Input 'u' must hold http or https URLs; got 'ftp://x'.",
    );
    expect(errorOf(() => inputs({ u: 'not a url' }).urls('u', ['https:']))).toBe(
      "Input 'u' must hold absolute URLs such as https://example.com/health; got 'not a url'.",
    );
  });

  it('validates glob patterns', () => {
    expect(inputs({ g: '**/*.xml\n!**/node_modules/**' }).globs('g')).toEqual([
      '**/*.xml',
      '!**/node_modules/**',
    ]);
    expect(errorOf(() => inputs({ g: '!' }).globs('g'))).toBe(
      "Input 'g' must hold glob patterns such as **/report.xml; got '!'.",
    );
    expect(errorOf(() => inputs({ g: 'a/{b,c' }).globs('g'))).toBe(
      "Input 'g' has a pattern with unbalanced [ ] or { }; got 'a/{b,c'.",
    );
  });

  it('registers secrets when read and never echoes them', () => {
    const masked: string[] = [];
    const redactor = new Redactor((s) => masked.push(s));
    expect(inputs({ token: 'xoxb-123-secret' }, redactor).secret('token')).toBe('xoxb-123-secret');
    expect(masked).toEqual(['xoxb-123-secret']);
    expect(errorOf(() => inputs({}, redactor).secret('token'))).toBe(
      "Input 'token' is required and was empty.",
    );
  });

  it('shortens long values and flattens newlines in messages', () => {
    const message = errorOf(() => inputs({ n: `${'x'.repeat(100)}\ny` }).integer('n', 1));
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(140);
  });

  it('remembers which inputs were read', () => {
    const reader = inputs({ a: '1' });
    reader.optionalString('a');
    reader.boolean('b', true);
    expect([...reader.read]).toEqual(['a', 'b']);
  });
});
