/** The adapter's second half: find and read reports → aggregate → outputs, summary, annotations, PR comment. */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { emitAnnotations } from '../../../shared/annotations.js';
import { relativeGlobs } from '../../../shared/artifact-files.js';
import type { NamePattern } from '../../../shared/artifact-names.js';
import { artifactReports } from '../../../shared/artifacts.js';
import { findWorkspaceFiles } from '../../../shared/find-files.js';
import { ActionFailure } from '../../../shared/errors.js';
import { publishComment } from '../../../shared/pr-comment.js';
import { pullRequestTarget, readEvent, runUrl } from '../../../shared/event.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import type { Redactor } from '../../../shared/secrets.js';
import { bounded } from '../../../shared/text.js';
import { regularFiles, runnerRoots, shownName } from '../../../shared/workspace-file.js';
import { aggregate, type TestOutcome } from './aggregate.js';
import { locate, type SourceLocation } from './locate.js';
import { type FailOn, verdict } from './conclusion.js';
import { noTestsMessage } from './no-tests.js';
import { readReports } from './read-reports.js';
import {
  annotationsFor,
  buildComment,
  buildSummary,
  commentMarker,
  isProblem,
  mismatchText,
  resultsJson,
  totalsLine,
} from './report.js';

export interface Settings {
  patterns: string[];
  rerunPatterns: string[];
  /** This run's artifacts whose JUnit reports are read as `files` too. */
  artifacts: NamePattern[];
  artifactsTimeoutMs: number;
  title: string;
  failOn: FailOn;
  requireTests: boolean;
  annotate: boolean;
  commentMode: 'off' | 'on-failure' | 'always';
  token: string | undefined;
}

export async function publish(settings: Settings, redactor: Redactor): Promise<void> {
  const { patterns, rerunPatterns, title, failOn, requireTests, annotate, commentMode, token } = settings;
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  // Reports from artifacts are named `artifact:<name>/<path>`, not by where they were downloaded.
  const shown = new Map<string, string>();
  const display = (file: string): string => shown.get(file) ?? (path.relative(workspace, file) || file);
  // A report that is a link out of the workspace (a pull request can add one) is refused, never read.
  const usable = async (found: string[]) =>
    regularFiles(found, (f) => `The report '${display(f)}'`, runnerRoots(workspace));
  // Inside artifacts too, a file `rerun-files` matches is a rerun's.
  const fromArtifacts = await artifactReports(
    settings.artifacts,
    [...patterns, ...rerunPatterns],
    settings.artifactsTimeoutMs,
  );
  const isRerun = relativeGlobs(rerunPatterns);
  for (const f of fromArtifacts.files) shown.set(f.absolute, f.display);
  const rerunFiles = await usable([
    ...(await findWorkspaceFiles(rerunPatterns, workspace)),
    ...fromArtifacts.files.filter((f) => isRerun(f.relative)).map((f) => f.absolute),
  ]);
  const mainFiles = await usable([
    ...(await findWorkspaceFiles(patterns, workspace)).filter((f) => !rerunFiles.files.includes(f)),
    ...fromArtifacts.files.filter((f) => !isRerun(f.relative)).map((f) => f.absolute),
  ]);
  const read = await readReports(mainFiles.files.map((f) => ({ absolute: f, display: display(f) })));
  const reruns = await readReports(rerunFiles.files.map((f) => ({ absolute: f, display: display(f) })));
  for (const skipped of [...read.notJunit, ...reruns.notJunit]) {
    core.info(
      `Skipped ${skipped.path}: its root element is <${shownName(skipped.root)}>, not a JUnit report.`,
    );
  }
  const problems = [...mainFiles.problems, ...rerunFiles.problems, ...read.problems, ...reruns.problems];
  // Each problem is told once, in the step's failure line (bounded), not again as an annotation of its own.
  for (const problem of problems) core.info(bounded(`Unreadable test report: ${problem}`));

  const result = aggregate(read.reports, reruns.reports);
  for (const report of [...read.reports, ...reruns.reports]) {
    core.info(`${report.path}: ${report.report.cases.length} test records`);
  }
  for (const mismatch of result.mismatches) core.info(`Note: ${mismatchText(mismatch)}`);
  for (const report of [...read.reports, ...reruns.reports]) {
    for (const warning of report.report.warnings) core.warning(bounded(`${report.path}: ${warning}`));
  }
  core.info(totalsLine(result.totals));

  const isFile = new Map<string, boolean>();
  const isRepoFile = (rel: string): boolean => {
    let known = isFile.get(rel);
    if (known === undefined) {
      const absolute = path.join(workspace, rel);
      known = existsSync(absolute) && statSync(absolute).isFile();
      isFile.set(rel, known);
    }
    return known;
  };
  const locations = new Map<TestOutcome, SourceLocation | undefined>();
  for (const t of result.tests) {
    if (isProblem(t)) locations.set(t, locate(t, isRepoFile, workspace));
    // A flaky test passed in the end: where it failed is in its failed attempt.
    if (t.outcome === 'flaky')
      locations.set(t, locate({ ...t, details: t.attempts[0]?.details ?? t.details }, isRepoFile, workspace));
  }

  const { totals } = result;
  const { conclusion, failing, noTests } = verdict(totals, failOn, requireTests, problems.length);

  const jsonPath = path.join(
    process.env.RUNNER_TEMP ?? workspace,
    `test-report-${process.pid}-${Date.now()}.json`,
  );
  await pipeline(Readable.from(resultsJson(result, locations)), createWriteStream(jsonPath));
  core.setOutput('total', String(totals.total));
  core.setOutput('passed', String(totals.passed));
  core.setOutput('failed', String(totals.failed));
  core.setOutput('errors', String(totals.errors));
  core.setOutput('skipped', String(totals.skipped));
  core.setOutput('flaky', String(totals.flaky));
  core.setOutput('duration-seconds', String(Math.round(totals.time * 1000) / 1000));
  core.setOutput('conclusion', conclusion);
  core.setOutput('json', jsonPath);

  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const sha = process.env.GITHUB_SHA;
  const context = {
    title,
    conclusion,
    reports: read.reports.length + reruns.reports.length,
    locations,
    ...(sha !== undefined && repository !== ''
      ? {
          fileUrl: (l: SourceLocation) =>
            `${server}/${repository}/blob/${sha}/${l.file}${l.line === undefined ? '' : `#L${l.line}`}`,
        }
      : {}),
  } as const;
  await writeJobSummary(buildSummary(result, context));
  if (annotate)
    emitAnnotations(core, annotationsFor(result, locations), { reserveForFailure: conclusion === 'failure' });

  let commentUrl = '';
  if (commentMode !== 'off' && token !== undefined) {
    commentUrl = await comment(
      result,
      context,
      commentMode,
      token,
      repository,
      redactor.redact.bind(redactor),
    );
  }
  core.setOutput('comment-url', commentUrl);

  if (problems.length > 0) {
    throw new ActionFailure(
      `${problems.length} test report${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`,
    );
  }
  if (noTests) {
    const skippedNote =
      read.notJunit.length > 0
        ? `; ${read.notJunit.length} XML file(s) matched but were not JUnit (${read.notJunit.map((f) => f.path).join(', ')})`
        : '';
    const declaring = result.mismatches.filter((m) => m.counts.some((c) => c.key === 'tests'));
    const declaredNote =
      declaring.length > 0
        ? `; ${declaring.map((m) => `${m.report} declares ${m.counts.find((c) => c.key === 'tests')?.declared ?? 0} tests`).join(', ')} but holds no <testcase>`
        : '';
    const artifactsNote =
      settings.artifacts.length > 0
        ? `, nor in this run's artifacts ${settings.artifacts.map((p) => p.text).join(', ')}${fromArtifacts.notes.length > 0 ? ` (${fromArtifacts.notes.join('; ')})` : ''}`
        : '';
    throw new ActionFailure(
      noTestsMessage(
        [...patterns, ...rerunPatterns],
        workspace,
        `${artifactsNote}${skippedNote}${declaredNote}`,
      ),
    );
  }
  if (failing > 0) {
    const names = [...new Set(result.tests.filter(isProblem).map((t) => t.id))];
    const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    throw new ActionFailure(`${title}: ${totalsLine(totals)}. Failed: ${listed}`);
  }
}
async function comment(
  result: ReturnType<typeof aggregate>,
  context: Parameters<typeof buildComment>[1],
  mode: 'on-failure' | 'always',
  token: string,
  repository: string,
  redact: (text: string) => string,
): Promise<string> {
  const target = pullRequestTarget(await readEvent(), repository, process.env.GITHUB_EVENT_NAME ?? '');
  if (target === undefined) {
    core.notice(`No PR comment: this ${process.env.GITHUB_EVENT_NAME ?? 'run'} event has no pull request.`);
    return '';
  }
  // The verdict above stands either way; a missing comment is shown, never silent.
  return publishComment({
    token,
    repository,
    target,
    marker: commentMarker(context.title),
    body: buildComment(result, context, runUrl()),
    redact,
    create: mode === 'always' || context.conclusion === 'failure',
    notCreated: 'the tests passed and comment is on-failure (no earlier comment to update)',
  });
}
