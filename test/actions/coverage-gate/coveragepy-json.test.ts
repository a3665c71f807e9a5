/**
 * coverage.py's JSON report read as a unit, held to coverage.py's own numbers: each file's statements,
 * covered lines, branches and covered branches must be the `summary` coverage.py wrote beside them — for
 * the committed reports of coverage 7.6 and for reports the real coverage.py (Debian's) writes here, from
 * code made to hit the cases the reader corrects for (excluded lines that ran, docstring-only modules,
 * loops that jump back to themselves, exits from a function). Then chunking, and every malformed field.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CoveragePyJsonReader } from '../../../actions/coverage-gate/src/coveragepy-json.js';
import { type ParsedCoverage, readerFor } from '../../../actions/coverage-gate/src/parsers.js';
import { ConfigurationError } from '../../../shared/errors.js';
import { coverage, havePythonModule, writeTree } from '../../harness/python.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'coverage');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function read(text: string | Buffer, chunk = 1 << 20): ParsedCoverage {
  const reader = new CoveragePyJsonReader();
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  return reader.close();
}

interface Summary {
  num_statements: number;
  covered_lines: number;
  num_branches?: number;
  covered_branches?: number;
}

/** Each file's totals as read, against coverage.py's own summary of it. */
function compare(text: string): { file: string; read: number[]; coveragepy: number[] }[] {
  const doc = JSON.parse(text) as { files: Record<string, { summary: Summary }> };
  const parsed = read(text);
  return Object.entries(doc.files).map(([file, { summary }]) => {
    const t = parsed.files.get(file)?.totals();
    return {
      file,
      read: [t?.linesValid ?? -1, t?.linesCovered ?? -1, t?.branchesValid ?? -1, t?.branchesCovered ?? -1],
      coveragepy: [
        summary.num_statements,
        summary.covered_lines,
        summary.num_branches ?? 0,
        summary.covered_branches ?? 0,
      ],
    };
  });
}

const corpus = [
  ...readdirSync(path.join(FIXTURES, 'coveragepy-7.6.0__shop'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join('coveragepy-7.6.0__shop', f)),
  'generated__coverage.json',
];

describe("coverage.py's committed JSON reports", () => {
  it.each(corpus)('%s: every file as coverage.py counts it', (file) => {
    const rows = compare(readFileSync(path.join(FIXTURES, file), 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.read, row.file).toEqual(row.coveragepy);
  });
});

const tricky: Readonly<Record<string, string>> = {
  'pkg/__init__.py': '',
  'pkg/doc_only.py': '"""Only a docstring: coverage.py counts no statement here."""\n',
  'pkg/loops.py': [
    'def count_down(n):',
    '    while n > 0:',
    '        n -= 1',
    '    return n',
    '',
    '',
    'def first_even(values):',
    '    for v in values:',
    '        if v % 2 == 0:',
    '            return v',
    '    return None',
    '',
    '',
    'def never_called(x):',
    '    if x:',
    '        return 1',
    '    return 2',
    '',
    '',
    'def excluded(x):  # pragma: no cover',
    '    if x:',
    '        return 1',
    '    return 2',
    '',
    '',
    'def guarded(x):',
    '    if x is None:  # pragma: no cover',
    '        raise ValueError("none")',
    '    return x',
    '',
    '',
    'def maybe(flag):',
    '    result = []',
    '    if flag:',
    '        result.append(1)',
    '    return result',
    '',
  ].join('\n'),
  'pkg/café.py': 'def accent(x):\n    return x if x else "é"\n',
  'run.py': [
    'from pkg import loops, doc_only',
    'from pkg.café import accent',
    'loops.count_down(3)',
    'loops.first_even([1, 3, 4])',
    'loops.first_even([1])',
    'loops.excluded(1)',
    'loops.guarded(2)',
    'loops.maybe(True)',
    'accent("")',
    '',
  ].join('\n'),
};

describe.skipIf(!havePythonModule('coverage'))('reports the real coverage.py writes here', () => {
  it.each([
    ['with branches', ['--branch']],
    ['lines only', []],
  ])('%s: every file as coverage.py counts it', (_what, flags) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runway-cg-pyjson-'));
    scratch.push(dir);
    writeTree(dir, tricky);
    const ran = coverage(dir, ['run', ...flags, '--source=pkg', 'run.py']);
    expect(ran.status, ran.output).toBe(0);
    const json = coverage(dir, ['json', '-o', 'coverage.json']);
    expect(json.status, json.output).toBe(0);
    const text = readFileSync(path.join(dir, 'coverage.json'), 'utf8');
    const rows = compare(text);
    expect(rows.map((r) => r.file).sort()).toEqual([
      'pkg/__init__.py',
      'pkg/café.py',
      'pkg/doc_only.py',
      'pkg/loops.py',
    ]);
    for (const row of rows) expect(row.read, row.file).toEqual(row.coveragepy);
    // And the totals coverage.py reports for the whole.
    const totals = (JSON.parse(text) as { totals: Summary }).totals;
    let statements = 0;
    let covered = 0;
    for (const f of read(text).files.values()) {
      statements += f.totals().linesValid;
      covered += f.totals().linesCovered;
    }
    expect([statements, covered]).toEqual([totals.num_statements, totals.covered_lines]);
  });
});

describe('reading', () => {
  const doc = {
    meta: { version: '7.6.0' },
    files: {
      'pkg/é.py': {
        executed_lines: [1, 2, 4],
        missing_lines: [3],
        excluded_lines: [],
        executed_branches: [[2, 4]],
        missing_branches: [[2, 3]],
        summary: { num_statements: 4, covered_lines: 3, num_branches: 2, covered_branches: 1 },
      },
    },
  };

  it('gives the same result in any chunking, a name split mid-character included', () => {
    const text = JSON.stringify(doc);
    const whole = read(text);
    for (const chunk of [1, 2, 3, 7, 64]) {
      const parsed = read(text, chunk);
      expect([...parsed.files.keys()]).toEqual(['pkg/é.py']);
      expect(parsed.files.get('pkg/é.py')?.totals()).toEqual(whole.files.get('pkg/é.py')?.totals());
    }
    expect(whole.files.get('pkg/é.py')?.totals()).toEqual({
      linesValid: 4,
      linesCovered: 3,
      branchesValid: 2,
      branchesCovered: 1,
    });
    expect(whole).toMatchObject({
      format: 'coveragepy-json',
      sources: [],
      declared: {
        linesValid: undefined,
        linesCovered: undefined,
        branchesValid: undefined,
        branchesCovered: undefined,
      },
    });
  });

  it('takes text chunks as well as bytes', () => {
    const reader = new CoveragePyJsonReader();
    const text = JSON.stringify(doc);
    reader.write(text.slice(0, 10));
    reader.write(text.slice(10));
    expect(reader.close().files.size).toBe(1);
  });

  it('counts a missed exit out of the function as the branch it is, merged by its name', () => {
    const parsed = read(
      JSON.stringify({
        files: {
          'a.py': {
            executed_lines: [1, 2, 3],
            missing_lines: [],
            executed_branches: [[2, 3]],
            missing_branches: [[2, -1]],
          },
        },
      }),
    );
    expect(parsed.files.get('a.py')?.get(2)).toMatchObject({ branchesTotal: 2, branchesCovered: 1 });
  });

  it('drops arcs from lines that are no statement', () => {
    const parsed = read(
      JSON.stringify({
        files: {
          'a.py': {
            executed_lines: [1],
            missing_lines: [],
            executed_branches: [[5, 6]],
            missing_branches: [[7, 8]],
          },
        },
      }),
    );
    expect(parsed.files.get('a.py')?.totals()).toEqual({
      linesValid: 1,
      linesCovered: 1,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });

  it("leaves out a loop's jump back to itself only where coverage.py counts fewer branches", () => {
    const file = (numBranches: number | undefined) => ({
      executed_lines: [1, 2, 3],
      missing_lines: [],
      executed_branches: [
        [2, 2],
        [2, 3],
      ],
      missing_branches: [],
      summary: numBranches === undefined ? {} : { num_statements: 3, num_branches: numBranches },
    });
    const count = (n: number | undefined): number | undefined =>
      read(JSON.stringify({ files: { 'a.py': file(n) } }))
        .files.get('a.py')
        ?.totals().branchesValid;
    expect(count(1)).toBe(1);
    expect(count(2)).toBe(2);
    expect(count(undefined)).toBe(2);
  });

  it('never leaves out a self-arc that was missed', () => {
    const parsed = read(
      JSON.stringify({
        files: {
          'a.py': {
            executed_lines: [1, 2, 3],
            missing_lines: [],
            executed_branches: [[2, 3]],
            missing_branches: [[2, 2]],
            summary: { num_statements: 3, num_branches: 1 },
          },
        },
      }),
    );
    expect(parsed.files.get('a.py')?.get(2)).toMatchObject({ branchesTotal: 2, branchesCovered: 1 });
  });

  it('drops executed lines that are excluded or missing, and the lowest extras past num_statements', () => {
    const parsed = read(
      JSON.stringify({
        files: {
          'a.py': {
            executed_lines: [1, 2, 3, 5, 9],
            missing_lines: [4, 5],
            excluded_lines: [9],
            summary: { num_statements: 4 },
          },
        },
      }),
    );
    // Executed 1, 2, 3 (5 is missing, 9 excluded); with 2 missing that is 5 > 4: line 1 goes.
    const f = parsed.files.get('a.py');
    expect(f?.get(1)).toBeUndefined();
    expect(f?.totals()).toEqual({ linesValid: 4, linesCovered: 2, branchesValid: 0, branchesCovered: 0 });
  });

  it('keeps every executed line when num_statements is not a number, or not smaller', () => {
    const lines = (summary: unknown): number | undefined =>
      read(JSON.stringify({ files: { 'a.py': { executed_lines: [1, 2], missing_lines: [3], summary } } }))
        .files.get('a.py')
        ?.totals().linesValid;
    expect(lines({ num_statements: '2' })).toBe(3);
    expect(lines({ num_statements: 3 })).toBe(3);
    expect(lines({ num_statements: 5 })).toBe(3);
    expect(lines(null)).toBe(3);
    expect(lines({ num_statements: 2 })).toBe(2);
  });

  it('drops the lowest extras even when coverage.py listed the executed lines out of order', () => {
    const f = read(
      JSON.stringify({
        files: {
          'a.py': { executed_lines: [9, 2, 12, 3], missing_lines: [], summary: { num_statements: 3 } },
        },
      }),
    ).files.get('a.py');
    expect([...(f?.entries() ?? [])].map(([n]) => n)).toEqual([3, 9, 12]);
  });

  it('drops no executed line when there are fewer than num_statements, nor when a list is absent', () => {
    const lines = (entry: Record<string, unknown>): number[] =>
      [
        ...(read(JSON.stringify({ files: { 'a.py': entry } }))
          .files.get('a.py')
          ?.entries() ?? []),
      ].map(([n]) => n);
    expect(lines({ executed_lines: [1, 2, 3], missing_lines: [], summary: { num_statements: 5 } })).toEqual([
      1, 2, 3,
    ]);
    expect(lines({ executed_lines: [1, 2], summary: { num_statements: 2 } })).toEqual([1, 2]);
  });

  it('leaves out only as many self-arcs as coverage.py counts fewer branches, and none for a count not a number', () => {
    const file = (numBranches: unknown) => ({
      executed_lines: [1, 2, 3, 4, 5],
      missing_lines: [],
      executed_branches: [
        [2, 2],
        [2, 3],
        [4, 4],
        [4, 5],
      ],
      missing_branches: [],
      summary: { num_statements: 5, num_branches: numBranches },
    });
    const count = (n: unknown): number | undefined =>
      read(JSON.stringify({ files: { 'a.py': file(n) } }))
        .files.get('a.py')
        ?.totals().branchesValid;
    expect(count(3)).toBe(3);
    expect(count(2)).toBe(2);
    expect(count('x')).toBe(4);
  });

  it("names an exit out of the function as Cobertura's missing-branches does, so the two merge", () => {
    // Cobertura first: it missed the exit; the JSON report took the exit and missed the jump to 3.
    const xml =
      '<?xml version="1.0" ?><coverage><packages><package name="p"><classes><class name="a.py" filename="a.py"><lines>' +
      '<line number="2" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="exit"/>' +
      '</lines></class></classes></package></packages></coverage>';
    const cobertura = readerFor('cobertura', { fastPath: true });
    cobertura.write(Buffer.from(xml));
    const merged = cobertura.close().files.get('a.py');
    const json = read(
      JSON.stringify({
        files: {
          'a.py': {
            executed_lines: [2],
            missing_lines: [],
            executed_branches: [[2, -1]],
            missing_branches: [[2, 3]],
          },
        },
      }),
    ).files.get('a.py');
    if (merged === undefined || json === undefined) throw new Error('a.py not read');
    merged.mergeFrom(json);
    expect(merged.get(2)).toMatchObject({ branchesTotal: 2, branchesCovered: 2 });
  });

  it('reads a file with no lists at all as empty', () => {
    expect(read('{"files": {"a.py": {}}}').files.get('a.py')?.totals()).toEqual({
      linesValid: 0,
      linesCovered: 0,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });
});

describe('malformed reports', () => {
  const refused = (text: string): string => {
    try {
      read(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('expected the report to be refused');
  };

  it('never quotes text that is not JSON', () => {
    expect(refused('{"files": SECRET')).toBe('not valid JSON (coverage.py writes it with `coverage json`)');
  });

  it.each(['null', '[]', '{}', '{"files": []}', '{"files": null}', '{"files": "x"}'])(
    '%s has no files object',
    (text) => {
      expect(refused(text)).toBe("JSON without a 'files' object: not a coverage.py JSON report");
    },
  );

  it.each(['null', '[]', '3'])('refuses a file entry that is %s, naming it', (entry) => {
    expect(refused(`{"files": {"a \\"b\\".py": ${entry}}}`)).toBe('files["a \\"b\\".py"] is not an object');
  });

  it.each([
    ['executed_lines', '"1,2"'],
    ['executed_lines', '[1, -1]'],
    ['missing_lines', '[1.5]'],
    ['missing_lines', '["3"]'],
    ['excluded_lines', '{}'],
  ])('refuses %s = %s, naming the file and the field', (key, value) => {
    expect(refused(`{"files": {"a.py": {"${key}": ${value}}}}`)).toBe(
      `files["a.py"].${key} is not a list of line numbers`,
    );
  });

  it.each([
    ['executed_branches', '[[1]]'],
    ['executed_branches', '[[1, 2, 3]]'],
    ['missing_branches', '[[1, 2.5]]'],
    ['missing_branches', '[["1", 2]]'],
    ['missing_branches', '[1, 2]'],
    ['executed_branches', '"1->2"'],
  ])('refuses %s = %s as not pairs', (key, value) => {
    expect(refused(`{"files": {"a.py": {"executed_lines": [1], "${key}": ${value}}}}`)).toBe(
      `files["a.py"].${key} is not a list of [from, to] line pairs`,
    );
  });

  it('cuts a long file name to 200 characters in the message', () => {
    const name = 'p'.repeat(300);
    expect(refused(`{"files": {"${name}": 5}}`)).toBe(
      `files[${JSON.stringify(name).slice(0, 200)}] is not an object`,
    );
    expect(refused(`{"files": {"${name}": {"missing_lines": "x"}}}`)).toBe(
      `files[${JSON.stringify(name).slice(0, 200)}].missing_lines is not a list of line numbers`,
    );
  });
});
