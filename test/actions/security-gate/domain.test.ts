import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineFrom, parseBaseline } from '../../../actions/security-gate/src/baseline.js';
import { finding } from './finding.js';
import { decide } from '../../../actions/security-gate/src/gate.js';
import { type Finding, severityFromCvss } from '../../../actions/security-gate/src/model.js';
import { fingerprint } from '../../../actions/security-gate/src/fingerprint.js';
import { detectFormat, parseReport } from '../../../actions/security-gate/src/parsers.js';
import { buildSarif } from '../../../actions/security-gate/src/sarif.js';
import { ConfigurationError } from '../../../shared/errors.js';

const options = { vulnerabilitySeverity: 'high' as const };

const bandit = (code: string, line: number, severity = 'HIGH', confidence = 'HIGH'): string =>
  JSON.stringify({
    errors: [],
    metrics: {},
    results: [
      {
        code,
        filename: 'app/x.py',
        issue_confidence: confidence,
        issue_severity: severity,
        issue_text: 'shell',
        line_number: line,
        test_id: 'B602',
        test_name: 'subprocess_popen_with_shell_equals_true',
        more_info: 'https://bandit.readthedocs.io/b602',
      },
    ],
  });

describe('parsing and severity', () => {
  it('maps CVSS to severity', () => {
    expect([9.8, 9.0, 7.5, 7.0, 4.0, 3.9, 0].map(severityFromCvss)).toEqual([
      'critical',
      'critical',
      'high',
      'high',
      'medium',
      'low',
      'low',
    ]);
  });

  it('recognises each format by shape', () => {
    expect(detectFormat({ results: [], metrics: {} })).toBe('bandit');
    expect(detectFormat({ version: '2.1.0', runs: [] })).toBe('sarif');
    expect(detectFormat({ dependencies: [] })).toBe('pip-audit');
    expect(detectFormat([{ name: 'a', version: '1', vulns: [] }])).toBe('pip-audit');
    expect(detectFormat([{ RuleID: 'x', Match: 'y' }])).toBe('gitleaks');
    expect(detectFormat([{ rule: 'AWS', lineNumber: 3, offender: 'k' }])).toBe('gitleaks');
    expect(detectFormat({ report_meta: {}, vulnerabilities: [] })).toBe('safety');
    expect(detectFormat([['pkg', '<1', '0.9', 'adv', '123']])).toBe('safety');
    expect(detectFormat(null)).toBe('empty');
    expect(detectFormat({ what: 1 })).toBeUndefined();
  });

  it('maps SARIF levels and security-severity', () => {
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Semgrep',
              rules: [
                { id: 'r1', properties: { 'security-severity': '9.1' } },
                { id: 'r2', defaultConfiguration: { level: 'note' } },
              ],
            },
          },
          results: [
            { ruleId: 'r1', message: { text: 'a' } },
            { ruleId: 'r2', message: { text: 'b' } },
            { ruleId: 'r3', level: 'error', message: { text: 'c' } },
            { ruleId: 'r4', message: { text: 'd' } },
          ],
        },
      ],
    });
    const [report] = parseReport(sarif, 's.sarif', options);
    expect(report?.findings.map((f) => [f.tool, f.rule, f.severity])).toEqual([
      ['semgrep', 'r1', 'critical'],
      ['semgrep', 'r2', 'low'],
      ['semgrep', 'r3', 'high'],
      ['semgrep', 'r4', 'medium'],
    ]);
  });

  it('keeps Bandit fingerprints stable when the code moves, and different when the code changes', () => {
    const code = (n: number, text: string): string =>
      `${n - 1} def run(cmd):\n${n}     return subprocess.call(${text}, shell=True)\n${n + 1} \n`;
    const at = (n: number, text = 'cmd'): string =>
      parseReport(bandit(code(n, text), n), 'b.json', options)[0]?.findings[0]?.fingerprint ?? '';
    expect(at(8)).toBe(at(18));
    expect(at(8)).not.toBe(at(8, 'other'));
  });

  it('names the file and the problem for bad input', () => {
    expect(() => parseReport('', 'r.json', options)).toThrow(ConfigurationError);
    expect(() => parseReport('{"version": "2.0.0", "runs": []}', 'r.sarif', options)).toThrow(
      'r.sarif: SARIF version "2.0.0" is not 2.1.0',
    );
  });
});

describe('gate', () => {
  it('fails at or above fail-on, shows at or above report-on, and filters by confidence', () => {
    const findings = [
      finding({ severity: 'critical', fingerprint: 'a' }),
      finding({ severity: 'medium', confidence: 'low', fingerprint: 'b' }),
      finding({ severity: 'low', fingerprint: 'c' }),
    ];
    const r = decide(findings, {
      failOn: 'high',
      reportOn: 'medium',
      minConfidence: 'medium',
      failOnReview: false,
    });
    expect(r.failing.map((f) => f.fingerprint)).toEqual(['a']);
    expect(r.shown.map((f) => f.fingerprint)).toEqual(['a']);
    expect(r.lowConfidence).toBe(1);
    expect(r.counts).toEqual({ critical: 1, high: 0, medium: 0, low: 1 });
    expect(
      decide(findings, { failOn: 'none', reportOn: 'low', minConfidence: 'low', failOnReview: false })
        .failing,
    ).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('stay what earlier runs wrote into baselines (SHA-256 of the UTF-8 parts, NUL-joined)', () => {
    // Computed with createHash('sha256').update(parts.join('\\u0000')).digest('hex').slice(0, 32).
    expect(fingerprint('bandit', 'B602', 'app/x.py', 'subprocess.call(cmd, shell=True) ünïcode')).toBe(
      '7a26c39d5b6f3b1e6b23a739172186b7',
    );
  });
});

describe('the order of findings', () => {
  it('is most severe first, then by file or package in code-unit order, then line, ties kept in order', () => {
    const severities = ['critical', 'high', 'medium', 'low'] as const;
    const names = ['src/a.py', 'src/B.py', 'src/a.py', 'Ärger.py', 'src/a_b.py', 'src/ab.py', 'z', ''];
    let state = 11;
    const next = (max: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % max;
    };
    const findings = Array.from({ length: 2000 }, (_, i) => {
      const name = names[next(names.length)] ?? '';
      return finding({
        severity: severities[next(4)] ?? 'low',
        ...(next(3) === 0 ? { package: name, file: undefined } : { file: name }),
        line: next(5) === 0 ? undefined : next(40),
        fingerprint: String(i),
      });
    });
    // The comparator the gate used before it precomputed keys: the reference.
    const rank = (f: Finding): number => 3 - severities.indexOf(f.severity);
    const key = (f: Finding): string => f.file ?? f.package ?? '';
    const expected = [...findings].sort(
      (a, b) =>
        rank(b) - rank(a) ||
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) ||
        (a.line ?? 0) - (b.line ?? 0),
    );
    const shown = decide(findings, {
      failOn: 'none',
      reportOn: 'low',
      minConfidence: 'low',
      failOnReview: false,
    }).shown;
    expect(shown.map((f) => f.fingerprint)).toEqual(expected.map((f) => f.fingerprint));
  });
});

describe('baseline', () => {
  it('needs a reason for every entry and a real date', () => {
    expect(() => parseBaseline('{"findings":[{"fingerprint":"x"}]}', 'b.json')).toThrow(
      'Baseline b.json: entry 1 (x) has no reason: say why it is accepted.',
    );
    expect(() =>
      parseBaseline('{"findings":[{"fingerprint":"x","reason":"ok","expires":"soon"}]}', 'b.json'),
    ).toThrow(/not a date/);
  });

  it('suppresses until the end of the expiry day, then lists the entry', () => {
    const baseline = parseBaseline(
      JSON.stringify({
        findings: [
          {
            fingerprint: 'fp1',
            tool: 'bandit',
            rule: 'B1',
            where: 'a.py',
            reason: 'ok',
            expires: '2026-11-26',
          },
        ],
      }),
      'b.json',
    );
    const f = [finding({})];
    expect(applyBaseline(f, baseline, new Date('2026-11-26T23:00:00Z')).suppressed).toHaveLength(1);
    const later = applyBaseline(f, baseline, new Date('2026-11-27T00:00:01Z'));
    expect([later.kept.length, later.expired.length]).toEqual([1, 1]);
    expect(baselineFrom([finding({}), finding({})]).findings).toHaveLength(1);
  });
});

describe('SARIF output', () => {
  it('keeps to 20 runs, saying how many findings were left out', () => {
    const many = Array.from({ length: 22 }, (_, i) => finding({ tool: `tool${i}`, fingerprint: String(i) }));
    const out = buildSarif(many);
    expect((JSON.parse(out.sarif) as { runs: unknown[] }).runs).toHaveLength(20);
    expect(out.dropped).toEqual([{ count: 2, reason: 'more than 20 tools (runs)' }]);
  });
});
