import { describe, expect, it } from 'vitest';
import { badgeColor, badgeSvg } from '../../../actions/coverage-gate/src/badge.js';
import {
  DEFAULT_CONFIG,
  parseCodecovYaml,
  roundCoverage,
} from '../../../actions/coverage-gate/src/codecov-config.js';
import { collect } from '../../../actions/coverage-gate/src/collect.js';
import { ignoreFilter } from '../../../actions/coverage-gate/src/codecov-paths.js';
import { RepositoryIndex } from '../../../actions/coverage-gate/src/repository-index.js';
import { parseUnifiedDiff } from '../../../actions/coverage-gate/src/diff.js';
import { gate, type RunContext } from '../../../actions/coverage-gate/src/gate.js';
import {
  Arena,
  type Coverage,
  FileCoverage,
  percent,
  totalsOf,
} from '../../../actions/coverage-gate/src/model.js';
import { detectFormat, type ParsedCoverage, readerFor } from '../../../actions/coverage-gate/src/parsers.js';
import { buildComment, COMMENT_LIMIT, ranges } from '../../../actions/coverage-gate/src/report.js';
import { fileRows } from '../../../actions/coverage-gate/src/gate.js';

function read(text: string, chunk = 5): ParsedCoverage {
  const format = detectFormat(text);
  if (format === undefined) throw new Error('unknown format');
  const reader = readerFor(format);
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  return reader.close();
}

const cobertura = (file: string, lines: string): string =>
  `<?xml version="1.0" ?><coverage><sources><source>/home/runner/work/app/app</source></sources><packages><package><classes><class filename="${file}"><methods><method><lines><line number="1" hits="0"/></lines></method></methods><lines>${lines}</lines></class></classes></package></packages></coverage>`;

describe('readers', () => {
  it('detects formats from content', () => {
    expect(detectFormat('\uFEFF<?xml version="1.0"?><coverage>')).toBe('cobertura');
    expect(detectFormat('TN:\nSF:a.py\n')).toBe('lcov');
    expect(detectFormat('{"meta": {}, "files": {}}')).toBe('coveragepy-json');
    expect(detectFormat('<testsuites/>')).toBeUndefined();
    expect(detectFormat('hello')).toBeUndefined();
    // Leading whitespace; a root without the XML declaration; a declaration whose root is past the head.
    expect(detectFormat(' \n\t<?xml version="1.0"?><coverage>')).toBe('cobertura');
    expect(detectFormat('<coverage>')).toBe('cobertura');
    expect(detectFormat('<coverage version="7.6">')).toBe('cobertura');
    expect(detectFormat(`<?xml version="1.0"?><!-- ${'x'.repeat(100)}`)).toBe('cobertura');
    expect(detectFormat('<coverages/>')).toBeUndefined();
    // LCOV's records start a line, not necessarily the first.
    expect(detectFormat('# written by a tool\nSF:a.py\n')).toBe('lcov');
    expect(detectFormat('note: SF:a.py\n')).toBeUndefined();
  });

  it('counts each Cobertura line once (not again under <methods>) with its branches', () => {
    const r = read(
      cobertura(
        'a.py',
        '<line number="1" hits="3"/><line number="2" hits="1" branch="true" condition-coverage="50% (1/2)"/><line number="3" hits="0"/>',
      ),
    );
    expect(r.sources).toEqual(['/home/runner/work/app/app']);
    const lines = r.files.get('a.py');
    expect(
      [...(lines?.entries() ?? [])].map(([n, l]) => [n, l.hits, l.branchesCovered, l.branchesTotal]),
    ).toEqual([
      [1, 3, 0, 0],
      [2, 1, 1, 2],
      [3, 0, 0, 0],
    ]);
  });

  it('reads LCOV from DA and BRDA records, whatever LH/LF say', () => {
    const r = read(
      'TN:\nSF:src/a.js\nDA:1,1\nDA:2,0\nDA:3,18446744073709551615\nBRDA:2,0,0,-\nBRDA:2,0,1,3\nLF:1\nLH:9\nend_of_record\n',
    );
    expect(totalsOf(r.files)).toEqual({
      linesValid: 3,
      linesCovered: 2,
      branchesValid: 2,
      branchesCovered: 1,
    });
  });
});

describe('merging shards', () => {
  const shard = (lines: string): ParsedCoverage => read(cobertura('pkg/a.py', lines));

  it('covers a line when any shard covered it, and resolves <source> roots to repository paths', () => {
    const merged = collect(
      [
        shard('<line number="1" hits="1"/><line number="2" hits="0"/>'),
        shard('<line number="1" hits="0"/><line number="2" hits="4"/><line number="3" hits="0"/>'),
      ],
      '/ws',
      { exists: () => false },
      [],
    );
    expect([...merged.coverage.keys()]).toEqual(['pkg/a.py']);
    expect(totalsOf(merged.coverage)).toEqual({
      linesValid: 3,
      linesCovered: 2,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });

  it('finds a file written relative to an unnamed subfolder by its unique suffix, never a guess', () => {
    const index = new RepositoryIndex([
      'backend/app/health.py',
      'backend/app/__init__.py',
      'cli/__init__.py',
    ]);
    const lookup = { exists: (f: string) => index.has(f), bySuffix: (f: string) => index.bySuffix(f) };
    const report = read(
      cobertura('health.py', '<line number="1" hits="1"/>').replace('/home/runner/work/app/app', 'app'),
    );
    expect([...collect([report], '/ws', lookup, []).coverage.keys()]).toEqual(['backend/app/health.py']);
    // Two files end with __init__.py: no guessing, the report's own path stays.
    const ambiguous = read(
      cobertura('__init__.py', '<line number="1" hits="1"/>').replace('/home/runner/work/app/app', ''),
    );
    expect([...collect([ambiguous], '/ws', lookup, []).coverage.keys()]).toEqual(['__init__.py']);
    expect(index.bySuffix('app/health.py')).toBe('backend/app/health.py');
    expect(index.bySuffix('pp/health.py')).toBeUndefined();
  });

  it('resolves the same paths when it skips files whose name the repository does not have', () => {
    const index = new RepositoryIndex(['backend/app/health.py', 'src/pkg/a.py', 'pkg/b.py']);
    const slow = { exists: (f: string) => index.has(f), bySuffix: (f: string) => index.bySuffix(f) };
    const fast = { ...slow, hasName: (name: string) => index.hasName(name) };
    const names = ['pkg/a.py', 'health.py', 'b.py', 'gone.py', 'pkg/../gone/x.py', 'x/..', './c.py'];
    for (const source of ['/home/runner/work/app/app/src', 'app', '', '/ws/other']) {
      const report = read(
        names
          .map((n) => cobertura(n, '<line number="1" hits="1"/>'))
          .join('')
          .replace(/<\/coverage><\?xml version="1.0" \?><coverage><sources>.*?<\/sources>/g, '')
          .replace('/home/runner/work/app/app', source),
      );
      const paths = (lookup: typeof slow): string[] => [
        ...collect([report], '/ws', lookup, []).coverage.keys(),
      ];
      expect(paths(fast), source).toEqual(paths(slow));
    }
  });

  it('merges named exits (LCOV) by name, but keeps the larger count for unnamed ones (Cobertura)', () => {
    const a = read('SF:x.js\nDA:1,1\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nend_of_record\n');
    const b = read('SF:x.js\nDA:1,1\nBRDA:1,0,0,0\nBRDA:1,0,1,2\nend_of_record\n');
    expect(totalsOf(collect([a, b], '/ws', { exists: () => false }, []).coverage).branchesCovered).toBe(2);
    const c = shard('<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)"/>');
    const d = shard('<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)"/>');
    expect(totalsOf(collect([c, d], '/ws', { exists: () => false }, []).coverage).branchesCovered).toBe(1);
  });

  it('ignores paths the Codecov way: prefixes, globs and regular expressions', () => {
    const ignored = ignoreFilter(['tests/', 'migrations/', 'config.py', '**/*_pb2.py', '.*/generated/.*']);
    expect(
      ['tests/test_a.py', 'migrations/0001.py', 'config.py', 'app/x_pb2.py', 'app/generated/a.py'].map(
        ignored,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(['app/config.py', 'testsuite/a.py', 'app/x.py'].map(ignored)).toEqual([false, false, false]);
    // A plain path is a prefix, as Codecov reads it: `tests` also leaves out `testsuite/`.
    expect(ignoreFilter(['tests'])('testsuite/a.py')).toBe(true);
  });
});

describe('codecov.yml', () => {
  it('reads precision, round, range, the default statuses and ignore', () => {
    const config = parseCodecovYaml(
      'coverage:\n  precision: 2\n  round: down\n  range: "70...100"\n  status:\n    project:\n      default:\n        target: 80%\n        threshold: 2%\n    patch:\n      default:\n        target: 70%\n        threshold: 5%\n        informational: true\nignore:\n  - tests\n',
      '.codecov.yml',
    );
    expect(config).toMatchObject({
      precision: 2,
      round: 'down',
      range: [70, 100],
      statuses: [
        { kind: 'project', name: 'default', target: 80, threshold: 2, informational: false },
        { kind: 'patch', name: 'default', target: 70, threshold: 5, informational: true },
      ],
      ignore: ['tests'],
    });
    expect(parseCodecovYaml('', 'c.yml')).toEqual(DEFAULT_CONFIG);
  });

  it('names the file and key of a value Codecov would refuse, never quoting the file', () => {
    expect(() => parseCodecovYaml('coverage:\n  round: sideways\n', 'codecov.yml')).toThrow(
      'codecov.yml: coverage.round: "sideways" is not one of "down", "up", "nearest" (Codecov would refuse this file).',
    );
    expect(() =>
      parseCodecovYaml(
        'coverage:\n  status:\n    project:\n      default:\n        target: lots\n',
        'codecov.yml',
      ),
    ).toThrow(
      'codecov.yml: coverage.status.project.default.target: "lots" should be a number (like 80 or 80%) (Codecov would refuse this file).',
    );
    expect(() => parseCodecovYaml('coverage: [\n  secret-token-123\n', 'codecov.yml')).toThrow(
      /^codecov\.yml is not valid YAML \(line \d+, column \d+\)/,
    );
  });

  it('rounds like Codecov', () => {
    expect(roundCoverage(85.678, 2, 'down')).toBe(85.67);
    expect(roundCoverage(85.671, 2, 'up')).toBe(85.68);
    expect(roundCoverage(85.675, 2, 'nearest')).toBe(85.68);
    expect(roundCoverage(85.67, 2, 'down')).toBe(85.67);
    expect(roundCoverage(100, 0, 'down')).toBe(100);
  });
});

describe('gate', () => {
  const file = new FileCoverage(new Arena());
  file.add(1, 1);
  file.add(2, 1);
  file.countBranches(2, 2, 1);
  file.add(3, 0);
  file.add(4, 1);
  const coverage: Coverage = new Map([['a.py', file]]);
  const totals = totalsOf(coverage);
  const push: RunContext = { pullRequest: false, branch: 'main' };
  const config = parseCodecovYaml(
    'coverage:\n  status:\n    project:\n      default:\n        target: 80%\n        threshold: 5%\n    patch:\n      default:\n        target: 70%\n',
    'c.yml',
  );
  const project = (r: ReturnType<typeof gate>) => r.statuses.find((s) => s.kind === 'project');
  const patch = (r: ReturnType<typeof gate>) => r.statuses.find((s) => s.kind === 'patch');

  it('passes when coverage ≥ target − threshold, per metric', () => {
    expect(percent(totals, 'lines')).toBe(75);
    expect(percent(totals, 'combined')).toBeCloseTo(66.666, 2);
    expect(project(gate(coverage, totals, 'lines', config, undefined, undefined, push))).toMatchObject({
      value: 75,
      state: 'passed',
      reason: '75% ≥ target 80% − threshold 5% = 75%',
    });
    expect(project(gate(coverage, totals, 'combined', config, undefined, undefined, push))).toMatchObject({
      value: 66.66,
      state: 'failed',
    });
  });

  it('uses the base of the same files for target auto, and if_not_found without one', () => {
    const auto = parseCodecovYaml('coverage:\n  status:\n    patch: off\n', 'c.yml');
    const base = {
      coverage: 80,
      files: { 'a.py': { linesValid: 5, linesCovered: 4, branchesValid: 0, branchesCovered: 0 } },
    };
    expect(gate(coverage, totals, 'lines', auto, base, undefined, push)).toMatchObject({
      passed: false,
      base: 80,
      delta: -5,
    });
    expect(project(gate(coverage, totals, 'lines', auto, undefined, undefined, push))?.reason).toMatch(
      /no base coverage to compare with \(if_not_found: success\)/,
    );
  });

  it('measures patch coverage on coverable changed lines only; none changed passes', () => {
    const result = gate(
      coverage,
      totals,
      'lines',
      config,
      undefined,
      new Map([['a.py', new Set([3, 4, 99])]]),
      push,
    );
    expect(result.patch).toBe(50);
    expect(patch(result)).toMatchObject({ value: 50, state: 'failed' });
    expect([...(result.patchDetail?.uncovered ?? [])]).toEqual([['a.py', [3]]]);
    expect(
      patch(gate(coverage, totals, 'lines', config, undefined, new Map([['README.md', new Set([1])]]), push)),
    ).toMatchObject({ state: 'passed', reason: 'no coverable lines changed' });
    expect(patch(gate(coverage, totals, 'lines', config, undefined, undefined, push))).toMatchObject({
      state: 'skipped',
    });
  });
});

describe('diff, ranges, badge, comment', () => {
  it('reads added and changed lines from a unified diff with zero context', () => {
    const diff = [
      'diff --git a/calc/ops.py b/calc/ops.py',
      '--- a/calc/ops.py',
      '+++ b/calc/ops.py',
      '@@ -3 +3 @@ def x():',
      '@@ -10,0 +11,3 @@',
      'diff --git a/old.py b/old.py',
      '--- a/old.py',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git a/b.py b/b.py',
      '--- a/b.py',
      '+++ b/b.py',
      '@@ -5,2 +4,0 @@',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)].map(([f, s]) => [f, [...s]])).toEqual([
      ['calc/ops.py', [3, 11, 12, 13]],
    ]);
  });

  it('groups lines into ranges', () => {
    expect(ranges([1, 2, 3, 7, 9, 10])).toEqual(['1-3', '7', '9-10']);
  });

  it('colours the badge from the range', () => {
    expect(badgeColor(65, [70, 100])).toBe('#e05d44');
    expect(badgeColor(100, [70, 100])).toBe('#4c1');
    expect(badgeColor(85, [70, 100])).toBe('hsl(60, 70%, 42%)');
    expect(badgeSvg(85.5, [70, 100])).toContain('aria-label="coverage: 85.5%"');
  });

  it('keeps the comment under 65,536 characters with thousands of files', () => {
    const big: Coverage = new Map(
      Array.from({ length: 5000 }, (_, i) => {
        const f = new FileCoverage(new Arena());
        f.add(1, 0);
        return [`src/module_${i}/very/long/path/name/file_${i}.py`, f] as const;
      }),
    );
    const t = totalsOf(big);
    const result = gate(big, t, 'lines', DEFAULT_CONFIG, undefined, undefined, {
      pullRequest: true,
      branch: 'x',
    });
    const body = buildComment(result, fileRows(big, 'lines', DEFAULT_CONFIG, undefined), 'unit', undefined);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/\| … and \d+ more files \| \| \| \|/);
  });
});
