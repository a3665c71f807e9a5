/** The adapter's second half: read files → read history → compare → report → save → fail or pass. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { emitAnnotations } from '../../../shared/annotations.js';
import { findWorkspaceFiles } from '../../../shared/find-files.js';
import { ActionFailure, ConfigurationError, errorMessage } from '../../../shared/errors.js';
import { pullRequestTarget, readEvent, runUrl } from '../../../shared/event.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { phaseTimer } from '../../../shared/phases.js';
import { publishComment } from '../../../shared/pr-comment.js';
import type { Redactor } from '../../../shared/secrets.js';
import { bounded, oneLine } from '../../../shared/text.js';
import { outputFile, regularFile, regularFiles, runnerRoots } from '../../../shared/workspace-file.js';
import { importAnchorData } from './anchor-import.js';
import { dashboardHtml } from './dashboard.js';
import { DataBranch, HISTORY_FILE } from './data-branch.js';
import { readBenchmarkFile } from './formats.js';
import { appendRun, emptyHistory, type History, parseHistory, serializeHistory } from './history.js';
import type { Format, Measurement, Metric } from './model.js';
import {
  buildComment,
  buildSummary,
  type ChartData,
  commentMarker,
  type Context,
  countsOf,
  regressionAnnotation,
  resultsJson,
} from './report.js';
import { type BaselineScope, compareRun, runsInScope } from './significance.js';
import { limitsFor, type NameGlob, type Override } from './thresholds.js';

export interface Settings {
  files: string[];
  format: Format | undefined;
  metric: Metric;
  alert: number;
  fail: number;
  failSet: boolean;
  failOnAlert: boolean | undefined;
  overrides: Override[];
  noiseMultiple: number;
  window: number;
  dataBranch: string;
  dataDir: string;
  saveOn: string[];
  maxHistory: number;
  importFile: string | undefined;
  comment: 'on-alert' | 'always' | 'off';
  commentId: string;
  title: string;
  charts: NameGlob[];
  token: string | undefined;
  allowEmpty: boolean;
  annotate: boolean;
  json: string | undefined;
  timeoutMs: number;
}

const MAX_CHARTS = 10;
const CHART_HISTORY = 20;

async function readMeasurements(settings: Settings, workspace: string): Promise<Measurement[]> {
  const display = (f: string): string => path.relative(workspace, f) || f;
  const found = await findWorkspaceFiles(settings.files, workspace);
  const checked = await regularFiles(
    found,
    (f) => `The benchmark file '${display(f)}'`,
    runnerRoots(workspace),
  );
  const problems = [...checked.problems];
  const measurements: Measurement[] = [];
  const from = new Map<string, string>();
  for (const file of checked.files) {
    try {
      const read = readBenchmarkFile(await readFile(file, 'utf8'), settings.format);
      for (const w of read.warnings) core.warning(`${display(file)}: ${w}`);
      for (const m of read.measurements) {
        const other = from.get(m.name);
        if (other !== undefined)
          throw new Error(`names the benchmark ${JSON.stringify(m.name)}, which ${other} names too`);
        from.set(m.name, display(file));
        measurements.push(m);
      }
      core.info(`${display(file)}: ${read.format}, ${read.measurements.length} benchmarks`);
    } catch (error) {
      problems.push(`${display(file)} ${errorMessage(error)}`);
    }
  }
  if (problems.length > 0)
    throw new ActionFailure(
      `${problems.length} benchmark file${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`,
    );
  if (checked.files.length === 0 && !settings.allowEmpty)
    throw new ActionFailure(
      `No benchmark file matched ${settings.files.join(', ')} under ${workspace}. Check that the benchmarks wrote one (pytest --benchmark-json=benchmark.json) before this step, or set 'allow-empty'.`,
    );
  if (measurements.length === 0 && checked.files.length > 0 && !settings.allowEmpty)
    throw new ActionFailure(
      `The benchmark files hold no benchmarks (${checked.files.map(display).join(', ')}); set 'allow-empty' if that is expected.`,
    );
  return measurements;
}

/**
 * Where a pytest benchmark is defined: its file (pytest names it from its rootdir, which is often a folder
 * of the workspace, such as backend/) and the line of its `def`. Undefined when it cannot be found.
 */
async function sourceOf(
  file: string,
  name: string,
  workspace: string,
): Promise<{ file: string; line: number | undefined } | undefined> {
  const test = name.split('::').pop()?.replace(/\[.*$/, '') ?? '';
  const candidates = [file];
  try {
    for (const entry of await readdir(workspace, { withFileTypes: true }))
      if (entry.isDirectory() && !entry.name.startsWith('.')) candidates.push(`${entry.name}/${file}`);
  } catch {
    // an unreadable workspace: the file as named only
  }
  for (const candidate of candidates) {
    try {
      const real = await regularFile(candidate, 'The benchmark source', runnerRoots(workspace));
      const lines = (await readFile(real, 'utf8')).split('\n');
      const def = new RegExp(`^\\s*(?:async\\s+)?def\\s+${test.replace(/\W/g, '')}\\s*\\(`);
      const at = test === '' ? -1 : lines.findIndex((l) => def.test(l));
      return { file: candidate, line: at < 0 ? undefined : at + 1 };
    } catch {
      // not here: the next candidate
    }
  }
  return undefined;
}

interface Where {
  scope: BaselineScope;
  /** The branch this run saves to, when it saves. */
  saveBranch: string | undefined;
  why: string;
  pullRequest: boolean;
}

function whereFrom(settings: Settings, event: Record<string, unknown>, eventName: string): Where {
  const pr = event.pull_request as { base?: { ref?: string; sha?: string } } | undefined;
  const refName = process.env.GITHUB_REF_NAME ?? '';
  if (pr?.base?.ref !== undefined)
    return {
      scope: { branch: pr.base.ref, ...(pr.base.sha === undefined ? {} : { until: pr.base.sha }) },
      saveBranch: undefined,
      why: 'pull requests read the history and never write it',
      pullRequest: true,
    };
  const repository = event.repository as { default_branch?: string } | undefined;
  const defaultBranch = repository?.default_branch ?? (eventName === 'schedule' ? refName : undefined);
  const sha = process.env.GITHUB_SHA;
  const scope = { branch: refName, ...(sha === undefined ? {} : { exclude: sha }) };
  if (settings.saveOn.includes('never'))
    return { scope, saveBranch: undefined, why: "'save-on' is never", pullRequest: false };
  if (!settings.saveOn.includes(eventName))
    return {
      scope,
      saveBranch: undefined,
      why: `'save-on' does not list ${eventName || 'this event'}`,
      pullRequest: false,
    };
  if (defaultBranch === undefined || refName !== defaultBranch)
    return {
      scope,
      saveBranch: undefined,
      why: `only runs on the default branch${defaultBranch === undefined ? '' : ` (${defaultBranch})`} are saved; this is ${refName || 'no branch'}`,
      pullRequest: false,
    };
  return { scope, saveBranch: refName, why: '', pullRequest: false };
}

function chartsFor(
  settings: Settings,
  history: History,
  scope: BaselineScope,
  comparisons: ReturnType<typeof compareRun>,
): ChartData[] {
  const allowed = new Set(runsInScope(history.runs, scope));
  const series = history.series[settings.metric];
  return comparisons.comparisons
    .filter((c) => c.verdict === 'regression' || settings.charts.some((g) => g.test(c.name)))
    .slice(0, MAX_CHARTS)
    .map((c) => {
      const points = (series.get(c.name)?.points ?? [])
        .filter((p) => allowed.has(p[0]))
        .slice(-CHART_HISTORY);
      return {
        name: c.name,
        unit: c.unit,
        stored: points.map((p) => p[1]),
        labels: points.map((p) => history.runs[p[0]]?.commit.slice(0, 7) ?? ''),
        current: c.current,
      };
    });
}

export async function gateBenchmarks(settings: Settings, redactor: Redactor): Promise<void> {
  const lap = phaseTimer();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const repository = process.env.GITHUB_REPOSITORY;
  if (repository === undefined || repository === '')
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set: benchmark-gate keeps its history in the repository, so it runs on GitHub Actions.',
    );
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const event = await readEvent();
  const measurements = await readMeasurements(settings, workspace);
  const where = whereFrom(settings, event, eventName);
  lap('reading the benchmark files');
  const failOnAlert = settings.failOnAlert ?? where.pullRequest;

  const scratch = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'benchmark-gate-'));
  try {
    const branch = new DataBranch({
      url: `${(process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')}/${repository}.git`,
      token: settings.token,
      branch: settings.dataBranch,
      dir: settings.dataDir,
      timeoutMs: settings.timeoutMs,
      scratch,
    });
    const historyName = `${settings.dataBranch}:${settings.dataDir === '' ? '' : `${settings.dataDir}/`}${HISTORY_FILE}`;
    let snapshot;
    try {
      snapshot = await branch.read();
    } catch (error) {
      throw new ActionFailure(
        redactor.redact(`Could not read the history from ${historyName}: ${errorMessage(error)}`),
      );
    }
    lap('fetching the history');
    let history = emptyHistory();
    if (snapshot.content !== undefined) {
      try {
        history = parseHistory(snapshot.content, historyName);
      } catch (error) {
        throw new ActionFailure(
          `${errorMessage(error)}. It is left as it is: repair or remove it, or set another 'data-branch' or 'data-dir'.`,
        );
      }
    }
    core.info(
      snapshot.content === undefined
        ? `No history in ${historyName} yet.`
        : `Read ${history.runs.length} stored runs from ${historyName} (${snapshot.tip?.slice(0, 7) ?? ''}).`,
    );
    if (settings.importFile !== undefined) {
      if (history.runs.length > 0)
        core.info(`Not importing ${settings.importFile}: ${historyName} already holds a history.`);
      else {
        const file = await regularFile(settings.importFile, "Input 'import'", runnerRoots(workspace));
        try {
          const result = importAnchorData(
            await readFile(file, 'utf8'),
            where.scope.branch,
            settings.metric,
            settings.maxHistory,
          );
          history = result.history;
          core.info(
            `Imported ${result.runs} runs of ${result.benchmarks} benchmarks from ${settings.importFile}.`,
          );
        } catch (error) {
          throw new ActionFailure(`Input 'import': ${settings.importFile} ${errorMessage(error)}`);
        }
      }
    }

    const set = compareRun(measurements, history, where.scope, {
      metric: settings.metric,
      window: settings.window,
      noiseMultiple: settings.noiseMultiple,
      limitsFor: limitsFor(
        { alert: settings.alert, fail: settings.fail },
        settings.failSet,
        settings.overrides,
      ),
    });
    const counts = countsOf(set);
    lap('parsing the history and comparing');
    const ctx: Context = {
      title: settings.title,
      metric: settings.metric,
      branch: where.scope.branch,
      window: settings.window,
      noiseMultiple: settings.noiseMultiple,
      failOnAlert,
    };
    for (const c of set.comparisons)
      if (c.verdict === 'not-compared')
        core.warning(`${oneLine(c.name, 300)} is not compared: ${c.reason ?? ''}.`);

    let savedLine = `Not saved: ${where.why}.`;
    let saved = false;
    if (where.saveBranch === undefined) core.info(savedLine);
    if (where.saveBranch !== undefined && measurements.length > 0) {
      const sha = process.env.GITHUB_SHA ?? '';
      const stored = {
        commit: sha,
        date: new Date().toISOString(),
        branch: where.saveBranch,
        ...(runUrl() === undefined ? {} : { url: runUrl() as string }),
      };
      try {
        const outcome = await branch.save(
          (now) => {
            // The branch as read above (parsed already), or, after a lost race, what the other run wrote.
            const base =
              now.tip === snapshot.tip
                ? history
                : now.content === undefined
                  ? emptyHistory()
                  : parseHistory(now.content, historyName);
            const appended = appendRun(base, stored, measurements, settings.metric, settings.maxHistory);
            for (const note of appended.notes) core.notice(note);
            return {
              [HISTORY_FILE]: serializeHistory(appended.history),
              'index.html': dashboardHtml(appended.history, settings.title),
            };
          },
          `benchmark-gate: ${sha.slice(0, 7)} on ${where.saveBranch} (${measurements.length} benchmarks)`,
        );
        saved = true;
        savedLine = `Saved to ${historyName} (${outcome.commit.slice(0, 7)}${outcome.attempts > 1 ? `, after ${outcome.attempts} attempts: another run saved at the same time` : ''}).`;
        core.info(savedLine);
      } catch (error) {
        const hint = /403|denied|not allowed/i.test(errorMessage(error))
          ? " Grant 'contents: write' to this job (permissions:)."
          : '';
        throw new ActionFailure(
          redactor.redact(`Could not save the history to ${historyName}: ${errorMessage(error)}.${hint}`),
        );
      }
    }

    lap('saving');
    const jsonPath = await outputFile(
      settings.json ?? path.join(process.env.RUNNER_TEMP ?? workspace, 'benchmark-results.json'),
      "Input 'json'",
      runnerRoots(workspace),
    );
    await writeFile(jsonPath, resultsJson(ctx, set));
    core.setOutput('regressions', String(counts.regressions));
    core.setOutput('improvements', String(counts.improvements));
    core.setOutput('compared', String(counts.compared));
    core.setOutput('new', String(counts.new));
    core.setOutput('missing', String(set.missing.length));
    core.setOutput('alert', String(counts.regressions > 0));
    core.setOutput('json', jsonPath);
    core.setOutput('baseline-sha', set.baselineCommit ?? '');
    core.setOutput('saved', String(saved));

    await writeJobSummary(buildSummary(ctx, set, chartsFor(settings, history, where.scope, set), savedLine));
    if (settings.annotate) {
      const regressions = set.comparisons.filter((c) => c.verdict === 'regression');
      const sources = await Promise.all(
        regressions.map((c) =>
          c.file === undefined ? Promise.resolve(undefined) : sourceOf(c.file, c.name, workspace),
        ),
      );
      emitAnnotations(
        core,
        regressions.map((c, i) => regressionAnnotation(c, sources[i], failOnAlert)),
        { where: 'the job summary' },
      );
    }

    let commentUrl = '';
    const alerting = counts.regressions > 0 || counts.improvements > 0;
    const target = pullRequestTarget(event, repository, eventName);
    if (settings.comment !== 'off' && target !== undefined && (settings.comment === 'always' || alerting)) {
      if (settings.token === undefined) core.notice("No PR comment: 'github-token' is empty.");
      else
        commentUrl = await publishComment({
          token: settings.token,
          repository,
          target,
          marker: commentMarker(settings.commentId),
          body: buildComment(ctx, set, settings.commentId, runUrl()),
          redact: (text) => redactor.redact(text),
        });
    }
    core.setOutput('comment-url', commentUrl);

    const failing = set.comparisons.filter((c) => c.failing);
    if (failOnAlert && failing.length > 0)
      throw new ActionFailure(
        bounded(
          `Benchmark regression: ${failing
            .slice(0, 5)
            .map((c) => `${c.name} ${(c.ratio ?? 0).toFixed(2)}× its baseline`)
            .join(
              '; ',
            )}${failing.length > 5 ? `; and ${failing.length - 5} more` : ''} (fail threshold ${Math.round(settings.fail * 100)}%, beyond ${settings.noiseMultiple}× the noise).`,
        ),
      );
    core.info(
      `${settings.title}: ${counts.regressions} regressions, ${counts.improvements} improvements, ${counts.compared} compared.`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
