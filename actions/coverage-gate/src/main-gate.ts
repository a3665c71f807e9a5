/** The adapter's second half: find, read and merge reports → gate → outputs, summary, annotations, comment, badge, upload. */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { emitAnnotations } from '../../../shared/annotations.js';
import { ActionFailure, ConfigurationError, errorMessage } from '../../../shared/errors.js';
import { execCapture } from '../../../shared/exec.js';
import { GitHubApi, upsertComment } from '../../../shared/github.js';
import { pullRequestTarget, readEvent, runUrl } from '../../../shared/event.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import type { Redactor } from '../../../shared/secrets.js';
import { positionOf, XmlScanError } from './xml-scanner.js';
import { badgeSvg } from './badge.js';
import { DEFAULT_CONFIG, type GateConfig, parseCodecovYaml } from './codecov-config.js';
import { uploadBody, uploadToCodecov } from './codecov-upload.js';
import { collect, type PathLookup } from './collect.js';
import { RepositoryIndex, SKIPPED_FOLDERS } from './repository-index.js';
import { type ChangedLines, parseUnifiedDiff } from './diff.js';
import { type BaseSummary, fileRows, gate } from './gate.js';
import { fileTotals, type Metric, percent, totalsOf } from './model.js';
import { lineRunsAvailable } from './line-run.js';
import { detectFormat, type ParsedCoverage, readerFor } from './parsers.js';
import {
  buildComment,
  buildSummary,
  commentMarker,
  summaryJson,
  type SummaryJson,
  uncoveredAnnotations,
} from './report.js';

export interface Settings {
  files: string[];
  ifNoFiles: 'error' | 'warn' | 'ignore';
  metric: Metric;
  config: string | undefined;
  target: number | 'auto' | undefined;
  threshold: number | undefined;
  patchTarget: number | 'auto' | undefined;
  patchThreshold: number | undefined;
  ignore: string[];
  informational: boolean | undefined;
  base: string | undefined;
  patchBase: string | undefined;
  summaryJson: string | undefined;
  comment: 'auto' | 'always' | 'off';
  commentId: string;
  token: string | undefined;
  annotate: boolean;
  badge: string | undefined;
  codecovToken: string | undefined;
  codecovUrl: string;
  flags: string[];
  name: string | undefined;
  failOnUploadError: boolean;
}

const ALWAYS_EXCLUDED = ['!**/node_modules/**', '!**/.git/**'];

async function git(
  workspace: string,
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const ran = await execCapture('git', ['-C', workspace, ...args]);
  return { code: ran.code ?? 1, stdout: ran.stdout, stderr: ran.stderr };
}

/** Every file of the workspace: git's list (tracked and untracked, not ignored), else a bounded walk. */
async function listFiles(workspace: string): Promise<string[] | undefined> {
  const listed = await execCapture(
    'git',
    ['-C', workspace, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { maxBuffer: 512 * 1024 * 1024 },
  );
  if (listed.code === 0) return listed.stdout.split('\0').filter(Boolean);
  const files: string[] = [];
  const walk = (dir: string, prefix: string): boolean => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !walk(path.join(dir, entry.name), `${prefix}${entry.name}/`))
          return false;
      } else if (entry.isFile()) {
        files.push(`${prefix}${entry.name}`);
        if (files.length > 200_000) return false;
      }
    }
    return true;
  };
  try {
    return walk(workspace, '') ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Report paths checked against the index; without one (too many files), against the file system. */
async function pathLookup(workspace: string): Promise<PathLookup> {
  const files = await listFiles(workspace);
  if (files !== undefined) {
    const index = new RepositoryIndex(files);
    return {
      exists: (f) => index.has(f),
      bySuffix: (f) => index.bySuffix(f),
      hasName: (name) => index.hasName(name),
    };
  }
  core.info('The workspace has too many files to index: report paths are checked one by one.');
  const known = new Map<string, boolean>();
  return {
    exists: (rel) => {
      let v = known.get(rel);
      if (v === undefined) {
        const abs = path.join(workspace, rel);
        v = existsSync(abs) && statSync(abs).isFile();
        known.set(rel, v);
      }
      return v;
    },
  };
}

/** Bytes read at a time, into two buffers that take turns (the readers copy whatever they keep). */
const READ_SIZE = 1024 * 1024;

async function readCoverage(file: string, display: string): Promise<ParsedCoverage> {
  // Bytes, not text: the Cobertura scanner works on bytes; LCOV and JSON readers decode their own. Two
  // buffers for the whole file rather than a stream's fresh one per chunk (200 fresh 1 MiB buffers for a
  // 200 MB report kept the garbage collector busy), and the next read is in flight while a chunk is parsed.
  const handle = await open(file, 'r');
  let filling = Buffer.allocUnsafe(READ_SIZE);
  let spare = Buffer.allocUnsafe(READ_SIZE);
  let next = handle.read(filling, 0, READ_SIZE, null);
  let reader: ReturnType<typeof readerFor> | undefined;
  try {
    for (;;) {
      const { bytesRead } = await next;
      if (bytesRead === 0) break;
      const chunk = filling.subarray(0, bytesRead);
      [filling, spare] = [spare, filling];
      next = handle.read(filling, 0, READ_SIZE, null);
      if (reader === undefined) {
        const format = detectFormat(chunk.toString('utf8', 0, 4096));
        if (format === undefined)
          throw new ConfigurationError('not a Cobertura XML, LCOV or coverage.py JSON report');
        reader = readerFor(format);
      }
      reader.write(chunk);
    }
    if (reader === undefined) throw new ConfigurationError('the file is empty');
    return reader.close();
  } catch (error) {
    if (error instanceof XmlScanError) {
      const { line, column } = await positionOf(createReadStream(file), error.offset);
      throw new ConfigurationError(`${display}:${line}:${column}: not well-formed XML: ${error.message}`);
    }
    throw new ConfigurationError(`${display}: ${errorMessage(error)}`);
  } finally {
    // A read still in flight (after an error) must end before the file is closed.
    await next.catch(() => undefined);
    await handle.close();
  }
}

async function loadConfig(
  settings: Settings,
  workspace: string,
): Promise<{ config: GateConfig; source: string | undefined }> {
  let file = settings.config;
  if (file === undefined)
    file = ['codecov.yml', '.codecov.yml', '.github/codecov.yml', '.github/.codecov.yml'].find((f) =>
      existsSync(path.join(workspace, f)),
    );
  let config = DEFAULT_CONFIG;
  if (file !== undefined) {
    const absolute = path.resolve(workspace, file);
    if (!existsSync(absolute))
      throw new ConfigurationError(
        `Input 'config' names '${file}', which does not exist (looked at ${absolute}).`,
      );
    config = parseCodecovYaml(await readFile(absolute, 'utf8'), file);
  }
  const override = (
    rule: GateConfig['project'],
    target: number | 'auto' | undefined,
    threshold: number | undefined,
  ): GateConfig['project'] => ({
    ...rule,
    ...(target !== undefined ? { target } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(settings.informational !== undefined ? { informational: settings.informational } : {}),
  });
  return {
    config: {
      ...config,
      project: override(config.project, settings.target, settings.threshold),
      patch: override(config.patch, settings.patchTarget, settings.patchThreshold),
      ignore: [...config.ignore, ...settings.ignore],
    },
    source: file,
  };
}

async function loadBase(
  file: string | undefined,
  workspace: string,
  metric: Metric,
  lookup: PathLookup,
  ignore: string[],
): Promise<BaseSummary | undefined> {
  if (file === undefined) return undefined;
  const absolute = path.resolve(workspace, file);
  if (!existsSync(absolute)) {
    core.notice(`No base coverage: '${file}' does not exist (the base branch has not produced one yet?).`);
    return undefined;
  }
  const text = await readFile(absolute, 'utf8');
  const head = text.slice(0, 200);
  if (head.trimStart().startsWith('{') && head.includes('"version"')) {
    const summary = JSON.parse(text) as SummaryJson;
    if (summary.metric !== metric)
      core.warning(
        `The base summary was computed with metric ${summary.metric}, this run uses ${metric}: the delta compares the two.`,
      );
    return { coverage: summary.coverage, files: summary.files };
  }
  const { coverage } = collect([await readCoverage(absolute, file)], workspace, lookup, ignore);
  const files = Object.fromEntries([...coverage].map(([f, lines]) => [f, fileTotals(lines)]));
  return { coverage: percent(totalsOf(coverage), metric), files };
}

/** The commit to diff against for patch coverage: the input, the PR's base, or the push's `before`. */
function patchBaseOf(settings: Settings, event: Record<string, unknown>): string | undefined {
  if (settings.patchBase !== undefined) return settings.patchBase;
  const pr = event.pull_request as { base?: { sha?: string } } | undefined;
  if (pr?.base?.sha !== undefined) return pr.base.sha;
  const before = event.before;
  return typeof before === 'string' && !/^0+$/.test(before) ? before : undefined;
}

async function changedLines(workspace: string, base: string): Promise<ChangedLines> {
  const present = await git(workspace, ['cat-file', '-e', `${base}^{commit}`]);
  if (present.code !== 0) {
    const shallow = (await git(workspace, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    throw new ConfigurationError(
      `Patch coverage needs the base commit ${base}, which is not in this clone${shallow ? ' (a shallow clone)' : ''}: use actions/checkout with fetch-depth: 0, or set 'patch-base'.`,
    );
  }
  const diff = await git(workspace, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    `${base}...HEAD`,
  ]);
  if (diff.code !== 0) throw new ConfigurationError(`git diff ${base}...HEAD failed: ${diff.stderr.trim()}`);
  return parseUnifiedDiff(diff.stdout);
}

/** Each phase's time, in the debug log (ACTIONS_STEP_DEBUG), for a run that takes longer than it should. */
function phaseTimer(): (phase: string) => void {
  let started = performance.now();
  return (phase) => {
    const now = performance.now();
    core.debug(`${phase}: ${Math.round(now - started)} ms`);
    started = now;
  };
}

export async function gateCoverage(settings: Settings, redactor: Redactor): Promise<void> {
  const lap = phaseTimer();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const display = (f: string): string => path.relative(workspace, f) || f;
  const lookup = await pathLookup(workspace);
  const event = await readEvent();

  lap('listing the workspace');
  const { config, source } = await loadConfig(settings, workspace);
  core.info(
    source === undefined
      ? "No codecov.yml found: using Codecov's defaults and the inputs."
      : `Read the gate from ${source}.`,
  );

  const globber = await glob.create([...settings.files, ...ALWAYS_EXCLUDED].join('\n'), {
    matchDirectories: false,
  });
  const files = (await globber.glob()).filter((f) => f.startsWith(workspace + path.sep)).sort();
  if (files.length === 0) {
    const message = `No coverage report matched ${settings.files.join(', ')} under ${workspace}.`;
    if (settings.ifNoFiles === 'error')
      throw new ActionFailure(
        `${message} Check that the tests wrote one (pytest --cov --cov-report=xml) before this step, or set 'if-no-files'.`,
      );
    if (settings.ifNoFiles === 'warn') core.warning(message);
    else core.info(message);
    core.setOutput('passed', 'true');
    return;
  }
  lap('finding reports');
  const reports: ParsedCoverage[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const report = await readCoverage(file, display(file));
      reports.push(report);
      core.info(`${display(file)}: ${report.format}, ${report.files.size} files`);
    } catch (error) {
      problems.push(errorMessage(error));
    }
  }
  if (problems.length > 0) {
    // One bad shard among good ones would silently lower or raise the figure: never drop it.
    for (const p of problems) core.error(p, { title: 'Unreadable coverage report' });
    throw new ActionFailure(
      `${problems.length} coverage report${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`,
    );
  }

  lap('reading reports');
  if (reports.some((r) => r.format === 'cobertura'))
    core.debug(
      lineRunsAvailable()
        ? "coverage.py's <line> runs were read in WebAssembly"
        : 'WebAssembly is unavailable (node --jitless?): every <line> was read in JavaScript, which is slower',
    );
  const { coverage, ignoredFiles } = collect(reports, workspace, lookup, config.ignore);
  const totals = totalsOf(coverage);
  lap('resolving paths and merging');
  const base = await loadBase(settings.base, workspace, settings.metric, lookup, config.ignore);
  const patchBase = patchBaseOf(settings, event);
  const changed = patchBase === undefined ? undefined : await changedLines(workspace, patchBase);
  const result = gate(coverage, totals, settings.metric, config, base, changed);
  const rows = fileRows(coverage, settings.metric, config, base);
  lap('gating');

  const summaryPath = path.resolve(
    workspace,
    settings.summaryJson ?? path.join(process.env.RUNNER_TEMP ?? workspace, 'coverage-summary.json'),
  );
  await mkdir(path.dirname(summaryPath), { recursive: true });
  await writeFile(
    summaryPath,
    JSON.stringify(summaryJson(coverage, settings.metric, totals, percent(totals, settings.metric)), null, 1),
  );
  if (settings.badge !== undefined) {
    const badgePath = path.resolve(workspace, settings.badge);
    await mkdir(path.dirname(badgePath), { recursive: true });
    await writeFile(badgePath, badgeSvg(result.coverage, config.range));
  }

  lap('writing the summary JSON and badge');
  const fmt = (v: number | undefined): string => (v === undefined ? '' : String(v));
  core.setOutput('coverage', fmt(result.coverage));
  core.setOutput('patch-coverage', fmt(result.patch?.value));
  core.setOutput('base-coverage', fmt(result.base));
  core.setOutput('delta', fmt(result.delta));
  core.setOutput('lines-covered', String(totals.linesCovered));
  core.setOutput('lines-valid', String(totals.linesValid));
  core.setOutput('branches-covered', String(totals.branchesCovered));
  core.setOutput('branches-valid', String(totals.branchesValid));
  core.setOutput('files', String(coverage.size));
  core.setOutput('passed', String(result.passed));
  core.setOutput('summary-json', summaryPath);

  await writeJobSummary(buildSummary(result, rows, reports.length, ignoredFiles));
  lap('writing the job summary');
  if (settings.annotate)
    emitAnnotations(core, uncoveredAnnotations(result), { reserveForFailure: !result.passed });

  const repository = process.env.GITHUB_REPOSITORY ?? '';
  let commentUrl = '';
  const target = pullRequestTarget(event, repository, process.env.GITHUB_EVENT_NAME ?? '');
  if (settings.comment !== 'off' && settings.token !== undefined && target !== undefined) {
    if (target.blocked !== undefined) core.notice(`No PR comment: ${target.blocked}.`);
    else {
      try {
        const outcome = await upsertComment(
          new GitHubApi(settings.token),
          repository,
          target.number,
          commentMarker(settings.commentId),
          buildComment(result, rows, settings.commentId, runUrl()),
        );
        commentUrl = outcome?.url ?? '';
        core.info(`PR comment ${outcome?.action ?? 'skipped'}: ${commentUrl}`);
      } catch (error) {
        core.warning(redactor.redact(`Could not write the PR comment: ${errorMessage(error)}`), {
          title: 'PR comment',
        });
      }
    }
  } else if (settings.comment === 'always' && target === undefined) {
    core.notice(`No PR comment: this ${process.env.GITHUB_EVENT_NAME ?? 'run'} event has no pull request.`);
  }
  core.setOutput('comment-url', commentUrl);

  let uploadError: string | undefined;
  if (settings.codecovToken !== undefined) {
    try {
      const network = (await git(workspace, ['ls-files'])).stdout.split('\n').filter(Boolean);
      const contents = await Promise.all(
        files.map(async (f) => ({ name: display(f), content: await readFile(f, 'utf8') })),
      );
      const sha = process.env.GITHUB_SHA ?? (await git(workspace, ['rev-parse', 'HEAD'])).stdout.trim();
      const uploaded = await uploadToCodecov(
        {
          url: settings.codecovUrl,
          token: settings.codecovToken,
          commit: sha,
          branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME,
          slug: repository,
          build: process.env.GITHUB_RUN_ID,
          buildUrl: runUrl(),
          job: process.env.GITHUB_WORKFLOW,
          pr: target === undefined ? undefined : String(target.number),
          flags: settings.flags,
          name: settings.name,
        },
        uploadBody(contents, network),
      );
      core.info(
        `Uploaded ${files.length} report${files.length === 1 ? '' : 's'} to Codecov: ${uploaded.reportUrl}`,
      );
    } catch (error) {
      uploadError = redactor.redact(`Codecov upload failed: ${errorMessage(error)}`);
    }
  }

  const failures = [result.project, result.patch]
    .filter((s) => s !== undefined && !s.passed)
    .map((s) => `${s?.name ?? ''} coverage ${s?.reason ?? ''}`);
  if (uploadError !== undefined) {
    if (!settings.failOnUploadError)
      core.warning(`${uploadError} (fail-on-upload-error is false)`, { title: 'Codecov upload' });
    else if (failures.length > 0) core.error(uploadError, { title: 'Codecov upload' });
    else throw new ActionFailure(uploadError);
  }
  if (failures.length > 0) throw new ActionFailure(`Coverage gate failed: ${failures.join('; ')}`);
  core.info(`Coverage ${fmt(result.coverage)}%: gate passed.`);
}
