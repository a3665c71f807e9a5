/** The adapter's second half: run Bandit, read reports, apply the baseline, decide, and report. */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { emitAnnotations } from '../../../shared/annotations.js';
import type { NamePattern } from '../../../shared/artifact-names.js';
import { artifactReports } from '../../../shared/artifacts.js';
import { ActionFailure, ConfigurationError, errorMessage } from '../../../shared/errors.js';
import { execCapture } from '../../../shared/exec.js';
import { findWorkspaceFiles } from '../../../shared/find-files.js';
import { liveLog } from '../../../shared/live.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { bounded } from '../../../shared/text.js';
import { outputFile, regularFile, regularFiles, runnerRoots } from '../../../shared/workspace-file.js';
import { argsNameConfig, type BanditConfig, banditTable, fromFile, fromTable } from './bandit-config.js';
import { applyBaseline, type Baseline, baselineFrom, parseBaseline } from './baseline.js';
import { decide } from './gate.js';
import type { Confidence, Finding, ParsedReport, Severity } from './model.js';
import { parseReport } from './parsers.js';
import { annotationsFor, buildSummary } from './report.js';
import { buildSarif } from './sarif.js';

export interface Settings {
  reports: string[];
  /** This run's artifacts whose reports are read too. */
  artifacts: NamePattern[];
  artifactsTimeoutMs: number;
  bandit: string[];
  banditArgs: string[];
  banditConfig: string | undefined;
  failOn: Severity | 'none';
  failOnReview: boolean;
  reportOn: Severity;
  minConfidence: Confidence;
  vulnerabilitySeverity: Severity;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  sarifOutput: string | undefined;
  annotate: boolean;
}

export async function gateFindings(settings: Settings): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  // Reports from artifacts are named `artifact:<name>/<path>`, not by where they were downloaded.
  const shown = new Map<string, string>();
  const display = (f: string): string => shown.get(f) ?? (path.relative(workspace, f) || f);
  const options = { vulnerabilitySeverity: settings.vulnerabilitySeverity };
  const findings: Finding[] = [];
  const suppressedByReports: Finding[] = [];
  const toolErrors: string[] = [];
  const reportNames: string[] = [];
  let ignoredByTools = 0;
  let notFindings = 0;
  let banditConfigUsed: string | undefined;
  const readWarnings: string[] = [];
  const roots = runnerRoots(workspace);
  const take = (report: ParsedReport): void => {
    // Not push(...findings): a spread of 150,000 arguments overflows the stack.
    for (const f of report.findings) findings.push(f);
    for (const f of report.suppressed) suppressedByReports.push(f);
    ignoredByTools += report.ignoredByTool;
    notFindings += report.notFindings;
    for (const w of report.warnings) readWarnings.push(w);
  };

  if (settings.bandit.length > 0) {
    const config = await banditConfiguration(settings, workspace);
    banditConfigUsed = config?.description;
    if (config?.generated !== undefined) await writeFile(config.generated.path, config.generated.content);
    const args = ['-r', ...settings.bandit, '-f', 'json', ...(config?.args ?? []), ...settings.banditArgs];
    // Bandit's progress and warnings (stderr) as they come; its JSON (stdout) is read, not shown.
    const ran = await core.group(`bandit ${args.join(' ')}`, async () => {
      if (config !== undefined) core.info(`Bandit configuration: ${config.description}`);
      return execCapture('bandit', args, {
        cwd: workspace,
        timeoutMs: 30 * 60_000,
        live: liveLog('bandit', ['stderr']),
      });
    });
    if (config?.generated !== undefined) await rm(config.generated.path, { force: true });
    if (ran.missing) {
      throw new ConfigurationError(
        "Input 'bandit' asks for a scan, but bandit is not installed on this runner: pip install bandit (or apt-get install bandit) first.",
      );
    }
    // Bandit exits 1 when it found something; anything else non-zero is Bandit failing, never a clean result.
    if (ran.code !== 0 && ran.code !== 1) {
      toolErrors.push(
        `bandit exited with ${ran.code ?? 'a signal'}: ${ran.stderr.trim().split('\n').slice(-5).join(' ') || 'no error output'}`,
      );
    } else {
      try {
        for (const report of parseReport(ran.stdout, 'bandit output', options)) {
          take(report);
          toolErrors.push(...report.toolErrors.map((e) => `bandit could not scan ${e}`));
        }
        reportNames.push('bandit (run by this step)');
      } catch (error) {
        toolErrors.push(
          `bandit printed no usable JSON (${errorMessage(error)}): ${ran.stderr.trim().split('\n').slice(-3).join(' ')}`,
        );
      }
    }
  }

  if (settings.reports.length > 0 || settings.artifacts.length > 0) {
    // Inside artifacts, `reports` as given, or every JSON and SARIF file when it is empty.
    const fromArtifacts = await artifactReports(
      settings.artifacts,
      settings.reports.length > 0 ? settings.reports : ['**/*.json', '**/*.sarif'],
      settings.artifactsTimeoutMs,
    );
    for (const f of fromArtifacts.files) shown.set(f.absolute, f.display);
    // A scan whose artifact is missing or empty did not report: a scanner error, never a clean result.
    for (const note of fromArtifacts.notes) toolErrors.push(`artifact ${note}: no scanner report read`);
    // Only regular files inside the workspace or the runner's temp: a link to /etc/shadow is refused, not read.
    const checked = await regularFiles(
      [
        ...(await findWorkspaceFiles(settings.reports, workspace)),
        ...fromArtifacts.files.map((f) => f.absolute),
      ],
      (f) => `The report '${display(f)}'`,
      roots,
    );
    const files = checked.files;
    toolErrors.push(...checked.problems);
    if (files.length === 0 && toolErrors.length === 0 && settings.bandit.length === 0) {
      throw new ActionFailure(
        `No security report matched ${settings.reports.join(', ')} under ${workspace}: a scan that wrote nothing is not a clean scan.`,
      );
    }
    for (const file of files) {
      try {
        for (const report of parseReport(await readFile(file, 'utf8'), display(file), options)) {
          take(report);
          toolErrors.push(
            ...report.toolErrors.map((e) =>
              report.tool === 'bandit' ? `bandit could not scan ${e}` : `${display(file)}: ${e}`,
            ),
          );
          core.info(
            `${display(file)}: ${report.tool}, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`,
          );
        }
        reportNames.push(display(file));
      } catch (error) {
        toolErrors.push(errorMessage(error));
      }
    }
  }

  let baseline: Baseline | undefined;
  if (settings.baseline !== undefined) {
    const file = await regularFile(settings.baseline, "Input 'baseline'", roots);
    baseline = parseBaseline(await readFile(file, 'utf8'), settings.baseline);
  }
  const { kept, suppressed, expired, notAccepted } = applyBaseline(findings, baseline, new Date());
  for (const e of notAccepted)
    core.notice(
      `Baseline entry for ${e.tool} ${e.rule} at ${e.where} is ${e.status ?? ''}: it does not suppress until accepted.`,
      { title: 'Baseline entry not accepted' },
    );
  for (const e of expired)
    core.warning(
      `Baseline entry for ${e.tool} ${e.rule} at ${e.where} expired on ${e.expires ?? ''}: it no longer suppresses (${e.reason}).`,
      { title: 'Expired baseline entry' },
    );
  if (settings.writeBaseline !== undefined) {
    const out = await outputFile(settings.writeBaseline, "Input 'write-baseline'", roots);
    await writeFile(out, `${JSON.stringify(baselineFrom(kept), null, 2)}\n`);
    core.info(
      `Wrote a baseline of ${kept.length} finding${kept.length === 1 ? '' : 's'} to ${display(out)}: give each entry a reason.`,
    );
  }

  const result = decide(kept, {
    failOn: settings.failOn,
    reportOn: settings.reportOn,
    minConfidence: settings.minConfidence,
    failOnReview: settings.failOnReview,
  });
  const sarifPath = await outputFile(
    settings.sarifOutput ?? path.join(process.env.RUNNER_TEMP ?? workspace, 'security.sarif'),
    "Input 'sarif-output'",
    roots,
  );
  const sarif = buildSarif(result.shown);
  await writeFile(sarifPath, sarif.sarif);
  for (const d of sarif.dropped)
    core.warning(`SARIF output: ${d.count} findings left out: ${d.reason}.`, { title: 'SARIF limits' });

  const passed = result.failing.length === 0 && toolErrors.length === 0;
  const total = result.counts.critical + result.counts.high + result.counts.medium + result.counts.low;
  core.setOutput('passed', String(passed));
  core.setOutput('total', String(total));
  core.setOutput('critical', String(result.counts.critical));
  core.setOutput('high', String(result.counts.high));
  core.setOutput('medium', String(result.counts.medium));
  core.setOutput('low', String(result.counts.low));
  const suppressedCount = suppressed.length + suppressedByReports.length + ignoredByTools;
  core.setOutput('suppressed', String(suppressedCount));
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('tool-errors', String(toolErrors.length));

  await writeJobSummary(
    buildSummary({
      result,
      passed,
      failOn: settings.failOn,
      failOnReview: settings.failOnReview,
      suppressed: { baseline: suppressed.length, reports: suppressedByReports, tools: ignoredByTools },
      notFindings,
      banditConfig: banditConfigUsed,
      expired,
      toolErrors,
      reports: reportNames,
      sarifDropped: sarif.dropped,
    }),
  );
  // Scanner errors are told in the log and the summary, and in the failure line: one error line.
  for (const e of toolErrors) core.info(bounded(`Scanner error: ${e}`));
  emitAnnotations(
    core,
    readWarnings.map((message) => ({
      level: 'warning' as const,
      message,
      title: 'Report read at a worse level',
    })),
  );
  if (settings.annotate) emitAnnotations(core, annotationsFor(result), { reserveForFailure: !passed });

  const problems: string[] = [];
  if (toolErrors.length > 0)
    problems.push(
      `${toolErrors.length} scanner error${toolErrors.length === 1 ? '' : 's'} (a broken scan is never a clean one): ${toolErrors.join('; ')}`,
    );
  if (result.failing.length > 0) {
    const top = result.failing[0];
    problems.push(
      `${result.failing.length} finding${result.failing.length === 1 ? '' : 's'} at or above ${settings.failOn}` +
        (top
          ? `, e.g. ${top.tool} ${top.rule} (${top.severity}) at ${top.package !== undefined ? `${top.package}@${top.version ?? '?'}` : `${top.file ?? '?'}${top.line !== undefined ? `:${top.line}` : ''}`}`
          : ''),
    );
  }
  if (problems.length > 0) throw new ActionFailure(`Security gate failed: ${problems.join('; ')}.`);
  core.info(
    `Security gate passed: ${total} finding${total === 1 ? '' : 's'}, none at or above ${settings.failOn}.`,
  );
}

/** The configuration Bandit runs with: the input's file, else the project's own, else none. */
async function banditConfiguration(settings: Settings, workspace: string): Promise<BanditConfig | undefined> {
  if (argsNameConfig(settings.banditArgs)) return undefined;
  const generatedPath = path.join(process.env.RUNNER_TEMP ?? workspace, `bandit-config-${process.pid}.yaml`);
  const read = async (name: string, what: string) => {
    const file = await regularFile(name, what, runnerRoots(workspace));
    return { name, path: file, text: await readFile(file, 'utf8') };
  };
  if (settings.banditConfig !== undefined)
    return fromFile(await read(settings.banditConfig, "Input 'bandit-config'"), generatedPath);
  if (existsSync(path.join(workspace, 'pyproject.toml'))) {
    const file = await read('pyproject.toml', 'The project file');
    const table = banditTable(file);
    if (table !== undefined) return fromTable(table, file, generatedPath);
  }
  if (existsSync(path.join(workspace, '.bandit')))
    return fromFile(await read('.bandit', 'The Bandit settings file'), generatedPath);
  return undefined;
}
