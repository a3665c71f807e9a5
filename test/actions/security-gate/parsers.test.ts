/**
 * security-gate's scanner parsers field by field, on small reports shaped as each scanner writes them: which
 * format a document is, how each field becomes part of a finding, what a missing field falls back to, and
 * the worst-case reading of values the scanners never write.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../actions/security-gate/src/fingerprint.js';
import type { Finding } from '../../../actions/security-gate/src/model.js';
import { detectFormat, parseReport } from '../../../actions/security-gate/src/parsers.js';
import { ConfigurationError } from '../../../shared/errors.js';

const OPTIONS = { vulnerabilitySeverity: 'high' } as const;
const parse = (doc: unknown, file = 'r.json'): ReturnType<typeof parseReport> =>
  parseReport(JSON.stringify(doc), file, OPTIONS);
const only = (doc: unknown, file?: string): Finding => {
  const [report] = parse(doc, file);
  expect(report?.findings).toHaveLength(1);
  return report?.findings[0] as Finding;
};

function refused(text: string, file = 'r.json'): string {
  try {
    parseReport(text, file, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected the report to be refused');
}

describe('recognising a report', () => {
  it.each([
    ['null (gitleaks 7, no findings)', null, 'empty'],
    ['an empty list', [], 'empty'],
    ['Safety 1.x rows', [['flask', '<1', '0.9', 'adv', '1']], 'safety'],
    ['pip-audit 1.x list', [{ name: 'a', version: '1', vulns: [] }], 'pip-audit'],
    ['gitleaks 8', [{ RuleID: 'aws' }], 'gitleaks'],
    ['gitleaks with Match only', [{ Match: 'x' }], 'gitleaks'],
    ['gitleaks 7 with offender', [{ offender: 'x' }], 'gitleaks'],
    ['gitleaks 7 with rule and lineNumber', [{ rule: 'r', lineNumber: 1 }], 'gitleaks'],
    ['SARIF', { version: '2.1.0', runs: [] }, 'sarif'],
    ['Bandit with metrics', { results: [], metrics: {} }, 'bandit'],
    ['Bandit with errors only', { results: [], errors: [] }, 'bandit'],
    ['pip-audit 2.x', { dependencies: [] }, 'pip-audit'],
    ['Safety 2.x', { report_meta: {}, vulnerabilities: [] }, 'safety'],
  ])('%s', (_what, doc, format) => {
    expect(detectFormat(doc)).toBe(format);
  });

  it.each([
    ['a list of something else', [{ id: 1 }]],
    ['a list whose first item is a number', [3]],
    ['a rule without a line number', [{ rule: 'r' }]],
    ['a name without vulns', [{ name: 'a' }]],
    ['runs without a version', { runs: [] }],
    ['a version without runs', { version: '2.1.0', runs: {} }],
    ['results without metrics or errors', { results: [] }],
    ['metrics without a results list', { results: {}, metrics: {} }],
    ['report_meta without vulnerabilities', { report_meta: {} }],
    ['vulnerabilities without report_meta', { vulnerabilities: [] }],
    ['a string', 'bandit'],
    ['a number', 3],
  ])('is none of them: %s', (_what, doc) => {
    expect(detectFormat(doc)).toBeUndefined();
  });

  it('names the file and the formats it knows when the JSON is none of them', () => {
    expect(refused('{"a": 1}', 'scan.json')).toBe(
      'scan.json is JSON but not a Bandit, SARIF, pip-audit, gitleaks or Safety report',
    );
  });

  it.each(['', '  \n\t'])('calls an empty file a scanner that wrote nothing: %j', (text) => {
    expect(refused(text, 'bandit.json')).toBe(
      'bandit.json is empty: the scanner wrote nothing (did it crash?)',
    );
  });

  it('gives the line and column of broken JSON, never the text around it', () => {
    const message = refused('{\n  "results": [SECRET-TEXT', 'bandit.json');
    expect(message).toMatch(
      /^bandit\.json is not valid JSON( \(line 2, column \d+\))?: the scanner may have crashed or printed something else$/,
    );
    expect(message).not.toContain('SECRET');
  });

  it.each([
    ['bandit-report.json', 'bandit'],
    ['out/GITLEAKS.json', 'gitleaks'],
    ['pip-audit.json', 'pip-audit'],
    ['Safety.json', 'safety'],
    ['scan.json', 'empty report'],
  ])('names an empty report from its file name: %s', (file, tool) => {
    expect(parse([], file)).toEqual([
      expect.objectContaining({ tool, findings: [], toolErrors: [], warnings: [] }),
    ]);
    expect(parse(null, file)[0]?.tool).toBe(tool);
  });

  it.each([
    ['null', null, 'null'],
    ['a list', [], 'a list'],
    ['a string', 'x', 'string'],
    ['a number', 1, 'number'],
  ])('refuses a record that is %s, naming where it is', (_what, value, shown) => {
    expect(refused(JSON.stringify({ results: [{}, value], metrics: {} }))).toBe(
      `r.json: results[1] is ${shown}, not an object`,
    );
  });
});

describe('Bandit', () => {
  const result = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    test_id: 'B602',
    test_name: 'subprocess_popen_with_shell_equals_true',
    issue_text: 'subprocess call with shell=True identified, security issue.',
    issue_severity: 'HIGH',
    issue_confidence: 'HIGH',
    filename: 'app/run.py',
    line_number: 12,
    col_offset: 4,
    code: '11 def run(cmd):\n12     subprocess.call(cmd,   shell=True)\n13     return 0\n',
    more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b602.html',
    issue_cwe: { id: 78, link: 'https://cwe.mitre.org/data/definitions/78.html' },
    ...over,
  });
  const bandit = (results: unknown[], extra: Record<string, unknown> = {}): unknown => ({
    results,
    metrics: {},
    errors: [],
    ...extra,
  });

  it('reads every field of a result', () => {
    expect(only(bandit([result()]))).toEqual({
      tool: 'bandit',
      rule: 'B602',
      ruleName: 'subprocess_popen_with_shell_equals_true',
      message: 'subprocess call with shell=True identified, security issue.',
      severity: 'high',
      confidence: 'high',
      file: 'app/run.py',
      line: 12,
      column: 5,
      package: undefined,
      version: undefined,
      fixedVersions: [],
      helpUri: 'https://bandit.readthedocs.io/en/latest/plugins/b602.html',
      fingerprint: fingerprint('bandit', 'B602', 'app/run.py', 'subprocess.call(cmd, shell=True)'),
      kind: 'fail',
      baselineState: undefined,
      suppression: undefined,
    });
  });

  it.each([
    ['HIGH', 'high'],
    ['MEDIUM', 'medium'],
    ['LOW', 'low'],
    ['UNDEFINED', 'low'],
    ['high', 'high'],
    [' Medium ', 'medium'],
  ])('reads the severity %j as %s, with no warning', (level, severity) => {
    const [report] = parse(bandit([result({ issue_severity: level })]));
    expect(report?.findings[0]?.severity).toBe(severity);
    expect(report?.warnings).toEqual([]);
  });

  it('counts a severity Bandit never writes as critical, with one warning per value and its count', () => {
    const [report] = parse(
      bandit([
        result({ issue_severity: 'SEVERE' }),
        result({ issue_severity: 'SEVERE' }),
        result({ issue_severity: 'BLOCKER' }),
        result({ issue_severity: 7 }),
      ]),
    );
    expect(report?.findings.map((f) => f.severity)).toEqual(['critical', 'critical', 'critical', 'critical']);
    expect(report?.warnings).toEqual([
      'bandit: issue_severity "SEVERE" is not one Bandit writes (2 findings); counted as critical',
      'bandit: issue_severity "BLOCKER" is not one Bandit writes (1 finding); counted as critical',
      'bandit: issue_severity "" is not one Bandit writes (1 finding); counted as critical',
    ]);
  });

  it.each([
    ['HIGH', 'high'],
    ['MEDIUM', 'medium'],
    [' low', 'low'],
    ['UNDEFINED', undefined],
    ['', undefined],
  ])('reads the confidence %j as %s', (value, confidence) => {
    expect(only(bandit([result({ issue_confidence: value })])).confidence).toBe(confidence);
  });

  it('falls back for missing fields: the rule to bandit, the message to the rule, no place', () => {
    const f = only(
      bandit([
        {
          issue_severity: 'LOW',
          issue_confidence: 'LOW',
        },
      ]),
    );
    expect(f).toMatchObject({
      rule: 'bandit',
      ruleName: undefined,
      message: 'bandit',
      file: undefined,
      line: undefined,
      column: undefined,
      helpUri: undefined,
    });
    expect(f.fingerprint).toBe(fingerprint('bandit', 'bandit', undefined, ''));
  });

  it('counts columns from 1 (col_offset 0 is column 1)', () => {
    expect(only(bandit([result({ col_offset: 0 })])).column).toBe(1);
  });

  it('links the CWE when there is no more_info, and only a CWE that has an id', () => {
    expect(only(bandit([result({ more_info: undefined })])).helpUri).toBe(
      'https://cwe.mitre.org/data/definitions/78.html',
    );
    expect(
      only(bandit([result({ more_info: undefined, issue_cwe: { link: 'https://cwe.mitre.org/x' } })]))
        .helpUri,
    ).toBeUndefined();
  });

  it('fingerprints the flagged line only: moving it or re-indenting it keeps the fingerprint', () => {
    const base = only(bandit([result()])).fingerprint;
    const moved = only(
      bandit([
        result({
          line_number: 40,
          code: '39 def run(cmd):\n40 \tsubprocess.call(cmd, shell=True)  \n41     return 0\n',
        }),
      ]),
    ).fingerprint;
    expect(moved).toBe(base);
    // Changing a context line does not change it either; changing the line itself does.
    const context = only(
      bandit([result({ code: '11 def other(cmd):\n12     subprocess.call(cmd, shell=True)\n13 pass\n' })]),
    ).fingerprint;
    expect(context).toBe(base);
    const changed = only(
      bandit([result({ code: '11 def run(cmd):\n12     subprocess.call(cmd, shell=False)\n13 \n' })]),
    ).fingerprint;
    expect(changed).not.toBe(base);
    // Another file or another rule is another finding.
    expect(only(bandit([result({ filename: 'app/other.py' })])).fingerprint).not.toBe(base);
    expect(only(bandit([result({ test_id: 'B603' })])).fingerprint).not.toBe(base);
  });

  it('does not take line 1 for line 12, and uses all of the code when the line is not in it', () => {
    const code = '1 import os\n12 os.system(x)\n';
    expect(only(bandit([result({ line_number: 1, code })])).fingerprint).toBe(
      fingerprint('bandit', 'B602', 'app/run.py', 'import os'),
    );
    expect(only(bandit([result({ line_number: 99, code })])).fingerprint).toBe(
      fingerprint('bandit', 'B602', 'app/run.py', 'import os os.system(x)'),
    );
  });

  it("lists Bandit's own errors as tool errors, with the file or a question mark", () => {
    const [report] = parse(
      bandit([], {
        errors: [
          { filename: 'app/broken.py', reason: 'syntax error while parsing AST from file' },
          { reason: 'no file' },
          { filename: 'app/odd.py' },
        ],
      }),
    );
    expect(report?.toolErrors).toEqual([
      'app/broken.py: syntax error while parsing AST from file',
      '?: no file',
      'app/odd.py: {"filename":"app/odd.py"}',
    ]);
    expect(report?.findings).toEqual([]);
  });
});

describe('pip-audit', () => {
  it('reads each vulnerability of each dependency, linking GHSA ids to GitHub and the rest to OSV', () => {
    const [report] = parse({
      dependencies: [
        {
          name: 'Jinja2',
          version: '2.10',
          vulns: [
            { id: 'GHSA-abcd-efgh-ijkl', fix_versions: ['2.10.1', ''], description: 'sandbox escape' },
            { id: 'PYSEC-2019-217', fix_versions: [] },
          ],
        },
        { name: 'requests', version: '2.31.0', vulns: [] },
        { name: 'torch', skip_reason: 'not on PyPI' },
      ],
    });
    expect(report?.tool).toBe('pip-audit');
    expect(report?.findings.map((f) => [f.rule, f.helpUri, f.fixedVersions, f.message, f.severity])).toEqual([
      [
        'GHSA-abcd-efgh-ijkl',
        'https://github.com/advisories/GHSA-abcd-efgh-ijkl',
        ['2.10.1'],
        'sandbox escape',
        'high',
      ],
      [
        'PYSEC-2019-217',
        'https://osv.dev/vulnerability/PYSEC-2019-217',
        [],
        'Jinja2 2.10 is affected by PYSEC-2019-217',
        'high',
      ],
    ]);
    expect(report?.findings[0]).toMatchObject({
      package: 'Jinja2',
      version: '2.10',
      file: undefined,
      line: undefined,
    });
    // The fingerprint names the package in lower case: a re-cased name in the next report is the same finding.
    expect(report?.findings[1]?.fingerprint).toBe(fingerprint('pip-audit', 'PYSEC-2019-217', 'jinja2'));
  });

  it('uses the configured severity, since pip-audit gives no score', () => {
    const [report] = parseReport(
      JSON.stringify([{ name: 'a', version: '1', vulns: [{ id: 'X-1' }] }]),
      'r.json',
      { vulnerabilitySeverity: 'medium' },
    );
    expect(report?.findings[0]?.severity).toBe('medium');
  });

  it('names a dependency or a vulnerability without a name or an id', () => {
    const f = only({ dependencies: [{ vulns: [{}] }] });
    expect(f).toMatchObject({
      rule: 'unknown',
      package: '?',
      version: undefined,
      message: '?  is affected by unknown',
    });
  });

  it('refuses a vulnerability that is not an object, naming it', () => {
    expect(refused(JSON.stringify({ dependencies: [{ name: 'a', vulns: ['X-1'] }] }))).toBe(
      'r.json: dependencies[0].vulns[0] is string, not an object',
    );
  });
});

describe('gitleaks', () => {
  it('reads a v8 finding without ever keeping the secret, its match or its line', () => {
    const f = only([
      {
        RuleID: 'aws-access-token',
        Description: 'AWS Access Token',
        File: '/config/settings.py',
        StartLine: 3,
        StartColumn: 14,
        Secret: 'AKIAIOSFODNN7EXAMPLE',
        Match: 'key = "AKIAIOSFODNN7EXAMPLE"',
        Line: 'key = "AKIAIOSFODNN7EXAMPLE"',
        Commit: '0123456789abcdef0123456789abcdef01234567',
      },
    ]);
    expect(f).toMatchObject({
      tool: 'gitleaks',
      rule: 'aws-access-token',
      ruleName: 'AWS Access Token',
      message: 'AWS Access Token detected in commit 0123456789ab',
      severity: 'high',
      file: 'config/settings.py',
      line: 3,
      column: 14,
    });
    expect(JSON.stringify(f)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(f.fingerprint).toBe(
      fingerprint('gitleaks', 'aws-access-token', '/config/settings.py', fingerprint('AKIAIOSFODNN7EXAMPLE')),
    );
  });

  it('reads the v7 names, and tells secrets apart by their value', () => {
    const v7 = (offender: string): unknown => ({
      rule: 'Generic Credential',
      file: 'app.env',
      lineNumber: 9,
      offender,
      commit: 'fedcba9876543210',
    });
    const [report] = parse([v7('one'), v7('two')]);
    expect(report?.findings.map((f) => [f.rule, f.ruleName, f.file, f.line, f.column, f.message])).toEqual([
      [
        'Generic Credential',
        'Generic Credential',
        'app.env',
        9,
        undefined,
        'Generic Credential detected in commit fedcba987654',
      ],
      [
        'Generic Credential',
        'Generic Credential',
        'app.env',
        9,
        undefined,
        'Generic Credential detected in commit fedcba987654',
      ],
    ]);
    expect(report?.findings[0]?.fingerprint).not.toBe(report?.findings[1]?.fingerprint);
  });

  it('falls back to the rule id in the message, and says no commit when there is none', () => {
    expect(only([{ RuleID: 'x', Match: 'm' }]).message).toBe('x detected');
    expect(only([{ Match: 'm' }])).toMatchObject({ rule: 'secret', message: 'secret detected' });
  });
});

describe('Safety', () => {
  it('reads 2.x vulnerabilities with their CVSS, counting the ignored ones apart', () => {
    const [report] = parse({
      report_meta: {},
      vulnerabilities: [
        {
          vulnerability_id: '51668',
          package_name: 'sqlalchemy',
          analyzed_version: '1.4.0',
          advisory: 'A SQL injection.',
          fixed_versions: ['2.0.0b1'],
          severity: { cvssv3: { base_score: 9.8 } },
          more_info_url: 'https://data.safetycli.com/v/51668/97c',
        },
        { vulnerability_id: '1', package_name: 'a', severity: { cvssv3_base_score: 5.0 } },
        { vulnerability_id: '2', package_name: 'b', severity: { cvssv2: { base_score: 2.0 } } },
        { vulnerability_id: '3', package_name: 'c' },
        { vulnerability_id: '4', package_name: 'd', ignored: true },
      ],
      ignored_vulnerabilities: [{}, {}],
    });
    expect(report?.findings.map((f) => [f.rule, f.package, f.severity])).toEqual([
      ['51668', 'sqlalchemy', 'critical'],
      ['1', 'a', 'medium'],
      ['2', 'b', 'low'],
      ['3', 'c', 'high'],
    ]);
    expect(report?.findings[0]).toMatchObject({
      version: '1.4.0',
      message: 'A SQL injection.',
      fixedVersions: ['2.0.0b1'],
      helpUri: 'https://data.safetycli.com/v/51668/97c',
    });
    expect(report?.ignoredByTool).toBe(3);
  });

  it('reads 1.x rows, with the v3 score before the v2 one', () => {
    const [report] = parse([
      ['django', '<2.2.28', '2.2.0', 'An advisory.', '48040', { base_score: 3.0 }, { base_score: 9.1 }],
      ['flask', '<1.0', '0.12', 'Old.', '36388', { base_score: 5.0 }],
      ['jinja2', '<2.11.3', '2.10', 'No score.', '39525'],
    ]);
    expect(report?.findings.map((f) => [f.rule, f.package, f.version, f.severity, f.helpUri])).toEqual([
      ['48040', 'django', '2.2.0', 'critical', 'https://data.safetycli.com/v/48040/'],
      ['36388', 'flask', '0.12', 'medium', 'https://data.safetycli.com/v/36388/'],
      ['39525', 'jinja2', '2.10', 'high', 'https://data.safetycli.com/v/39525/'],
    ]);
  });

  it.each([
    ['four fields', ['a', '<1', '0.9', 'adv']],
    ['a package that is not text', [1, '<1', '0.9', 'adv', '1']],
    ['no id', ['a', '<1', '0.9', 'adv', null]],
  ])('refuses a 1.x row with %s, naming the row', (_what, row) => {
    expect(refused(JSON.stringify([['ok', '<1', '0.9', 'adv', '1'], row]))).toBe(
      'r.json: row 2 is not a Safety 1.x vulnerability ([package, spec, version, advisory, id, …])',
    );
  });
});

describe('what every report says of itself', () => {
  const bandit = (code: string) => ({
    results: [
      {
        test_id: 'B311',
        test_name: 'blacklist',
        issue_text: 'random',
        issue_severity: 'LOW',
        issue_confidence: 'HIGH',
        filename: 'app/a.py',
        line_number: 3,
        code,
      },
    ],
    errors: [],
  });

  it('names its tool, and suppresses nothing of its own', () => {
    const [b] = parse(bandit('3 x = 1\n'));
    expect([b?.tool, b?.suppressed]).toEqual(['bandit', []]);
    const [s] = parse({
      report_meta: {},
      vulnerabilities: [{ vulnerability_id: '1', package_name: 'p', analyzed_version: '1' }],
    });
    expect([s?.tool, s?.findings[0]?.tool]).toEqual(['safety', 'safety']);
    const [old] = parse([['p', '<2', '1.0', 'advisory', '42']]);
    expect([old?.tool, old?.findings[0]?.tool]).toEqual(['safety', 'safety']);
  });

  it("fingerprints Bandit's flagged line without its number, and keeps the numbers inside the code", () => {
    const f = only(bandit('2 import random\n3 x = 10 + random.random()\n4 y = 2\n'));
    expect(f.fingerprint).toBe(fingerprint('bandit', 'B311', 'app/a.py', 'x = 10 + random.random()'));
  });

  it('names the list an entry that is no object is in', () => {
    expect(refused(JSON.stringify([{ RuleID: 'r', File: 'a', StartLine: 1 }, 7]))).toBe(
      'r.json: findings[1] is number, not an object',
    );
    expect(refused(JSON.stringify({ report_meta: {}, vulnerabilities: ['x'] }))).toBe(
      'r.json: vulnerabilities[0] is string, not an object',
    );
  });
});

describe('fingerprints', () => {
  it('are stable from release to release: a baseline written today must match tomorrow', () => {
    expect(fingerprint('bandit', 'B602', 'app/run.py', 'subprocess.call(cmd, shell=True)')).toBe(
      fingerprint('bandit', 'B602', 'app/run.py', 'subprocess.call(cmd, shell=True)'),
    );
    // A part that is absent hashes as an empty one.
    expect(fingerprint('pip-audit', 'GHSA-x', undefined)).toBe(fingerprint('pip-audit', 'GHSA-x', ''));
    expect(fingerprint('a', 'b')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('records with fields missing', () => {
  it('a gitleaks finding without its secret is fingerprinted as an empty secret', () => {
    const f = only([{ RuleID: 'aws', File: 'a.env', StartLine: 1 }]);
    expect(f.fingerprint).toBe(fingerprint('gitleaks', 'aws', 'a.env', fingerprint('')));
  });

  it('a Safety 3 vulnerability without an id or package still counts, named as unknown', () => {
    const f = only({ report_meta: {}, vulnerabilities: [{ analyzed_version: '1.0' }] });
    expect([f.rule, f.package]).toEqual(['unknown', '?']);
  });
});
