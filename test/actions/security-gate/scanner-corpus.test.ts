/**
 * The dependency and secret scanners' own reports (test/fixtures/security, sources in its SOURCES.md) read
 * as units: per file, the tool, how many findings at which severity, and the first finding field by field,
 * checked against the report itself (gitleaks' File without its leading slash, pip-audit's and Safety's
 * package, version and fixes, the advisory link).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../actions/security-gate/src/parsers.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'security');

const CORPUS: [string, string, number, Record<string, number>, Record<string, unknown> | null][] = [
  [
    'gitleaks/defectdojo__gitleaks8_many.json',
    'gitleaks',
    4,
    { high: 4 },
    {
      rule: 'aws-access-token',
      ruleName: 'AWS',
      file: 'conf/aws.tf',
      line: 2,
      fixed: [],
      message: 'AWS detected in commit 74d53286c550',
    },
  ],
  ['gitleaks/defectdojo__no_findings.json', 'gitleaks', 0, {}, null],
  [
    'gitleaks/defectdojo__redacted_data_many.json',
    'gitleaks',
    6,
    { high: 6 },
    {
      rule: 'AWS Access Key',
      ruleName: 'AWS Access Key',
      file: 'overlays/server/config/server-config.yml',
      line: 224,
      fixed: [],
      message: 'AWS Access Key detected in commit b13740279fb0',
    },
  ],
  [
    'gitleaks/defectdojo__version_7.5.0.json',
    'gitleaks',
    8,
    { high: 8 },
    {
      rule: 'AWS Access Key',
      ruleName: 'AWS Access Key',
      file: 'dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json',
      line: 13,
      fixed: [],
      message: 'AWS Access Key detected in commit 6d1279809668',
    },
  ],
  ['gitleaks/gitleaks-repo__empty.json', 'gitleaks', 0, {}, null],
  [
    'gitleaks/gitleaks-repo__json_simple.json',
    'gitleaks',
    1,
    { high: 1 },
    {
      rule: 'test-rule',
      file: 'auth.py',
      line: 1,
      fixed: [],
      message: 'test-rule detected in commit 000000000000',
    },
  ],
  ['pip-audit/defectdojo__empty_new.json', 'pip-audit', 0, {}, null],
  [
    'pip-audit/defectdojo__many_vulns.json',
    'pip-audit',
    7,
    { high: 7 },
    {
      rule: 'PYSEC-2021-76',
      package: 'aiohttp',
      version: '3.6.2',
      fixed: ['3.7.4'],
      helpUri: 'https://osv.dev/vulnerability/PYSEC-2021-76',
      message: 'aiohttp is an asynchronous HTTP client/server framework for asyncio and Python. ',
    },
  ],
  [
    'pip-audit/defectdojo__many_vulns_new.json',
    'pip-audit',
    7,
    { high: 7 },
    {
      rule: 'PYSEC-2021-76',
      package: 'aiohttp',
      version: '3.6.2',
      fixed: ['3.7.4'],
      helpUri: 'https://osv.dev/vulnerability/PYSEC-2021-76',
      message: 'aiohttp is an asynchronous HTTP client/server framework for asyncio and Python. ',
    },
  ],
  ['pip-audit/defectdojo__zero_vulns_new.json', 'pip-audit', 0, {}, null],
  [
    'safety/defectdojo-1.x__example_report.json',
    'safety',
    3,
    { high: 3 },
    {
      rule: '33063',
      package: 'django',
      version: '1.2.2',
      fixed: [],
      helpUri: 'https://data.safetycli.com/v/33063/',
      message: 'django.contrib.sessions in Django before 1.2.7 and 1.3.x before 1.3.1, when sess',
    },
  ],
  [
    'safety/defectdojo-1.x__many_vulns.json',
    'safety',
    5,
    { high: 5 },
    {
      rule: '39611',
      package: 'pyyaml',
      version: '5.3.1',
      fixed: [],
      helpUri: 'https://data.safetycli.com/v/39611/',
      message: 'A vulnerability was discovered in the PyYAML library in versions before 5.4, whe',
    },
  ],
  [
    'safety/defectdojo-1.x__multiple_cves.json',
    'safety',
    1,
    { high: 1 },
    {
      rule: '37863',
      package: 'ampache',
      version: '3.8.2',
      fixed: [],
      helpUri: 'https://data.safetycli.com/v/37863/',
      message: 'ampache 4.0.0:\r\n* Resolves CVE-2019-12385 for the SQL Injection\r\n* Resolves CVE-',
    },
  ],
  [
    'safety/defectdojo-1.x__no_cve.json',
    'safety',
    1,
    { high: 1 },
    {
      rule: '25848',
      package: 'httplib2',
      version: '0.9.2',
      fixed: [],
      helpUri: 'https://data.safetycli.com/v/25848/',
      message: 'httplib2 before and including 0.9.2 on "SSL certificate hostname mismatch" it is',
    },
  ],
  [
    'safety/safety-repo-2.x__report.json',
    'safety',
    1,
    { high: 1 },
    {
      rule: '25853',
      package: 'insecure-package',
      version: '0.1.0',
      fixed: [],
      helpUri: 'https://pyup.io/vulnerabilities/PVE-2021-25853/25853/',
      message: 'This is an insecure package with lots of exploitable security vulnerabilities.',
    },
  ],
  [
    'safety/safety-repo-2.x__report_with_recommended_fix.json',
    'safety',
    4,
    { medium: 1, high: 3 },
    {
      rule: '44742',
      package: 'django',
      version: '4.0.1',
      fixed: ['2.2.27', '3.2.12', '4.0.2'],
      helpUri: 'https://pyup.io/vulnerabilities/CVE-2022-22818/44742/',
      message: 'The {% debug %} template tag in Django 2.2 before 2.2.27, 3.2 before 3.2.12, and',
    },
  ],
];

describe("the scanners' own reports", () => {
  it.each(CORPUS)('%s: %s, %i findings', (file, tool, count, severities, first) => {
    const reports = parseReport(readFileSync(path.join(FIXTURES, file), 'utf8'), file, {
      vulnerabilitySeverity: 'high',
    });
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.tool).toBe(tool);
    expect(report?.findings).toHaveLength(count);
    const counted: Record<string, number> = {};
    for (const f of report?.findings ?? []) counted[f.severity] = (counted[f.severity] ?? 0) + 1;
    expect(counted).toEqual(severities);
    expect(report?.toolErrors).toEqual([]);
    if (first === null) return;
    const f = report?.findings[0];
    expect({
      rule: f?.rule,
      ruleName: f?.ruleName,
      file: f?.file,
      line: f?.line,
      package: f?.package,
      version: f?.version,
      fixed: f?.fixedVersions,
      helpUri: f?.helpUri,
      message: f?.message.slice(0, 80),
    }).toEqual({
      rule: undefined,
      ruleName: undefined,
      file: undefined,
      line: undefined,
      package: undefined,
      version: undefined,
      fixed: [],
      helpUri: undefined,
      message: undefined,
      ...first,
    });
  });

  it('rates by the vulnerability-severity input when a report gives no CVSS', () => {
    const text = readFileSync(path.join(FIXTURES, 'pip-audit/defectdojo__many_vulns.json'), 'utf8');
    const low = parseReport(text, 'p.json', { vulnerabilitySeverity: 'low' })[0];
    expect(new Set(low?.findings.map((f) => f.severity))).toEqual(new Set(['low']));
  });

  it('keeps the fingerprint of a secret stable, one per rule, file and secret (not per commit), never holding it', () => {
    const text = readFileSync(path.join(FIXTURES, 'gitleaks/defectdojo__gitleaks8_many.json'), 'utf8');
    const a = parseReport(text, 'g.json', { vulnerabilitySeverity: 'high' })[0]?.findings ?? [];
    const b = parseReport(text, 'g.json', { vulnerabilitySeverity: 'high' })[0]?.findings ?? [];
    expect(a.map((f) => f.fingerprint)).toEqual(b.map((f) => f.fingerprint));
    const doc = JSON.parse(text) as { Secret: string; RuleID: string; File: string }[];
    const distinct = new Set(doc.map((g) => `${g.RuleID} ${g.File} ${g.Secret}`));
    expect(new Set(a.map((f) => f.fingerprint)).size).toBe(distinct.size);
    for (const f of a) for (const g of doc) expect(JSON.stringify(f)).not.toContain(g.Secret);
  });
});
