/**
 * Shards made into one coverage map, at the edges: which `<source>` root a Cobertura path is read under,
 * absolute runner paths, Windows separators, names no repository file has, a unique suffix and an ambiguous
 * one, ignored files counted once, and the same file written twice in one report.
 */
import { describe, expect, it } from 'vitest';
import { collect, type PathLookup } from '../../../actions/coverage-gate/src/collect.js';
import { Arena, FileCoverage, totalsOf } from '../../../actions/coverage-gate/src/model.js';
import type { ParsedCoverage } from '../../../actions/coverage-gate/src/parsers.js';
import { RepositoryIndex, SKIPPED_FOLDERS } from '../../../actions/coverage-gate/src/repository-index.js';

const WS = '/home/runner/work/app/app';
const lines = (...hits: number[]): FileCoverage => {
  const f = new FileCoverage(new Arena());
  hits.forEach((h, i) => f.add(i + 1, h));
  return f;
};
const report = (files: [string, FileCoverage][], sources: string[] = []): ParsedCoverage => ({
  format: 'cobertura',
  files: new Map(files),
  sources,
  declared: {
    linesValid: undefined,
    linesCovered: undefined,
    branchesValid: undefined,
    branchesCovered: undefined,
  },
});
const lookupOf = (index: RepositoryIndex): PathLookup => ({
  exists: (p) => index.has(p),
  bySuffix: (p) => index.bySuffix(p),
  hasName: (n) => index.hasName(n),
});
const keys = (reports: ParsedCoverage[], index: RepositoryIndex, ignore: string[] = []): string[] => [
  ...collect(reports, WS, lookupOf(index), ignore).coverage.keys(),
];

describe('report paths made repository paths', () => {
  const index = new RepositoryIndex([
    'src/app/api.py',
    'src/app/__init__.py',
    'tests/test_api.py',
    'backend/app/health.py',
    'a/util.py',
    'b/util.py',
  ]);

  it('reads a Cobertura path under the source root that has the file', () => {
    expect(keys([report([['app/api.py', lines(1)]], [`${WS}/lib`, `${WS}/src`])], index)).toEqual([
      'src/app/api.py',
    ]);
  });

  it('takes the first root when no root has the file', () => {
    expect(keys([report([['app/gone.py', lines(1)]], [`${WS}/src`, `${WS}/lib`])], index)).toEqual([
      'src/app/gone.py',
    ]);
  });

  it('reads Windows roots with backslashes', () => {
    expect(keys([report([['app/api.py', lines(1)]], ['D:\\a\\app\\app\\src'])], index)).toEqual([
      'src/app/api.py',
    ]);
  });

  it('ignores roots for an absolute path', () => {
    expect(keys([report([[`${WS}/tests/test_api.py`, lines(1)]], [`${WS}/src`])], index)).toEqual([
      'tests/test_api.py',
    ]);
  });

  it('ignores roots for an absolute path of a file no repository file has, too', () => {
    expect(keys([report([[`${WS}/pkg/new.py`, lines(1)]], [`${WS}/src`])], index)).toEqual(['pkg/new.py']);
  });

  it('finds a path written from a subfolder by its unique suffix', () => {
    expect(keys([report([['app/health.py', lines(1)]])], index)).toEqual(['backend/app/health.py']);
  });

  it('keeps an ambiguous suffix as written', () => {
    expect(keys([report([['util.py', lines(1)]])], index)).toEqual(['util.py']);
  });

  it('keeps a file whose name no repository file has as its likeliest path, without searching', () => {
    const calls: string[] = [];
    const lookup: PathLookup = {
      exists: (p) => {
        calls.push(p);
        return false;
      },
      hasName: () => false,
    };
    expect([...collect([report([['./pkg/new.py', lines(1)]])], WS, lookup, []).coverage.keys()]).toEqual([
      'pkg/new.py',
    ]);
    expect(calls).toEqual([]);
  });

  /** The lookup of `index`, recording what it was asked. */
  const recording = (asked: string[]): PathLookup => ({
    exists: (p) => index.has(p),
    bySuffix: (p) => {
      asked.push(`suffix ${p}`);
      return index.bySuffix(p);
    },
    hasName: (n) => {
      asked.push(`name ${n}`);
      return index.hasName(n);
    },
  });
  const resolved = (raw: string, sources: string[] = []): { file: string; asked: string[] } => {
    const asked: string[] = [];
    const [file = ''] = collect(
      [report([[raw, lines(1)]], sources)],
      WS,
      recording(asked),
      [],
    ).coverage.keys();
    return { file, asked };
  };

  it('reads Windows paths: the file name after the last backslash, the path with slashes', () => {
    expect(resolved('src\\app\\api.py')).toEqual({ file: 'src/app/api.py', asked: ['name api.py'] });
    expect(resolved('app\\health.py')).toEqual({
      file: 'backend/app/health.py',
      asked: ['name health.py', 'suffix app/health.py'],
    });
    expect(resolved('C:\\a\\app\\app\\src\\app\\api.py').file).toBe('src/app/api.py');
  });

  it('asks for no file name when the path does not end in one', () => {
    for (const raw of ['pkg/', 'pkg/..', '.']) {
      expect(resolved(raw)).toEqual({ file: raw, asked: [`suffix ${raw}`] });
    }
  });

  it('reads a path under a root from another machine, or a root relative to the repository', () => {
    expect(resolved('app/api.py', ['/elsewhere/src']).file).toBe('src/app/api.py');
    expect(resolved('app/health.py', ['backend']).file).toBe('backend/app/health.py');
  });

  it('needs only `exists` of a lookup: without a suffix search a path stays as the report wrote it', () => {
    const exists: PathLookup = { exists: (p) => index.has(p) };
    expect([...collect([report([['app/health.py', lines(1)]])], WS, exists, []).coverage.keys()]).toEqual([
      'app/health.py',
    ]);
    expect([...collect([report([['src/app/api.py', lines(1)]])], WS, exists, []).coverage.keys()]).toEqual([
      'src/app/api.py',
    ]);
  });

  it('drops a leading ./ and reads a report without roots as written', () => {
    expect(keys([report([['./src/app/api.py', lines(1)]])], index)).toEqual(['src/app/api.py']);
  });
});

describe('merging and ignoring', () => {
  const index = new RepositoryIndex(['src/a.py', 'tests/t.py', 'docs/conf.py']);

  it('merges one file from several reports, and one file written twice in a report', () => {
    const collected = collect(
      [
        report([
          ['src/a.py', lines(1, 0, 0)],
          ['./src/a.py', lines(0, 1, 0)],
        ]),
        report([['src/a.py', lines(0, 0, 1)]]),
      ],
      WS,
      lookupOf(index),
      [],
    );
    expect([...collected.coverage.keys()]).toEqual(['src/a.py']);
    expect(totalsOf(collected.coverage)).toEqual({
      linesValid: 3,
      linesCovered: 3,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });

  it('leaves out ignored files, counting each once across reports', () => {
    const collected = collect(
      [
        report([
          ['src/a.py', lines(1)],
          ['tests/t.py', lines(1)],
          ['docs/conf.py', lines(0)],
        ]),
        report([['tests/t.py', lines(1)]]),
      ],
      WS,
      lookupOf(index),
      ['tests/', 'docs/conf.py'],
    );
    expect([...collected.coverage.keys()]).toEqual(['src/a.py']);
    expect(collected.ignoredFiles).toBe(2);
  });

  it('applies ignore to the repository path, not the path as the report wrote it', () => {
    const collected = collect([report([['t.py', lines(1)]], [`${WS}/tests`])], WS, lookupOf(index), [
      'tests/',
    ]);
    expect(collected.coverage.size).toBe(0);
    expect(collected.ignoredFiles).toBe(1);
  });

  it('is empty from no reports', () => {
    expect(collect([], WS, lookupOf(index), [])).toEqual({ coverage: new Map(), ignoredFiles: 0 });
  });
});

describe('the repository index', () => {
  const index = new RepositoryIndex([
    'a.py',
    'pkg/a.py',
    'pkg/sub/b.py',
    'other/sub/b.py',
    'xb.py',
    'pkg/a.py',
  ]);

  it('knows its files and their names, each file once', () => {
    expect(index.size).toBe(5);
    expect([index.has('pkg/a.py'), index.has('a'), index.has('pkg')]).toEqual([true, false, false]);
    expect([index.hasName('b.py'), index.hasName('sub'), index.hasName('c.py')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('finds the one file a tail names, whole path segments only', () => {
    expect(index.bySuffix('pkg/sub/b.py')).toBe('pkg/sub/b.py');
    expect(index.bySuffix('other/sub/b.py')).toBe('other/sub/b.py');
    expect(index.bySuffix('sub/b.py')).toBeUndefined();
    expect(index.bySuffix('b.py')).toBeUndefined();
    expect(index.bySuffix('g/a.py')).toBeUndefined();
    expect(index.bySuffix('nothing.py')).toBeUndefined();
  });

  it('takes a file at the root as the one for its own name only when it is the only one', () => {
    expect(index.bySuffix('a.py')).toBeUndefined();
    expect(new RepositoryIndex(['a.py', 'ba.py']).bySuffix('a.py')).toBe('a.py');
  });

  it('skips dependency, environment and cache folders in a walk', () => {
    expect([...SKIPPED_FOLDERS].sort()).toEqual(
      [
        '.git',
        '.mypy_cache',
        '.nox',
        '.pytest_cache',
        '.tox',
        '.venv',
        '__pycache__',
        'node_modules',
        'site-packages',
        'venv',
      ].sort(),
    );
  });
});
