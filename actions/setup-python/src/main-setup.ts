/** The main step: resolve an interpreter, create or reuse the venv, restore the cache, install, activate. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { regularFile, regularFiles, runnerRoots } from '../../../shared/workspace-file.js';
import { ActionFailure, ConfigurationError } from '../../../shared/errors.js';
import { execCapture, type LiveOutput } from '../../../shared/exec.js';
import { liveLog } from '../../../shared/live.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import { formatDuration } from '../../../shared/units.js';
import { restoreVenvCache, type CacheHit } from './main-cache.js';
import { PROBLEM_MATCHERS } from './matchers.js';
import { listsNothing } from './requirements.js';
import {
  type Candidate,
  choose,
  formatVersion,
  parseSpec,
  parseVersion,
  specFromFile,
  type VersionSpec,
} from './version-spec.js';

export interface Settings {
  spec: VersionSpec | undefined;
  versionFile: string | undefined;
  architecture: 'x64' | 'arm64' | 'x86';
  venv: string;
  requirements: string[];
  packages: string[];
  pipArgs: string[];
  upgradePip: boolean;
  cache: boolean;
  cacheDependencyPath: string[];
  problemMatchers: boolean;
  /** Given: use this manifest on any runner; undefined: the public one, on GitHub-hosted runners only. */
  manifestUrl: string | undefined;
  token: string | undefined;
}

async function exec(
  file: string,
  args: readonly string[],
  timeoutMs = 30 * 60_000,
  live?: LiveOutput,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const ran = await execCapture(file, args, {
    timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    ...(live === undefined ? {} : { live }),
  });
  return { code: ran.code ?? 1, stdout: ran.stdout, stderr: ran.stderr };
}

const VERSION_PROBE = 'import sys;print("%d.%d.%d" % sys.version_info[:3])';

async function versionOf(python: string): Promise<Candidate['version'] | undefined> {
  const ran = await exec(python, ['-c', VERSION_PROBE], 15_000);
  return ran.code === 0 ? parseVersion(ran.stdout) : undefined;
}

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
const dirs = (p: string): string[] => (existsSync(p) ? readdirSync(p).map((d) => path.join(p, d)) : []);

/** Every interpreter in the places the issue names, in order of preference for equal versions. */
async function discover(arch: string): Promise<{ candidates: Candidate[]; looked: string[] }> {
  const looked: string[] = [];
  const found: { path: string; source: Candidate['source'] }[] = [];
  const toolCache = process.env.RUNNER_TOOL_CACHE;
  if (toolCache !== undefined) {
    looked.push(path.join(toolCache, 'Python', '*', arch));
    for (const versionDir of dirs(path.join(toolCache, 'Python'))) {
      if (!existsSync(path.join(versionDir, `${arch}.complete`))) continue;
      for (const exe of ['bin/python3', 'bin/python', 'python.exe']) {
        const p = path.join(versionDir, arch, exe);
        if (isFile(p)) {
          found.push({ path: p, source: 'tool-cache' });
          break;
        }
      }
    }
  }
  const pyenv = process.env.PYENV_ROOT ?? path.join(homedir(), '.pyenv');
  looked.push(path.join(pyenv, 'versions'));
  for (const d of dirs(path.join(pyenv, 'versions')))
    if (isFile(path.join(d, 'bin/python'))) found.push({ path: path.join(d, 'bin/python'), source: 'pyenv' });
  const uv = path.join(homedir(), '.local/share/uv/python');
  looked.push(uv);
  for (const d of dirs(uv))
    if (isFile(path.join(d, 'bin/python3'))) found.push({ path: path.join(d, 'bin/python3'), source: 'uv' });
  looked.push('PATH (python3.X, python3)');
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || dir.includes('.pyenv/shims')) continue;
    for (const p of dirs(dir))
      if (/^python3(\.\d+)?$/.test(path.basename(p)) && isFile(p)) found.push({ path: p, source: 'path' });
  }
  looked.push('/usr/bin/python3.X');
  for (const p of dirs('/usr/bin'))
    if (/^python3\.\d+$/.test(path.basename(p))) found.push({ path: p, source: 'system' });

  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const f of found) {
    let real: string;
    try {
      real = realpathSync(f.path);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const version = await versionOf(f.path);
    if (version !== undefined && version[0] === 3) candidates.push({ ...f, version });
  }
  return { candidates, looked };
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function requestedSpec(settings: Settings, workspace: string): Promise<VersionSpec | undefined> {
  if (settings.spec !== undefined) return settings.spec;
  const files =
    settings.versionFile !== undefined ? [settings.versionFile] : ['.python-version', 'pyproject.toml'];
  for (const file of files) {
    const abs = path.resolve(workspace, file);
    if (settings.versionFile === undefined && !existsSync(abs)) continue;
    // Only a regular file of the workspace: a link to /proc/self/environ must not reach an error message.
    const what = settings.versionFile === undefined ? 'The version file' : "Input 'python-version-file'";
    const real = await regularFile(file, what, runnerRoots(workspace));
    const text = specFromFile(file, await readFile(real, 'utf8'));
    if (text !== undefined) {
      core.info(`Python version ${text} from ${file}.`);
      return parseSpec(text, `python-version-file (${file})`);
    }
  }
  return undefined;
}

export async function setup(settings: Settings): Promise<void> {
  const t0 = Date.now();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const noVenv = settings.venv === 'false';
  // `~/app/venv_py311`: a venv a self-hosted runner keeps in its home folder.
  const venv =
    settings.venv === '~' || settings.venv.startsWith('~/')
      ? path.join(homedir(), settings.venv.slice(1))
      : path.resolve(workspace, settings.venv);
  const outsideWorkspace = !inside(venv, workspace);
  const venvPython = path.join(venv, 'bin', 'python');
  const existingVenv = !noVenv && isFile(path.join(venv, 'pyvenv.cfg')) && isFile(venvPython);
  if (!noVenv && !existingVenv) {
    const allowed = [workspace, process.env.RUNNER_TEMP, homedir()]
      .filter((d): d is string => d !== undefined)
      .map((d) => path.resolve(d));
    if (!allowed.some((d) => inside(venv, d))) {
      throw new ConfigurationError(
        `Input 'venv' is '${settings.venv}', which is not a virtual environment (no pyvenv.cfg) and is outside the workspace: give a path inside the workspace, or an existing venv.`,
      );
    }
    if (existsSync(venv) && readdirSync(venv).length > 0) {
      throw new ConfigurationError(
        `Input 'venv' is '${settings.venv}', a folder that is not empty and not a virtual environment: choose another path.`,
      );
    }
  }
  for (const file of settings.requirements) {
    if (!isFile(path.resolve(workspace, file)))
      throw new ConfigurationError(
        `Input 'requirements' names '${file}', which does not exist (looked at ${path.resolve(workspace, file)}).`,
      );
  }

  const spec = await requestedSpec(settings, workspace);
  let interpreter: Candidate;
  if (spec === undefined && existingVenv) {
    // The self-hosted case: an existing venv, no version asked: use it as it is.
    const version = await versionOf(venvPython);
    if (version === undefined)
      throw new ActionFailure(`The venv at ${settings.venv} has a python that does not run: recreate it.`);
    interpreter = { path: venvPython, version, source: 'path' };
  } else {
    if (spec === undefined) {
      throw new ConfigurationError(
        "Input 'python-version' is required: no .python-version or pyproject.toml requires-python was found (or set python-version-file).",
      );
    }
    const { candidates, looked } = await discover(settings.architecture);
    // The order the runner images promise: the tool cache, then the manifest (GitHub-hosted runners, or
    // any runner given a mirror), then whatever the machine has.
    let chosen = choose(
      candidates.filter((c) => c.source === 'tool-cache'),
      spec,
    );
    let manifestNote: string | undefined;
    const useManifest =
      settings.manifestUrl !== undefined || process.env.RUNNER_ENVIRONMENT === 'github-hosted';
    if (chosen === undefined && useManifest) {
      const { fromManifest } = await import('./main-download.js');
      const { DEFAULT_MANIFEST_URL } = await import('./manifest.js');
      const url = settings.manifestUrl ?? DEFAULT_MANIFEST_URL;
      const toolCache = process.env.RUNNER_TOOL_CACHE;
      if (toolCache === undefined) throw new ActionFailure('RUNNER_TOOL_CACHE is not set: is this a runner?');
      looked.splice(1, 0, `the manifest at ${url}`);
      const outcome = await fromManifest(
        spec,
        { url, token: settings.token, architecture: settings.architecture },
        toolCache,
      );
      if (outcome.kind === 'installed') chosen = outcome.candidate;
      else {
        manifestNote = outcome.reason;
        core.info(`Not from the manifest: ${outcome.reason}; looking at the machine's interpreters.`);
        if (outcome.kind === 'unavailable') core.warning(outcome.reason);
      }
    }
    chosen ??= choose(
      candidates.filter((c) => c.source !== 'tool-cache'),
      spec,
    );
    if (chosen === undefined) {
      const seen =
        candidates.map((c) => `${formatVersion(c.version)} (${c.source}: ${c.path})`).join(', ') || 'none';
      throw new ActionFailure(
        `No Python matching ${spec.text} was found. Found: ${seen}.${manifestNote === undefined ? '' : ` Manifest: ${manifestNote}.`} Looked in: ${looked.join('; ')}.`,
      );
    }
    interpreter = chosen;
  }
  const fullVersion = formatVersion(interpreter.version);
  core.info(`Python ${fullVersion} from the ${interpreter.source} (${interpreter.path}).`);

  let python = interpreter.path;
  let cacheHit: CacheHit = 'false';
  let cacheKey = '';
  if (!noVenv) {
    let reuse = existingVenv;
    if (existingVenv && interpreter.path !== venvPython) {
      const has = await versionOf(venvPython);
      reuse = has !== undefined && formatVersion(has) === fullVersion;
      // A venv outside the workspace is the runner's own (prepared by hand, shared by jobs): used, never replaced.
      if (!reuse && outsideWorkspace)
        throw new ConfigurationError(
          `Input 'venv' names ${settings.venv}, an existing venv outside the workspace with Python ${has ? formatVersion(has) : 'that does not run'}, not ${fullVersion}; it is never recreated: leave 'python-version' empty to use it as it is, or name a venv inside the workspace.`,
        );
      if (!reuse)
        core.info(
          `The venv at ${settings.venv} has Python ${has ? formatVersion(has) : 'that does not run'}; recreating it with ${fullVersion}.`,
        );
    }
    if (settings.cache && !reuse) {
      const patterns =
        settings.cacheDependencyPath.length > 0
          ? settings.cacheDependencyPath
          : settings.requirements.length > 0
            ? settings.requirements
            : ['**/requirements*.txt', '**/pyproject.toml', '**/setup.cfg', '**/poetry.lock', '**/uv.lock'];
      const files = (
        await (
          await glob.create(
            [...patterns, '!**/node_modules/**', '!**/.git/**', `!${settings.venv}/**`].join('\n'),
          )
        ).glob()
      ).sort();
      const hash = createHash('sha256');
      const hashed = await regularFiles(
        files,
        (f) => `The cache key's file '${path.relative(workspace, f)}'`,
        runnerRoots(workspace),
      );
      for (const p of hashed.problems) core.warning(p);
      for (const f of hashed.files) hash.update(path.relative(workspace, f)).update(await readFile(f));
      const prefix = `runway-venv-${process.env.RUNNER_OS ?? process.platform}-${settings.architecture}-py${fullVersion}-`;
      cacheKey = `${prefix}${hash.digest('hex').slice(0, 32)}`;
      cacheHit = await restoreVenvCache(venv, cacheKey, prefix);
      reuse = cacheHit !== 'false' && isFile(venvPython);
    }
    if (!reuse) {
      const created = await exec(interpreter.path, ['-m', 'venv', '--clear', venv]);
      if (created.code !== 0) {
        throw new ActionFailure(
          `Could not create the venv at ${settings.venv} with ${interpreter.path}: ${(created.stderr || created.stdout).trim().split('\n').slice(-3).join(' ')} (on Debian and Ubuntu: apt-get install python3-venv).`,
        );
      }
      core.info(`Created the venv at ${settings.venv}.`);
    } else {
      core.info(`Reusing the venv at ${settings.venv}.`);
    }
    python = venvPython;
  }

  const requirements: string[] = [];
  for (const file of settings.requirements) {
    const real = await regularFile(file, "Input 'requirements'", runnerRoots(workspace));
    if (listsNothing(await readFile(real, 'utf8')))
      core.info(`${file} lists no requirements: pip is not run for it.`);
    else requirements.push(file);
  }
  const install = requirements.length > 0 || settings.packages.length > 0;
  if (install && cacheHit !== 'true') {
    const args = [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      ...requirements.flatMap((r) => ['-r', path.resolve(workspace, r)]),
      ...settings.packages,
      ...settings.pipArgs,
    ];
    core.startGroup(`pip install ${[...requirements.map((r) => `-r ${r}`), ...settings.packages].join(' ')}`);
    try {
      // pip's own lines as they come: a large install is minutes of progress, not minutes of silence.
      const live = liveLog('pip install', ['stdout', 'stderr']);
      if (settings.upgradePip)
        await exec(
          python,
          ['-m', 'pip', 'install', '--upgrade', 'pip', ...settings.pipArgs],
          undefined,
          live,
        );
      const ran = await exec(python, args, undefined, live);
      if (ran.code !== 0) {
        const error =
          ran.stderr
            .trim()
            .split('\n')
            .filter((l) => /error/i.test(l))
            .slice(-2)
            .join(' ') ||
          ran.stderr.trim().split('\n').at(-1) ||
          'no error output';
        throw new ActionFailure(
          `pip could not install ${[...requirements, ...settings.packages].join(', ')}: ${error}`,
        );
      }
    } finally {
      core.endGroup();
    }
  } else if (install) {
    core.info('Exact cache hit: the venv already holds the requirements; pip is skipped.');
  }

  if (!noVenv) {
    core.exportVariable('VIRTUAL_ENV', venv);
    core.addPath(path.join(venv, 'bin'));
  }
  core.exportVariable('pythonLocation', path.dirname(path.dirname(interpreter.path)));
  if (settings.problemMatchers) {
    const file = path.join(process.env.RUNNER_TEMP ?? workspace, 'runway-python-matchers.json');
    await writeFile(file, JSON.stringify(PROBLEM_MATCHERS));
    core.info(`::add-matcher::${file}`);
  }
  core.saveState('cache-key', cacheKey);
  core.saveState('venv-path', noVenv ? '' : venv);
  core.saveState('cache-hit', cacheHit);
  core.setOutput('python-version', fullVersion);
  core.setOutput('python-path', python);
  core.setOutput('python-source', interpreter.source);
  core.setOutput('venv-path', noVenv ? '' : venv);
  core.setOutput('cache-hit', cacheHit);
  core.setOutput('cache-key', cacheKey);
  await writeJobSummary(
    new SummaryBuilder()
      .heading(`🐍 Python ${fullVersion}`, 2)
      .table(
        ['Interpreter', 'Source', 'Venv', 'Cache', 'Installed', 'Took'],
        [
          [
            interpreter.path,
            interpreter.source,
            noVenv ? '–' : settings.venv,
            cacheHit,
            install ? [...requirements, ...settings.packages].join(', ') : '–',
            formatDuration(Date.now() - t0),
          ],
        ],
      ),
  );
}
