/** What people and later steps see: summary, annotations, PR comment, and the JSON of every test. */
import type { Annotation } from '../../../shared/annotations.js';
import { codeBlock, escapeCell, inlineCode } from '../../../shared/markdown.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import { formatDuration } from '../../../shared/units.js';
import type { Aggregate, Mismatch, SuiteStats, TestOutcome, Totals } from './aggregate.js';
import type { SourceLocation } from './locate.js';

/** GitHub's limit on an issue or PR comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
const TRACE_LINES_IN_ANNOTATION = 12;
const DETAILS_IN_SUMMARY = 4000;

export const isProblem = (t: TestOutcome): boolean => t.outcome === 'failed' || t.outcome === 'error';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `120 tests: 115 passed, 2 failed, 1 error, 1 skipped, 1 flaky`, leaving out zero counts after passed. */
export function totalsLine(t: Totals): string {
  const parts = [`${t.passed} passed`];
  if (t.failed > 0) parts.push(`${t.failed} failed`);
  if (t.errors > 0) parts.push(plural(t.errors, 'error'));
  if (t.skipped > 0) parts.push(`${t.skipped} skipped`);
  if (t.flaky > 0) parts.push(`${t.flaky} flaky`);
  return `${plural(t.total, 'test')}: ${parts.join(', ')}`;
}

/** `reports/a.xml declares 10 tests and 2 skipped; its test cases hold 8 and 0` */
export function mismatchText(m: Mismatch): string {
  const words = { tests: 'tests', failures: 'failed', errors: 'errors', skipped: 'skipped' } as const;
  const declared = m.counts.map((c) => `${c.declared} ${words[c.key]}`);
  const held = m.counts.map((c) => String(c.held));
  const list = (parts: string[]): string =>
    parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return `${m.report} declares ${list(declared)}; its test cases hold ${list(held)}`;
}

/** One line for the summary, however many reports disagree with their declared totals. */
export function mismatchesLine(mismatches: readonly Mismatch[], shown = 3): string | undefined {
  if (mismatches.length === 0) return undefined;
  const listed = mismatches.slice(0, shown).map(mismatchText).join('; ');
  const more =
    mismatches.length > shown ? `; and ${mismatches.length - shown} more reports (see the log)` : '';
  return `⚠️ Declared totals differ from the test cases (the counts above are the test cases'): ${listed}${more}.`;
}

function displayName(t: TestOutcome): string {
  return t.phase === 'teardown' ? `${t.id} (teardown)` : t.id;
}

function firstLine(text: string | undefined): string {
  return (
    (text ?? '')
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

function where(location: SourceLocation | undefined): string {
  if (location === undefined) return '';
  return location.line === undefined ? location.file : `${location.file}:${location.line}`;
}

export interface ReportContext {
  title: string;
  conclusion: 'success' | 'failure';
  reports: number;
  locations: ReadonlyMap<TestOutcome, SourceLocation | undefined>;
  /** Link to a file at the commit, for the comment; undefined outside GitHub. */
  fileUrl?: (location: SourceLocation) => string;
}

function suiteRow(s: SuiteStats): string[] {
  return [
    s.report,
    s.name,
    String(s.tests),
    String(s.passed),
    String(s.failed),
    String(s.errors),
    String(s.skipped),
    String(s.flaky),
    formatDuration(s.time * 1000),
  ];
}

export function buildSummary(result: Aggregate, context: ReportContext): SummaryBuilder {
  const { totals } = result;
  const icon = context.conclusion === 'success' ? '✅' : '❌';
  const summary = new SummaryBuilder();
  summary.heading(`${icon} ${escapeCell(context.title)}`, 2);
  summary.raw(
    `**${totalsLine(totals)}** in ${formatDuration(totals.time * 1000)}, from ${plural(context.reports, 'report')}.`,
  );
  const mismatches = mismatchesLine(result.mismatches);
  if (mismatches !== undefined) summary.raw(escapeCell(mismatches));
  // Suites with problems first: when the summary must be trimmed, passing suites go first.
  const suites = [...result.suites].sort(
    (a, b) =>
      b.failed + b.errors + b.flaky - (a.failed + a.errors + a.flaky) || a.report.localeCompare(b.report),
  );
  summary.table(
    ['Report', 'Suite', 'Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Time'],
    suites.map(suiteRow),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    { shrinkable: true },
  );
  const problems = result.tests.filter(isProblem);
  if (problems.length > 0) {
    summary.heading(`Failures (${problems.length})`, 3);
    for (const t of problems) {
      const loc = where(context.locations.get(t));
      const head = `${t.outcome === 'error' ? '💥' : '❌'} ${displayName(t)}${firstLine(t.message) ? ` — ${firstLine(t.message)}` : ''}`;
      const body = [
        loc ? `at ${inlineCode(loc)}` : '',
        t.attempts.length > 0 ? `failed all ${t.attempts.length + 1} attempts` : '',
        t.details
          ? codeBlock(
              t.details.slice(0, DETAILS_IN_SUMMARY) + (t.details.length > DETAILS_IN_SUMMARY ? '\n…' : ''),
            )
          : '',
      ]
        .filter(Boolean)
        .join('\n\n');
      summary.details(head.slice(0, 300), body || '_no details in the report_');
    }
  }
  const flaky = result.tests.filter((t) => t.outcome === 'flaky');
  if (flaky.length > 0) {
    summary.heading(`Flaky (${flaky.length}): passed after failing`, 3);
    summary.table(
      ['Test', 'Failed attempts', 'First failure'],
      flaky.map((t) => [
        displayName(t),
        String(t.attempts.length),
        firstLine(t.attempts[0]?.message ?? t.attempts[0]?.details),
      ]),
      ['left', 'right', 'left'],
      { shrinkable: true },
    );
  }
  return summary;
}

/** One error per failure at its file and line, one warning per flaky test; the budget is applied later. */
export function annotationsFor(
  result: Aggregate,
  locations: ReadonlyMap<TestOutcome, SourceLocation | undefined>,
): Annotation[] {
  const out: Annotation[] = [];
  for (const t of result.tests) {
    if (!isProblem(t) && t.outcome !== 'flaky') continue;
    const loc = locations.get(t);
    const position =
      loc === undefined ? {} : { file: loc.file, ...(loc.line === undefined ? {} : { startLine: loc.line }) };
    if (t.outcome === 'flaky') {
      out.push({
        level: 'warning',
        title: `Flaky: ${displayName(t)}`,
        message: `Passed after ${plural(t.attempts.length, 'failed attempt')}: ${firstLine(t.attempts[0]?.message ?? t.attempts[0]?.details) || 'no details'}`,
        ...position,
      });
      continue;
    }
    const trace = (t.details ?? '').split('\n').slice(0, TRACE_LINES_IN_ANNOTATION).join('\n');
    const message = [t.message, trace]
      .filter((s): s is string => s !== undefined && s.trim() !== '')
      .join('\n\n');
    out.push({
      level: 'error',
      title: `${t.outcome === 'error' ? 'Error' : 'Failed'}: ${displayName(t)}`,
      message:
        message === ''
          ? `${t.outcome === 'error' ? 'errored' : 'failed'} (no details in the report)`
          : message,
      ...position,
    });
  }
  return out;
}

export function commentMarker(title: string): string {
  return `<!-- runway:test-report:${title.replace(/--/g, '- -')} -->`;
}

/** The PR comment: totals, then failures and flaky tests as tables, always under GitHub's limit. */
export function buildComment(result: Aggregate, context: ReportContext, runUrl: string | undefined): string {
  const icon = context.conclusion === 'success' ? '✅' : '❌';
  const head = [
    commentMarker(context.title),
    `### ${icon} ${escapeCell(context.title)}`,
    '',
    `**${totalsLine(result.totals)}** in ${formatDuration(result.totals.time * 1000)}.${runUrl ? ` [Details](${runUrl})` : ''}`,
  ];
  const rowsFor = (tests: TestOutcome[], detail: (t: TestOutcome) => string): string[] =>
    tests.map((t) => {
      const loc = context.locations.get(t);
      const at =
        loc === undefined
          ? ''
          : context.fileUrl
            ? `[${escapeCell(where(loc))}](${context.fileUrl(loc)})`
            : inlineCode(where(loc));
      return `| ${escapeCell(displayName(t))} | ${at} | ${escapeCell(detail(t).slice(0, 300))} |`;
    });
  const sections: { heading: string[]; rows: string[] }[] = [];
  const problems = result.tests.filter(isProblem);
  if (problems.length > 0) {
    sections.push({
      heading: [
        '',
        `#### Failures (${problems.length})`,
        '',
        '| Test | Where | Message |',
        '| --- | --- | --- |',
      ],
      rows: rowsFor(problems, (t) => firstLine(t.message) || firstLine(t.details)),
    });
  }
  const flaky = result.tests.filter((t) => t.outcome === 'flaky');
  if (flaky.length > 0) {
    sections.push({
      heading: [
        '',
        `#### Flaky (${flaky.length})`,
        '',
        '| Test | Where | First failure |',
        '| --- | --- | --- |',
      ],
      rows: rowsFor(flaky, (t) => firstLine(t.attempts[0]?.message ?? t.attempts[0]?.details)),
    });
  }
  const lines = [...head];
  let size = lines.join('\n').length;
  const reserve = 200;
  for (const section of sections) {
    const headSize = section.heading.join('\n').length + 1;
    if (size + headSize + reserve > COMMENT_LIMIT) break;
    lines.push(...section.heading);
    size += headSize;
    let shown = 0;
    for (const row of section.rows) {
      if (size + row.length + 1 + reserve > COMMENT_LIMIT) break;
      lines.push(row);
      size += row.length + 1;
      shown++;
    }
    if (shown < section.rows.length) lines.push(`| … and ${section.rows.length - shown} more | | |`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The `json` output file, in pieces for a streaming write: totals, suites and every test's outcome, one test
 * per line, so a run of 100,000 tests never holds the whole document as one string.
 */
export function* resultsJson(
  result: Aggregate,
  locations: ReadonlyMap<TestOutcome, SourceLocation | undefined>,
): Generator<string> {
  yield `{"totals":${JSON.stringify(result.totals)},\n"suites":${JSON.stringify(result.suites)},\n"tests":[\n`;
  const batch: string[] = [];
  for (const [i, t] of result.tests.entries()) {
    const loc = locations.get(t);
    const line = JSON.stringify({
      id: t.id,
      classname: t.classname,
      name: t.name,
      suite: t.suite,
      report: t.report,
      outcome: t.outcome,
      time: t.time,
      file: loc?.file ?? null,
      line: loc?.line ?? null,
      message: t.message ?? null,
      attempts: t.attempts.length + 1,
      ...(t.phase ? { phase: t.phase } : {}),
    });
    batch.push(i === 0 ? line : `,\n${line}`);
    if (batch.length === 1000) yield batch.splice(0).join('');
  }
  yield `${batch.join('')}\n]}\n`;
}
