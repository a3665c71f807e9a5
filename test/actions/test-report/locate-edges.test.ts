/**
 * Where a failure is annotated, at its edges: the deepest repository frame of a Python or JS traceback, the
 * report's own file and line (pytest's 0-based line made 1-based, others as given), the module named by the
 * classname, and never a file the repository does not have.
 */
import { describe, expect, it } from 'vitest';
import { locate } from '../../../actions/test-report/src/locate.js';

const WS = '/home/runner/work/app/app';
const repo = new Set([
  'tests/test_api.py',
  'app/api.py',
  'src/a.test.ts',
  'src/lib.mts',
  'pkg/mod.py',
  'pkg/mod/sub.py',
  'C.py',
]);
const isRepoFile = (p: string): boolean => repo.has(p);
const where = (test: { details?: string; file?: string; line?: number; classname?: string }) =>
  locate(
    { details: test.details, file: test.file, line: test.line, classname: test.classname ?? '' },
    isRepoFile,
    WS,
  );

describe('a traceback, more edges', () => {
  it('takes only frames that start a line, not a path:line quoted inside the failure', () => {
    const details = [
      'tests/test_api.py:12: in test_get',
      '    note: see app/api.py:40: for why',
      'E   AssertionError',
    ].join('\n');
    expect(where({ details })).toEqual({ file: 'tests/test_api.py', line: 12 });
  });
});

describe('a traceback', () => {
  it("takes pytest's deepest frame inside the repository, skipping site-packages", () => {
    const details = [
      'tests/test_api.py:12: in test_get',
      '    client.get("/")',
      'app/api.py:40: in get',
      '    raise ValueError',
      '/usr/lib/python3/dist-packages/x.py:99: ValueError',
    ].join('\n');
    expect(where({ details })).toEqual({ file: 'app/api.py', line: 40 });
  });

  it('reads indented frames and absolute paths under the workspace', () => {
    expect(where({ details: `  ${WS}/tests/test_api.py:123: AssertionError` })).toEqual({
      file: 'tests/test_api.py',
      line: 123,
    });
  });

  it('takes a JS stack frame, with or without parentheses, and .mts files', () => {
    expect(where({ details: 'Error: x\n    at Object.<anonymous> (src/a.test.ts:12:5)' })).toEqual({
      file: 'src/a.test.ts',
      line: 12,
    });
    expect(where({ details: `Error: x\n    at ${WS}/src/lib.mts:7:19` })).toEqual({
      file: 'src/lib.mts',
      line: 7,
    });
  });

  it('needs a column in a JS frame, and a colon after the line in a Python one', () => {
    expect(where({ details: 'at (src/a.test.ts:12)' })).toBeUndefined();
    expect(where({ details: 'tests/test_api.py:12 something' })).toBeUndefined();
  });

  it('reads multi-digit lines whole', () => {
    expect(where({ details: 'tests/test_api.py:1234: E' })).toEqual({
      file: 'tests/test_api.py',
      line: 1234,
    });
    expect(where({ details: '(src/a.test.ts:1234:56)' })).toEqual({ file: 'src/a.test.ts', line: 1234 });
  });
});

describe("the report's own file and line", () => {
  it("makes pytest's 0-based line 1-based for a Python file, and keeps others' as given", () => {
    expect(where({ file: 'tests/test_api.py', line: 9 })).toEqual({ file: 'tests/test_api.py', line: 10 });
    expect(where({ file: 'src/a.test.ts', line: 9 })).toEqual({ file: 'src/a.test.ts', line: 9 });
    expect(where({ file: 'tests/test_api.py' })).toEqual({ file: 'tests/test_api.py', line: undefined });
  });

  it('comes after the frames, and is skipped when the repository does not have it', () => {
    expect(where({ details: 'app/api.py:40: E', file: 'tests/test_api.py', line: 1 })).toEqual({
      file: 'app/api.py',
      line: 40,
    });
    expect(where({ file: 'elsewhere.py', line: 1, classname: 'pkg.mod' })).toEqual({
      file: 'pkg/mod.py',
      line: undefined,
    });
  });
});

describe('the classname', () => {
  it('names the longest module the repository has', () => {
    expect(where({ classname: 'pkg.mod.sub.TestX' })).toEqual({ file: 'pkg/mod/sub.py', line: undefined });
    expect(where({ classname: 'pkg.mod.TestX' })).toEqual({ file: 'pkg/mod.py', line: undefined });
    expect(where({ classname: 'C' })).toEqual({ file: 'C.py', line: undefined });
  });

  it('ignores empty parts, and finds nothing for an unknown module or no classname', () => {
    expect(where({ classname: '.pkg..mod.' })).toEqual({ file: 'pkg/mod.py', line: undefined });
    expect(where({ classname: 'nothere.Test' })).toBeUndefined();
    expect(where({})).toBeUndefined();
  });
});
