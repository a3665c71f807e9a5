/** The decision: what is shown (report-on), what fails (fail-on), and confidence filtering. */
import { byCodeUnits } from '../../../shared/order.js';
import {
  type Confidence,
  confidenceRank,
  type Finding,
  type Severity,
  SEVERITIES,
  severityRank,
} from './model.js';

export type Threshold = Severity | 'none';

export interface GateOptions {
  failOn: Threshold;
  reportOn: Severity;
  minConfidence: Confidence;
  /** Let findings to review (SARIF kind open/review) fail the gate too. */
  failOnReview: boolean;
}

export interface Counts {
  critical: number;
  high: number;
  medium: number;
  low: number;
}

export interface GateResult {
  /** Shown findings, most severe first. */
  shown: Finding[];
  failing: Finding[];
  counts: Counts;
  byTool: Map<string, Counts>;
  /** Below min-confidence: not counted. */
  lowConfidence: number;
}

const atLeast = (s: Severity, threshold: Severity): boolean => severityRank(s) >= severityRank(threshold);

/**
 * Most severe first, then by file (or package) and line. The sort compares numbers only: each finding's
 * severity rank and its file's place among the distinct files, worked out once — comparing names in the
 * comparator cost most of a 100,000-finding run's sort.
 */
function mostSevereFirst(findings: Finding[]): Finding[] {
  const names = [...new Set(findings.map((f) => f.file ?? f.package ?? ''))].sort(byCodeUnits);
  const place = new Map(names.map((name, i) => [name, i]));
  return findings
    .map((f) => ({
      f,
      rank: severityRank(f.severity),
      place: place.get(f.file ?? f.package ?? '') ?? 0,
      line: f.line ?? 0,
    }))
    .sort((a, b) => b.rank - a.rank || a.place - b.place || a.line - b.line)
    .map((k) => k.f);
}

export function decide(findings: readonly Finding[], options: GateOptions): GateResult {
  const confident = findings.filter(
    (f) =>
      f.confidence === undefined || confidenceRank(f.confidence) >= confidenceRank(options.minConfidence),
  );
  const shown = mostSevereFirst(confident.filter((f) => atLeast(f.severity, options.reportOn)));
  const failOn = options.failOn;
  const failing =
    failOn === 'none'
      ? []
      : confident.filter((f) => atLeast(f.severity, failOn) && (f.kind === 'fail' || options.failOnReview));
  const empty = (): Counts => ({ critical: 0, high: 0, medium: 0, low: 0 });
  const counts = empty();
  const byTool = new Map<string, Counts>();
  for (const f of confident) {
    counts[f.severity]++;
    const t = byTool.get(f.tool) ?? empty();
    t[f.severity]++;
    byTool.set(f.tool, t);
  }
  return { shown, failing, counts, byTool, lowConfidence: findings.length - confident.length };
}

export { SEVERITIES };
