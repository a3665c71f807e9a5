/**
 * Codecov's statuses, applied here: each project and patch status of the config on its own files (its
 * `paths`, its flags' paths), passing when its coverage ≥ target − threshold, with `auto` meaning the
 * base's coverage of the same files. A status that does not apply to this run (`only_pulls` on a push,
 * `branches` that exclude this branch, a patch with nothing to diff against, `if_not_found: ignore`) is
 * listed as skipped, never counted as passed or failed.
 */
import { byCodeUnits } from '../../../shared/order.js';
import {
  branchMatches,
  type GateConfig,
  roundCoverage,
  type StatusKind,
  type StatusRule,
  statusFiles,
} from './codecov-config.js';
import type { ChangedLines } from './diff.js';
import { type Coverage, fileTotals, type Metric, percent, type Totals } from './model.js';

export interface BaseSummary {
  coverage: number | undefined;
  files: Record<string, Totals>;
}

export interface StatusResult {
  kind: StatusKind;
  name: string;
  /** Files the status covers. */
  files: number;
  /** Rounded per the config; undefined when there was nothing to measure. */
  value: number | undefined;
  target: number | undefined;
  threshold: number;
  informational: boolean;
  /**
   * `skipped`: the status does not apply to this run; `unmet`: an informational status whose rule does not
   * hold, shown but never failing the gate.
   */
  state: 'passed' | 'failed' | 'unmet' | 'skipped';
  /** Why, in a few words. */
  reason: string;
}

export interface PatchCoverage {
  totals: Totals;
  /** Changed coverable lines that no test ran, per file. */
  uncovered: Map<string, number[]>;
}

/** Where the gate runs: statuses with `only_pulls` and `branches` depend on it. */
export interface RunContext {
  pullRequest: boolean;
  /** The branch the commit is on (a pull request's head branch); undefined when unknown. */
  branch: string | undefined;
}

const emptyTotals = (): Totals => ({ linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 });

function add(into: Totals, t: Totals): void {
  into.linesValid += t.linesValid;
  into.linesCovered += t.linesCovered;
  into.branchesValid += t.branchesValid;
  into.branchesCovered += t.branchesCovered;
}

/** Coverage of the changed lines of the files `within` admits: coverable ones only. */
export function patchCoverage(
  coverage: Coverage,
  changed: ChangedLines,
  within: (file: string) => boolean = () => true,
): PatchCoverage {
  const totals = emptyTotals();
  const uncovered = new Map<string, number[]>();
  for (const [file, lines] of changed) {
    const fileCoverage = coverage.get(file);
    if (fileCoverage === undefined || !within(file)) continue;
    const missed: number[] = [];
    for (const n of [...lines].sort((a, b) => a - b)) {
      const line = fileCoverage.get(n);
      if (line === undefined) continue;
      totals.linesValid++;
      totals.branchesValid += line.branchesTotal;
      totals.branchesCovered += line.branchesCovered;
      if (line.hits > 0) totals.linesCovered++;
      else missed.push(n);
    }
    if (missed.length > 0) uncovered.set(file, missed);
  }
  return { totals, uncovered };
}

export interface GateResult {
  metric: Metric;
  totals: Totals;
  coverage: number | undefined;
  base: number | undefined;
  delta: number | undefined;
  statuses: StatusResult[];
  /** Coverage of every changed line (all files): undefined without a diff. */
  patch: number | undefined;
  patchDetail: PatchCoverage | undefined;
  passed: boolean;
}

interface Measured {
  value: number | undefined;
  base: number | undefined;
  files: number;
  /** For a patch: no coverable line changed. */
  nothingChanged: boolean;
}

function judge(rule: StatusRule, m: Measured): StatusResult {
  const common = {
    kind: rule.kind,
    name: rule.name,
    files: m.files,
    value: m.value,
    threshold: rule.threshold,
    informational: rule.informational,
  };
  const target = rule.target === 'auto' ? m.base : rule.target;
  const verdict = (met: boolean, reason: string): StatusResult => ({
    ...common,
    target,
    state: met ? 'passed' : rule.informational ? 'unmet' : 'failed',
    reason: `${reason}${!met && rule.informational ? ' (informational)' : ''}`,
  });
  if (m.value === undefined) {
    if (rule.kind === 'patch' && m.nothingChanged)
      return { ...common, target, state: 'passed', reason: 'no coverable lines changed' };
    return verdict(
      false,
      m.files === 0 ? 'no file of the reports is within its paths' : 'no coverable lines',
    );
  }
  if (target === undefined) {
    const why = `target auto, but no base coverage to compare with (if_not_found: ${rule.ifNotFound})`;
    if (rule.ifNotFound === 'ignore') return { ...common, target, state: 'skipped', reason: why };
    return verdict(rule.ifNotFound === 'success', why);
  }
  const floor = target - rule.threshold;
  const met = m.value >= floor - 1e-9;
  const against =
    rule.threshold > 0
      ? `target ${target}% − threshold ${rule.threshold}% = ${Number(floor.toFixed(4))}%`
      : `target ${target}%`;
  return verdict(met, `${m.value}% ${met ? '≥' : '<'} ${against}`);
}

/** Why a status does not apply to this run, or undefined when it does. */
function notHere(rule: StatusRule, run: RunContext, changed: ChangedLines | undefined): string | undefined {
  if (rule.onlyPulls && !run.pullRequest) return 'only_pulls: this run is no pull request';
  if (rule.branches !== undefined && (run.branch === undefined || !branchMatches(rule.branches, run.branch)))
    return `branches: ${run.branch ?? 'this run’s branch'} is not one of ${rule.branches.join(', ')}`;
  if (rule.kind === 'patch' && changed === undefined)
    return 'no base commit to diff against (see `patch-base`)';
  return undefined;
}

export function gate(
  coverage: Coverage,
  totals: Totals,
  metric: Metric,
  config: GateConfig,
  base: BaseSummary | undefined,
  changed: ChangedLines | undefined,
  run: RunContext,
): GateResult {
  const round = (v: number | undefined): number | undefined =>
    v === undefined ? undefined : roundCoverage(v, config.precision, config.round);
  const value = round(percent(totals, metric));
  const baseValue = round(base?.coverage);
  const patchDetail = changed === undefined ? undefined : patchCoverage(coverage, changed);

  const statuses = config.statuses.map((rule): StatusResult => {
    const skip = notHere(rule, run, changed);
    const within = statusFiles(rule, config);
    const own = emptyTotals();
    let files = 0;
    for (const [file, lines] of coverage) {
      if (!within(file)) continue;
      files++;
      add(own, fileTotals(lines));
    }
    const baseOwn = emptyTotals();
    if (base !== undefined)
      for (const [file, t] of Object.entries(base.files)) if (within(file)) add(baseOwn, t);
    const measuredBase = base === undefined ? undefined : round(percent(baseOwn, metric));
    if (skip !== undefined) {
      return {
        kind: rule.kind,
        name: rule.name,
        files,
        value: undefined,
        target: rule.target === 'auto' ? measuredBase : rule.target,
        threshold: rule.threshold,
        informational: rule.informational,
        state: 'skipped',
        reason: skip,
      };
    }
    if (rule.kind === 'project')
      return judge(rule, {
        value: round(percent(own, metric)),
        base: measuredBase,
        files,
        nothingChanged: false,
      });
    const patch = patchCoverage(coverage, changed ?? new Map<string, Set<number>>(), within);
    return judge(rule, {
      value: round(percent(patch.totals, metric)),
      base: measuredBase,
      files,
      nothingChanged: patch.totals.linesValid === 0,
    });
  });
  // The difference of two rounded figures, so it agrees with what the comment shows side by side.
  const delta =
    value !== undefined && baseValue !== undefined
      ? Number((value - baseValue).toFixed(config.precision))
      : undefined;
  return {
    metric,
    totals,
    coverage: value,
    base: baseValue,
    delta,
    statuses,
    patch: patchDetail === undefined ? undefined : round(percent(patchDetail.totals, metric)),
    patchDetail,
    passed: statuses.every((s) => s.state !== 'failed'),
  };
}

export interface FileRow {
  file: string;
  totals: Totals;
  missed: number;
  coverage: number | undefined;
  /** Against the base's same file, when the base has it. */
  delta: number | undefined;
}

/** Files by most missed lines first: where the next test is worth most. */
export function fileRows(
  coverage: Coverage,
  metric: Metric,
  config: GateConfig,
  base: BaseSummary | undefined,
): FileRow[] {
  const rows: FileRow[] = [];
  for (const [file, lines] of coverage) {
    const t = fileTotals(lines);
    const value = percent(t, metric);
    const baseTotals = base?.files[file];
    const baseValue = baseTotals === undefined ? undefined : percent(baseTotals, metric);
    rows.push({
      file,
      totals: t,
      missed: t.linesValid - t.linesCovered,
      coverage: value === undefined ? undefined : roundCoverage(value, config.precision, config.round),
      delta:
        value !== undefined && baseValue !== undefined
          ? Number((value - baseValue).toFixed(config.precision))
          : undefined,
    });
  }
  return rows.sort((a, b) => b.missed - a.missed || byCodeUnits(a.file, b.file));
}
