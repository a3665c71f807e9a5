/**
 * setup-python's problem matchers against what the real flake8, mypy, black and pytest print (Debian's,
 * under /usr/bin/python3), applied line by line as the runner applies them: each problem becomes one
 * annotation at its file and line, and no other line of the tools' output matches.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MATCHERS } from '../../../actions/setup-python/src/matchers.js';
import { havePythonModule, SYSTEM_PYTHON, writeTree } from '../../harness/python.js';

type Matcher = (typeof PROBLEM_MATCHERS.problemMatcher)[number];
interface Match {
  owner: string;
  file: string;
  line: string;
  column?: string;
  code?: string;
  severity: string;
  message: string;
}

/** What the runner makes of one line with one matcher (single-line patterns, as all of ours are). */
function apply(matcher: Matcher, text: string): Match | undefined {
  const [pattern] = matcher.pattern;
  const m = new RegExp(pattern.regexp).exec(text);
  if (m === null) return undefined;
  const group = (i: number | undefined): string | undefined => (i === undefined ? undefined : m[i]);
  const fields = pattern as {
    file: number;
    line?: number;
    column?: number;
    code?: number;
    severity?: number;
    message: number;
  };
  const result: Match = {
    owner: matcher.owner,
    file: group(fields.file) ?? '',
    line: group(fields.line) ?? '',
    severity: group(fields.severity) ?? ('severity' in matcher ? matcher.severity : 'error'),
    message: group(fields.message) ?? '',
  };
  const column = group(fields.column);
  const code = group(fields.code);
  if (column !== undefined) result.column = column;
  if (code !== undefined) result.code = code;
  return result;
}

function annotations(output: string): Match[] {
  return output.split(/\r?\n/).flatMap((text) =>
    PROBLEM_MATCHERS.problemMatcher.flatMap((matcher) => {
      const found = apply(matcher, text);
      return found === undefined ? [] : [found];
    }),
  );
}

const PROJECT = {
  'app/bad.py': 'import os\n\n\ndef name(x: int) -> str:\n    return x\n',
  'app/ugly.py': "x = {  'a':1 }\n",
  'tests/test_app.py': 'def test_sum():\n    assert 1 + 1 == 3\n\n\ndef test_ok():\n    assert True\n',
};

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'runway-matchers-'));
  writeTree(root, PROJECT);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(module: string, args: string[]): string {
  const ran = spawnSync(SYSTEM_PYTHON, ['-m', module, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: root, PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' },
  });
  return `${ran.stdout}${ran.stderr}`;
}

describe('problem matchers on the real tools', () => {
  it('flake8: every problem at its file, line and column, with its code', () => {
    if (!havePythonModule('flake8')) return;
    // flake8 checks files in parallel: its lines come in any order.
    const found = annotations(run('flake8', ['app'])).sort(
      (a, b) => a.file.localeCompare(b.file) || Number(a.column) - Number(b.column),
    );
    expect(found).toEqual([
      {
        owner: 'runway-flake8',
        file: 'app/bad.py',
        line: '1',
        column: '1',
        code: 'F401',
        severity: 'error',
        message: "'os' imported but unused",
      },
      {
        owner: 'runway-flake8',
        file: 'app/ugly.py',
        line: '1',
        column: '6',
        code: 'E201',
        severity: 'error',
        message: "whitespace after '{'",
      },
      {
        owner: 'runway-flake8',
        file: 'app/ugly.py',
        line: '1',
        column: '11',
        code: 'E231',
        severity: 'error',
        message: "missing whitespace after ':'",
      },
      {
        owner: 'runway-flake8',
        file: 'app/ugly.py',
        line: '1',
        column: '13',
        code: 'E202',
        severity: 'error',
        message: "whitespace before '}'",
      },
    ]);
  });

  it('mypy: the error at its line, its severity and its code apart from the message', () => {
    if (!havePythonModule('mypy')) return;
    const output = run('mypy', ['--no-incremental', '--cache-dir=/dev/null', 'app']);
    expect(annotations(output)).toEqual([
      {
        owner: 'runway-mypy',
        file: 'app/bad.py',
        line: '5',
        severity: 'error',
        message: 'Incompatible return value type (got "int", expected "str")',
        code: 'return-value',
      },
    ]);
    // With columns, as `show_column_numbers` prints them.
    const withColumns = run('mypy', [
      '--no-incremental',
      '--cache-dir=/dev/null',
      '--show-column-numbers',
      'app',
    ]);
    expect(annotations(withColumns)).toEqual([
      {
        owner: 'runway-mypy',
        file: 'app/bad.py',
        line: '5',
        column: '12',
        severity: 'error',
        message: 'Incompatible return value type (got "int", expected "str")',
        code: 'return-value',
      },
    ]);
  });

  it('black --check: each file it would reformat, as a warning', () => {
    if (!havePythonModule('black')) return;
    const output = run('black', ['--check', 'app']);
    expect(annotations(output)).toEqual([
      {
        owner: 'runway-black',
        // Absolute, as black prints it; the runner makes it relative to the workspace.
        file: path.join(root, 'app/ugly.py'),
        line: '',
        severity: 'warning',
        message: path.join(root, 'app/ugly.py'),
      },
    ]);
  });

  it("pytest: the failing test's line and exception, and not its summary lines", () => {
    if (!havePythonModule('pytest')) return;
    const output = run('pytest', ['-p', 'no:cacheprovider', 'tests']);
    expect(output).toContain('FAILED tests/test_app.py::test_sum');
    expect(annotations(output)).toEqual([
      {
        owner: 'runway-pytest',
        file: 'tests/test_app.py',
        line: '2',
        severity: 'error',
        message: 'AssertionError',
      },
    ]);
  });
});
