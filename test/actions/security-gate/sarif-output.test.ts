/**
 * The SARIF security-gate writes for code scanning, field by field: one run per tool with its category, its
 * rules once each with GitHub's security-severity, every result's level, message, location and fingerprint;
 * and GitHub's limits on runs and results.
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Finding, finding } from '../../../actions/security-gate/src/model.js';
import {
  buildSarif,
  MAX_GZIPPED_BYTES,
  MAX_RESULTS_PER_RUN,
  MAX_RUNS,
} from '../../../actions/security-gate/src/sarif.js';

const f = (extra: Partial<Finding> = {}): Finding =>
  finding({
    tool: 'bandit',
    rule: 'B602',
    message: 'shell=True',
    severity: 'high',
    fingerprint: 'fp',
    ...extra,
  });

interface Run {
  tool: { driver: { name: string; informationUri: string; rules: Record<string, unknown>[] } };
  automationDetails: { id: string };
  results: Record<string, unknown>[];
}
const runsOf = (findings: Finding[]): Run[] =>
  (JSON.parse(buildSarif(findings).sarif) as { runs: Run[]; version: string }).runs;

describe('the SARIF log', () => {
  it('is SARIF 2.1.0 with one run per tool, each with its own category', () => {
    const out = JSON.parse(buildSarif([f(), f({ tool: 'gitleaks', rule: 'aws' })]).sarif) as {
      $schema: string;
      version: string;
      runs: Run[];
    };
    expect(out.version).toBe('2.1.0');
    expect(out.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(out.runs.map((r) => [r.tool.driver.name, r.automationDetails.id])).toEqual([
      ['bandit', 'runway-security-gate/bandit/'],
      ['gitleaks', 'runway-security-gate/gitleaks/'],
    ]);
    expect(out.runs[0]?.tool.driver.informationUri).toBe('https://github.com/runway-ci/runway');
    expect(buildSarif([]).dropped).toEqual([]);
  });

  it('lists each rule once, in first-seen order, with a name code scanning accepts and its severity score', () => {
    const [run] = runsOf([
      f({
        rule: 'B602',
        ruleName: 'subprocess popen/shell',
        helpUri: 'https://b.example/602',
        severity: 'critical',
      }),
      f({ rule: 'B101', severity: 'low', fingerprint: 'b' }),
      f({ rule: 'B602', severity: 'low', fingerprint: 'c' }),
      f({ rule: 'B301', severity: 'medium', fingerprint: 'd' }),
    ]);
    expect(run?.tool.driver.rules).toEqual([
      {
        id: 'B602',
        name: 'subprocess_popen_shell',
        shortDescription: { text: 'subprocess popen/shell' },
        helpUri: 'https://b.example/602',
        properties: { 'security-severity': '9.5' },
      },
      { id: 'B301', shortDescription: { text: 'B301' }, properties: { 'security-severity': '5.5' } },
      { id: 'B101', shortDescription: { text: 'B101' }, properties: { 'security-severity': '2.0' } },
    ]);
  });

  it('writes each result most severe first, with its level, rule index, location and fingerprint', () => {
    const [run] = runsOf([
      f({
        severity: 'low',
        rule: 'B101',
        file: 'a.py',
        line: 3,
        column: 5,
        fingerprint: 'low-1',
        confidence: 'high',
      }),
      f({ severity: 'high', file: 'b.py', line: 0, column: 2, fingerprint: 'high-1' }),
      f({ severity: 'medium', rule: 'B301', file: 'c.py', line: 7, column: 0, fingerprint: 'med-1' }),
      f({ severity: 'critical', rule: 'B999', fingerprint: 'crit-1' }),
    ]);
    expect(run?.results).toEqual([
      {
        ruleId: 'B999',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'shell=True' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'requirements.txt' } } }],
        partialFingerprints: { 'runway/v1': 'crit-1' },
        properties: { 'security-severity': '9.5' },
      },
      {
        ruleId: 'B602',
        ruleIndex: 1,
        level: 'error',
        message: { text: 'shell=True' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'b.py' } } }],
        partialFingerprints: { 'runway/v1': 'high-1' },
        properties: { 'security-severity': '8.0' },
      },
      {
        ruleId: 'B301',
        ruleIndex: 2,
        level: 'warning',
        message: { text: 'shell=True' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'c.py' }, region: { startLine: 7 } } }],
        partialFingerprints: { 'runway/v1': 'med-1' },
        properties: { 'security-severity': '5.5' },
      },
      {
        ruleId: 'B101',
        ruleIndex: 3,
        level: 'note',
        message: { text: 'shell=True' },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: 'a.py' }, region: { startLine: 3, startColumn: 5 } },
          },
        ],
        partialFingerprints: { 'runway/v1': 'low-1' },
        properties: { 'security-severity': '2.0', confidence: 'high' },
      },
    ]);
  });

  it('names the package and version in a dependency finding, and cuts every message at 4,000 characters', () => {
    const [run] = runsOf([
      f({ tool: 'pip-audit', package: 'requests', version: '2.19.0', message: 'leaks' }),
      f({ tool: 'pip-audit', package: 'idna', version: undefined, message: 'x', fingerprint: 'i' }),
      f({ tool: 'pip-audit', message: 'y'.repeat(5000), fingerprint: 'long' }),
    ]);
    expect(run?.results.map((r) => (r.message as { text: string }).text.slice(0, 30))).toEqual([
      'requests 2.19.0: leaks',
      'idna : x',
      'y'.repeat(30),
    ]);
    expect((run?.results[2]?.message as { text: string }).text).toHaveLength(4000);
    const long = runsOf([f({ package: 'p', version: '1', message: 'z'.repeat(5000) })]);
    expect((long[0]?.results[0]?.message as { text: string }).text).toHaveLength(4000);
  });

  it(`keeps ${MAX_RUNS} tools and says how many findings the others held`, () => {
    const findings = Array.from({ length: MAX_RUNS + 2 }, (_, i) =>
      Array.from({ length: i + 1 }, (_x, j) => f({ tool: `tool-${i}`, fingerprint: `${i}-${j}` })),
    ).flat();
    const out = buildSarif(findings);
    expect((JSON.parse(out.sarif) as { runs: Run[] }).runs).toHaveLength(MAX_RUNS);
    expect(out.dropped).toEqual([
      { count: MAX_RUNS + 1 + MAX_RUNS + 2, reason: `more than ${MAX_RUNS} tools (runs)` },
    ]);
    expect(buildSarif(findings.filter((x) => x.tool !== `tool-${MAX_RUNS + 1}`)).dropped).toEqual([
      { count: MAX_RUNS + 1, reason: `more than ${MAX_RUNS} tools (runs)` },
    ]);
    expect(
      buildSarif(
        findings.filter((x) => !x.tool.endsWith(`-${MAX_RUNS}`) && !x.tool.endsWith(`-${MAX_RUNS + 1}`)),
      ).dropped,
    ).toEqual([]);
  });

  it(`keeps ${MAX_RESULTS_PER_RUN} results a run, the least severe left out`, () => {
    const findings = [
      ...Array.from({ length: MAX_RESULTS_PER_RUN }, (_, i) => f({ severity: 'low', fingerprint: `l${i}` })),
      f({ severity: 'critical', fingerprint: 'c' }),
    ];
    const out = buildSarif(findings);
    const [run] = (JSON.parse(out.sarif) as { runs: Run[] }).runs;
    expect(run?.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run?.results[0]?.partialFingerprints).toEqual({ 'runway/v1': 'c' });
    expect(out.dropped).toEqual([
      {
        count: 1,
        reason: `bandit: more than ${MAX_RESULTS_PER_RUN} results in one run (least severe left out)`,
      },
    ]);
    expect(buildSarif(findings.slice(1)).dropped).toEqual([]);
  });

  it(`leaves out the least severe tenth, again and again, while the log is over ${MAX_GZIPPED_BYTES} bytes gzipped`, () => {
    // Messages of random text (each cut at 4,000 characters) do not compress: about 15 MB gzipped in all.
    const findings = Array.from({ length: 5000 }, (_, i) =>
      f({
        severity: i === 0 ? 'critical' : 'low',
        fingerprint: `big${i}`,
        message: randomBytes(3000).toString('base64'),
      }),
    );
    const out = buildSarif(findings);
    expect(gzipSync(out.sarif).length).toBeLessThanOrEqual(MAX_GZIPPED_BYTES);
    const [run] = (JSON.parse(out.sarif) as { runs: Run[] }).runs;
    const kept = run?.results.length ?? 0;
    // A tenth at a time: 5000, 4500, 4050, 3645, …
    const steps: number[] = [];
    for (let n = 5000; n > 0; n = Math.floor(n * 0.9)) steps.push(n);
    expect(steps.slice(1)).toContain(kept);
    expect(kept).toBeLessThan(4000);
    expect(run?.results[0]?.partialFingerprints).toEqual({ 'runway/v1': 'big0' });
    expect(out.dropped).toEqual([
      { count: 5000 - kept, reason: 'the log was over 10 MB gzipped (least severe left out)' },
    ]);
  }, 60_000);
});
