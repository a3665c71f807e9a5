/** One model for every scanner's findings, and the severity scale they are normalised to. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Higher is more severe: critical 3 … low 0. */
export function severityRank(s: Severity): number {
  return 3 - SEVERITIES.indexOf(s);
}

export function confidenceRank(c: Confidence): number {
  return 2 - CONFIDENCES.indexOf(c);
}

/** CVSS base score to severity: ≥9 critical, ≥7 high, ≥4 medium, else low. */
export function severityFromCvss(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

export interface Finding {
  tool: string;
  rule: string;
  ruleName: string | undefined;
  message: string;
  severity: Severity;
  /** For tools that report it (Bandit). */
  confidence: Confidence | undefined;
  file: string | undefined;
  line: number | undefined;
  column: number | undefined;
  /** For dependency findings. */
  package: string | undefined;
  version: string | undefined;
  fixedVersions: readonly string[];
  helpUri: string | undefined;
  /** Stable across moves: tool, rule, path and a hash of the flagged code, or package and vulnerability id. */
  fingerprint: string;
}

export interface ParsedReport {
  tool: string;
  findings: Finding[];
  /** Findings the tool itself was told to ignore (Safety's ignored vulnerabilities). */
  ignoredByTool: number;
  /** Problems the tool reported about its own run (Bandit's `errors`): the scan has gaps. */
  toolErrors: string[];
}
