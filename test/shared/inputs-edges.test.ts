/**
 * The input checks at their edges: each case is a mistake a user makes, and each expectation names the
 * message they see. (Written against the mutants that survived the first mutation run of shared/inputs.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { Inputs } from '../../shared/inputs.js';
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
