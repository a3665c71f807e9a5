/** The summary, the PR comment, the annotations and the summary JSON for the next run's `base`. */
import type { Annotation } from '../../../shared/annotations.js';
import { escapeCell, inlineCode } from '../../../shared/markdown.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import type { FileRow, GateResult, StatusResult } from './gate.js';
import type { Coverage, Totals } from './model.js';
import { fileTotals, type Metric } from './model.js';
import { byCodeUnits } from '../../../shared/order.js';

export const COMMENT_LIMIT = 65_536;

const METRIC_WORDS: Readonly<Record<Metric, string>> = {
  lines: 'lines (covered lines / coverable lines)',
  combined: "lines and branches together (as coverage.py's `coverage report` TOTAL)",
};

const pct = (v: number | undefined): string => (v === undefined ? '–' : `${v}%`);
const signed = (v: number | undefined): string => (v === undefined ? '–' : `${v > 0 ? '+' : ''}${v}%`);

const STATUS_HEAD = ['Status', 'Files', 'Coverage', 'Target', 'Threshold', 'Why'];

/** `project` for the default status, `project/backend` for a named one, as Codecov names them. */
export function statusName(s: StatusResult): string {
  return s.name === 'default' ? s.kind : `${s.kind}/${s.name}`;
}

const STATE_ICON: Readonly<Record<StatusResult['state'], string>> = {
  passed: '✅',
  failed: '❌',
  unmet: 'ℹ️',
  skipped: '⏭️',
};

function statusRow(s: StatusResult): string[] {
  return [
    `${STATE_ICON[s.state]} ${statusName(s)}`,
    String(s.files),
    pct(s.value),
    s.target === undefined ? 'auto (no base)' : `${s.target}%`,
    s.threshold > 0 ? `${s.threshold}%` : '–',
    s.reason,
  ];
}

export function buildSummary(
  result: GateResult,
  rows: readonly FileRow[],
  reports: number,
  ignoredFiles: number,
): SummaryBuilder {
  const s = new SummaryBuilder();
  s.heading(
    `${result.passed ? '✅' : '❌'} Coverage ${pct(result.coverage)}${result.delta !== undefined ? ` (${signed(result.delta)})` : ''}`,
    2,
  );
  const t = result.totals;
  s.raw(
    `Metric: ${METRIC_WORDS[result.metric]}. ${t.linesCovered} of ${t.linesValid} lines` +
      (t.branchesValid > 0 ? `, ${t.branchesCovered} of ${t.branchesValid} branches` : '') +
      ` in ${rows.length} files, merged from ${reports} report${reports === 1 ? '' : 's'}` +
      (ignoredFiles > 0 ? `; ${ignoredFiles} ignored file${ignoredFiles === 1 ? '' : 's'} left out` : '') +
      '.',
  );
  if (result.statuses.length > 0) s.table(STATUS_HEAD, result.statuses.map(statusRow));
  else s.raw('_No status: the config turns every project and patch status off._');
  if (result.patch !== undefined) s.raw(`Patch coverage (every changed line): ${pct(result.patch)}.`);
  if (result.patchDetail !== undefined && result.patchDetail.uncovered.size > 0) {
    s.heading('Changed lines no test ran', 3);
    s.table(
      ['File', 'Lines'],
      [...result.patchDetail.uncovered].map(([file, lines]) => [
        { markdown: inlineCode(file) },
        ranges(lines).join(', '),
      ]),
      [],
      { shrinkable: true },
    );
  }
  s.heading('Files', 3);
  s.table(
    ['File', 'Coverage', 'Δ', 'Lines', 'Missed', 'Branches'],
    rows.map((r) => [
      { markdown: inlineCode(r.file) },
      pct(r.coverage),
      signed(r.delta),
      String(r.totals.linesValid),
      String(r.missed),
      r.totals.branchesValid > 0 ? `${r.totals.branchesCovered}/${r.totals.branchesValid}` : '–',
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right'],
    { shrinkable: true },
  );
  return s;
}

/** `3-5`, `9`: consecutive lines as ranges. */
export function ranges(lines: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j++;
    out.push(i === j ? String(lines[i]) : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return out;
}

/** One warning per run of uncovered changed lines, at the file and lines. */
export function uncoveredAnnotations(result: GateResult): Annotation[] {
  const out: Annotation[] = [];
  for (const [file, lines] of result.patchDetail?.uncovered ?? []) {
    for (const range of ranges(lines)) {
      const [start = 0, end = start] = range.split('-').map(Number);
      out.push({
        level: 'warning',
        title: 'Not covered by tests',
        message:
          start === end
            ? `Line ${start} was added or changed and no test ran it.`
            : `Lines ${start}-${end} were added or changed and no test ran them.`,
        file,
        startLine: start,
        endLine: end,
      });
    }
  }
  return out;
}

export function commentMarker(id: string): string {
  return `<!-- runway:coverage-gate:${id.replace(/--/g, '- -')} -->`;
}

export function buildComment(
  result: GateResult,
  rows: readonly FileRow[],
  id: string,
  runUrl: string | undefined,
): string {
  const head = [
    commentMarker(id),
    `### ${result.passed ? '✅' : '❌'} Coverage ${pct(result.coverage)}${result.base !== undefined ? ` (base ${pct(result.base)}, ${signed(result.delta)})` : ''}`,
    '',
    `| ${STATUS_HEAD.join(' | ')} |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...result.statuses.map((s) => `| ${statusRow(s).map(escapeCell).join(' | ')} |`),
    '',
    `Metric: ${METRIC_WORDS[result.metric]}.${runUrl ? ` [Details](${runUrl})` : ''}`,
  ];
  const lines = [...head];
  let size = lines.join('\n').length;
  const reserve = 200;
  const missed = rows.filter((r) => r.missed > 0);
  if (missed.length > 0) {
    const tableHead = [
      '',
      '<details><summary>Files with the most missed lines</summary>',
      '',
      '| File | Coverage | Δ | Missed |',
      '| --- | ---: | ---: | ---: |',
    ];
    lines.push(...tableHead);
    size += tableHead.join('\n').length + 1;
    let shown = 0;
    for (const r of missed) {
      const row = `| ${escapeCell(r.file)} | ${pct(r.coverage)} | ${signed(r.delta)} | ${r.missed} |`;
      if (size + row.length + 1 + reserve > COMMENT_LIMIT) break;
      lines.push(row);
      size += row.length + 1;
      shown++;
    }
    if (shown < missed.length) lines.push(`| … and ${missed.length - shown} more files | | | |`);
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}

export interface SummaryJson {
  version: 1;
  metric: Metric;
  /** Unrounded, so a later run rounds with its own config. */
  coverage: number | undefined;
  totals: Totals;
  files: Record<string, Totals>;
}

export function summaryJson(
  coverage: Coverage,
  metric: Metric,
  totals: Totals,
  value: number | undefined,
): SummaryJson {
  const files: Record<string, Totals> = {};
  const names = [...coverage.keys()].sort(byCodeUnits);
  for (const file of names) {
    const lines = coverage.get(file);
    if (lines !== undefined) files[file] = fileTotals(lines);
  }
  return { version: 1, metric, coverage: value, totals, files };
}
