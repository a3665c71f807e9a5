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
  suppressed: number;
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
  s.raw(
    `From ${input.reports.length} report${input.reports.length === 1 ? '' : 's'}` +
      (input.suppressed > 0 ? `; ${input.suppressed} suppressed by the baseline` : '') +
      (result.lowConfidence > 0 ? `; ${result.lowConfidence} below min-confidence` : '') +
      '.',
  );
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
    s.heading(`Top findings${result.shown.length > TOP ? ` (${TOP} of ${result.shown.length})` : ''}`, 3);
    s.table(
      ['Severity', 'Tool', 'Rule', 'Confidence', 'Where', 'Message'],
      result.shown
        .slice(0, TOP)
        .map((f) => [
          `${ICON[f.severity]} ${f.severity}`,
          f.tool,
          f.helpUri !== undefined ? { markdown: `[${f.rule.replace(/[[\]]/g, '')}](${f.helpUri})` } : f.rule,
          f.confidence ?? '–',
          where(f),
          f.message.split('\n')[0]?.slice(0, 200) ?? '',
        ]),
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
