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
  /** `review` for a SARIF result of kind open or review: the tool could not decide; never fails by default. */
  kind: 'fail' | 'review';
  /** SARIF's baselineState, when the tool compared against its own baseline. */
  baselineState: 'new' | 'unchanged' | 'updated' | undefined;
  /** Why the report itself suppresses it (a SARIF suppression: its kind, status and justification). */
  suppression: string | undefined;
}

export interface ParsedReport {
  tool: string;
  findings: Finding[];
  /** Findings the report itself suppresses (SARIF suppressions): listed apart, never failing. */
  suppressed: Finding[];
  /** Findings the tool itself was told to ignore and left out (Safety's ignored vulnerabilities). */
  ignoredByTool: number;
  /** SARIF results that are not problems: baselineState absent (fixed), kind pass/notApplicable/informational. */
  notFindings: number;
  /** Problems the tool reported about its own run (Bandit's `errors`, a failed SARIF run): the scan has gaps. */
  toolErrors: string[];
  /** Values read at a worse level than written, because they were not ones we know. */
  warnings: string[];
}

/** A report with nothing in it but its tool's name. */
export function emptyReport(tool: string): ParsedReport {
  return {
    tool,
    findings: [],
    suppressed: [],
    ignoredByTool: 0,
    notFindings: 0,
    toolErrors: [],
    warnings: [],
  };
}

/** No fixed versions: one shared, frozen list rather than a fresh [] per finding. */
const NO_FIXES: readonly string[] = Object.freeze([]);

/** What a parser must say of a finding; the rest is undefined unless given. */
export type FindingFields = Pick<Finding, 'tool' | 'rule' | 'message' | 'severity' | 'fingerprint'> &
  Partial<Finding>;

/**
 * A finding as one literal with every field, in one order, so every parser's findings share one shape. A
 * spread of defaults followed by the fields that override them cost ~10 µs an object in V8 (each new field
 * type migrates the shape): a second of a 100,000-result SARIF log, and every later pass over the findings
 * was several times slower.
 */
export function finding(f: FindingFields): Finding {
  return {
    tool: f.tool,
    rule: f.rule,
    ruleName: f.ruleName,
    confidence: f.confidence,
    file: f.file,
    line: f.line,
    column: f.column,
    package: f.package,
    version: f.version,
    fixedVersions: f.fixedVersions ?? NO_FIXES,
    helpUri: f.helpUri,
    message: f.message,
    severity: f.severity,
    fingerprint: f.fingerprint,
    kind: f.kind ?? 'fail',
    baselineState: f.baselineState,
    suppression: f.suppression,
  };
}
