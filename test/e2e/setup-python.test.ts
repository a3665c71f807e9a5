/**
 * setup-python through its committed bundle, with real interpreters: a tool cache laid out in the test
 * that links a real Python, a venv created and activated, and a package installed from a wheel made in the
 * test (no network: --no-index --find-links).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { startServer, type TestServer } from '../harness/servers.js';

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

  it("activates a runner's prepared venv in the home folder (~/…), and never recreates it", async (ctx) => {
    if (python === undefined) return ctx.skip();
    const home = path.join(root, 'home');
    const prepared = path.join(home, 'app', 'venv_py311');
    mkdirSync(path.dirname(prepared), { recursive: true });
    execFileSync(python.path, ['-m', 'venv', prepared], { stdio: 'ignore' });
    const marker = path.join(prepared, 'prepared-by-hand');
    writeFileSync(marker, 'keep me');
    const ws = workspace();
    const run = await setup(ws, { venv: '~/app/venv_py311', cache: 'false' });
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.env.VIRTUAL_ENV).toBe(prepared);
    expect(run.path).toEqual([path.join(prepared, 'bin')]);
    expect(run.outputs['venv-path']).toBe(prepared);
    // A prepared venv of another Python than the one asked for: an error that says why, and the venv left
    // as it was. (Its python reports 3.8.0; the one asked for is the tool cache's.)
    const older = path.join(home, 'app', 'venv_py38');
    mkdirSync(path.join(older, 'bin'), { recursive: true });
    writeFileSync(path.join(older, 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.8.0\n');
    writeFileSync(path.join(older, 'bin', 'python'), '#!/bin/sh\necho 3.8.0\n', { mode: 0o755 });
    writeFileSync(path.join(older, 'prepared-by-hand'), 'keep me');
    const refused = await setup(ws, {
      venv: '~/app/venv_py38',
      'python-version': python.version,
      cache: 'false',
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]?.message).toBe(
      `Input 'venv' names ~/app/venv_py38, an existing venv outside the workspace with Python 3.8.0, not ${python.version}; it is never recreated: leave 'python-version' empty to use it as it is, or name a venv inside the workspace.`,
    );
    expect(existsSync(path.join(older, 'prepared-by-hand'))).toBe(true);
    expect(existsSync(path.join(older, 'bin', 'python'))).toBe(true);
    expect(existsSync(marker)).toBe(true);
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

  it('does not run pip for a requirements file that lists nothing', async (ctx) => {
    if (python === undefined) return ctx.skip();
    const ws = workspace({ 'requirements.txt': '# the standard library is enough\n' });
    const run = await setup(ws, {
      'python-version': python.version,
      requirements: 'requirements.txt',
      cache: 'false',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.log).toContain('requirements.txt lists no requirements: pip is not run for it.');
    expect(run.stdout).not.toContain('::group::pip install');
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
      "Input 'python-version' asks for Python '4.0', which does not exist: Runway knows Python 3.",
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

/**
 * The manifest path, against a local server speaking like raw.githubusercontent.com and the releases
 * download: a versions-manifest.json and an archive made here in actions/python-versions' layout (the
 * interpreter tree plus a setup.sh that copies it into the tool cache and marks it complete), whose
 * interpreter links the real one.
 */
describe('setup-python from an actions/python-versions manifest', () => {
  const osVersion = /^VERSION_ID="?([^"\n]+)"?$/m.exec(
    existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
  )?.[1];
  let server: TestServer | undefined;
  let manifest = '';
  let archiveStatus = 200;
  const TOKEN = 'ghs_manifestTokenForTheTest0123456789';

  beforeAll(async () => {
    if (python === undefined) return;
    const tree = path.join(root, 'archive-tree');
    mkdirSync(path.join(tree, 'bin'), { recursive: true });
    symlinkSync(python.path, path.join(tree, 'bin', 'python3'));
    writeFileSync(
      path.join(tree, 'setup.sh'),
      [
        'set -e',
        `VERSION=${python.version}`,
        'ARCH=x64',
        'DEST="$RUNNER_TOOL_CACHE/Python/$VERSION/$ARCH"',
        'mkdir -p "$DEST"',
        'cp -R ./* "$DEST"',
        'rm "$DEST/setup.sh"',
        'touch "$RUNNER_TOOL_CACHE/Python/$VERSION/$ARCH.complete"',
        '',
      ].join('\n'),
    );
    const archive = path.join(root, 'python.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', tree, '.']);
    const bytes = readFileSync(archive);
    server = await startServer((req, res) => {
      if (req.url === '/versions-manifest.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(manifest);
      } else if (req.url?.startsWith('/download/')) {
        if (archiveStatus !== 200) res.writeHead(archiveStatus).end('gone');
        else res.writeHead(200, { 'content-type': 'application/gzip' }).end(bytes);
      } else res.writeHead(404).end();
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  function manifestFor(platformVersion: string | undefined, version = python?.version ?? ''): string {
    const name = `python-${version}-linux-${platformVersion ?? 'x'}-x64.tar.gz`;
    return JSON.stringify([
      {
        version,
        stable: true,
        release_url: 'https://github.com/actions/python-versions/releases/tag/x',
        files: [
          {
            filename: name,
            arch: 'x64',
            platform: 'linux',
            ...(platformVersion === undefined ? {} : { platform_version: platformVersion }),
            download_url: `${server?.url ?? ''}/download/${name}`,
          },
        ],
      },
    ]);
  }

  function fromManifest(
    cache: string,
    inputs: Record<string, string>,
    serverUrl: string,
  ): Promise<ActionRun> {
    return runAction('setup-python', {
      workspace: workspace(),
      inputs: {
        'manifest-url': `${server?.url ?? ''}/versions-manifest.json`,
        token: TOKEN,
        cache: 'false',
        ...inputs,
      },
      timeoutMs: 120_000,
      env: {
        RUNNER_TOOL_CACHE: cache,
        // GHES: the token goes to this server's host only.
        GITHUB_SERVER_URL: serverUrl,
        RUNNER_ENVIRONMENT: 'self-hosted',
        HOME: path.join(root, 'home'),
        PATH: '/usr/bin:/bin',
      },
    });
  }

  it('downloads, installs into the tool cache with the token, and finds it there the next time', async (ctx) => {
    if (python === undefined || server === undefined) return ctx.skip();
    manifest = manifestFor(osVersion);
    archiveStatus = 200;
    const cache = mkdtempSync(path.join(root, 'empty-toolcache-'));
    const before = server.requests.length;
    const minor = python.version.split('.').slice(0, 2).join('.');
    const run = await fromManifest(cache, { 'python-version': minor }, server.url);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['python-source']).toBe('manifest');
    expect(run.outputs['python-version']).toBe(python.version);
    expect(existsSync(path.join(cache, 'Python', python.version, 'x64.complete'))).toBe(true);
    expect(existsSync(path.join(cache, 'Python', python.version, 'x64', 'setup.sh'))).toBe(false);
    const requests = server.requests.slice(before);
    expect(requests.map((r) => r.url.split('/')[1])).toEqual(['versions-manifest.json', 'download']);
    for (const r of requests) expect(r.headers.authorization).toBe(`token ${TOKEN}`);
    expect(run.masks).toContain(TOKEN);
    expect(run.log).not.toContain(TOKEN);
    expect(run.log).toContain(`Downloading Python ${python.version}`);
    // The venv is made with the downloaded interpreter.
    expect(run.outputs['python-path']).toMatch(/\.venv\/bin\/python$/);

    const again = await fromManifest(cache, { 'python-version': minor }, server.url);
    expect(again.exitCode).toBe(0);
    expect(again.outputs['python-source']).toBe('tool-cache');
    expect(server.requests.length - before).toBe(2); // nothing fetched the second time
  });

  it('never sends the token to a mirror that is not GitHub’s, and says why the manifest had nothing', async (ctx) => {
    if (python === undefined || server === undefined) return ctx.skip();
    manifest = manifestFor('no-such-os-version');
    const before = server.requests.length;
    const run = await fromManifest(
      mkdtempSync(path.join(root, 'empty-toolcache-')),
      { 'python-version': '3.2' },
      'https://github.example.com',
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toContain('Manifest: the manifest has no release matching 3.2.');
    expect(run.errors.at(-1)?.message).toContain(`Looked in: ${path.join(root, 'empty-toolcache-')}`);
    expect(server.requests.slice(before).map((r) => r.headers.authorization)).toEqual([undefined]);

    // The version exists, but not for this OS: the machine's interpreters are next, and the log says why.
    const minor = python.version.split('.').slice(0, 2).join('.');
    const fallback = await fromManifest(
      mkdtempSync(path.join(root, 'empty-toolcache-')),
      { 'python-version': minor, venv: 'false' },
      'https://github.example.com',
    );
    expect(fallback.log).toContain(
      `Not from the manifest: the manifest has ${minor} (newest ${python.version}) but no archive for linux ${osVersion ?? ''} x64`.replace(
        '  ',
        ' ',
      ),
    );
  });

  it('fails naming the URL when the archive is gone, and when the manifest is not one', async (ctx) => {
    if (python === undefined || server === undefined) return ctx.skip();
    manifest = manifestFor(osVersion);
    archiveStatus = 404;
    const run = await fromManifest(
      mkdtempSync(path.join(root, 'empty-toolcache-')),
      { 'python-version': python.version },
      server.url,
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toMatch(
      new RegExp(
        `^Downloading Python ${python.version.replace(/\./g, '\\.')} from http://127\\.0\\.0\\.1:\\d+/download/.* failed: .*404`,
      ),
    );
    manifest = '<html>Too many requests</html>';
    const html = await fromManifest(
      mkdtempSync(path.join(root, 'empty-toolcache-')),
      { 'python-version': python.version },
      server.url,
    );
    expect(html.exitCode).toBe(1);
    expect(html.errors.at(-1)?.message).toMatch(
      /^The Python versions manifest at http:\/\/127\.0\.0\.1:\d+\/versions-manifest\.json is not JSON\.$/,
    );
  });
});
