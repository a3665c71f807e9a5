import { describe, expect, it } from 'vitest';
import {
  artifactPatterns,
  artifactsNotes,
  baseArtifactRef,
  baseBranch,
  chooseBaseFile,
  matchArtifacts,
  pickBaseRun,
  type WorkflowRun,
} from '../../shared/artifact-names.js';
import { ConfigurationError } from '../../shared/errors.js';

const names = (list: string[]) => list.map((name) => ({ name }));

describe('artifact name patterns', () => {
  it.each([
    ['coverage-*', ['coverage-unit', 'coverage-'], ['coverage', 'xcoverage-unit', 'Coverage-unit']],
    ['junit-?', ['junit-1', 'junit-é', 'junit-😀'], ['junit-', 'junit-12']],
    ['a.b', ['a.b'], ['axb']],
    ['(x)+[y]{2}$^', ['(x)+[y]{2}$^'], ['xxy']],
    ['*', ['anything', ''], []],
  ])('%s matches whole names only', (pattern, yes, no) => {
    const [p] = artifactPatterns([pattern], 'artifacts');
    for (const n of yes) expect(p?.regex.test(n), n).toBe(true);
    for (const n of no) expect(p?.regex.test(n), n).toBe(false);
  });

  it.each(['a/b', 'a\\b', 'a:b', 'a"b', 'a<b', 'a>b', 'a|b', 'a\nb', 'a\tb', 'a\0b'])(
    'refuses %j, which no artifact name can hold',
    (item) => {
      expect(() => artifactPatterns([item], 'artifacts')).toThrow(ConfigurationError);
      expect(() => artifactPatterns([item], 'artifacts')).toThrow(
        /^Input 'artifacts' must hold artifact names/,
      );
    },
  );

  it('sorts artifacts into matched, and patterns into unmatched', () => {
    const patterns = artifactPatterns(['junit-*', 'scan', 'none-*'], 'artifacts');
    const { matched, unmatched } = matchArtifacts(names(['junit-a', 'scan', 'scan-2', 'junit-b']), patterns);
    expect(matched.map((a) => a.name)).toEqual(['junit-a', 'scan', 'junit-b']);
    expect(unmatched).toEqual(['none-*']);
    expect(matchArtifacts([], patterns)).toEqual({ matched: [], unmatched: ['junit-*', 'scan', 'none-*'] });
  });
});

describe('base artifact references', () => {
  it.each([
    ['coverage.xml', undefined],
    ['artifacts/coverage.xml', undefined],
    ['artifact:cov', { name: 'cov', inside: undefined }],
    ['artifact:cov/summary.json', { name: 'cov', inside: 'summary.json' }],
    ['artifact:cov/a/b.xml', { name: 'cov', inside: 'a/b.xml' }],
  ])('%s', (value, expected) => {
    expect(baseArtifactRef(value, 'base')).toEqual(expected);
  });

  it.each([
    ['artifact:', 'names no artifact'],
    ['artifact:/x', 'names no artifact'],
    ['artifact:co*v', 'has a character no artifact name can have'],
    ['artifact:co:v', 'has a character no artifact name can have'],
    ['artifact:cov/', "names its file with an empty, '.' or '..' segment"],
    ['artifact:cov/../x', "names its file with an empty, '.' or '..' segment"],
    ['artifact:cov/./x', "names its file with an empty, '.' or '..' segment"],
    ['artifact:cov/a//x', "names its file with an empty, '.' or '..' segment"],
    ['artifact:cov/a\\..\\x', "names its file with an empty, '.' or '..' segment"],
  ])('refuses %s', (value, why) => {
    expect(() => baseArtifactRef(value, 'base')).toThrow(
      `Input 'base' must be a path or artifact:<name>[/<file in it>]; '${value}' ${why}.`,
    );
  });
});

describe("the base branch's run", () => {
  const run = (id: number, extra: Partial<WorkflowRun> = {}): WorkflowRun => ({
    id,
    head_branch: 'main',
    event: 'push',
    conclusion: 'success',
    ...extra,
  });

  it('is the first (newest) successful run on the branch itself', () => {
    const runs = [
      run(9, { conclusion: 'failure' }),
      run(8, { event: 'pull_request' }),
      run(7, { event: 'pull_request_target' }),
      run(6, { head_branch: 'develop' }),
      run(5, { conclusion: null }),
      run(4, { event: 'schedule' }),
      run(3),
    ];
    expect(pickBaseRun(runs, 'main', undefined)?.id).toBe(4);
    expect(pickBaseRun(runs.slice(6), 'main', undefined)?.id).toBe(3);
    expect(pickBaseRun([run(3)], 'main', 3)).toBeUndefined();
    expect(pickBaseRun([run(3)], 'develop', undefined)).toBeUndefined();
    expect(pickBaseRun([], 'main', undefined)).toBeUndefined();
  });

  it("is the pull request's base branch, else the default branch", () => {
    expect(
      baseBranch({ pull_request: { base: { ref: 'release' } }, repository: { default_branch: 'main' } }),
    ).toBe('release');
    expect(baseBranch({ pull_request: { base: { ref: '' } }, repository: { default_branch: 'main' } })).toBe(
      'main',
    );
    expect(baseBranch({ repository: { default_branch: 'trunk' } })).toBe('trunk');
    expect(baseBranch({ repository: { default_branch: 7 } })).toBeUndefined();
    expect(baseBranch({})).toBeUndefined();
  });
});

describe('the file of a base artifact', () => {
  const ref = (inside?: string) => ({ name: 'cov', inside });

  it('is the named file, or the only one', () => {
    expect(chooseBaseFile(['a.json', 'b/c.xml'], ref('b/c.xml'), 'base')).toEqual({ file: 'b/c.xml' });
    expect(chooseBaseFile(['a.json', 'b/c.xml'], ref('b\\c.xml'), 'base')).toEqual({ file: 'b/c.xml' });
    expect(chooseBaseFile(['only.json'], ref(), 'base')).toEqual({ file: 'only.json' });
  });

  it('is missing (a notice) when the artifact holds none, or not the named one', () => {
    expect(chooseBaseFile([], ref(), 'base')).toEqual({ missing: "artifact 'cov' holds no file" });
    expect(chooseBaseFile(['a.json'], ref('b.json'), 'base')).toEqual({
      missing: "artifact 'cov' holds no file 'b.json'",
    });
  });

  it('is a mistake to leave unnamed among several, listing five of them', () => {
    const files = ['1', '2', '3', '4', '5'];
    expect(() => chooseBaseFile(files.slice(0, 2), ref(), 'base')).toThrow(
      "Input 'base': artifact 'cov' holds 2 files (1, 2); name one, as artifact:cov/<file>.",
    );
    expect(() => chooseBaseFile(files, ref(), 'base')).toThrow('holds 5 files (1, 2, 3, 4, 5);');
    expect(() => chooseBaseFile([...files, '6'], ref(), 'base')).toThrow('holds 6 files (1, 2, 3, 4, 5, …);');
  });
});

describe('what is said when artifacts gave no report', () => {
  it('names empty artifacts and unmatched patterns, with ten of the names the run has', () => {
    const available = Array.from({ length: 11 }, (_, i) => `a${i}`);
    expect(
      artifactsNotes(
        {
          read: [
            { name: 'x', wanted: 0 },
            { name: 'y', wanted: 1 },
          ],
          unmatched: ['z-*'],
          available,
        },
        'file matching **/*.xml',
      ),
    ).toEqual([
      "'x' holds no file matching **/*.xml",
      "'z-*' matched no artifact (it has a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, … (11))",
    ]);
    expect(artifactsNotes({ read: [], unmatched: ['z'], available: available.slice(0, 10) }, '.xml')).toEqual(
      ["'z' matched no artifact (it has a0, a1, a2, a3, a4, a5, a6, a7, a8, a9)"],
    );
    expect(artifactsNotes({ read: [], unmatched: ['z'], available: [] }, '.xml')).toEqual([
      "'z' matched no artifact (the run has none yet)",
    ]);
  });
});
