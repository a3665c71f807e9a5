/** The parts main-gate.ts composes: the patch base, the base coverage, the workspace listing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseFromCoverage, baseFromSummary, isSummaryJson } from '../../../actions/coverage-gate/src/base.js';
import { changedLines, type Git, patchBaseOf } from '../../../actions/coverage-gate/src/changes.js';
import { Arena, FileCoverage } from '../../../actions/coverage-gate/src/model.js';
import { pathLookup, walkFiles } from '../../../actions/coverage-gate/src/workspace-files.js';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the patch base', () => {
  it('is the input, else the pull request’s base, else the push’s previous commit', () => {
    expect(patchBaseOf('v1.2', { pull_request: { base: { sha: 'abc' } } })).toBe('v1.2');
    expect(patchBaseOf(undefined, { pull_request: { base: { sha: 'abc' } }, before: 'def' })).toBe('abc');
    expect(patchBaseOf(undefined, { before: 'def' })).toBe('def');
    // A push that created the branch: no previous commit.
    expect(patchBaseOf(undefined, { before: '0000000000000000000000000000000000000000' })).toBeUndefined();
    expect(patchBaseOf(undefined, {})).toBeUndefined();
  });

  it('says how to fetch a base the clone lacks, and refuses an option for a ref', async () => {
    const calls: string[][] = [];
    const git: Git = (args) => {
      calls.push([...args]);
      if (args[0] === 'cat-file') return Promise.resolve({ code: 1, stdout: '', stderr: '' });
      return Promise.resolve({ code: 0, stdout: 'true\n', stderr: '' });
    };
    await expect(changedLines(git, 'abc123')).rejects.toThrow(
      'Patch coverage needs the base commit abc123, which is not in this clone (a shallow clone): use actions/checkout with fetch-depth: 0',
    );
    await expect(changedLines(git, '--output=/tmp/x')).rejects.toThrow(
      "Input 'patch-base' must be a commit or a ref",
    );
    expect(calls.every((c) => !c.some((a) => a.startsWith('--output')))).toBe(true);
  });

  it('reads the diff of base...HEAD', async () => {
    const git: Git = (args) =>
      Promise.resolve(
        args[0] === 'diff'
          ? {
              code: 0,
              stdout: 'diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1,2 @@\n',
              stderr: '',
            }
          : { code: 0, stdout: '', stderr: '' },
      );
    expect([...(await changedLines(git, 'main'))].map(([f, l]) => [f, [...l]])).toEqual([['a.py', [1, 2]]]);
  });
});

describe('the base coverage', () => {
  const totals = (linesValid: number, linesCovered: number, branchesValid = 0, branchesCovered = 0) => ({
    linesValid,
    linesCovered,
    branchesValid,
    branchesCovered,
  });

  it('tells its own summary JSON from coverage.py’s JSON', () => {
    expect(
      isSummaryJson({ version: 1, metric: 'lines', coverage: 80, totals: totals(1, 1), files: {} }),
    ).toBe(true);
    expect(isSummaryJson({ meta: { version: '7.6.0' }, files: {}, totals: {} })).toBe(false);
    expect(isSummaryJson({ version: 1, files: {} })).toBe(false);
  });

  it('recounts a summary in this run’s metric, from its files', () => {
    const doc = {
      version: 1,
      metric: 'lines',
      coverage: 50,
      totals: totals(10, 5, 10, 10),
      files: { 'a.py': totals(10, 5, 10, 10) },
    };
    expect(baseFromSummary(doc, 'base.json', 'combined')).toEqual({ coverage: 75, files: doc.files });
    expect(() =>
      baseFromSummary({ ...doc, files: { 'a.py': { linesValid: -1 } } }, 'base.json', 'lines'),
    ).toThrow('Input \'base\': base.json has totals for "a.py" that are not counts.');
  });

  it('takes a coverage report’s files as the base', () => {
    const f = new FileCoverage(new Arena());
    f.add(1, 1);
    f.add(2, 0);
    expect(baseFromCoverage(new Map([['a.py', f]]), 'lines')).toEqual({
      coverage: 50,
      files: { 'a.py': totals(2, 1) },
    });
  });
});

describe('the workspace listing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'runway-walk-'));
  scratch.push(dir);
  for (const folder of ['pkg/sub', 'node_modules/x', '.git'])
    mkdirSync(path.join(dir, folder), { recursive: true });
  for (const file of ['a.py', 'pkg/b.py', 'pkg/sub/c.py', 'node_modules/x/index.js', '.git/HEAD'])
    writeFileSync(path.join(dir, file), '');

  it('walks the folder, skipping node_modules and .git, and gives up past its bound', () => {
    expect(walkFiles(dir)?.sort()).toEqual(['a.py', 'pkg/b.py', 'pkg/sub/c.py']);
    expect(walkFiles(dir, 2)).toBeUndefined();
    // Exactly as many files as the bound is within it.
    expect(walkFiles(dir, 3)?.sort()).toEqual(['a.py', 'pkg/b.py', 'pkg/sub/c.py']);
    expect(walkFiles(path.join(dir, 'not-there'))).toBeUndefined();
  });

  it("uses git's list when there is one, the walk otherwise, and the file system past the bound", async () => {
    const fromGit = await pathLookup(dir, () => Promise.resolve(['only.py']));
    expect([fromGit.indexed, fromGit.lookup.exists('only.py'), fromGit.lookup.exists('a.py')]).toEqual([
      true,
      true,
      false,
    ]);
    const walked = await pathLookup(dir, () => Promise.resolve(undefined));
    expect(walked.lookup.bySuffix?.('sub/c.py')).toBe('pkg/sub/c.py');
    const checked = await pathLookup(dir, () => Promise.resolve(undefined), 1);
    expect([checked.indexed, checked.lookup.exists('pkg/b.py'), checked.lookup.exists('pkg')]).toEqual([
      false,
      true,
      false,
    ]);
  });
});
