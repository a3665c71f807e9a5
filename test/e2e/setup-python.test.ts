/**
 * setup-python through its committed bundle, with real interpreters: a tool cache laid out in the test
 * that links a real Python, a venv created and activated, and a package installed from a wheel made in the
 * test (no network: --no-index --find-links).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../harness/run-action.js';

/** A real CPython 3 that can make venvs: pyenv's when the machine has one, else Debian's. */
function realPython(): { path: string; version: string } | undefined {
  const pyenv = path.join(process.env.HOME ?? '/root', '.pyenv', 'versions');
  const options = [
    ...(existsSync(pyenv)
      ? readdirSync(pyenv)
          .filter((v) => /^3\.\d+\.\d+$/.test(v))
          .map((v) => path.join(pyenv, v, 'bin', 'python'))
      : []),
    '/usr/bin/python3',
  ];
  for (const p of options) {
    try {
      const probe = mkdtempSync(path.join(tmpdir(), 'runway-venv-probe-'));
      execFileSync(p, ['-m', 'venv', probe], { stdio: 'ignore' });
      rmSync(probe, { recursive: true, force: true });
      const version = execFileSync(p, ['-c', 'import sys;print("%d.%d.%d" % sys.version_info[:3])'], {
        encoding: 'utf8',
      }).trim();
      return { path: p, version };
    } catch {
      // no venv support here
    }
  }
  if (process.env.CI === 'true')
    throw new Error('No python3 that can create a venv: .ci/run must install python3-venv');
  console.warn('SKIPPED: no python3 with venv support');
  return undefined;
}

const python = realPython();
let root = '';
let toolCache = '';
let wheels = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'runway-sp-'));
  if (python === undefined) return;
  // A tool cache as the runner lays it out: Python/<version>/<arch>/bin/python3 and <arch>.complete.
  toolCache = path.join(root, 'toolcache');
  const dir = path.join(toolCache, 'Python', python.version, 'x64', 'bin');
  mkdirSync(dir, { recursive: true });
  symlinkSync(python.path, path.join(dir, 'python3'));
  writeFileSync(path.join(toolCache, 'Python', python.version, 'x64.complete'), '');
  // A wheel made here, so pip installs without a network.
  wheels = path.join(root, 'wheels');
  mkdirSync(wheels);
  execFileSync(python.path, [
    '-c',
    [
      'import base64, hashlib, sys, zipfile',
      'files = {"runwaydemo/__init__.py": b"GREETING = \\"hello from the wheel\\"\\n", "runwaydemo-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\\nName: runwaydemo\\nVersion: 1.0\\n", "runwaydemo-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\\nGenerator: runway-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
      'record = "".join("%s,sha256=%s,%d\\n" % (n, base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode(), len(d)) for n, d in files.items()) + "runwaydemo-1.0.dist-info/RECORD,,\\n"',
      'z = zipfile.ZipFile(sys.argv[1], "w")',
      '[z.writestr(n, d) for n, d in files.items()]',
      'z.writestr("runwaydemo-1.0.dist-info/RECORD", record)',
      'z.close()',
    ].join('\n'),
    path.join(wheels, 'runwaydemo-1.0-py3-none-any.whl'),
  ]);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string> = {}): string {
  const ws = mkdtempSync(path.join(root, 'ws-'));
  for (const [f, c] of Object.entries(files)) writeFileSync(path.join(ws, f), c);
  return ws;
}

/** Hermetic: only the test's tool cache, no pyenv (HOME elsewhere), a PATH without other interpreters. */
function setup(ws: string, inputs: Record<string, string>, post = false): Promise<ActionRun> {
  return runAction('setup-python', {
    workspace: ws,
    inputs,
    post,
    timeoutMs: 120_000,
    env: { RUNNER_TOOL_CACHE: toolCache, HOME: path.join(root, 'home'), PATH: '/nonexistent-bin' },
  });
}

describe('setup-python with real interpreters', () => {
  it('resolves from the tool cache, creates and activates a venv, and installs from a local wheel', async (ctx) => {
    if (python === undefined) return ctx.skip();
    const ws = workspace({ 'requirements.txt': 'runwaydemo==1.0\n' });
    const minor = python.version.split('.').slice(0, 2).join('.');
    const run = await setup(
      ws,
      {
        'python-version': minor,
        requirements: 'requirements.txt',
        'pip-args': `--no-index --find-links ${wheels}`,
      },
      true,
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const venv = path.join(ws, '.venv');
    expect(run.outputs).toMatchObject({
      'python-version': python.version,
      'python-source': 'tool-cache',
      'venv-path': venv,
      'python-path': path.join(venv, 'bin', 'python'),
      'cache-hit': 'false',
    });
    expect(run.path).toEqual([path.join(venv, 'bin')]);
    expect(run.env.VIRTUAL_ENV).toBe(venv);
    const imported = execFileSync(
      path.join(venv, 'bin', 'python'),
      ['-c', 'import runwaydemo; print(runwaydemo.GREETING)'],
      { encoding: 'utf8' },
    );
    expect(imported.trim()).toBe('hello from the wheel');
    // No cache service outside GitHub: a warning, never a failure, and the post step says why it saves nothing.
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /^The cache service is not available here/,
    );
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.log).toContain('The cache service is not available here: the venv is not saved.');
    expect(run.stdout).toContain('::add-matcher::');

    const again = await setup(ws, {
      'python-version': minor,
      requirements: 'requirements.txt',
      'pip-args': `--no-index --find-links ${wheels}`,
      cache: 'false',
    });
    expect(again.exitCode).toBe(0);
    expect(again.log).toContain('Reusing the venv at .venv.');
  });

  it('reads .python-version, and just activates an existing venv when no version is asked', async (ctx) => {
    if (python === undefined) return ctx.skip();
    const ws = workspace({ '.python-version': `${python.version}\n` });
    const first = await setup(ws, { venv: 'venv_py', cache: 'false' });
    expect(first.exitCode).toBe(0);
    expect(first.log).toContain(`Python version ${python.version} from .python-version.`);
    rmSync(path.join(ws, '.python-version'));
    const activate = await setup(ws, { venv: 'venv_py', cache: 'false' });
    expect(activate.exitCode).toBe(0);
    expect(activate.outputs['python-version']).toBe(python.version);
    expect(activate.path).toEqual([path.join(ws, 'venv_py', 'bin')]);
  });

  it('lists what it found and where it looked when nothing matches', async (ctx) => {
    if (python === undefined) return ctx.skip();
    const run = await setup(workspace(), { 'python-version': '3.2' });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toMatch(
      new RegExp(
        `^No Python matching 3\\.2 was found\\. Found: ${python.version.replace(/\./g, '\\.')} \\(tool-cache: .*\\)\\. Looked in: .*toolcache/Python/\\*/x64`,
      ),
    );
  });

  it('names the file when pip fails', async (ctx) => {
    if (python === undefined) return ctx.skip();
    const ws = workspace({ 'requirements.txt': 'no-such-package-anywhere==9.9\n' });
    const run = await setup(ws, {
      'python-version': python.version,
      requirements: 'requirements.txt',
      'pip-args': `--no-index --find-links ${wheels}`,
      cache: 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toMatch(
      /^pip could not install requirements\.txt: .*no-such-package-anywhere/i,
    );
  });

  it.each([
    [
      { 'python-version': '4.0' },
      "Input 'python-version' asks for Python 4.0, which does not exist: Runway knows Python 3.",
    ],
    [
      { 'python-version': 'latest' },
      "Input 'python-version' must be a Python version such as 3.11, 3.11.9, 3.x or >=3.10,<3.13; got 'latest'.",
    ],
    [
      { 'python-version': '3.11', requirements: 'missing.txt' },
      /^Input 'requirements' names 'missing\.txt', which does not exist/,
    ],
    [
      { 'python-version': '3.11', venv: '/etc' },
      "Input 'venv' is '/etc', which is not a virtual environment (no pyvenv.cfg) and is outside the workspace: give a path inside the workspace, or an existing venv.",
    ],
    [
      {},
      "Input 'python-version' is required: no .python-version or pyproject.toml requires-python was found (or set python-version-file).",
    ],
  ])('rejects %j', async (inputs, expected) => {
    const run = await setup(workspace(), inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    if (typeof expected === 'string') expect(run.errors[0]?.message).toBe(expected);
    else expect(run.errors[0]?.message).toMatch(expected);
  });
});
