/** What a person and the next steps see: the results JSON, the summary, and the one-line failure message. */
import { inlineCode } from '../../../shared/markdown.js';
import { redactUrl } from '../../../shared/secrets.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import { formatDuration } from '../../../shared/units.js';
import type { UrlResult } from './poll.js';

/** The `results` output: one entry per URL, credentials stripped. */
export interface ResultEntry {
  url: string;
  healthy: boolean;
  status: number | null;
  attempts: number;
  'response-time-ms': number | null;
  error: string | null;
}

export function resultEntries(
  results: readonly UrlResult[],
  redact: (text: string) => string,
): ResultEntry[] {
  return results.map((r) => ({
    url: redactUrl(r.url),
    healthy: r.healthy,
    status: r.status ?? null,
    attempts: r.attempts,
    'response-time-ms': r.responseTimeMs ?? null,
    error: r.error === undefined ? null : redact(r.error),
  }));
}

function describeLast(r: UrlResult): string {
  return r.error ?? (r.status !== undefined ? `HTTP ${r.status}` : 'no response');
}

/** One line, naming each unhealthy URL, its last status or error, attempts and time spent. */
export function failureMessage(
  results: readonly UrlResult[],
  redact: (text: string) => string,
): string | undefined {
  const bad = results.filter((r) => !r.healthy);
  if (bad.length === 0) return undefined;
  const parts = bad.map(
    (r) =>
      `${redactUrl(r.url)} is unhealthy after ${r.attempts} attempt${r.attempts === 1 ? '' : 's'} in ` +
      `${formatDuration(r.elapsedMs)}: ${describeLast(r)}${r.stoppedBy === 'deadline' ? ' (deadline reached)' : ''}`,
  );
  const prefix = results.length > 1 ? `${bad.length} of ${results.length} URLs unhealthy: ` : '';
  return redact(prefix + parts.join('; '));
}

export function buildSummary(
  results: readonly UrlResult[],
  redact: (text: string) => string,
): SummaryBuilder {
  const healthy = results.filter((r) => r.healthy).length;
  const summary = new SummaryBuilder();
  const icon = healthy === results.length ? '✅' : '❌';
  summary.heading(`${icon} Health check: ${healthy} of ${results.length} healthy`, 2);
  summary.table(
    ['URL', 'Result', 'Status', 'Attempts', 'Response time', 'Time spent'],
    results.map((r) => [
      { markdown: inlineCode(redactUrl(r.url)) },
      r.healthy ? '✅ healthy' : `❌ ${redact(describeLast(r))}`,
      r.status === undefined ? '–' : String(r.status),
      String(r.attempts),
      r.responseTimeMs === undefined ? '–' : `${r.responseTimeMs} ms`,
      formatDuration(r.elapsedMs),
    ]),
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  for (const r of results) {
    summary.heading(`${r.healthy ? '✅' : '❌'} ${inlineCode(redactUrl(r.url))}`, 3);
    if (r.finalUrl !== undefined)
      summary.raw(`Answered by ${inlineCode(redactUrl(r.finalUrl))} after redirects.`);
    summary.table(
      ['#', 'At', 'Status', 'Response time', 'Outcome', 'Next'],
      r.history.map((a) => [
        String(a.attempt),
        `+${formatDuration(a.atMs)}`,
        a.status === undefined ? '–' : String(a.status),
        a.responseTimeMs === undefined ? '–' : `${a.responseTimeMs} ms`,
        a.healthy ? 'healthy' : redact(a.error ?? 'unhealthy'),
        a.next,
      ]),
      ['right', 'right', 'right', 'right', 'left', 'left'],
    );
  }
  return summary;
}
