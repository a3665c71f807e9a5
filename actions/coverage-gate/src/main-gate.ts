/** The adapter's second half: find and read reports → merge → gate → outputs, summary, annotations, comment, badge, upload. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { emitAnnotations } from '../../../shared/annotations.js';
import { artifactReports } from '../../../shared/artifacts.js';
import { baseBranch, type BaseArtifactRef, type NamePattern } from '../../../shared/artifact-names.js';
import { ActionFailure, errorMessage } from '../../../shared/errors.js';
import { execCapture } from '../../../shared/exec.js';
import { pullRequestTarget, readEvent, runUrl } from '../../../shared/event.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { phaseTimer } from '../../../shared/phases.js';
import { publishComment } from '../../../shared/pr-comment.js';
import type { Redactor } from '../../../shared/secrets.js';
import { bounded } from '../../../shared/text.js';
import { outputFile, regularFile, regularFiles, runnerRoots } from '../../../shared/workspace-file.js';
import { badgeEndpoint, badgeSvg } from './badge.js';
import { baseFromCoverage, baseFromSummary, isSummaryJson } from './base.js';
import { changedLines, type Git, patchBaseOf } from './changes.js';
import { DEFAULT_CONFIG, parseCodecovYaml } from './codecov-config.js';
import { noReports } from './main-no-reports.js';
import { uploadBody, uploadToCodecov } from './codecov-upload.js';
import { collect, type PathLookup } from './collect.js';
import { type BaseSummary, fileRows, gate } from './gate.js';
import { type Metric, percent, totalsOf } from './model.js';
import { applyOverrides, type Overrides } from './overrides.js';
import type { ParsedCoverage } from './parsers.js';
import { readReport } from './read-report.js';
import { buildComment, buildSummary, commentMarker, summaryJson, uncoveredAnnotations } from './report.js';
import { pathLookup } from './workspace-files.js';

export interface Settings extends Overrides {
  files: string[];
  /** What `files` matched, found before this module loaded. */
  found: string[];
  /** This run's artifacts whose coverage reports are read too. */
  artifacts: NamePattern[];
  artifactsTimeoutMs: number;
  /** `base` when it names an artifact of the base branch's latest successful run. */
  baseArtifact: BaseArtifactRef | undefined;
  ifNoFiles: 'error' | 'warn' | 'ignore';
  metric: Metric;
  config: string | undefined;
  base: string | undefined;
  patchBase: string | undefined;
  summaryJson: string | undefined;
  comment: 'auto' | 'always' | 'off';
  commentId: string;
  token: string | undefined;
  annotate: boolean;
  badge: string | undefined;
  /** Where the shields.io endpoint JSON goes. */
  badgeJson: string | undefined;
  codecovToken: string | undefined;
  codecovUrl: string;
  flags: string[];
  name: string | undefined;
  /** The whole upload, retries included. */
  uploadTimeoutMs: number;
  failOnUploadError: boolean;
}

const CONFIG_FILES = ['codecov.yml', '.codecov.yml', '.github/codecov.yml', '.github/.codecov.yml'];

function gitIn(workspace: string): Git {
  return async (args) => {
    const ran = await execCapture('git', ['-C', workspace, ...args], { maxBuffer: 512 * 1024 * 1024 });
    return { code: ran.code ?? 1, stdout: ran.stdout, stderr: ran.stderr };
  };
}

async function loadConfig(settings: Settings, workspace: string) {
  const file = settings.config ?? CONFIG_FILES.find((f) => existsSync(path.join(workspace, f)));
  let config = DEFAULT_CONFIG;
  if (file !== undefined) {
    const real = await regularFile(file, "Input 'config'", runnerRoots(workspace));
    config = parseCodecovYaml(await readFile(real, 'utf8'), file);
  }
  core.info(
    file === undefined
      ? "No codecov.yml found: using Codecov's defaults and the inputs."
      : `Read the gate from ${file}.`,
  );
  if (config.notApplied.length > 0)
    core.debug(
      `Accepted from ${file ?? 'the config'}, with no meaning for this gate: ${config.notApplied.join(', ')}`,
    );
  return applyOverrides(config, settings);
}

/** The base file: a path as given, or the file fetched from the base branch's latest successful run. */
async function baseFile(
  settings: Settings,
  workspace: string,
  event: Record<string, unknown>,
): Promise<{ absolute: string; display: string } | undefined> {
  const file = settings.base;
  if (file === undefined) return undefined;
  const ref = settings.baseArtifact;
  if (ref === undefined) {
    if (!existsSync(path.resolve(workspace, file))) {
      core.notice(`No base coverage: '${file}' does not exist (the base branch has not produced one yet?).`);
      return undefined;
    }
    return { absolute: await regularFile(file, "Input 'base'", runnerRoots(workspace)), display: file };
  }
  const branch = baseBranch(event);
  const runId = Number(process.env.GITHUB_RUN_ID);
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  if (branch === undefined || !Number.isSafeInteger(runId) || !repository.includes('/'))
    throw new ActionFailure(
      "Input 'base' names an artifact of the base branch's run, but this run's event names no base or default branch (or GITHUB_RUN_ID / GITHUB_REPOSITORY are missing).",
    );
  const { baseArtifactFile } = await import('../../../shared/artifacts.js');
  const found = await baseArtifactFile({
    ref,
    input: 'base',
    timeoutInput: 'artifacts-timeout',
    timeoutMs: settings.artifactsTimeoutMs,
    token: settings.token ?? '',
    repository,
    runId,
    branch,
  });
  if (!found.found) {
    core.notice(`No base coverage: ${found.reason}; coverage is not compared with a base.`);
    return undefined;
  }
  return found.file;
}

async function loadBase(
  source: { absolute: string; display: string } | undefined,
  workspace: string,
  metric: Metric,
  lookup: PathLookup,
  ignore: readonly string[],
): Promise<BaseSummary | undefined> {
  if (source === undefined) return undefined;
  const { absolute, display: file } = source;
  const head = (await readFile(absolute, 'utf8')).trimStart();
  if (head.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(head);
    } catch {
      doc = undefined;
    }
    if (isSummaryJson(doc)) {
      if (doc.metric !== metric)
        core.info(
          `The base summary was written with metric ${String(doc.metric)}; its files are recounted with ${metric}.`,
        );
      return baseFromSummary(doc, file, metric);
    }
  }
  const { coverage } = collect([await readReport(absolute, file)], workspace, lookup, ignore);
  return baseFromCoverage(coverage, metric);
}

export async function gateCoverage(settings: Settings, redactor: Redactor): Promise<void> {
  const lap = phaseTimer();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  // Reports from artifacts are named `artifact:<name>/<path>`, not by where they were downloaded.
  const shown = new Map<string, string>();
  const display = (f: string): string => shown.get(f) ?? (path.relative(workspace, f) || f);
  const git = gitIn(workspace);
  const { lookup, indexed } = await pathLookup(workspace, async () => {
    const listed = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    return listed.code === 0 ? listed.stdout.split('\0').filter(Boolean) : undefined;
  });
  if (!indexed) core.info('The workspace has too many files to index: report paths are checked one by one.');
  const event = await readEvent();

  lap('listing the workspace');
  const config = await loadConfig(settings, workspace);

  const fromArtifacts = await artifactReports(
    settings.artifacts,
    settings.files,
    settings.artifactsTimeoutMs,
  );
  for (const f of fromArtifacts.files) shown.set(f.absolute, f.display);
  const found = [...settings.found, ...fromArtifacts.files.map((f) => f.absolute)];
  const checked = await regularFiles(found, (f) => `The report '${display(f)}'`, runnerRoots(workspace));
  const files = checked.files;
  if (files.length === 0) {
    noReports(settings.files, fromArtifacts.notes, workspace, settings.ifNoFiles);
    return;
  }
  lap('finding reports');
  const reports: ParsedCoverage[] = [];
  const problems: string[] = [...checked.problems];
  for (const file of files) {
    try {
      const report = await readReport(file, display(file));
      reports.push(report);
      core.info(`${display(file)}: ${report.format}, ${report.files.size} files`);
    } catch (error) {
      problems.push(errorMessage(error));
    }
  }
  if (problems.length > 0) {
    // One bad shard among good ones would silently lower or raise the figure: never drop it.
    // Told once, in the step's failure line (bounded), not again as annotations of their own.
    for (const p of problems) core.info(bounded(`Unreadable coverage report: ${p}`));
    throw new ActionFailure(
      `${problems.length} coverage report${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`,
    );
  }

  lap('reading reports');
  const { coverage, ignoredFiles } = collect(reports, workspace, lookup, config.ignore);
  const totals = totalsOf(coverage);
  lap('resolving paths and merging');
  const base = await loadBase(
    await baseFile(settings, workspace, event),
    workspace,
    settings.metric,
    lookup,
    config.ignore,
  );
  const patchBase = patchBaseOf(settings.patchBase, event);
  const changed = patchBase === undefined ? undefined : await changedLines(git, patchBase);
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const target = pullRequestTarget(event, repository, process.env.GITHUB_EVENT_NAME ?? '');
  const result = gate(coverage, totals, settings.metric, config, base, changed, {
    pullRequest: target !== undefined,
    branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || undefined,
  });
  const rows = fileRows(coverage, settings.metric, config, base);
  lap('gating');

  const summaryPath = await outputFile(
    settings.summaryJson ?? path.join(process.env.RUNNER_TEMP ?? workspace, 'coverage-summary.json'),
    "Input 'summary-json'",
    runnerRoots(workspace),
  );
  await writeFile(
    summaryPath,
    JSON.stringify(summaryJson(coverage, settings.metric, totals, percent(totals, settings.metric)), null, 1),
  );
  if (settings.badge !== undefined) {
    const badgePath = await outputFile(settings.badge, "Input 'badge'", runnerRoots(workspace));
    await writeFile(badgePath, badgeSvg(result.coverage, config.range));
  }
  if (settings.badgeJson !== undefined) {
    const jsonPath = await outputFile(settings.badgeJson, "Input 'badge-json'", runnerRoots(workspace));
    await writeFile(jsonPath, badgeEndpoint(result.coverage, config.range));
  }

  lap('writing the summary JSON and badge');
  const fmt = (v: number | undefined): string => (v === undefined ? '' : String(v));
  core.setOutput('coverage', fmt(result.coverage));
  core.setOutput('patch-coverage', fmt(result.patch));
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

  let commentUrl = '';
  if (settings.comment !== 'off' && settings.token !== undefined && target !== undefined) {
    commentUrl = await publishComment({
      token: settings.token,
      repository,
      target,
      marker: commentMarker(settings.commentId),
      body: buildComment(result, rows, settings.commentId, runUrl()),
      redact: (text) => redactor.redact(text),
    });
  } else if (settings.comment === 'always' && target === undefined) {
    core.notice(`No PR comment: this ${process.env.GITHUB_EVENT_NAME ?? 'run'} event has no pull request.`);
  }
  core.setOutput('comment-url', commentUrl);

  let uploadError: string | undefined;
  if (settings.codecovToken !== undefined) {
    try {
      const network = (await git(['ls-files'])).stdout.split('\n').filter(Boolean);
      const contents = await Promise.all(
        files.map(async (f) => ({ name: display(f), content: await readFile(f, 'utf8') })),
      );
      const sha = process.env.GITHUB_SHA ?? (await git(['rev-parse', 'HEAD'])).stdout.trim();
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
        settings.uploadTimeoutMs,
      );
      core.info(
        `Uploaded ${files.length} report${files.length === 1 ? '' : 's'} to Codecov: ${uploaded.reportUrl}`,
      );
    } catch (error) {
      uploadError = redactor.redact(`Codecov upload failed: ${errorMessage(error)}`);
    }
  }

  const failures = result.statuses
    .filter((s) => s.state === 'failed')
    .map((s) => `${s.kind} ${s.name === 'default' ? '' : `${s.name} `}coverage ${s.reason}`);
  if (uploadError !== undefined) {
    if (!settings.failOnUploadError)
      core.warning(`${uploadError} (fail-on-upload-error is false)`, { title: 'Codecov upload' });
    else if (failures.length > 0) core.error(bounded(uploadError), { title: 'Codecov upload' });
    else throw new ActionFailure(uploadError);
  }
  if (failures.length > 0) throw new ActionFailure(`Coverage gate failed: ${failures.join('; ')}`);
  core.info(`Coverage ${fmt(result.coverage)}%: gate passed.`);
}
