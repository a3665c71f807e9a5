/** The real pytest from Debian's python3-pytest (under /usr/bin/python3), run on sample code made in the test. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SYSTEM_PYTHON = '/usr/bin/python3';

/** Whether `python3 -m <module>` works; in CI its absence is a failure, elsewhere a printed skip. */
export function havePythonModule(module: string): boolean {
  try {
    execFileSync(SYSTEM_PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    const message = `${SYSTEM_PYTHON} cannot import ${module}: apt-get install python3-${module.replace(/_/g, '-')}`;
    if (process.env.CI === 'true') throw new Error(`${message} (required in CI; .ci/run installs it)`);
    console.warn(`SKIPPED: ${message}`);
    return false;
  }
}

/** Writes files (path → content) under root. */
export function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
}

/** Runs pytest in `cwd`; returns its exit code (1 when tests failed is expected in these tests). */
export function pytest(cwd: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(SYSTEM_PYTHON, ['-m', 'pytest', '-p', 'no:cacheprovider', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, PYTHONDONTWRITEBYTECODE: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * A small package whose tests cover every outcome: passing, failing (an assert in a helper), skipped,
 * xfailed, strict-xpassed, a setup error, and a teardown error after a failure (pytest writes two records).
 */
export const SAMPLE_PACKAGE: Readonly<Record<string, string>> = {
  'sampleapp/__init__.py': '',
  'sampleapp/calc.py':
    'def add(a, b):\n    return a + b\n\n\ndef check_positive(n):\n    assert n > 0, f"{n} is not positive"\n    return n\n',
  'tests/__init__.py': '',
  'tests/test_calc.py': [
    'import pytest',
    'from sampleapp.calc import add, check_positive',
    '',
    '',
    'def test_add():',
    '    assert add(2, 3) == 5',
    '',
    '',
    'def test_add_wrong():',
    '    assert add(2, 2) == 5',
    '',
    '',
    'def test_helper_fails():',
    '    check_positive(-1)',
    '',
    '',
    '@pytest.mark.skip(reason="not today")',
    'def test_skipped():',
    '    pass',
    '',
    '',
    '@pytest.mark.xfail(reason="known bug")',
    'def test_xfail():',
    '    assert False',
    '',
    '',
    '@pytest.fixture',
    'def broken():',
    '    raise RuntimeError("fixture exploded")',
    '',
    '',
    'def test_setup_error(broken):',
    '    pass',
    '',
    '',
    '@pytest.fixture',
    'def bad_teardown():',
    '    yield',
    '    raise RuntimeError("teardown exploded")',
    '',
    '',
    'def test_fail_then_teardown_error(bad_teardown):',
    '    assert 1 == 2',
    '',
  ].join('\n'),
};

/** A small package with branches, and tests split in two shards that each cover part of it. */
export const COVERAGE_PACKAGE: Readonly<Record<string, string>> = {
  'calc/__init__.py': '',
  'calc/ops.py': [
    'def sign(n):',
    '    if n > 0:',
    '        return 1',
    '    if n < 0:',
    '        return -1',
    '    return 0',
    '',
    '',
    'def clamp(n, low, high):',
    '    if n < low:',
    '        return low',
    '    if n > high:',
    '        return high',
    '    return n',
    '',
    '',
    'def unused():',
    '    return "never called"',
    '',
  ].join('\n'),
  'tests/__init__.py': '',
  'tests/test_sign.py':
    'from calc.ops import sign\n\n\ndef test_positive():\n    assert sign(5) == 1\n\n\ndef test_zero():\n    assert sign(0) == 0\n',
  'tests/test_clamp.py':
    'from calc.ops import clamp\n\n\ndef test_low():\n    assert clamp(-5, 0, 10) == 0\n\n\ndef test_inside():\n    assert clamp(5, 0, 10) == 5\n',
};

/** Runs coverage.py (`python3 -m coverage ...`) in cwd. */
export function coverage(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(SYSTEM_PYTHON, ['-m', 'coverage', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, PYTHONDONTWRITEBYTECODE: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
