/**
 * Codecov's path patterns at their edges: which kind a pattern is, how a glob becomes a regular expression
 * (Python fnmatch's translation, as Codecov's is), prefixes, `!` and `./`, and how `paths` and `ignore`
 * lists combine inclusions and exclusions.
 */
import { describe, expect, it } from 'vitest';
import {
  globToRegex,
  ignoreFilter,
  pathFilter,
  pathPattern,
  pathPatternProblem,
  patternKind,
} from '../../../actions/coverage-gate/src/codecov-paths.js';

describe('the kind of a pattern', () => {
  it.each([
    ['src/app', 'path_prefix'],
    ['src/app.py', 'path_prefix'],
    ['src/**', 'glob'],
    ['**/test_*.py', 'glob'],
    ['src/*.py', 'glob'],
    ['*.py', 'glob'],
    ['test_*', 'glob'],
    ['.*\\.py$', 'regex'],
    ['tests/.*', 'regex'],
    ['[a-z]*\\.py', 'regex'],
    ['src/[ab]\\.py', 'regex'],
    ['app$', 'regex'],
    ['[', 'glob'],
    ['a]', 'regex'],
    // `**` or `/*` makes a glob even where a regular expression would compile.
    ['a/.*/b/*', 'glob'],
    ['src/.*/**', 'glob'],
  ])('%s is a %s', (pattern, kind) => {
    expect(patternKind(pattern)).toBe(kind);
  });
});

describe('a glob as a regular expression', () => {
  it.each([
    ['**', '^(?:.*)$'],
    ['*', '^(?:[^/]*)$'],
    ['a?c', '^(?:a.c)$'],
    ['[!ab]', '^(?:[^ab])$'],
    ['[a]', '^(?:[a])$'],
    ['[!a]', '^(?:[^a])$'],
    ['[^ab]', '^(?:[\\^ab])$'],
    ['[]a]', '^(?:[]a])$'],
    ['[!]a]', '^(?:[^]a])$'],
    ['[a\\b]', '^(?:[a\\\\b])$'],
    ['a[b', '^(?:a\\[b)$'],
    ['src/a.b-c', '^(?:src\\/a\\.b\\-c)$'],
    ['(x)+{1}|$', '^(?:\\(x\\)\\+\\{1\\}\\|\\$)$'],
  ])('%s is %s', (glob, regex) => {
    expect(globToRegex(glob)).toBe(regex);
  });

  it.each([
    ['**/test_*.py', 'tests/unit/test_a.py', true],
    ['**/test_*.py', 'test_a.py', false],
    ['src/*.py', 'src/a.py', true],
    ['src/*.py', 'src/sub/a.py', false],
    ['src/**', 'src/sub/a.py', true],
    ['*.py', 'a.py', true],
    ['*.py', 'dir/a.py', false],
    ['**/gen_?.py', 'x/gen_1.py', true],
    ['**/gen_?.py', 'x/gen_12.py', false],
    ['**/[!t]*.py', 'x/app.py', true],
    ['**/[!t]*.py', 'x/tool.py', false],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(pathPattern(glob).test(path)).toBe(expected);
  });
});

describe('one pattern', () => {
  it('matches a prefix from the start of the path only, anything after it', () => {
    const p = pathPattern('src/app');
    expect(['src/app/x.py', 'src/application.py', 'lib/src/app/x.py'].map(p.test)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('reads a prefix as a regular expression, as Codecov does', () => {
    expect(pathPattern('src/a.p').test('src/aXp')).toBe(true);
  });

  it('matches a regular expression from the start, across newlines in names', () => {
    const p = pathPattern('.*_pb2\\.py$');
    expect(['x/y_pb2.py', 'y_pb2.pyc', 'a\nb_pb2.py'].map(p.test)).toEqual([true, false, true]);
  });

  it.each([
    ['!tests/', true, 'tests/a.py'],
    ['!!tests/', true, 'tests/a.py'],
    ['./src/', false, 'src/a.py'],
    ['!./src/', true, 'src/a.py'],
  ])('%s is negative: %s, and matches %s', (pattern, negative, path) => {
    const p = pathPattern(pattern);
    expect(p.negative).toBe(negative);
    expect(p.test(path)).toBe(true);
  });

  it('takes ./ off only at the start', () => {
    expect(pathPattern('a/./b').test('a/./b/c.py')).toBe(true);
  });

  it('says when a pattern cannot work, and is quiet when it can', () => {
    expect(pathPatternProblem('src/(')).toBe('is not a path, glob or regular expression that works');
    expect(pathPatternProblem('src/')).toBeUndefined();
    expect(pathPatternProblem('[')).toBeUndefined();
  });
});

describe('lists of patterns', () => {
  const files = ['src/a.py', 'src/gen/b.py', 'tests/t.py', 'docs/d.md'];

  it.each([
    [[], files],
    [[''], files],
    [['src/'], ['src/a.py', 'src/gen/b.py']],
    [
      ['src/', 'tests/'],
      ['src/a.py', 'src/gen/b.py', 'tests/t.py'],
    ],
    [['!src/gen/'], ['src/a.py', 'tests/t.py', 'docs/d.md']],
    [['src/', '!src/gen/'], ['src/a.py']],
    [['!src/gen/', 'src/'], ['src/a.py']],
    [['!src/', '!tests/'], ['docs/d.md']],
  ])('paths %j keep %j', (patterns, expected) => {
    expect(files.filter(pathFilter(patterns))).toEqual(expected);
  });

  it.each([
    [[], []],
    [[''], []],
    [['src/'], ['src/a.py', 'src/gen/b.py']],
    [['src/', '!src/gen/'], ['src/a.py']],
    [['!src/gen/'], []],
    [
      ['**/*.md', 'tests/'],
      ['tests/t.py', 'docs/d.md'],
    ],
  ])('ignore %j leaves out %j', (patterns, expected) => {
    expect(files.filter(ignoreFilter(patterns))).toEqual(expected);
  });
});
