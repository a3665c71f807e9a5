/**
 * coverage-gate's words and tables, as a unit: the job summary's heading, totals line and tables, the PR
 * comment within GitHub's size limit, the warnings at uncovered changed lines, line ranges, the comment
 * marker, and the summary JSON the next run reads as its base.
 */
import { describe, expect, it } from 'vitest';
import type { FileRow, GateResult, StatusResult } from '../../../actions/coverage-gate/src/gate.js';
import { Arena, type Coverage, FileCoverage } from '../../../actions/coverage-gate/src/model.js';
import {
  buildComment,
  buildSummary,
  COMMENT_LIMIT,
  commentMarker,
  ranges,
  statusName,
  summaryJson,
  uncoveredAnnotations,
} from '../../../actions/coverage-gate/src/report.js';

const status = (over: Partial<StatusResult> = {}): StatusResult => ({
  kind: 'project',
  name: 'default',
  files: 3,
  value: 85.5,
  target: 80,
  threshold: 0,
  informational: false,
  state: 'passed',
  reason: '85.5% ≥ target 80%',
  ...over,
});

const result = (over: Partial<GateResult> = {}): GateResult => ({
  metric: 'lines',
  totals: { linesValid: 200, linesCovered: 171, branchesValid: 0, branchesCovered: 0 },
  coverage: 85.5,
  base: undefined,
  delta: undefined,
  statuses: [status()],
  patch: undefined,
  patchDetail: undefined,
  passed: true,
  ...over,
});

const row = (file: string, missed: number, over: Partial<FileRow> = {}): FileRow => ({
  file,
  totals: { linesValid: 100, linesCovered: 100 - missed, branchesValid: 0, branchesCovered: 0 },
  missed,
  coverage: 100 - missed,
  delta: undefined,
  ...over,
});

describe('the job summary', () => {
  it('heads with the verdict, coverage and delta, then says what was measured and merged', () => {
    const text = buildSummary(result({ delta: 1.25, base: 84.25 }), [row('a.py', 3)], 2, 1).render();
    expect(text).toContain('## ✅ Coverage 85.5% (+1.25%)');
    expect(text).toContain(
      'Metric: lines (covered lines / coverable lines). 171 of 200 lines in 1 files, merged from 2 reports; 1 ignored file left out.',
    );
  });

  it('shows a failing run, a negative delta, branches, one report and several ignored files', () => {
    const text = buildSummary(
      result({
        passed: false,
        delta: -2,
        metric: 'combined',
        totals: { linesValid: 10, linesCovered: 5, branchesValid: 4, branchesCovered: 1 },
      }),
      [],
      1,
      2,
    ).render();
    expect(text).toContain('## ❌ Coverage 85.5% (-2%)');
    expect(text).toContain(
      "Metric: lines and branches together (as coverage.py's `coverage report` TOTAL). 5 of 10 lines, 1 of 4 branches in 0 files, merged from 1 report; 2 ignored files left out.",
    );
  });

  it('has no delta without a base, and a dash without coverage', () => {
    expect(buildSummary(result(), [], 1, 0).render()).toMatch(/^## ✅ Coverage 85\.5%\n/m);
    expect(buildSummary(result({ coverage: undefined }), [], 1, 0).render()).toContain('## ✅ Coverage –');
  });

  it('lists each status with its icon, files, coverage, target, threshold and why', () => {
    const text = buildSummary(
      result({
        statuses: [
          status(),
          status({
            kind: 'patch',
            name: 'api',
            state: 'failed',
            value: 50,
            threshold: 5,
            reason: '50% < target 80% − threshold 5% = 75%',
          }),
          status({
            state: 'skipped',
            value: undefined,
            target: undefined,
            reason: 'only_pulls: this run is no pull request',
          }),
          status({
            name: 'info',
            informational: true,
            state: 'unmet',
            reason: '70% < target 80% (informational)',
            value: 70,
          }),
          status({ name: 'met', informational: true, reason: '90% ≥ target 80%', value: 90 }),
          status({
            name: 'none',
            informational: true,
            state: 'unmet',
            reason: 'no coverable lines (informational)',
            value: undefined,
          }),
        ],
      }),
      [],
      1,
      0,
    ).render();
    expect(text).toContain('| Status | Files | Coverage | Target | Threshold | Why |');
    expect(text).toContain('| ✅ project | 3 | 85.5% | 80% | – | 85.5% ≥ target 80% |');
    // Cells are HTML-safe in the summary.
    expect(text).toContain(
      '| ❌ patch/api | 3 | 50% | 80% | 5% | 50% &lt; target 80% − threshold 5% = 75% |',
    );
    expect(text).toContain(
      '| ⏭️ project | 3 | – | auto (no base) | – | only_pulls: this run is no pull request |',
    );
    expect(text).toContain('| ℹ️ project/info | 3 | 70% | 80% | – | 70% &lt; target 80% (informational) |');
    expect(text).toContain('| ✅ project/met | 3 | 90% | 80% | – | 90% ≥ target 80% |');
    expect(text).toContain('| ℹ️ project/none | 3 | – | 80% | – | no coverable lines (informational) |');
  });

  it('says so when the config turns every status off', () => {
    expect(buildSummary(result({ statuses: [] }), [], 1, 0).render()).toContain(
      '_No status: the config turns every project and patch status off._',
    );
  });

  it('shows patch coverage and the changed lines no test ran, as ranges', () => {
    const text = buildSummary(
      result({
        patch: 62.5,
        patchDetail: {
          totals: { linesValid: 8, linesCovered: 5, branchesValid: 0, branchesCovered: 0 },
          uncovered: new Map([['app/x.py', [3, 4, 5, 9]]]),
        },
      }),
      [],
      1,
      0,
    ).render();
    expect(text).toContain('Patch coverage (every changed line): 62.5%.');
    expect(text).toContain(
      '### Changed lines no test ran\n\n| File | Lines |\n| --- | --- |\n| `app/x.py` | 3-5, 9 |',
    );
    expect(text).toContain('### Files\n\n| File | Coverage | Δ | Lines | Missed | Branches |');
  });

  it('says nothing of ignored files or patch coverage when there are none', () => {
    const text = buildSummary(result(), [], 1, 0).render();
    expect(text).toContain('merged from 1 report.');
    expect(text).not.toContain('ignored');
    expect(text).not.toContain('Patch coverage');
  });

  it('leaves out the changed-lines table when every changed line ran', () => {
    const text = buildSummary(
      result({
        patch: 100,
        patchDetail: {
          totals: { linesValid: 1, linesCovered: 1, branchesValid: 0, branchesCovered: 0 },
          uncovered: new Map(),
        },
      }),
      [],
      1,
      0,
    ).render();
    expect(text).not.toContain('Changed lines no test ran');
  });

  it('lists files with coverage, delta, lines, missed and branches', () => {
    const text = buildSummary(
      result(),
      [
        row('a|b.py', 2, {
          delta: 0.5,
          totals: { linesValid: 100, linesCovered: 98, branchesValid: 4, branchesCovered: 3 },
        }),
        row('c.py', 0, { delta: 0, coverage: undefined }),
      ],
      1,
      0,
    ).render();
    expect(text).toContain('| File | Coverage | Δ | Lines | Missed | Branches |');
    expect(text).toContain('| --- | ---: | ---: | ---: | ---: | ---: |');
    expect(text).toContain('| `a\\|b.py` | 98% | +0.5% | 100 | 2 | 3/4 |');
    expect(text).toContain('| `c.py` | – | 0% | 100 | 0 | – |');
  });
});

describe('line ranges', () => {
  it.each([
    [[], []],
    [[7], ['7']],
    [[1, 2], ['1-2']],
    [
      [1, 2, 3, 5, 7, 8],
      ['1-3', '5', '7-8'],
    ],
    [
      [10, 12, 13, 14],
      ['10', '12-14'],
    ],
  ])('%j are %j', (lines, expected) => {
    expect(ranges(lines)).toEqual(expected);
  });
});

describe('warnings at uncovered changed lines', () => {
  it('are one per range, at the file and lines, in one sentence or the other', () => {
    const annotations = uncoveredAnnotations(
      result({
        patchDetail: {
          totals: { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 },
          uncovered: new Map([
            ['a.py', [3]],
            ['b.py', [10, 11, 12, 20]],
          ]),
        },
      }),
    );
    expect(annotations).toEqual([
      {
        level: 'warning',
        title: 'Not covered by tests',
        message: 'Line 3 was added or changed and no test ran it.',
        file: 'a.py',
        startLine: 3,
        endLine: 3,
      },
      {
        level: 'warning',
        title: 'Not covered by tests',
        message: 'Lines 10-12 were added or changed and no test ran them.',
        file: 'b.py',
        startLine: 10,
        endLine: 12,
      },
      {
        level: 'warning',
        title: 'Not covered by tests',
        message: 'Line 20 was added or changed and no test ran it.',
        file: 'b.py',
        startLine: 20,
        endLine: 20,
      },
    ]);
  });

  it('are none without a diff', () => {
    expect(uncoveredAnnotations(result())).toEqual([]);
  });
});

describe('the PR comment', () => {
  it('carries its marker, the verdict against the base, the statuses and a link to the run', () => {
    const text = buildComment(
      result({ base: 84, delta: 1.5 }),
      [],
      'default',
      'https://github.com/o/r/actions/runs/1',
    );
    expect(text).toBe(
      [
        '<!-- runway:coverage-gate:default -->',
        '### ✅ Coverage 85.5% (base 84%, +1.5%)',
        '',
        '| Status | Files | Coverage | Target | Threshold | Why |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| ✅ project | 3 | 85.5% | 80% | – | 85.5% ≥ target 80% |',
        '',
        'Metric: lines (covered lines / coverable lines). [Details](https://github.com/o/r/actions/runs/1)',
        '',
      ].join('\n'),
    );
  });

  it('has no base part without a base, no link without a run, and a red cross when failing', () => {
    const text = buildComment(result({ passed: false }), [], 'x', undefined);
    expect(text).toContain('### ❌ Coverage 85.5%\n');
    expect(text).toContain('Metric: lines (covered lines / coverable lines).\n');
  });

  it('lists the files with missed lines, most first as given, in a folded table', () => {
    const text = buildComment(
      result(),
      [row('a.py', 5, { delta: -1 }), row('b|c.py', 1), row('full.py', 0)],
      'x',
      undefined,
    );
    expect(text).toContain(
      '\n\n<details><summary>Files with the most missed lines</summary>\n\n| File | Coverage | Δ | Missed |\n| --- | ---: | ---: | ---: |\n| a.py |',
    );
    expect(text).toContain('| a.py | 95% | -1% | 5 |\n| b\\|c.py | 99% | – | 1 |\n\n</details>');
    expect(text).not.toContain('full.py');
  });

  it('has no file table when no line was missed', () => {
    expect(buildComment(result(), [row('a.py', 0)], 'x', undefined)).not.toContain('<details>');
  });

  it('stays within GitHub’s comment limit, saying how many files were left out', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      row(`src/module_${String(i).padStart(5, '0')}/${'deep/'.repeat(6)}file.py`, 5000 - i),
    );
    const text = buildComment(result(), rows, 'x', undefined);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = text.split('\n').filter((l) => l.startsWith('| src/module_')).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(5000);
    expect(text).toContain(`| … and ${5000 - shown} more files | | | |`);
    expect(text.endsWith('\n\n</details>\n')).toBe(true);
  });

  it('takes a file row while it and 200 characters to spare fit the limit exactly, and not one character more', () => {
    const probe = buildComment(result(), [row('a.py', 5)], 'x', undefined);
    const probeRow = '| a.py | 95% | – | 5 |';
    // Where the table's rows start, and a row's length for a file name of n characters.
    const start = probe.indexOf(probeRow);
    expect(start).toBeGreaterThan(0);
    const rowLength = (n: number): number => probeRow.length - 'a.py'.length + n;
    // The longest name that fits: the text up to the end of its row, plus 200, is the limit exactly.
    const longest = COMMENT_LIMIT - 200 - start - rowLength(0);
    for (const n of [longest, longest + 1]) {
      const name = `${'f'.repeat(n - 3)}.py`;
      const text = buildComment(result(), [row(name, 5)], 'x', undefined);
      expect(text.includes(`| ${name} |`), `a name of ${n}`).toBe(n === longest);
      if (n === longest) expect(text.indexOf(`| ${name} |`) + rowLength(n) + 200).toBe(COMMENT_LIMIT);
      else expect(text).toContain('| … and 1 more files | | | |');
    }
  });

  it('keeps a marker id that would end the HTML comment from doing so', () => {
    expect(commentMarker('a--b')).toBe('<!-- runway:coverage-gate:a- -b -->');
    expect(commentMarker('unit')).toBe('<!-- runway:coverage-gate:unit -->');
  });

  it('names statuses as Codecov does: the kind for default, kind/name otherwise', () => {
    expect(statusName(status())).toBe('project');
    expect(statusName(status({ kind: 'patch', name: 'backend' }))).toBe('patch/backend');
  });
});

describe('the summary JSON', () => {
  it('holds the unrounded coverage, the totals and every file in code-unit order', () => {
    const file = (hits: number[]): FileCoverage => {
      const f = new FileCoverage(new Arena());
      hits.forEach((h, i) => f.add(i + 1, h));
      return f;
    };
    const coverage: Coverage = new Map([
      ['b.py', file([1, 0])],
      ['B.py', file([1])],
      ['a.py', file([0])],
    ]);
    const totals = { linesValid: 4, linesCovered: 2, branchesValid: 0, branchesCovered: 0 };
    const json = summaryJson(coverage, 'combined', totals, 66.66666);
    expect(json).toEqual({
      version: 1,
      metric: 'combined',
      coverage: 66.66666,
      totals,
      files: {
        'B.py': { linesValid: 1, linesCovered: 1, branchesValid: 0, branchesCovered: 0 },
        'a.py': { linesValid: 1, linesCovered: 0, branchesValid: 0, branchesCovered: 0 },
        'b.py': { linesValid: 2, linesCovered: 1, branchesValid: 0, branchesCovered: 0 },
      },
    });
    expect(Object.keys(json.files)).toEqual(['B.py', 'a.py', 'b.py']);
  });
});
