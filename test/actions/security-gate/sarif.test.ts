/** SARIF read as the standard means it: rules, levels, kinds, baselines, suppressions, failed runs. */
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../shared/errors.js';
import { applyBaseline, parseBaseline } from '../../../actions/security-gate/src/baseline.js';
import { decide } from '../../../actions/security-gate/src/gate.js';
import { parseReport } from '../../../actions/security-gate/src/parsers.js';

const options = { vulnerabilitySeverity: 'high' } as const;
const log = (run: Record<string, unknown>): string =>
  JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Scanner' } }, ...run }] });
const read = (run: Record<string, unknown>) => {
  const [report] = parseReport(log(run), 'r.sarif', options);
  if (report === undefined) throw new Error('no run');
  return report;
};
const result = (extra: Record<string, unknown> = {}) => ({ ruleId: 'R1', message: { text: 'm' }, ...extra });

describe('SARIF severity', () => {
  it("takes the rule's security-severity first, as GitHub code scanning does, then the level", () => {
    const report = read({
      tool: {
        driver: {
          name: 'Scanner',
          rules: [{ id: 'R1', properties: { 'security-severity': '9.1' } }, { id: 'R2' }],
        },
      },
      results: [
        result({ level: 'note' }),
        result({ ruleId: 'R2', level: 'error' }),
        result({ ruleId: 'R2' }),
      ],
    });
    expect(report.findings.map((f) => f.severity)).toEqual(['critical', 'high', 'medium']);
  });

  it.each([
    ['9.0', 'critical'],
    ['8.9', 'high'],
    ['7.0', 'high'],
    ['6.9', 'medium'],
    ['4.0', 'medium'],
    ['3.9', 'low'],
    ['0', 'low'],
  ])('security-severity %s is %s', (score, severity) => {
    const report = read({
      tool: {
        driver: { name: 'Scanner', rules: [{ id: 'R1', properties: { 'security-severity': score } }] },
      },
      results: [result()],
    });
    expect(report.findings[0]?.severity).toBe(severity);
  });

  it('finds a CodeQL rule in tool.extensions through rule.toolComponent and rule.index', () => {
    const report = read({
      tool: {
        driver: { name: 'CodeQL', rules: [] },
        extensions: [
          { name: 'codeql/javascript-queries', rules: [] },
          {
            name: 'codeql/python-queries',
            rules: [
              { id: 'py/unused', defaultConfiguration: { level: 'note' } },
              { id: 'py/sql-injection', properties: { 'security-severity': '8.8' } },
            ],
          },
        ],
      },
      results: [
        {
          ruleId: 'py/sql-injection',
          rule: { id: 'py/sql-injection', index: 1, toolComponent: { index: 1 } },
          message: { text: 'q' },
        },
        // No index: found by its id in the extensions.
        { ruleId: 'py/unused', message: { text: 'u' } },
      ],
    });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['py/sql-injection', 'high'],
      ['py/unused', 'low'],
    ]);
  });

  it('reads an unknown level as high and a bad security-severity as absent, each with a warning', () => {
    const report = read({
      tool: {
        driver: { name: 'Scanner', rules: [{ id: 'R2', properties: { 'security-severity': 'HIGH' } }] },
      },
      results: [
        result({ level: 'critical' }),
        result({ level: 'critical' }),
        result({ ruleId: 'R2', level: 'note' }),
      ],
    });
    expect(report.findings.map((f) => f.severity)).toEqual(['high', 'high', 'low']);
    expect(report.warnings).toEqual([
      `scanner: level "critical" is not a SARIF level; counted as high (as 'error') (2 times)`,
      'scanner: security-severity "HIGH" is not a score from 0 to 10; the level decides',
    ]);
  });

  it('builds a message from the rule’s messageStrings and the arguments', () => {
    const report = read({
      tool: {
        driver: {
          name: 'Scanner',
          rules: [{ id: 'C2001', messageStrings: { default: { text: 'Variable "{0}" used before {1}.' } } }],
        },
      },
      results: [{ ruleId: 'C2001', ruleIndex: 0, message: { id: 'default', arguments: ['count', 'set'] } }],
    });
    expect(report.findings[0]?.message).toBe('Variable "count" used before set.');
  });
});

describe('SARIF kind and baselineState', () => {
  it('counts fail, open and review; never pass, notApplicable, informational or absent', () => {
    const report = read({
      results: [
        result(),
        result({ kind: 'fail' }),
        result({ kind: 'open' }),
        result({ kind: 'review' }),
        result({ kind: 'pass', level: 'none' }),
        result({ kind: 'notApplicable' }),
        result({ kind: 'informational' }),
        result({ baselineState: 'absent' }),
        result({ baselineState: 'new' }),
        result({ baselineState: 'unchanged' }),
        result({ baselineState: 'updated' }),
      ],
    });
    expect(report.findings.map((f) => [f.kind, f.baselineState ?? ''])).toEqual([
      ['fail', ''],
      ['fail', ''],
      ['review', ''],
      ['review', ''],
      ['fail', 'new'],
      ['fail', 'unchanged'],
      ['fail', 'updated'],
    ]);
    expect(report.notFindings).toBe(4);
  });

  it('lets a finding to review fail the gate only when asked', () => {
    const report = read({ results: [result({ kind: 'review', level: 'error' })] });
    const gate = (failOnReview: boolean) =>
      decide(report.findings, { failOn: 'high', reportOn: 'low', minConfidence: 'low', failOnReview });
    expect(gate(false).failing).toHaveLength(0);
    expect(gate(false).counts.high).toBe(1);
    expect(gate(true).failing).toHaveLength(1);
  });

  it('counts an unknown kind as fail and an unknown baselineState as new, with warnings', () => {
    const report = read({ results: [result({ kind: 'maybe' }), result({ baselineState: 'gone' })] });
    expect(report.findings.map((f) => [f.kind, f.baselineState])).toEqual([
      ['fail', undefined],
      ['fail', 'new'],
    ]);
    expect(report.warnings).toHaveLength(2);
  });
});

describe('SARIF suppressions', () => {
  it.each([
    [[{ kind: 'inSource' }], true],
    [[{ kind: 'external', status: 'accepted' }], true],
    [[{ kind: 'external', status: 'underReview' }], false],
    [[{ kind: 'external', status: 'rejected' }], false],
    [
      [
        { kind: 'external', status: 'underReview' },
        { kind: 'external', status: 'rejected' },
      ],
      false,
    ],
    [
      [
        { kind: 'external', status: 'accepted' },
        { kind: 'external', status: 'rejected' },
      ],
      true,
    ],
    [[], false],
    [[{ kind: 'external', status: 'Accepted' }], false],
  ])('%j suppresses: %s', (suppressions, suppressed) => {
    const report = read({ results: [result({ suppressions })] });
    expect(report.suppressed.length).toBe(suppressed ? 1 : 0);
    expect(report.findings.length).toBe(suppressed ? 0 : 1);
  });

  it('says why a finding is suppressed', () => {
    const report = read({
      results: [result({ suppressions: [{ kind: 'inSource', justification: 'checked by the caller' }] })],
    });
    expect(report.suppressed[0]?.suppression).toBe('inSource: checked by the caller');
  });

  it('lets a baseline entry under review or rejected suppress nothing', () => {
    const finding = read({ results: [result()] }).findings;
    const fp = finding[0]?.fingerprint ?? '';
    const baseline = (status?: string) =>
      parseBaseline(
        JSON.stringify({ findings: [{ fingerprint: fp, reason: 'ok', ...(status ? { status } : {}) }] }),
        'b.json',
      );
    const now = new Date();
    expect(applyBaseline(finding, baseline(), now).suppressed).toHaveLength(1);
    expect(applyBaseline(finding, baseline('accepted'), now).suppressed).toHaveLength(1);
    expect(applyBaseline(finding, baseline('underReview'), now)).toMatchObject({
      suppressed: [],
      kept: finding,
    });
    expect(applyBaseline(finding, baseline('rejected'), now).notAccepted).toHaveLength(1);
    expect(() => baseline('maybe')).toThrow('Baseline b.json: entry 1 has a status that is not accepted');
  });
});

describe('SARIF runs that failed', () => {
  it('makes executionSuccessful: false a scanner error, even with no notification', () => {
    expect(read({ invocations: [{ executionSuccessful: false }] }).toolErrors).toEqual([
      'scanner says its run did not succeed (executionSuccessful: false)',
    ]);
    expect(read({ invocations: [{ executionSuccessful: true }] }).toolErrors).toEqual([]);
  });

  it('makes an error-level notification a scanner error quoting it, whatever executionSuccessful says', () => {
    const report = read({
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: 'error',
              message: { text: 'out of memory' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///src/big.py' } } }],
            },
            { level: 'note', message: { text: 'took 3 s' } },
          ],
        },
      ],
    });
    expect(report.toolErrors).toEqual(['scanner reports an error: out of memory (/src/big.py)']);
  });
});

describe('malformed SARIF', () => {
  it.each([
    [[null], 'r.sarif: runs[0].results[0] is null, not a result object'],
    [[42], 'r.sarif: runs[0].results[0] is number, not a result object'],
    [['x'], 'r.sarif: runs[0].results[0] is string, not a result object'],
  ])('refuses results %j', (results, message) => {
    expect(() => read({ results })).toThrow(new ConfigurationError(message));
  });

  it('refuses runs that are not objects and results that are not a list', () => {
    expect(() => parseReport('{"version":"2.1.0","runs":[1]}', 'r.sarif', options)).toThrow(
      'r.sarif: runs[0] is not a run object',
    );
    expect(() => read({ results: { a: 1 } })).toThrow('r.sarif: runs[0].results is not a list');
  });
});

describe('other reports, failing closed', () => {
  it('counts a Bandit severity it does not know as critical, with a warning; trims and ignores case', () => {
    const bandit = (severities: string[]) =>
      JSON.stringify({
        metrics: {},
        errors: [],
        results: severities.map((s, i) => ({
          test_id: 'B1',
          issue_severity: s,
          issue_confidence: 'HIGH',
          filename: 'a.py',
          line_number: i + 1,
          issue_text: 't',
        })),
      });
    const [report] = parseReport(bandit(['CRITICAL', 'HIGH ', 'medium', '', 'CRITICAL']), 'b.json', options);
    expect(report?.findings.map((f) => f.severity)).toEqual([
      'critical',
      'high',
      'medium',
      'critical',
      'critical',
    ]);
    expect(report?.warnings).toEqual([
      'bandit: issue_severity "CRITICAL" is not one Bandit writes (2 findings); counted as critical',
      'bandit: issue_severity "" is not one Bandit writes (1 finding); counted as critical',
    ]);
  });

  it('refuses records of the wrong type instead of making up findings', () => {
    expect(() => parseReport('{"results":[null],"errors":[]}', 'b.json', options)).toThrow(
      'b.json: results[0] is null, not an object',
    );
    expect(() => parseReport('[[["a"]]]', 's.json', options)).toThrow(
      's.json: row 1 is not a Safety 1.x vulnerability',
    );
    expect(() => parseReport('{"dependencies":[1]}', 'p.json', options)).toThrow(
      'p.json: dependencies[0] is number, not an object',
    );
  });

  it('never quotes the text of a file that is not JSON', () => {
    try {
      parseReport('root:$y$j9T$secret-hash:19000:0:99999:7:::\n', 'shadow.json', options);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'shadow.json is not valid JSON: the scanner may have crashed or printed something else',
      );
    }
  });
});
