/**
 * Every report format, recognised from its shape: Bandit JSON (old and new field sets), SARIF 2.1.0 from any
 * tool, pip-audit JSON (object and old array forms), gitleaks JSON (v8 and v7 names), Safety JSON (2.x and
 * 1.x). A secret's value never leaves its parser: only a hash of it goes into the fingerprint.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { fingerprint, normaliseCode } from './fingerprint.js';
import {
  type Confidence,
  type Finding,
  type ParsedReport,
  type Severity,
  severityFromCvss,
} from './model.js';

export interface ParseOptions {
  /** Severity of a dependency vulnerability whose report gives no CVSS score. */
  vulnerabilitySeverity: Severity;
}

type Json = unknown;
/** What obj() gives for a missing object: one shared, frozen, rather than a fresh {} per absent field. */
const NO_OBJECT: Readonly<Record<string, Json>> = Object.freeze({});
const obj = (v: Json): Readonly<Record<string, Json>> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : NO_OBJECT;
const str = (v: Json): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
const num = (v: Json): number | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;
const arr = (v: Json): Json[] => (Array.isArray(v) ? v : []);

/** No fixed versions: one shared, frozen list rather than a fresh [] per finding. */
const NO_FIXES: readonly string[] = Object.freeze([]);

/** What a parser must say of a finding; the rest is undefined unless given. */
type FindingFields = Pick<Finding, 'tool' | 'rule' | 'message' | 'severity' | 'fingerprint'> &
  Partial<Finding>;

/**
 * A finding as one literal with every field, in one order, so every parser's findings share one shape. A
 * spread of defaults followed by the fields that override them cost ~10 µs an object in V8 (each new field
 * type migrates the shape): a second of a 100,000-result SARIF log, and every later pass over the findings
 * was several times slower.
 */
function finding(f: FindingFields): Finding {
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
  };
}

export type Format = 'bandit' | 'sarif' | 'pip-audit' | 'gitleaks' | 'safety' | 'empty';

export function detectFormat(doc: Json): Format | undefined {
  if (doc === null) return 'empty'; // gitleaks 7 writes null for no findings
  if (Array.isArray(doc)) {
    if (doc.length === 0) return 'empty';
    const first: Json = doc[0];
    if (Array.isArray(first)) return 'safety';
    const o = obj(first);
    if ('vulns' in o && 'name' in o) return 'pip-audit';
    if ('RuleID' in o || 'Match' in o || 'offender' in o || ('rule' in o && 'lineNumber' in o))
      return 'gitleaks';
    return undefined;
  }
  const o = obj(doc);
  if (Array.isArray(o.runs) && o.version !== undefined) return 'sarif';
  if (Array.isArray(o.results) && ('metrics' in o || 'errors' in o)) return 'bandit';
  if (Array.isArray(o.dependencies)) return 'pip-audit';
  if ('report_meta' in o && Array.isArray(o.vulnerabilities)) return 'safety';
  return undefined;
}

const BANDIT_LEVEL: Readonly<Record<string, Severity>> = {
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  UNDEFINED: 'low',
};
const BANDIT_CONFIDENCE: Readonly<Record<string, Confidence>> = {
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
};

/** The flagged line itself, out of Bandit's `code` (which adds a line of context on each side). */
function flaggedLine(code: string | undefined, line: number | undefined): string {
  if (code === undefined) return '';
  const lines = code.split('\n');
  const exact = lines.find((l) => line !== undefined && l.startsWith(`${line} `));
  return normaliseCode((exact ?? code).replace(/^\d+\s/gm, ''));
}

function parseBandit(doc: Json): ParsedReport {
  const o = obj(doc);
  const findings = arr(o.results).map((raw): Finding => {
    const r = obj(raw);
    const rule = str(r.test_id) ?? 'bandit';
    const file = str(r.filename);
    const line = num(r.line_number);
    const cwe = obj(r.issue_cwe);
    return finding({
      tool: 'bandit',
      rule,
      ruleName: str(r.test_name),
      message: str(r.issue_text) ?? rule,
      severity: BANDIT_LEVEL[str(r.issue_severity)?.toUpperCase() ?? 'UNDEFINED'] ?? 'low',
      confidence: BANDIT_CONFIDENCE[str(r.issue_confidence)?.toUpperCase() ?? ''],
      file,
      line,
      column: num(r.col_offset) === undefined ? undefined : (num(r.col_offset) ?? 0) + 1,
      helpUri: str(r.more_info) ?? (num(cwe.id) !== undefined ? str(cwe.link) : undefined),
      fingerprint: fingerprint('bandit', rule, file, flaggedLine(str(r.code), line)),
    });
  });
  const toolErrors = arr(o.errors).map((e) => {
    const err = obj(e);
    return `${str(err.filename) ?? '?'}: ${str(err.reason) ?? JSON.stringify(e)}`;
  });
  return { tool: 'bandit', findings, ignoredByTool: 0, toolErrors };
}

const SARIF_LEVEL: Readonly<Record<string, Severity>> = {
  error: 'high',
  warning: 'medium',
  note: 'low',
  none: 'low',
};

function parseSarif(doc: Json, file: string): ParsedReport[] {
  const o = obj(doc);
  if (str(o.version) !== '2.1.0')
    throw new ConfigurationError(`${file}: SARIF version '${String(o.version)}' is not 2.1.0`);
  return arr(o.runs).map((rawRun) => {
    const run = obj(rawRun);
    const driver = obj(obj(run.tool).driver);
    const tool = (str(driver.name) ?? 'sarif').toLowerCase();
    const secrets = /gitleaks|trufflehog|secret/i.test(tool);
    const rules = new Map<string, Record<string, Json>>();
    for (const r of arr(driver.rules)) rules.set(str(obj(r).id) ?? '', obj(r));
    const findings = arr(run.results).map((rawResult, index): Finding => {
      const result = obj(rawResult);
      const ruleIndex = num(obj(result.rule).index) ?? num(result.ruleIndex);
      const ruleId =
        str(result.ruleId) ??
        str(obj(result.rule).id) ??
        (ruleIndex !== undefined ? str(obj(arr(driver.rules)[ruleIndex]).id) : undefined) ??
        'unknown';
      const rule = rules.get(ruleId) ?? NO_OBJECT;
      const location = obj(obj(arr(result.locations)[0]).physicalLocation);
      const region = obj(location.region);
      const uri = str(obj(location.artifactLocation).uri);
      const score =
        num(obj(result.properties)['security-severity']) ?? num(obj(rule.properties)['security-severity']);
      const level = str(result.level) ?? str(obj(rule.defaultConfiguration).level) ?? 'warning';
      const severity: Severity = secrets
        ? 'high'
        : score !== undefined
          ? severityFromCvss(score)
          : (SARIF_LEVEL[level] ?? 'medium');
      const snippet = str(obj(region.snippet).text);
      const description = str(obj(rule.shortDescription).text);
      const message = str(obj(result.message).text) ?? description ?? ruleId;
      return finding({
        tool,
        rule: ruleId,
        ruleName: description ?? str(rule.name),
        file: uri?.startsWith('file://') === true ? uri.slice('file://'.length) : uri,
        line: num(region.startLine),
        column: num(region.startColumn),
        helpUri: str(rule.helpUri),
        // A secret scanner's message may quote the secret: keep only the rule's description.
        message: secrets ? `${description ?? ruleId} detected` : message,
        severity,
        fingerprint: fingerprint(
          tool,
          ruleId,
          uri,
          snippet !== undefined ? normaliseCode(snippet) : secrets ? String(index) : message,
        ),
      });
    });
    return { tool, findings, ignoredByTool: 0, toolErrors: [] };
  });
}

function dependencyFinding(
  tool: string,
  id: string,
  pkg: string,
  version: string | undefined,
  description: string | undefined,
  fixed: string[],
  cvss: number | undefined,
  helpUri: string | undefined,
  options: ParseOptions,
): Finding {
  return finding({
    tool,
    rule: id,
    message: description ?? `${pkg} ${version ?? ''} is affected by ${id}`,
    severity: cvss !== undefined ? severityFromCvss(cvss) : options.vulnerabilitySeverity,
    package: pkg,
    version,
    fixedVersions: fixed.filter(Boolean),
    helpUri,
    fingerprint: fingerprint(tool, id, pkg.toLowerCase()),
  });
}

function parsePipAudit(doc: Json, options: ParseOptions): ParsedReport {
  const deps = Array.isArray(doc) ? doc : arr(obj(doc).dependencies);
  const findings: Finding[] = [];
  for (const raw of deps) {
    const d = obj(raw);
    const name = str(d.name) ?? '?';
    for (const v of arr(d.vulns)) {
      const vuln = obj(v);
      const id = str(vuln.id) ?? 'unknown';
      findings.push(
        dependencyFinding(
          'pip-audit',
          id,
          name,
          str(d.version),
          str(vuln.description),
          arr(vuln.fix_versions).map((x) => str(x) ?? ''),
          undefined,
          id.startsWith('GHSA-')
            ? `https://github.com/advisories/${id}`
            : `https://osv.dev/vulnerability/${id}`,
          options,
        ),
      );
    }
  }
  return { tool: 'pip-audit', findings, ignoredByTool: 0, toolErrors: [] };
}

function parseGitleaks(doc: Json): ParsedReport {
  const findings = arr(doc).map((raw): Finding => {
    const g = obj(raw);
    const rule = str(g.RuleID) ?? str(g.rule) ?? 'secret';
    const file = str(g.File) ?? str(g.file);
    const secret = str(g.Secret) ?? str(g.Match) ?? str(g.offender) ?? '';
    return finding({
      tool: 'gitleaks',
      rule,
      ruleName: str(g.Description) ?? str(g.rule),
      // Never the Secret, Match, offender or line: those hold the secret itself.
      message: `${str(g.Description) ?? str(g.rule) ?? rule} detected${(str(g.Commit) ?? str(g.commit)) ? ` in commit ${(str(g.Commit) ?? str(g.commit) ?? '').slice(0, 12)}` : ''}`,
      severity: 'high',
      file: file?.replace(/^\//, ''),
      line: num(g.StartLine) ?? num(g.lineNumber),
      column: num(g.StartColumn),
      fingerprint: fingerprint('gitleaks', rule, file, fingerprint(secret)),
    });
  });
  return { tool: 'gitleaks', findings, ignoredByTool: 0, toolErrors: [] };
}

function cvssOf(severity: Json): number | undefined {
  const s = obj(severity);
  return num(obj(s.cvssv3).base_score) ?? num(s.cvssv3_base_score) ?? num(obj(s.cvssv2).base_score);
}

function parseSafety(doc: Json, options: ParseOptions): ParsedReport {
  if (Array.isArray(doc)) {
    // Safety 1.x: [name, affected spec, installed version, advisory, id, (cvss v2?), (cvss v3?)]
    const findings = doc.map((raw) => {
      const row = arr(raw);
      const cvss = num(obj(row[6]).base_score) ?? num(obj(row[5]).base_score);
      const id = str(row[4]) ?? 'unknown';
      return dependencyFinding(
        'safety',
        id,
        str(row[0]) ?? '?',
        str(row[2]),
        str(row[3]),
        [],
        cvss,
        `https://data.safetycli.com/v/${id}/`,
        options,
      );
    });
    return { tool: 'safety', findings, ignoredByTool: 0, toolErrors: [] };
  }
  const o = obj(doc);
  let ignored = 0;
  const findings: Finding[] = [];
  for (const raw of arr(o.vulnerabilities)) {
    const v = obj(raw);
    if (v.ignored === true) {
      ignored++;
      continue;
    }
    const id = str(v.vulnerability_id) ?? 'unknown';
    findings.push(
      dependencyFinding(
        'safety',
        id,
        str(v.package_name) ?? '?',
        str(v.analyzed_version),
        str(v.advisory),
        arr(v.fixed_versions).map((x) => str(x) ?? ''),
        cvssOf(v.severity),
        str(v.more_info_url),
        options,
      ),
    );
  }
  ignored += arr(o.ignored_vulnerabilities).length;
  return { tool: 'safety', findings, ignoredByTool: ignored, toolErrors: [] };
}

/** Parses one report's text; throws ConfigurationError naming the file and the problem. */
export function parseReport(text: string, file: string, options: ParseOptions): ParsedReport[] {
  if (text.trim() === '')
    throw new ConfigurationError(`${file} is empty: the scanner wrote nothing (did it crash?)`);
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): the scanner may have crashed or printed something else`,
    );
  }
  const format = detectFormat(doc);
  switch (format) {
    case 'bandit':
      return [parseBandit(doc)];
    case 'sarif':
      return parseSarif(doc, file);
    case 'pip-audit':
      return [parsePipAudit(doc, options)];
    case 'gitleaks':
      return [parseGitleaks(doc)];
    case 'safety':
      return [parseSafety(doc, options)];
    case 'empty': {
      // `[]` or `null` says nothing about its tool: name it from the file when the name says.
      const tool = /bandit|gitleaks|pip-audit|safety/i.exec(file)?.[0].toLowerCase() ?? 'empty report';
      return [{ tool, findings: [], ignoredByTool: 0, toolErrors: [] }];
    }
    case undefined:
      throw new ConfigurationError(
        `${file} is JSON but not a Bandit, SARIF, pip-audit, gitleaks or Safety report`,
      );
  }
}
