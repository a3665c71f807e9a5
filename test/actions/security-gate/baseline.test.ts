/**
 * security-gate's baseline file at its edges: what a hand-edited file may hold and the one-line error for
 * each mistake, the expiry at the last millisecond of its day, review statuses, and the file it writes.
 */
import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  type Baseline,
  baselineFrom,
  parseBaseline,
} from '../../../actions/security-gate/src/baseline.js';
import type { Finding } from '../../../actions/security-gate/src/model.js';
import { ConfigurationError } from '../../../shared/errors.js';
import { finding as baseFinding } from './finding.js';

const finding = (over: Partial<Finding>): Finding => baseFinding({ rule: 'B602', file: 'app/a.py', ...over });

const entry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  fingerprint: 'fp1',
  tool: 'bandit',
  rule: 'B602',
  where: 'app/a.py',
  reason: 'reviewed',
  ...over,
});

const parse = (doc: unknown): Baseline => parseBaseline(JSON.stringify(doc), 'b.json');

function parseError(text: string): string {
  try {
    parseBaseline(text, 'b.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected the baseline to be refused');
}

describe('reading a baseline', () => {
  it('takes a well-formed file as it is', () => {
    const findings = [entry(), entry({ fingerprint: 'fp2', expires: '2027-03-31', status: 'accepted' })];
    expect(parse({ version: 1, findings })).toEqual({ version: 1, findings });
    expect(parse({ findings: [] })).toEqual({ version: 1, findings: [] });
  });

  it('names the file and the parser problem when it is not JSON', () => {
    expect(parseError('{"findings": [')).toMatch(/^Baseline b\.json is not valid JSON: .+/);
  });

  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a number', '3'],
    ['no findings', '{}'],
    ['findings that are an object', '{"findings": {}}'],
    ['findings that are a string', '{"findings": "fp1"}'],
  ])('needs a findings list: %s is refused', (_what, text) => {
    expect(parseError(text)).toBe("Baseline b.json has no 'findings' list.");
  });

  it.each([
    ['null', null],
    ['a string', 'fp1'],
    ['a list', ['fp1']],
  ])('refuses an entry that is %s, naming its place', (_what, value) => {
    expect(parseError(JSON.stringify({ findings: [entry(), value] }))).toBe(
      'Baseline b.json: entry 2 is not an object with a fingerprint.',
    );
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a number', 7],
  ])('refuses an entry whose fingerprint is %s', (_what, fingerprint) => {
    expect(parseError(JSON.stringify({ findings: [entry(), entry({ fingerprint })] }))).toBe(
      'Baseline b.json: entry 2 has no fingerprint.',
    );
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', ' \t\n'],
    ['a number', 1],
  ])('needs a reason: %s is refused, naming the rule', (_what, reason) => {
    expect(parseError(JSON.stringify({ findings: [entry({ reason })] }))).toBe(
      'Baseline b.json: entry 1 (B602) has no reason: say why it is accepted.',
    );
  });

  it('names the fingerprint when an entry without a reason has no rule either', () => {
    expect(parseError(JSON.stringify({ findings: [{ fingerprint: 'abc' }] }))).toBe(
      'Baseline b.json: entry 1 (abc) has no reason: say why it is accepted.',
    );
  });

  it('takes a one-character reason', () => {
    expect(parse({ findings: [entry({ reason: 'x' })] }).findings).toHaveLength(1);
  });

  it.each(['accepted', 'underReview', 'rejected'])('takes the status %s', (status) => {
    expect(parse({ findings: [entry({ status })] }).findings[0]?.status).toBe(status);
  });

  it.each([
    ['"Accepted"', 'Accepted'],
    ['"under_review"', 'under_review'],
    ['""', ''],
    ['true', true],
    ['1', 1],
    ['null', null],
  ])('refuses the status %s, showing what it got', (shown, status) => {
    expect(parseError(JSON.stringify({ findings: [entry({ status })] }))).toBe(
      `Baseline b.json: entry 1 has a status that is not accepted, underReview or rejected: ${shown}.`,
    );
  });

  it('cuts a long status to 40 characters in the message', () => {
    const status = 'x'.repeat(100);
    expect(parseError(JSON.stringify({ findings: [entry({ status })] }))).toBe(
      `Baseline b.json: entry 1 has a status that is not accepted, underReview or rejected: "${'x'.repeat(39)}.`,
    );
  });

  it.each(['2026-11-26', '2028-02-29', '2026-11-26T10:00:00Z', '2026-11-26T10:00:00+02:00'])(
    'takes the expiry %s',
    (expires) => {
      expect(parse({ findings: [entry({ expires })] }).findings[0]?.expires).toBe(expires);
    },
  );

  it.each([
    ['soon', 'soon'],
    // Date.parse takes these, but as another day or as a date whose end of day cannot be computed.
    ['2026/11/26', '2026/11/26'],
    ['Nov 26 2026', 'Nov 26 2026'],
    ['26.11.2026', '26.11.2026'],
    ['2026-02-30', '2026-02-30'],
    ['2027-02-29', '2027-02-29'],
    ['2026-13-01', '2026-13-01'],
    ['2026-11-26 10:00', '2026-11-26 10:00'],
    ['2026-11-26Tnonsense', '2026-11-26Tnonsense'],
    ['20261126', 20261126],
    ['an empty string', ''],
    ['null', null],
  ])('refuses the expiry %s', (_what, expires) => {
    expect(parseError(JSON.stringify({ findings: [entry({ expires })] }))).toBe(
      `Baseline b.json: entry 1 has an expires that is not a date (YYYY-MM-DD): ${JSON.stringify(expires)}.`,
    );
  });
});

describe('applying a baseline', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('keeps every finding, in order, when there is no baseline', () => {
    const findings = [finding({ fingerprint: 'b' }), finding({ fingerprint: 'a' })];
    const result = applyBaseline(findings, undefined, now);
    expect(result).toEqual({ kept: findings, suppressed: [], expired: [], notAccepted: [] });
    expect(result.kept).not.toBe(findings);
  });

  it('suppresses by fingerprint only, keeping the rest in their order', () => {
    const findings = ['a', 'b', 'c', 'b'].map((fingerprint, line) => finding({ fingerprint, line }));
    const baseline = parse({ findings: [entry({ fingerprint: 'b', rule: 'other', where: 'elsewhere' })] });
    const result = applyBaseline(findings, baseline, now);
    expect(result.kept.map((f) => f.line)).toEqual([0, 2]);
    expect(result.suppressed.map((f) => f.line)).toEqual([1, 3]);
    expect([result.expired, result.notAccepted]).toEqual([[], []]);
  });

  it('suppresses through the last millisecond of the expiry day (UTC) and not one after', () => {
    const baseline = parse({ findings: [entry({ expires: '2026-11-26' })] });
    const at = (iso: string): ReturnType<typeof applyBaseline> =>
      applyBaseline([finding({})], baseline, new Date(iso));
    expect(at('2026-11-26T23:59:59.998Z').suppressed).toHaveLength(1);
    expect(at('2026-11-26T23:59:59.999Z').suppressed).toHaveLength(1);
    const after = at('2026-11-27T00:00:00.000Z');
    expect(after.suppressed).toEqual([]);
    expect(after.kept).toHaveLength(1);
    expect(after.expired.map((e) => e.fingerprint)).toEqual(['fp1']);
  });

  it('reads only the day of an expiry written with a time', () => {
    const baseline = parse({ findings: [entry({ expires: '2026-11-26T00:00:00Z' })] });
    expect(applyBaseline([finding({})], baseline, new Date('2026-11-26T23:00:00Z')).suppressed).toHaveLength(
      1,
    );
    // And it does end with that day.
    expect(
      applyBaseline([finding({})], baseline, new Date('2026-11-27T00:00:00Z')).expired.map(
        (e) => e.fingerprint,
      ),
    ).toEqual(['fp1']);
  });

  it.each(['underReview', 'rejected'] as const)(
    'lists an entry %s as not accepted and counts its finding, expired or not',
    (status) => {
      const baseline = parse({
        findings: [entry({ status }), entry({ fingerprint: 'fp2', status, expires: '2020-01-01' })],
      });
      const result = applyBaseline([finding({}), finding({ fingerprint: 'fp2' })], baseline, now);
      expect(result.kept).toHaveLength(2);
      expect(result.suppressed).toEqual([]);
      expect(result.notAccepted.map((e) => e.fingerprint)).toEqual(['fp1', 'fp2']);
      expect(result.expired).toEqual([]);
    },
  );

  it('suppresses with status accepted as with no status', () => {
    const baseline = parse({ findings: [entry({ status: 'accepted' })] });
    expect(applyBaseline([finding({})], baseline, now).suppressed).toHaveLength(1);
  });

  it('lists an expired entry even when no finding matches it any more', () => {
    const baseline = parse({ findings: [entry({ fingerprint: 'gone', expires: '2026-11-25' })] });
    const result = applyBaseline([finding({})], baseline, now);
    expect(result.expired.map((e) => e.fingerprint)).toEqual(['gone']);
    expect(result.kept).toHaveLength(1);
  });
});

describe('writing a baseline', () => {
  const TODO = 'TODO: say why this finding is accepted';

  it('lists each fingerprint once, with where a reader finds it and a reason still to write', () => {
    const written = baselineFrom([
      finding({ fingerprint: 'a', file: 'app/x.py' }),
      finding({ fingerprint: 'a', file: 'app/y.py' }),
      finding({
        fingerprint: 'b',
        tool: 'pip-audit',
        rule: 'PYSEC-1',
        file: undefined,
        package: 'jinja2',
        version: '2.10',
      }),
      finding({ fingerprint: 'c', tool: 'safety', rule: '1', file: undefined, package: 'flask' }),
      finding({ fingerprint: 'd', tool: 'gitleaks', rule: 'aws', file: undefined }),
    ]);
    expect(written).toEqual({
      version: 1,
      findings: [
        { fingerprint: 'a', tool: 'bandit', rule: 'B602', where: 'app/x.py', reason: TODO },
        {
          fingerprint: 'b',
          tool: 'pip-audit',
          rule: 'PYSEC-1',
          where: 'jinja2@2.10',
          reason: TODO,
        },
        { fingerprint: 'c', tool: 'safety', rule: '1', where: 'flask@?', reason: TODO },
        { fingerprint: 'd', tool: 'gitleaks', rule: 'aws', where: '', reason: TODO },
      ],
    });
  });

  it('writes a file that reads back, and suppresses what it was written from', () => {
    const findings = [finding({ fingerprint: 'a' }), finding({ fingerprint: 'b' })];
    const text = JSON.stringify(baselineFrom(findings));
    const result = applyBaseline(findings, parseBaseline(text, 'b.json'), new Date());
    expect(result.suppressed).toHaveLength(2);
  });
});
