/**
 * Accepted findings, by fingerprint (never by line number, so moving code does not revive them), each with
 * a reason and an optional expiry: an expired entry stops suppressing and is listed.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { isObject } from './fields.js';
import type { Finding } from './model.js';

export interface BaselineEntry {
  fingerprint: string;
  tool: string;
  rule: string;
  /** File, or package, for people reading the file. */
  where: string;
  reason: string;
  /** ISO date (YYYY-MM-DD): the entry suppresses until the end of that day (UTC). */
  expires?: string;
  /**
   * The review status, as SARIF's suppressions have it: absent or `accepted` suppresses; `underReview` and
   * `rejected` do not (the finding counts until someone accepts it).
   */
  status?: 'accepted' | 'underReview' | 'rejected';
}

const STATUSES = new Set(['accepted', 'underReview', 'rejected']);

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export function parseBaseline(text: string, file: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Baseline ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const findings = isObject(doc) ? doc.findings : undefined;
  if (!Array.isArray(findings)) throw new ConfigurationError(`Baseline ${file} has no 'findings' list.`);
  for (const [i, entry] of findings.entries()) {
    if (!isObject(entry))
      throw new ConfigurationError(`Baseline ${file}: entry ${i + 1} is not an object with a fingerprint.`);
    const e = entry as Partial<BaselineEntry>;
    if (typeof e.fingerprint !== 'string' || e.fingerprint === '')
      throw new ConfigurationError(`Baseline ${file}: entry ${i + 1} has no fingerprint.`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') {
      throw new ConfigurationError(
        `Baseline ${file}: entry ${i + 1} (${e.rule ?? e.fingerprint}) has no reason: say why it is accepted.`,
      );
    }
    if (e.status !== undefined && (typeof e.status !== 'string' || !STATUSES.has(e.status))) {
      throw new ConfigurationError(
        `Baseline ${file}: entry ${i + 1} has a status that is not accepted, underReview or rejected: ${JSON.stringify(e.status).slice(0, 40)}.`,
      );
    }
    if (e.expires !== undefined && (typeof e.expires !== 'string' || !isIsoDate(e.expires))) {
      throw new ConfigurationError(
        `Baseline ${file}: entry ${i + 1} has an expires that is not a date (YYYY-MM-DD): ${JSON.stringify(e.expires)}.`,
      );
    }
  }
  return { version: 1, findings: findings as BaselineEntry[] };
}

/**
 * `YYYY-MM-DD` of a day that exists, optionally with a time after it (which is ignored: an entry lasts to the
 * end of its day). Anything `Date.parse` merely tolerates (`2026/11/26`, `Nov 26 2026`, `2026-02-30`) is
 * refused: such an expiry would be read as another day, or never pass at all.
 */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\S+)?$/.exec(value);
  if (match === null) return false;
  const [, y, m, d, time] = match;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (day.toISOString().slice(0, 10) !== value.slice(0, 10)) return false;
  return time === undefined || !Number.isNaN(Date.parse(value));
}

export interface Suppression {
  kept: Finding[];
  suppressed: Finding[];
  /** Entries past their date: they no longer suppress. */
  expired: BaselineEntry[];
  /** Entries under review or rejected: they do not suppress. */
  notAccepted: BaselineEntry[];
}

export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline | undefined,
  now: Date,
): Suppression {
  if (baseline === undefined) return { kept: [...findings], suppressed: [], expired: [], notAccepted: [] };
  const active = new Map<string, BaselineEntry>();
  const expired: BaselineEntry[] = [];
  const notAccepted: BaselineEntry[] = [];
  for (const entry of baseline.findings) {
    const end =
      entry.expires === undefined ? undefined : Date.parse(`${entry.expires.slice(0, 10)}T23:59:59.999Z`);
    if (entry.status === 'underReview' || entry.status === 'rejected') notAccepted.push(entry);
    else if (end !== undefined && end < now.getTime()) expired.push(entry);
    else active.set(entry.fingerprint, entry);
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) (active.has(f.fingerprint) ? suppressed : kept).push(f);
  return { kept, suppressed, expired, notAccepted };
}

export function baselineFrom(findings: readonly Finding[]): Baseline {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({
      fingerprint: f.fingerprint,
      tool: f.tool,
      rule: f.rule,
      where: f.package !== undefined ? `${f.package}@${f.version ?? '?'}` : (f.file ?? ''),
      reason: 'TODO: say why this finding is accepted',
    });
  }
  return { version: 1, findings: entries };
}
