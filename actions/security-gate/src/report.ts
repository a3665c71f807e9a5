/** The job summary and the annotations. */
import type { AnnotationLevel, LazyAnnotations } from '../../../shared/annotations.js';
import { inlineCode } from '../../../shared/markdown.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import type { BaselineEntry } from './baseline.js';
import type { GateResult } from './gate.js';
import { type Finding, SEVERITIES } from './model.js';

const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '⬜' } as const;
const TOP = 200;

export function where(f: Finding): string {
  if (f.package !== undefined) {
    const fix = f.fixedVersions.length > 0 ? ` → ${f.fixedVersions.join(', ')}` : ' (no fixed version)';
    return `${f.package}@${f.version ?? '?'}${fix}`;
  }
  return f.file === undefined ? '–' : f.line === undefined ? f.file : `${f.file}:${f.line}`;
}

export interface SummaryInput {
  result: GateResult;
  passed: boolean;
  failOn: string;
  failOnReview: boolean;
  /** Suppressed by the baseline (a count), by the reports themselves (listed), by the tools' ignore lists. */
  suppressed: { baseline: number; reports: readonly Finding[]; tools: number };
  /** SARIF results that are not problems (pass, not applicable, informational, fixed since its baseline). */
  notFindings: number;
  /** What Bandit, when this step ran it, was configured with. */
  banditConfig: string | undefined;
  expired: readonly BaselineEntry[];
  toolErrors: readonly string[];
  reports: readonly string[];
  sarifDropped: readonly { count: number; reason: string }[];
}

export function buildSummary(input: SummaryInput): SummaryBuilder {
  const { result } = input;
  const s = new SummaryBuilder();
  const total = SEVERITIES.reduce((n, sev) => n + result.counts[sev], 0);
  s.heading(
    `${input.passed ? '✅' : '❌'} Security: ${total} finding${total === 1 ? '' : 's'}, ${result.failing.length} at or above ${input.failOn}`,
    2,
  );
  const { suppressed } = input;
  const suppressedParts = [
    suppressed.baseline > 0 ? `${suppressed.baseline} by the baseline` : '',
    suppressed.reports.length > 0 ? `${suppressed.reports.length} by the reports` : '',
    suppressed.tools > 0 ? `${suppressed.tools} by the tools' ignore lists` : '',
  ].filter(Boolean);
  const suppressedCount = suppressed.baseline + suppressed.reports.length + suppressed.tools;
  s.raw(
    `From ${input.reports.length} report${input.reports.length === 1 ? '' : 's'}` +
      (suppressedCount > 0 ? `; ${suppressedCount} suppressed (${suppressedParts.join(', ')})` : '') +
      (result.lowConfidence > 0 ? `; ${result.lowConfidence} below min-confidence` : '') +
      (input.notFindings > 0
        ? `; ${input.notFindings} SARIF result${input.notFindings === 1 ? '' : 's'} that ${input.notFindings === 1 ? 'is' : 'are'} no problem (passed, not applicable, informational, or fixed since the tool's baseline)`
        : '') +
      '.',
  );
  if (input.banditConfig !== undefined) s.raw(`Bandit ran with ${inlineCode(input.banditConfig)}.`);
  const counted = result.shown;
  const fresh = counted.filter((f) => f.baselineState === 'new').length;
  const compared = counted.filter((f) => f.baselineState !== undefined).length;
  const review = counted.filter((f) => f.kind === 'review').length;
  const notes = [
    compared > 0
      ? `${fresh} of ${compared} compared with the tool's own baseline ${fresh === 1 ? 'is' : 'are'} new`
      : '',
    review > 0
      ? `${review} ${review === 1 ? 'is' : 'are'} for review (the tool could not decide)${input.failOnReview ? '' : ' and never fail the gate'}`
      : '',
  ].filter(Boolean);
  if (notes.length > 0) s.raw(`Of the findings shown, ${notes.join('; ')}.`);
  s.table(
    ['Tool', ...SEVERITIES.map((x) => `${ICON[x]} ${x}`)],
    [...result.byTool].map(([tool, c]) => [tool, ...SEVERITIES.map((x) => String(c[x]))]),
    ['left', 'right', 'right', 'right', 'right'],
  );
  if (input.toolErrors.length > 0) {
    s.heading('Scanner errors', 3);
    s.raw(input.toolErrors.map((e) => `- ${inlineCode(e)}`).join('\n'));
  }
  if (input.expired.length > 0) {
    s.heading('Expired baseline entries (no longer suppressing)', 3);
    s.table(
      ['Tool', 'Rule', 'Where', 'Expired', 'Reason'],
      input.expired.map((e) => [e.tool, e.rule, e.where, e.expires ?? '', e.reason]),
    );
  }
  if (result.shown.length > 0) {
    const withState = compared > 0 || review > 0;
    s.heading(`Top findings${result.shown.length > TOP ? ` (${TOP} of ${result.shown.length})` : ''}`, 3);
    s.table(
      ['Severity', 'Tool', 'Rule', 'Confidence', ...(withState ? ['State'] : []), 'Where', 'Message'],
      result.shown
        .slice(0, TOP)
        .map((f) => [
          `${ICON[f.severity]} ${f.severity}`,
          f.tool,
          f.helpUri !== undefined ? { markdown: `[${f.rule.replace(/[[\]]/g, '')}](${f.helpUri})` } : f.rule,
          f.confidence ?? '–',
          ...(withState ? [stateOf(f)] : []),
          where(f),
          f.message.split('\n')[0]?.slice(0, 200) ?? '',
        ]),
      [],
      { shrinkable: true },
    );
  }
  if (suppressed.reports.length > 0) {
    s.heading(`Suppressed in the reports (${suppressed.reports.length})`, 3);
    s.table(
      ['Severity', 'Tool', 'Rule', 'Where', 'Suppression'],
      suppressed.reports
        .slice(0, TOP)
        .map((f) => [`${ICON[f.severity]} ${f.severity}`, f.tool, f.rule, where(f), f.suppression ?? '']),
      [],
      { shrinkable: true },
    );
  }
  for (const d of input.sarifDropped)
    s.raw(
      `> [!WARNING]\n> SARIF output: ${d.count} finding${d.count === 1 ? '' : 's'} left out: ${d.reason}.`,
    );
  return s;
}

function stateOf(f: Finding): string {
  return [f.baselineState ?? '', f.kind === 'review' ? 'to review' : ''].filter(Boolean).join(', ') || '–';
}

/** Findings as annotations, most severe first; dependency findings carry no line, so they go without a file. */
export function annotationsFor(result: GateResult): LazyAnnotations<Finding> {
  return {
    items: result.shown,
    level: annotationLevel,
    annotation: (f) => ({
      level: annotationLevel(f),
      title: `${f.tool} ${f.rule}${f.ruleName !== undefined ? ` (${f.ruleName})` : ''}: ${f.severity}`,
      message: f.package !== undefined ? `${where(f)}: ${f.message.slice(0, 500)}` : f.message,
      ...(f.file !== undefined ? { file: f.file } : {}),
      ...(f.line !== undefined ? { startLine: f.line } : {}),
    }),
  };
}

function annotationLevel(f: Finding): AnnotationLevel {
  if (f.severity === 'critical' || f.severity === 'high') return 'error';
  return f.severity === 'medium' ? 'warning' : 'notice';
}
