/**
 * Every report format, recognised from its shape: Bandit JSON (old and new field sets), SARIF 2.1.0 from any
 * tool, pip-audit JSON (object and old array forms), gitleaks JSON (v8 and v7 names), Safety JSON (2.x and
 * 1.x). A secret's value never leaves its parser: only a hash of it goes into the fingerprint.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { type Json, arr, excerpt, isObject, num, obj, str } from './fields.js';
import { fingerprint, normaliseCode } from './fingerprint.js';
import {
  type Confidence,
  emptyReport,
  type Finding,
  finding,
  type ParsedReport,
  type Severity,
  severityFromCvss,
} from './model.js';
import { parseSarif } from './sarif-input.js';

export interface ParseOptions {
  /** Severity of a dependency vulnerability whose report gives no CVSS score. */
  vulnerabilitySeverity: Severity;
}

/** Every record of a report must be an object: anything else is a broken report, never a made-up finding. */
function records(list: readonly Json[], file: string, what: string): Readonly<Record<string, Json>>[] {
  return list.map((raw, i) => {
    if (!isObject(raw))
      throw new ConfigurationError(
        `${file}: ${what}[${i}] is ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}, not an object`,
      );
    return raw;
  });
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

const BANDIT_LEVEL: ReadonlyMap<string, Severity> = new Map([
  ['HIGH', 'high'],
  ['MEDIUM', 'medium'],
  ['LOW', 'low'],
  ['UNDEFINED', 'low'],
]);
const BANDIT_CONFIDENCE: ReadonlyMap<string, Confidence> = new Map([
  ['HIGH', 'high'],
  ['MEDIUM', 'medium'],
  ['LOW', 'low'],
]);

/** The flagged line itself, out of Bandit's `code` (which adds a line of context on each side). */
function flaggedLine(code: string | undefined, line: number | undefined): string {
  if (code === undefined) return '';
  const lines = code.split('\n');
  const exact = lines.find((l) => line !== undefined && l.startsWith(`${line} `));
  return normaliseCode((exact ?? code).replace(/^\d+\s/gm, ''));
}

function parseBandit(doc: Json, file: string): ParsedReport {
  const o = obj(doc);
  const unknown = new Map<string, number>();
  const findings = records(arr(o.results), file, 'results').map((r): Finding => {
    const rule = str(r.test_id) ?? 'bandit';
    const path = str(r.filename);
    const line = num(r.line_number);
    const cwe = obj(r.issue_cwe);
    const level = (typeof r.issue_severity === 'string' ? r.issue_severity : '').trim().toUpperCase();
    let severity = BANDIT_LEVEL.get(level);
    if (severity === undefined) {
      // Fail closed: a severity Bandit never writes may be worse than any it does.
      unknown.set(level, (unknown.get(level) ?? 0) + 1);
      severity = 'critical';
    }
    return finding({
      tool: 'bandit',
      rule,
      ruleName: str(r.test_name),
      message: str(r.issue_text) ?? rule,
      severity,
      confidence: BANDIT_CONFIDENCE.get((str(r.issue_confidence) ?? '').trim().toUpperCase()),
      file: path,
      line,
      column: num(r.col_offset) === undefined ? undefined : (num(r.col_offset) ?? 0) + 1,
      helpUri: str(r.more_info) ?? (num(cwe.id) !== undefined ? str(cwe.link) : undefined),
      fingerprint: fingerprint('bandit', rule, path, flaggedLine(str(r.code), line)),
    });
  });
  const toolErrors = arr(o.errors).map((e) => {
    const err = obj(e);
    return `${str(err.filename) ?? '?'}: ${str(err.reason) ?? excerpt(e, 200)}`;
  });
  const warnings = [...unknown].map(
    ([level, n]) =>
      `bandit: issue_severity ${excerpt(level)} is not one Bandit writes (${n} finding${n === 1 ? '' : 's'}); counted as critical`,
  );
  return { ...emptyReport('bandit'), findings, toolErrors, warnings };
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

function parsePipAudit(doc: Json, file: string, options: ParseOptions): ParsedReport {
  const deps = Array.isArray(doc) ? doc : arr(obj(doc).dependencies);
  const findings: Finding[] = [];
  for (const [i, d] of records(deps, file, 'dependencies').entries()) {
    const name = str(d.name) ?? '?';
    for (const vuln of records(arr(d.vulns), file, `dependencies[${i}].vulns`)) {
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
  return { ...emptyReport('pip-audit'), findings };
}

function parseGitleaks(doc: Json, file: string): ParsedReport {
  const findings = records(arr(doc), file, 'findings').map((g): Finding => {
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
  return { ...emptyReport('gitleaks'), findings };
}

function cvssOf(severity: Json): number | undefined {
  const s = obj(severity);
  return num(obj(s.cvssv3).base_score) ?? num(s.cvssv3_base_score) ?? num(obj(s.cvssv2).base_score);
}

function parseSafety(doc: Json, file: string, options: ParseOptions): ParsedReport {
  if (Array.isArray(doc)) {
    // Safety 1.x: [name, affected spec, installed version, advisory, id, (cvss v2?), (cvss v3?)]
    const findings = doc.map((raw, i) => {
      const row = arr(raw);
      if (row.length < 5 || typeof row[0] !== 'string' || str(row[4]) === undefined)
        throw new ConfigurationError(
          `${file}: row ${i + 1} is not a Safety 1.x vulnerability ([package, spec, version, advisory, id, …])`,
        );
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
    return { ...emptyReport('safety'), findings };
  }
  const o = obj(doc);
  let ignored = 0;
  const findings: Finding[] = [];
  for (const v of records(arr(o.vulnerabilities), file, 'vulnerabilities')) {
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
  return { ...emptyReport('safety'), findings, ignoredByTool: ignored };
}

/** Parses one report's text; throws ConfigurationError naming the file and the problem. */
export function parseReport(text: string, file: string, options: ParseOptions): ParsedReport[] {
  if (text.trim() === '')
    throw new ConfigurationError(`${file} is empty: the scanner wrote nothing (did it crash?)`);
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text around the error: never repeat it (the file may not be what it claims).
    const at = /\(line (\d+) column (\d+)\)/.exec(error instanceof Error ? error.message : '');
    throw new ConfigurationError(
      `${file} is not valid JSON${at ? ` (line ${at[1]}, column ${at[2]})` : ''}: the scanner may have crashed or printed something else`,
    );
  }
  const format = detectFormat(doc);
  switch (format) {
    case 'bandit':
      return [parseBandit(doc, file)];
    case 'sarif':
      return parseSarif(doc, file);
    case 'pip-audit':
      return [parsePipAudit(doc, file, options)];
    case 'gitleaks':
      return [parseGitleaks(doc, file)];
    case 'safety':
      return [parseSafety(doc, file, options)];
    case 'empty': {
      // `[]` or `null` says nothing about its tool: name it from the file when the name says.
      const tool = /bandit|gitleaks|pip-audit|safety/i.exec(file)?.[0].toLowerCase() ?? 'empty report';
      return [emptyReport(tool)];
    }
    case undefined:
      throw new ConfigurationError(
        `${file} is JSON but not a Bandit, SARIF, pip-audit, gitleaks or Safety report`,
      );
  }
}
