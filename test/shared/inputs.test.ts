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

// The checks at their edges: each case is a mistake a user makes, and each expectation the message they see
// (written against the mutants that survived the first mutation run of shared/inputs.ts).

describe('optionalBoolean', () => {
  it('is undefined when empty, true or false for the YAML words, an error otherwise', () => {
    expect(inputs({}).optionalBoolean('b')).toBeUndefined();
    expect(inputs({ b: 'True' }).optionalBoolean('b')).toBe(true);
    expect(inputs({ b: 'FALSE' }).optionalBoolean('b')).toBe(false);
    expect(errorOf(() => inputs({ b: 'yes' }).optionalBoolean('b'))).toBe(
      "Input 'b' must be true or false, or empty; got 'yes'.",
    );
  });
});

describe('a value quoted in a message', () => {
  it('shows newlines as \\n and control characters as spaces', () => {
    expect(errorOf(() => inputs({ b: 'a\r\nb\tc' }).boolean('b', true))).toBe(
      "Input 'b' must be true or false; got 'a\\nb c'.",
    );
  });

  it('is cut at 80 characters, not at 80 or fewer', () => {
    const eighty = 'x'.repeat(80);
    expect(errorOf(() => inputs({ b: eighty }).boolean('b', true))).toContain(`'${eighty}'`);
    expect(errorOf(() => inputs({ b: `${eighty}y` }).boolean('b', true))).toContain(`'${'x'.repeat(77)}...'`);
  });
});

describe('numbers at their edges', () => {
  it('a sign is allowed, other leading characters are not', () => {
    expect(inputs({ n: '+5' }).integer('n', 1)).toBe(5);
    expect(inputs({ n: '-5' }).integer('n', 1)).toBe(-5);
    expect(errorOf(() => inputs({ n: 'x5' }).integer('n', 1))).toBe(
      "Input 'n' must be a whole number; got 'x5'.",
    );
  });

  it('decimals: 1., .5 and 10.25 are numbers; 1.2.3, 5x, x5, . and .x are not', () => {
    expect(inputs({ f: '1.' }).number('f', 0)).toBe(1);
    expect(inputs({ f: '.5' }).number('f', 0)).toBe(0.5);
    expect(inputs({ f: '10.25' }).number('f', 0)).toBe(10.25);
    expect(inputs({ f: '-.5' }).number('f', 0)).toBe(-0.5);
    expect(inputs({ f: '5' }).number('f', 0)).toBe(5);
    expect(inputs({ f: '.25' }).number('f', 0)).toBe(0.25);
    for (const bad of ['1.2.3', '5x', 'x5', '.', '.x', '*5'])
      expect(
        errorOf(() => inputs({ f: bad }).number('f', 0)),
        bad,
      ).toBe(`Input 'f' must be a number; got '${bad}'.`);
  });

  it('an empty number is the fallback; a blank one too', () => {
    expect(inputs({}).number('f', 2.5)).toBe(2.5);
  });

  it('the bounds are inclusive: min and max pass, one step outside fails', () => {
    const at = (v: string): number => inputs({ n: v }).integer('n', 0, { min: 2, max: 4 });
    expect(at('2')).toBe(2);
    expect(at('4')).toBe(4);
    expect(errorOf(() => at('1'))).toBe("Input 'n' must be a whole number from 2 to 4; got '1'.");
    expect(errorOf(() => at('5'))).toBe("Input 'n' must be a whole number from 2 to 4; got '5'.");
    expect(errorOf(() => inputs({ n: '9' }).integer('n', 0, { max: 4 }))).toBe(
      "Input 'n' must be a whole number of at most 4; got '9'.",
    );
  });

  it('sizes are checked against their bounds in bytes, and an empty size is undefined', () => {
    expect(inputs({}).optionalSize('s')).toBeUndefined();
    expect(inputs({ s: '1KiB' }).optionalSize('s', { min: 1024 })).toBe(1024);
    expect(errorOf(() => inputs({ s: '1KiB' }).optionalSize('s', { min: 1025 }))).toBe(
      "Input 's' must be a size of at least 1025 bytes; got '1KiB'.",
    );
  });
});

describe('lists and URLs', () => {
  it('a required list of only comments is empty, and says so; an optional one is []', () => {
    expect(errorOf(() => inputs({ l: '# x\n\n' }).list('l', { required: true }))).toBe(
      "Input 'l' is required and was empty.",
    );
    expect(inputs({ l: '# x' }).list('l')).toEqual([]);
    expect(inputs({ l: 'a' }).list('l', { required: true })).toEqual(['a']);
  });

  it('names the allowed protocols without their colons', () => {
    expect(errorOf(() => inputs({ u: 'ftp://h/x' }).urls('u', ['http:', 'https:']))).toBe(
      "Input 'u' must hold http or https URLs; got 'ftp://h/x'.",
    );
  });

  it('refuses a user name alone, a password alone, and both; allows them when asked', () => {
    const message =
      "Input 'u' must not hold a user name or password in its URLs (send credentials in a header).";
    for (const url of ['https://user@h/', 'https://:secret@h/', 'https://user:secret@h/'])
      expect(
        errorOf(() => inputs({ u: url }).urls('u', ['https:'])),
        url,
      ).toBe(message);
    expect(
      inputs({ u: 'https://user:secret@h/' }).urls('u', ['https:'], { credentials: 'allowed' }),
    ).toHaveLength(1);
    expect(inputs({ u: 'https://h/' }).urls('u', ['https:'])[0]?.host).toBe('h');
  });
});

describe('glob patterns', () => {
  const globs = (value: string): string[] => inputs({ g: value }).globs('g');

  it('an exclusion is checked without its !, and must have a body', () => {
    expect(globs('**/*.xml\n!**/skip.xml')).toEqual(['**/*.xml', '!**/skip.xml']);
    expect(errorOf(() => globs('!'))).toBe(
      "Input 'g' must hold glob patterns such as **/report.xml; got '!'.",
    );
    expect(errorOf(() => globs('!../x.xml'))).toBe(
      "Input 'g' must match files inside the workspace (no '..' segments); got '!../x.xml'.",
    );
    // A ! anywhere but first is part of the pattern, not an exclusion.
    expect(globs('a!/x.xml')).toEqual(['a!/x.xml']);
  });

  it('refuses NUL characters', () => {
    expect(errorOf(() => globs('a\0b'))).toBe("Input 'g' must not contain NUL characters; got 'a b'.");
  });

  it('refuses .. in any segment, with either slash; a name with dots is fine', () => {
    for (const bad of ['../x', 'a/../x', 'a\\..\\x', 'a/..'])
      expect(
        errorOf(() => globs(bad)),
        bad,
      ).toContain("must match files inside the workspace (no '..' segments)");
    expect(globs('a/..b/x..y/c')).toEqual(['a/..b/x..y/c']);
  });

  it("allows a leading ./ but not a '.' segment later", () => {
    expect(globs('./reports/*.xml')).toEqual(['./reports/*.xml']);
    expect(errorOf(() => globs('a/./b'))).toBe(
      "Input 'g' must not hold a '.' segment after its start (write 'a/b', not 'a/./b'); got 'a/./b'.",
    );
    expect(errorOf(() => globs('a\\.\\b'))).toContain("must not hold a '.' segment");
  });

  it.each([
    ['a[bc].xml', true],
    ['a{b,c}.xml', true],
    ['a\\[b.xml', true],
    ['a\\{b.xml', true],
    ['a[b.xml', false],
    ['ab].xml', false],
    ['a{b.xml', false],
    ['ab}.xml', false],
    ['a]b[c', false],
    ['a}b{c', false],
    ['a[b]]', false],
    ['a{b}}', false],
  ])('%s is balanced: %s', (pattern, ok) => {
    if (ok) expect(globs(pattern)).toEqual([pattern]);
    else
      expect(errorOf(() => globs(pattern))).toBe(
        `Input 'g' has a pattern with unbalanced [ ] or { }; got '${pattern}'.`,
      );
  });
});

describe('secrets', () => {
  it('a secret input is added to the redactor', () => {
    const redactor = new Redactor();
    expect(inputs({ t: 'ghp_abcdefghijklmnop' }, redactor).secret('t')).toBe('ghp_abcdefghijklmnop');
    expect(redactor.redact('token ghp_abcdefghijklmnop')).not.toContain('ghp_abcdefghijklmnop');
  });
});
