/** Codecov's status rules, applied here: a status passes when coverage ≥ target − threshold. */
import type { GateConfig, StatusRule } from './codecov-config.js';
import { roundCoverage } from './codecov-config.js';
import type { ChangedLines } from './diff.js';
import { type Coverage, fileTotals, type Metric, percent, type Totals } from './model.js';
import { byCodeUnits } from '../../../shared/order.js';

export interface BaseSummary {
  coverage: number | undefined;
  files: Record<string, Totals>;
}

export interface StatusResult {
  name: 'project' | 'patch';
  /** Rounded per the config; undefined when there was nothing to measure. */
  value: number | undefined;
  target: number | undefined;
  threshold: number;
  passed: boolean;
  informational: boolean;
  /** Why it passed or failed, in a few words. */
  reason: string;
}

export interface PatchCoverage {
  totals: Totals;
  /** Changed coverable lines that no test ran, per file. */
  uncovered: Map<string, number[]>;
}

/** Coverage of the changed lines: coverable ones only; a changed comment or blank line does not count. */
export function patchCoverage(coverage: Coverage, changed: ChangedLines): PatchCoverage {
  const totals: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
  const uncovered = new Map<string, number[]>();
  for (const [file, lines] of changed) {
    const fileCoverage = coverage.get(file);
    if (fileCoverage === undefined) continue;
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

function judge(
  name: StatusResult['name'],
  value: number | undefined,
  rule: StatusRule,
  base: number | undefined,
  emptyPasses: boolean,
): StatusResult {
  const common = { name, value, threshold: rule.threshold, informational: rule.informational };
  const target = rule.target === 'auto' ? base : rule.target;
  if (value === undefined) {
    return emptyPasses
      ? { ...common, target, passed: true, reason: 'no coverable lines changed' }
      : { ...common, target, passed: rule.informational, reason: 'no coverable lines in the reports' };
  }
  if (target === undefined) {
    const passed = rule.ifNotFound === 'success' || rule.informational;
    return {
      ...common,
      target,
      passed,
      reason: `target auto, but no base coverage to compare with (if_not_found: ${rule.ifNotFound})`,
    };
  }
  const floor = target - rule.threshold;
  const met = value >= floor - 1e-9;
  const against =
    rule.threshold > 0
      ? `target ${target}% − threshold ${rule.threshold}% = ${Number(floor.toFixed(4))}%`
      : `target ${target}%`;
  return {
    ...common,
    target,
    passed: met || rule.informational,
    reason: `${value}% ${met ? '≥' : '<'} ${against}${!met && rule.informational ? ' (informational)' : ''}`,
  };
}

export interface GateResult {
  metric: Metric;
  totals: Totals;
  coverage: number | undefined;
  base: number | undefined;
  delta: number | undefined;
  project: StatusResult;
  patch: StatusResult | undefined;
  patchDetail: PatchCoverage | undefined;
  passed: boolean;
}

export function gate(
  coverage: Coverage,
  totals: Totals,
  metric: Metric,
  config: GateConfig,
  base: BaseSummary | undefined,
  changed: ChangedLines | undefined,
): GateResult {
  const round = (v: number | undefined): number | undefined =>
    v === undefined ? undefined : roundCoverage(v, config.precision, config.round);
  const value = round(percent(totals, metric));
  const baseValue = round(base?.coverage);
  const project = judge('project', value, config.project, baseValue, false);
  let patch: StatusResult | undefined;
  let patchDetail: PatchCoverage | undefined;
  if (changed !== undefined) {
    patchDetail = patchCoverage(coverage, changed);
    patch = judge('patch', round(percent(patchDetail.totals, metric)), config.patch, baseValue, true);
  }
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
    project,
    patch,
    patchDetail,
    passed: project.passed && (patch?.passed ?? true),
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
