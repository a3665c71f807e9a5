/**
 * coverage-gate's small modules at their edges: the changed lines of a real git diff (names git quotes,
 * deletions, new and removed files, a missing or unrelated base), the commit a patch is measured against,
 * percentages as written in inputs and codecov.yml, the badge's colours and shapes, the inputs over the
 * config's statuses, and a base read from an earlier run's summary.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { badgeColor, badgeEndpoint, badgeSvg } from '../../../actions/coverage-gate/src/badge.js';
import { baseFromCoverage, baseFromSummary, isSummaryJson } from '../../../actions/coverage-gate/src/base.js';
import { changedLines, type Git, patchBaseOf } from '../../../actions/coverage-gate/src/changes.js';
import {
  defaultStatus,
  type GateConfig,
  type StatusRule,
} from '../../../actions/coverage-gate/src/codecov-config.js';
import { parseUnifiedDiff } from '../../../actions/coverage-gate/src/diff.js';
import { Arena, type Coverage, FileCoverage } from '../../../actions/coverage-gate/src/model.js';
import { applyOverrides, type Overrides } from '../../../actions/coverage-gate/src/overrides.js';
import { parsePercent } from '../../../actions/coverage-gate/src/percent.js';
import { ConfigurationError } from '../../../shared/errors.js';
import { commitAll, git, initRepo } from '../../harness/git.js';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'runway-cg-diff-'));
  scratch.push(dir);
  return dir;
}

const run = promisify(execFile);
/** The Git the action is given: real git in `cwd`, never throwing, as shared/exec gives it. */
const realGit =
  (cwd: string): Git =>
  async (args) => {
    try {
      const { stdout, stderr } = await run('git', [...args], {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: cwd },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof e.code === 'number' ? e.code : 1,
        stdout: e.stdout ?? '',
        stderr: e.stderr ?? '',
      };
    }
  };

const lines = (changed: Map<string, Set<number>>): [string, number[]][] =>
  [...changed]
    .map(([file, set]): [string, number[]] => [file, [...set].sort((a, b) => a - b)])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

const numbered = (n: number, tag = ''): string =>
  Array.from({ length: n }, (_, i) => `line ${i + 1}${tag}\n`).join('');

describe('the changed lines of a real git diff', () => {
  it('names files as they are, whatever git quotes, and counts only added or modified lines', async () => {
    const dir = folder();
    const names = [
      'plain.py',
      'café.py',
      'with space.py',
      'quote".py',
      'back\\slash.py',
      'tab\there.py',
      '日本.py',
    ];
    for (const name of names) writeFileSync(path.join(dir, name), numbered(10));
    writeFileSync(path.join(dir, 'removed.py'), numbered(3));
    writeFileSync(path.join(dir, 'shrunk.py'), numbered(10));
    const base = initRepo(dir);
    for (const name of names)
      writeFileSync(path.join(dir, name), numbered(10).replace('line 4\n', 'line 4 changed\n'));
    writeFileSync(path.join(dir, 'plain.py'), `${numbered(10)}line 11\nline 12\n`);
    unlinkSync(path.join(dir, 'removed.py'));
    writeFileSync(path.join(dir, 'shrunk.py'), numbered(10).replace('line 5\nline 6\n', ''));
    writeFileSync(path.join(dir, 'added.py'), numbered(2));
    commitAll(dir, 'change');
    // git really quotes them (core.quotePath is on by default).
    expect(git(dir, 'diff', '--name-only', `${base}...HEAD`)).toContain('"caf\\303\\251.py"');
    const changed = await changedLines(realGit(dir), base);
    expect(lines(changed)).toEqual([
      ['added.py', [1, 2]],
      ['back\\slash.py', [4]],
      ['café.py', [4]],
      ['plain.py', [11, 12]],
      ['quote".py', [4]],
      ['tab\there.py', [4]],
      ['with space.py', [4]],
      ['日本.py', [4]],
    ]);
  });

  it('refuses a base that is not a commit or a ref before running git, naming it', async () => {
    const calls: string[][] = [];
    const spy: Git = (args) => {
      calls.push([...args]);
      return Promise.resolve({ code: 0, stdout: '', stderr: '' });
    };
    for (const bad of ['-x', 'a b', '$(id)', 'main;rm', '', 'x'.repeat(200) + ' y']) {
      await expect(changedLines(spy, bad)).rejects.toThrow(
        new ConfigurationError(
          `Input 'patch-base' must be a commit or a ref; got ${JSON.stringify(bad).slice(0, 80)}.`,
        ),
      );
    }
    expect(calls).toEqual([]);
    for (const good of [
      'main',
      'origin/main',
      'v1.2.3',
      'HEAD~3',
      'HEAD^',
      'main@{1}',
      'a-b_c',
      'ab12cd34',
    ]) {
      await changedLines(spy, good);
    }
    expect(calls.filter((c) => c[0] === 'diff').map((c) => c.at(-1))).toEqual([
      'main...HEAD',
      'origin/main...HEAD',
      'v1.2.3...HEAD',
      'HEAD~3...HEAD',
      'HEAD^...HEAD',
      'main@{1}...HEAD',
      'a-b_c...HEAD',
      'ab12cd34...HEAD',
    ]);
    expect(calls[1]).toEqual([
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      'main...HEAD',
    ]);
    expect(calls[0]).toEqual(['cat-file', '-e', 'main^{commit}']);
  });

  it('says how to fetch a base the clone does not have, and whether the clone is shallow', async () => {
    const origin = folder();
    writeFileSync(path.join(origin, 'a.py'), numbered(3));
    const first = initRepo(origin);
    writeFileSync(path.join(origin, 'a.py'), numbered(4));
    commitAll(origin, 'second');
    const full = realGit(origin);
    const missing = 'f'.repeat(40);
    await expect(changedLines(full, missing)).rejects.toThrow(
      `Patch coverage needs the base commit ${missing}, which is not in this clone: use actions/checkout with fetch-depth: 0, or set 'patch-base'.`,
    );
    const shallow = path.join(folder(), 'shallow');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, shallow);
    await expect(changedLines(realGit(shallow), first)).rejects.toThrow(
      `Patch coverage needs the base commit ${first}, which is not in this clone (a shallow clone): use actions/checkout with fetch-depth: 0, or set 'patch-base'.`,
    );
  });

  it("quotes git's first line when the diff itself fails (histories with no common commit)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.py'), 'a\n');
    initRepo(dir);
    git(dir, 'checkout', '-q', '--orphan', 'other');
    writeFileSync(path.join(dir, 'a.py'), 'b\n');
    const unrelated = commitAll(dir, 'unrelated');
    git(dir, 'checkout', '-q', 'main');
    const error = (await changedLines(realGit(dir), unrelated).then(
      () => undefined,
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(new RegExp(`^git diff ${unrelated}\\.\\.\\.HEAD failed: .*merge base`));
    expect(error.message).not.toContain('\n');
  });
});

describe('parseUnifiedDiff', () => {
  it('reads hunks without a count as one line, and a count of 0 as none', () => {
    const diff = ['+++ b/a.py', '@@ -3 +3 @@', '@@ -7,2 +6,0 @@', '@@ -9,0 +9,3 @@ def f():', ''].join('\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual([['a.py', [3, 9, 10, 11]]]);
  });

  it('reads counts of any number of digits, on both sides', () => {
    const diff = ['+++ b/a.py', '@@ -100,10 +120,12 @@', ''].join('\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual([['a.py', Array.from({ length: 12 }, (_, i) => 120 + i)]]);
  });

  it('ignores hunks before any file, and those of a deleted file', () => {
    const diff = ['@@ -1 +1 @@', '+++ /dev/null', '@@ -1,3 +0,0 @@', '+++ b/kept.py', '@@ -1 +1,2 @@'].join(
      '\n',
    );
    expect(lines(parseUnifiedDiff(diff))).toEqual([['kept.py', [1, 2]]]);
  });

  it('takes b/ off the front only, once', () => {
    const diff = ['+++ b/b/x.py', '@@ -1 +1 @@', '+++ lib/b/y.py', '@@ -1 +1 @@'].join('\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual([
      ['b/x.py', [1]],
      ['lib/b/y.py', [1]],
    ]);
  });

  it('decodes every escape git writes in a quoted name', () => {
    const diff = ['+++ "b/\\a\\b\\t\\n\\v\\f\\r\\"\\\\\\303\\251\\x"', '@@ -1 +1 @@'].join('\n');
    expect([...parseUnifiedDiff(diff).keys()]).toEqual(['\u0007\b\t\n\v\f\r"\\éx']);
  });

  it('keeps a hunk line that only looks like a header inside a file', () => {
    const diff = ['+++ b/a.py', '@@ -1 +1 @@', '+@@ -1 +5 @@', ' @@ -1 +7 @@'].join('\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual([['a.py', [1]]]);
  });
});

describe('the commit a patch is measured against', () => {
  it.each([
    [
      'the input, before anything in the event',
      'v1',
      { pull_request: { base: { sha: 'abc' } }, before: 'def' },
      'v1',
    ],
    ['the pull request base', undefined, { pull_request: { base: { sha: 'abc' } }, before: 'def' }, 'abc'],
    [
      "the push's before when the PR base is empty",
      undefined,
      { pull_request: { base: { sha: '' } }, before: 'def' },
      'def',
    ],
    [
      "the push's before when the PR base is not text",
      undefined,
      { pull_request: { base: { sha: 7 } }, before: 'def' },
      'def',
    ],
    ['none for a new branch (all zeros)', undefined, { before: '0000000' }, undefined],
    ['a before with zeros in it', undefined, { before: '00a0' }, '00a0'],
    ['none for an empty before', undefined, { before: '' }, undefined],
    ['none for a before that is not text', undefined, { before: 123 }, undefined],
    ['none for a pull request without a base', undefined, { pull_request: {} }, undefined],
  ])('%s', (_what, input, event, expected) => {
    expect(patchBaseOf(input, event)).toBe(expected);
  });
});

describe('percentages', () => {
  it.each([
    ['80', 80],
    ['80%', 80],
    [' 80.5% ', 80.5],
    ['0', 0],
    ['0%', 0],
    ['100', 100],
    ['100.0%', 100],
    ['007', 7],
    [80, 80],
    [99.99, 99.99],
  ])('reads %j as %d', (value, expected) => {
    expect(parsePercent(value, 'target', false)).toBe(expected);
  });

  it.each([
    '100.01',
    '101%',
    '-1',
    '80 %',
    '.5',
    '80.',
    '80%%',
    'eighty',
    '',
    'auto',
    '1e2',
    ' ',
    'x80',
    '80x',
  ])('refuses %j, naming the input', (value) => {
    expect(() => parsePercent(value, "Input 'target'", false)).toThrow(
      new ConfigurationError(`Input 'target' must be a percentage such as 80% or 80; got '${value}'.`),
    );
  });

  it.each([
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[80], '80'],
    [{ v: 80 }, '[object Object]'],
    [-5, '-5'],
    [1e21, '1e+21'],
    [Number.NaN, 'NaN'],
  ])('refuses the value %j', (value, shown) => {
    expect(() => parsePercent(value, 'coverage.status.project.target', false)).toThrow(
      `coverage.status.project.target must be a percentage such as 80% or 80; got '${shown}'.`,
    );
  });

  it('takes auto only where it is allowed, and says so', () => {
    expect(parsePercent('auto', 'target', true)).toBe('auto');
    expect(() => parsePercent('auto', 'target', false)).toThrow(
      "target must be a percentage such as 80% or 80; got 'auto'.",
    );
    expect(() => parsePercent('AUTO', 'target', true)).toThrow(
      "target must be a percentage such as 80% or 80, or auto; got 'AUTO'.",
    );
  });
});

describe('the badge', () => {
  it.each([
    [undefined, '#9f9f9f'],
    [59.99, '#e05d44'],
    [60, '#e05d44'],
    [60.01, 'hsl(0, 70%, 42%)'],
    [70, 'hsl(40, 70%, 42%)'],
    [75, 'hsl(60, 70%, 42%)'],
    [89.99, 'hsl(120, 70%, 42%)'],
    [90, '#4c1'],
    [100, '#4c1'],
  ])('colours %s in the range 60..90 %s', (value, colour) => {
    expect(badgeColor(value, [60, 90])).toBe(colour);
  });

  it('is wide enough for its words, escapes them, and colours the right half', () => {
    const svg = badgeSvg(85.5, [70, 100], 'cov <&> "x"');
    // 6.5 px per character and 10 of padding, each half.
    const left = Math.round('cov <&> "x"'.length * 6.5 + 10);
    const right = Math.round('85.5%'.length * 6.5 + 10);
    expect(svg).toContain(
      `width="${left + right}" height="20" role="img" aria-label="cov &lt;&amp;&gt; &quot;x&quot;: 85.5%"`,
    );
    expect(svg).toContain(`<title>cov &lt;&amp;&gt; &quot;x&quot;: 85.5%</title>`);
    expect(svg).toContain(
      `<rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="hsl(62, 70%, 42%)"/>`,
    );
    expect(svg).toContain(
      `<text x="${left / 2}" y="14">cov &lt;&amp;&gt; &quot;x&quot;</text><text x="${left + right / 2}" y="14">85.5%</text>`,
    );
    expect(svg).not.toContain('<&>');
  });

  it('says unknown in grey without a value, with the default label', () => {
    const svg = badgeSvg(undefined, [70, 100]);
    expect(svg).toContain('aria-label="coverage: unknown"');
    expect(svg).toContain('fill="#9f9f9f"');
  });

  it('is a shields.io endpoint too, with the colour without its #', () => {
    expect(JSON.parse(badgeEndpoint(85.5, [70, 100]))).toEqual({
      schemaVersion: 1,
      label: 'coverage',
      message: '85.5%',
      color: 'hsl(62, 70%, 42%)',
    });
    expect(badgeEndpoint(undefined, [70, 100], 'tests')).toBe(
      '{"schemaVersion":1,"label":"tests","message":"unknown","color":"9f9f9f"}\n',
    );
    expect((JSON.parse(badgeEndpoint(100, [70, 100])) as { color: string }).color).toBe('4c1');
  });
});

describe('the inputs over the config', () => {
  const rule = (over: Partial<StatusRule>): StatusRule => ({
    ...defaultStatus('project'),
    target: 80,
    threshold: 1,
    ...over,
  });
  const config = (statuses: StatusRule[]): GateConfig =>
    ({
      statuses,
      ignore: ['tests/'],
      precision: 2,
      round: 'down',
      range: [60, 100],
      flags: {},
    }) as unknown as GateConfig;
  const none: Overrides = {
    target: undefined,
    threshold: undefined,
    patchTarget: undefined,
    patchThreshold: undefined,
    informational: undefined,
    ignore: [],
  };

  it('changes nothing when no input is given', () => {
    const statuses = [rule({}), rule({ kind: 'patch', name: 'p', informational: true })];
    const out = applyOverrides(config(statuses), none);
    expect(out.statuses).toEqual(statuses);
    expect(out.ignore).toEqual(['tests/']);
  });

  it('sets the target and threshold of every status of its kind only', () => {
    const out = applyOverrides(
      config([rule({ name: 'a' }), rule({ name: 'b' }), rule({ kind: 'patch', name: 'p' })]),
      {
        ...none,
        target: 90,
        threshold: 0,
      },
    );
    expect(out.statuses.map((s) => [s.name, s.target, s.threshold])).toEqual([
      ['a', 90, 0],
      ['b', 90, 0],
      ['p', 80, 1],
    ]);
    const patch = applyOverrides(config([rule({ name: 'a' }), rule({ kind: 'patch', name: 'p' })]), {
      ...none,
      patchTarget: 'auto',
      patchThreshold: 5,
    });
    expect(patch.statuses.map((s) => [s.name, s.target, s.threshold])).toEqual([
      ['a', 80, 1],
      ['p', 'auto', 5],
    ]);
  });

  it('sets informational on every status, either way', () => {
    const statuses = [rule({ informational: true }), rule({ kind: 'patch', informational: false })];
    expect(
      applyOverrides(config(statuses), { ...none, informational: false }).statuses.map(
        (s) => s.informational,
      ),
    ).toEqual([false, false]);
    expect(
      applyOverrides(config(statuses), { ...none, informational: true }).statuses.map((s) => s.informational),
    ).toEqual([true, true]);
  });

  it('brings back the default status of a kind the config turned off, when its target is given', () => {
    const out = applyOverrides(config([rule({ kind: 'patch', name: 'p' })]), { ...none, target: 75 });
    expect(
      out.statuses.map((s) => [s.kind, s.name, s.target, s.threshold, s.informational, s.ifNotFound]),
    ).toEqual([
      ['patch', 'p', 80, 1, false, 'success'],
      ['project', 'default', 75, 0, false, 'success'],
    ]);
    // A threshold alone does not.
    expect(applyOverrides(config([]), { ...none, threshold: 2, patchThreshold: 2 }).statuses).toEqual([]);
    const both = applyOverrides(config([]), { ...none, patchTarget: 60 });
    expect(both.statuses).toEqual([
      {
        kind: 'patch',
        name: 'default',
        target: 60,
        threshold: 0,
        informational: false,
        ifNotFound: 'success',
        paths: [],
        flags: [],
        onlyPulls: false,
        branches: undefined,
      },
    ]);
  });

  it("adds the input's ignore to the config's, keeping the config's", () => {
    expect(applyOverrides(config([]), { ...none, ignore: ['docs/', '**/gen_*.py'] }).ignore).toEqual([
      'tests/',
      'docs/',
      '**/gen_*.py',
    ]);
  });
});

describe('a base from an earlier summary', () => {
  const summary = (files: unknown, over: Record<string, unknown> = {}): Record<string, unknown> => ({
    version: 1,
    metric: 'lines',
    files,
    ...over,
  });
  const totals = (linesValid: number, linesCovered: number, branchesValid = 0, branchesCovered = 0) => ({
    linesValid,
    linesCovered,
    branchesValid,
    branchesCovered,
  });

  it.each([
    ['a summary', summary({}), true],
    ['a combined summary', summary({}, { metric: 'combined' }), true],
    ['another version', summary({}, { version: 2 }), false],
    ['a version as text', summary({}, { version: '1' }), false],
    ['another metric', summary({}, { metric: 'branches' }), false],
    ['files as a list', summary([]), false],
    ['files null', summary(null), false],
    ["coverage.py's JSON", { meta: { version: '7.4' }, files: {}, totals: {} }, false],
    ['a list', [summary({})], false],
    ['null', null, false],
  ])('%s is a summary: %s', (_what, doc, expected) => {
    expect(isSummaryJson(doc)).toBe(expected);
  });

  it('adds up its files in this run’s metric', () => {
    const doc = summary({ 'a.py': totals(10, 5, 4, 1), 'b.py': totals(10, 10, 0, 0) });
    expect(baseFromSummary(doc, 's.json', 'lines')).toEqual({
      coverage: 75,
      files: { 'a.py': totals(10, 5, 4, 1), 'b.py': totals(10, 10, 0, 0) },
    });
    // Combined: (15 + 1) / (20 + 4) covered.
    expect(baseFromSummary(doc, 's.json', 'combined').coverage).toBeCloseTo((16 / 24) * 100, 10);
    expect(baseFromSummary(summary({}), 's.json', 'lines')).toEqual({ coverage: undefined, files: {} });
  });

  it.each([
    ['a negative count', { linesValid: -1, linesCovered: 0, branchesValid: 0, branchesCovered: 0 }],
    ['a fraction', { linesValid: 1.5, linesCovered: 0, branchesValid: 0, branchesCovered: 0 }],
    ['a count as text', { linesValid: '1', linesCovered: 0, branchesValid: 0, branchesCovered: 0 }],
    ['no linesCovered', { linesValid: 1, branchesValid: 0, branchesCovered: 0 }],
    ['no branchesValid', { linesValid: 1, linesCovered: 0, branchesCovered: 0 }],
    ['no branchesCovered', { linesValid: 1, linesCovered: 0, branchesValid: 0 }],
    ['a list', [1, 1, 0, 0]],
    ['null', null],
  ])('refuses totals with %s, naming the file and the path', (_what, raw) => {
    expect(() =>
      baseFromSummary(summary({ 'ok.py': totals(1, 1), 'bad "x".py': raw }), 'base.json', 'lines'),
    ).toThrow(
      new ConfigurationError(`Input 'base': base.json has totals for "bad \\"x\\".py" that are not counts.`),
    );
  });

  it('takes zero counts', () => {
    expect(baseFromSummary(summary({ 'a.py': totals(0, 0) }), 's.json', 'lines').files['a.py']).toEqual(
      totals(0, 0),
    );
  });

  it('cuts a long path to 100 characters in the message', () => {
    const name = 'p'.repeat(300);
    expect(() => baseFromSummary(summary({ [name]: null }), 'b.json', 'lines')).toThrow(
      `Input 'base': b.json has totals for ${JSON.stringify(name).slice(0, 100)} that are not counts.`,
    );
  });

  it("reads a report's coverage per file", () => {
    const file = new FileCoverage(new Arena());
    file.add(1, 1);
    file.add(2, 0);
    file.countBranches(1, 2, 1);
    const coverage: Coverage = new Map([['a.py', file]]);
    const base = baseFromCoverage(coverage, 'lines');
    expect(base.coverage).toBe(50);
    expect(base.files['a.py']).toEqual(totals(2, 1, 2, 1));
  });
});
