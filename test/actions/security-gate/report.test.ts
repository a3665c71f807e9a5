/**
 * security-gate's job summary and annotations, word for word where a person reads them: the heading, the
 * sentence of what was counted and suppressed, the per-tool table, scanner errors, expired baseline entries,
 * the top findings with their state, the suppressed list and dropped SARIF; annotation levels and titles.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../actions/security-gate/src/gate.js';
import { type Finding, finding } from '../../../actions/security-gate/src/model.js';
import {
  annotationsFor,
  buildSummary,
  type SummaryInput,
  where,
} from '../../../actions/security-gate/src/report.js';

const code = (extra: Partial<Finding> = {}): Finding =>
  finding({
    tool: 'bandit',
    rule: 'B602',
    ruleName: 'subprocess_popen_with_shell_equals_true',
    message: 'subprocess call with shell=True\nsecond line',
    severity: 'high',
    confidence: 'high',
    file: 'app/run.py',
    line: 8,
    fingerprint: 'f1',
    ...extra,
  });

const dependency = (extra: Partial<Finding> = {}): Finding =>
  finding({
    tool: 'pip-audit',
    rule: 'GHSA-xxxx',
    message: 'requests leaks headers',
    severity: 'medium',
    package: 'requests',
    version: '2.19.0',
    fixedVersions: ['2.20.0', '2.31.0'],
    fingerprint: 'f2',
    ...extra,
  });

const input = (findings: Finding[], extra: Partial<SummaryInput> = {}): SummaryInput => ({
  result: decide(findings, { failOn: 'high', reportOn: 'low', minConfidence: 'low', failOnReview: false }),
  passed: false,
  failOn: 'high',
  failOnReview: false,
  suppressed: { baseline: 0, reports: [], tools: 0 },
  notFindings: 0,
  banditConfig: undefined,
  expired: [],
  toolErrors: [],
  reports: ['bandit.json'],
  sarifDropped: [],
  ...extra,
});

describe('where a finding is', () => {
  it('is the package, its version and the fix for a dependency, or file and line for code', () => {
    expect(where(dependency())).toBe('requests@2.19.0 → 2.20.0, 2.31.0');
    expect(where(dependency({ fixedVersions: [], version: undefined }))).toBe(
      'requests@? (no fixed version)',
    );
    expect(where(code())).toBe('app/run.py:8');
    expect(where(code({ line: undefined }))).toBe('app/run.py');
    expect(where(code({ file: undefined }))).toBe('–');
  });
});

describe('the job summary', () => {
  it('heads with the verdict, the count and the threshold, in the singular for one', () => {
    expect(buildSummary(input([code()])).render()).toContain('## ❌ Security: 1 finding, 1 at or above high');
    expect(buildSummary(input([], { passed: true })).render()).toContain(
      '## ✅ Security: 0 findings, 0 at or above high',
    );
    expect(buildSummary(input([code(), dependency()])).render()).toContain('2 findings, 1 at or above high');
  });

  it('says where the findings came from and what was left out, naming only what happened', () => {
    expect(buildSummary(input([code()])).render()).toContain('From 1 report.');
    const all = buildSummary(
      input([code(), code({ confidence: 'low', fingerprint: 'f3' })], {
        reports: ['a.json', 'b.sarif'],
        suppressed: { baseline: 2, reports: [dependency()], tools: 3 },
        notFindings: 1,
        result: decide([code(), code({ confidence: 'low', fingerprint: 'f3' })], {
          failOn: 'high',
          reportOn: 'low',
          minConfidence: 'medium',
          failOnReview: false,
        }),
      }),
    ).render();
    expect(all).toContain(
      "From 2 reports; 6 suppressed (2 by the baseline, 1 by the reports, 3 by the tools' ignore lists); 1 below min-confidence; 1 SARIF result that is no problem (passed, not applicable, informational, or fixed since the tool's baseline).",
    );
    const two = buildSummary(
      input([], { notFindings: 2, suppressed: { baseline: 0, reports: [], tools: 1 } }),
    ).render();
    expect(two).toContain(
      "From 1 report; 1 suppressed (1 by the tools' ignore lists); 2 SARIF results that are no problem",
    );
  });

  it('names the Bandit configuration when the step ran Bandit', () => {
    expect(buildSummary(input([], { banditConfig: 'pyproject.toml [tool.bandit]' })).render()).toContain(
      'Bandit ran with `pyproject.toml [tool.bandit]`.',
    );
    expect(buildSummary(input([])).render()).not.toContain('Bandit ran with');
  });

  it('counts per tool in a table, severities in order', () => {
    const md = buildSummary(
      input([code(), dependency(), code({ severity: 'low', fingerprint: 'f4' })]),
    ).render();
    expect(md).toContain('| Tool | 🟥 critical | 🟧 high | 🟨 medium | ⬜ low |');
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| bandit | 0 | 1 | 0 | 1 |');
    expect(md).toContain('| pip-audit | 0 | 0 | 1 | 0 |');
  });

  it('lists the top findings most severe first, with links, confidence and the first line of the message', () => {
    const md = buildSummary(
      input([dependency(), code({ helpUri: 'https://bandit.example/b602', rule: 'B[602]' })]),
    ).render();
    expect(md).toContain('### Top findings');
    expect(md).toContain('| Severity | Tool | Rule | Confidence | Where | Message |');
    const high = md.indexOf(
      '| 🟧 high | bandit | [B602](https://bandit.example/b602) | high | app/run.py:8 | subprocess call with shell=True |',
    );
    const medium = md.indexOf(
      '| 🟨 medium | pip-audit | GHSA-xxxx | – | requests@2.19.0 → 2.20.0, 2.31.0 | requests leaks headers |',
    );
    expect(high).toBeGreaterThan(0);
    expect(medium).toBeGreaterThan(high);
    expect(md).not.toContain('second line');
    expect(buildSummary(input([])).render()).not.toContain('Top findings');
  });

  it('shows the state column only when a finding has one: new against the baseline, or to review', () => {
    const md = buildSummary(
      input([
        code({ baselineState: 'new' }),
        code({ baselineState: 'unchanged', fingerprint: 'f5', line: 9 }),
        code({ kind: 'review', fingerprint: 'f6', line: 10 }),
      ]),
    ).render();
    expect(md).toContain('| Severity | Tool | Rule | Confidence | State | Where | Message |');
    expect(md).toContain('| new | app/run.py:8 |');
    expect(md).toContain('| unchanged | app/run.py:9 |');
    expect(md).toContain('| to review | app/run.py:10 |');
    expect(md).toContain(
      "Of the findings shown, 1 of 2 compared with the tool's own baseline is new; 1 is for review (the tool could not decide) and never fail the gate.",
    );
    const failing = buildSummary(
      input([code({ kind: 'review' }), code({ kind: 'review', fingerprint: 'x', line: 2 })], {
        failOnReview: true,
      }),
    ).render();
    expect(failing).toContain('Of the findings shown, 2 are for review (the tool could not decide).');
    const plural = buildSummary(
      input([code({ baselineState: 'new' }), code({ baselineState: 'new', fingerprint: 'n2', line: 3 })]),
    ).render();
    expect(plural).toContain("2 of 2 compared with the tool's own baseline are new.");
    expect(buildSummary(input([code()])).render()).not.toContain('Of the findings shown');
  });

  it('says how many of a long list it shows', () => {
    const many = Array.from({ length: 201 }, (_, i) => code({ line: i + 1, fingerprint: `m${i}` }));
    expect(buildSummary(input(many)).render()).toContain('### Top findings (200 of 201)');
    expect(buildSummary(input(many.slice(0, 200))).render()).toContain('### Top findings\n');
  });

  it('lists scanner errors, expired baseline entries, suppressed findings and dropped SARIF', () => {
    const md = buildSummary(
      input([], {
        toolErrors: ['bandit could not scan app/bad.py'],
        expired: [
          {
            tool: 'bandit',
            rule: 'B101',
            where: 'app/a.py',
            fingerprint: 'e1',
            reason: 'tests only',
            expires: '2026-01-01',
          },
        ],
        suppressed: { baseline: 0, reports: [code({ suppression: 'inSource: # nosec' })], tools: 0 },
        sarifDropped: [
          { count: 1, reason: 'no location' },
          { count: 3, reason: 'over the limit' },
        ],
      }),
    ).render();
    expect(md).toContain('### Scanner errors\n');
    expect(md).toContain('- `bandit could not scan app/bad.py`');
    expect(md).toContain('### Expired baseline entries (no longer suppressing)');
    expect(md).toContain('| Tool | Rule | Where | Expired | Reason |');
    expect(md).toContain('| bandit | B101 | app/a.py | 2026-01-01 | tests only |');
    expect(md).toContain('### Suppressed in the reports (1)');
    expect(md).toContain('| Severity | Tool | Rule | Where | Suppression |');
    expect(md).toContain('| 🟧 high | bandit | B602 | app/run.py:8 | inSource: # nosec |');
    expect(md).toContain('> [!WARNING]\n> SARIF output: 1 finding left out: no location.');
    expect(md).toContain('> SARIF output: 3 findings left out: over the limit.');
    const quiet = buildSummary(input([])).render();
    for (const heading of ['Scanner errors', 'Expired baseline', 'Suppressed in the reports', 'SARIF output'])
      expect(quiet).not.toContain(heading);
  });
});

describe('annotations', () => {
  it('are errors for critical and high, warnings for medium, notices for low, at the file and line', () => {
    const result = decide(
      [
        code({ severity: 'critical', fingerprint: 'c' }),
        code(),
        code({ severity: 'medium', fingerprint: 'm', ruleName: undefined }),
        code({ severity: 'low', fingerprint: 'l', line: undefined }),
        dependency({ message: 'x'.repeat(600) }),
      ],
      { failOn: 'high', reportOn: 'low', minConfidence: 'low', failOnReview: false },
    );
    const lazy = annotationsFor(result);
    const all = lazy.items.map((f) => lazy.annotation(f));
    expect(all.map((a) => a.level)).toEqual(['error', 'error', 'warning', 'warning', 'notice']);
    expect(lazy.items.map((f) => lazy.level(f))).toEqual(all.map((a) => a.level));
    expect(all[0]).toEqual({
      level: 'error',
      title: 'bandit B602 (subprocess_popen_with_shell_equals_true): critical',
      message: 'subprocess call with shell=True\nsecond line',
      file: 'app/run.py',
      startLine: 8,
    });
    const medium = all.find((a) => a.title === 'bandit B602: medium');
    expect(medium).toMatchObject({ level: 'warning', file: 'app/run.py', startLine: 8 });
    const dep = all.find((a) => a.title?.startsWith('pip-audit') === true);
    expect(dep).toEqual({
      level: 'warning',
      title: 'pip-audit GHSA-xxxx: medium',
      message: `requests@2.19.0 → 2.20.0, 2.31.0: ${'x'.repeat(500)}`,
    });
    const low = all.at(-1);
    expect(low).toEqual({
      level: 'notice',
      title: 'bandit B602 (subprocess_popen_with_shell_equals_true): low',
      message: 'subprocess call with shell=True\nsecond line',
      file: 'app/run.py',
    });
  });
});

describe('the job summary at its edges', () => {
  const render = (findings: Finding[], extra: Partial<SummaryInput> = {}): string =>
    buildSummary(input(findings, extra)).render();

  it('counts what each kind of suppression took, the tools’ ignore lists too', () => {
    const text = render([code()], {
      suppressed: { baseline: 1, reports: [code({ fingerprint: 's', suppression: 'inSource' })], tools: 2 },
    });
    expect(text).toContain(
      "From 1 report; 4 suppressed (1 by the baseline, 1 by the reports, 2 by the tools' ignore lists).",
    );
    expect(render([code()], { suppressed: { baseline: 0, reports: [], tools: 3 } })).toContain(
      "From 1 report; 3 suppressed (3 by the tools' ignore lists).",
    );
    // A kind that took nothing is not named.
    expect(render([code()], { suppressed: { baseline: 2, reports: [], tools: 0 } })).toContain(
      'From 1 report; 2 suppressed (2 by the baseline).',
    );
  });

  it('lists scanner errors one per line', () => {
    expect(render([], { toolErrors: ['bandit: a', 'gitleaks: b'] })).toContain(
      '### Scanner errors\n\n- `bandit: a`\n- `gitleaks: b`',
    );
  });

  it('has a State column when a finding was compared with the tool’s baseline or is for review, and only then', () => {
    const header = (text: string): string | undefined =>
      text.split('\n').find((l) => l.startsWith('| Severity | Tool | Rule | Confidence'));
    expect(header(render([code()]))).toBe('| Severity | Tool | Rule | Confidence | Where | Message |');
    expect(header(render([code({ baselineState: 'new' }), code({ fingerprint: 'x', rule: 'B101' })]))).toBe(
      '| Severity | Tool | Rule | Confidence | State | Where | Message |',
    );
    expect(header(render([code({ kind: 'review' })]))).toBe(
      '| Severity | Tool | Rule | Confidence | State | Where | Message |',
    );
    const text = render([
      code({ baselineState: 'new', kind: 'review' }),
      code({ fingerprint: 'x', rule: 'B101', baselineState: undefined }),
    ]);
    expect(text).toContain('| new, to review | app/run.py:8 |');
    expect(text).toContain('| – | app/run.py:8 |');
  });

  it(`shows the first line of a message, cut at 200 characters, and at most 200 findings of each list`, () => {
    const long = render([code({ message: `${'m'.repeat(250)}\nmore` })]);
    expect(long).toContain(`| ${'m'.repeat(200)} |`);
    expect(long).not.toContain('m'.repeat(201));
    const many = Array.from({ length: 201 }, (_, i) => code({ fingerprint: `f${i}`, line: i + 1 }));
    const text = render(many, {
      suppressed: {
        baseline: 0,
        reports: many.map((f) => ({ ...f, suppression: 'inSource' })),
        tools: 0,
      },
    });
    expect(text).toContain('### Top findings (200 of 201)');
    expect(text).toContain('| app/run.py:200 |');
    expect(text).not.toContain('| app/run.py:201 |');
    // 201 suppressed, 200 shown.
    expect(text).toContain('### Suppressed in the reports (201)');
    expect(text.match(/\| inSource \|/g)).toHaveLength(200);
  });
});

describe('the order of findings', () => {
  it('most severe first; then a finding with no place, then by file in code-unit order, then by line', () => {
    const nowhere = code({ file: undefined, line: undefined, fingerprint: 'n' });
    const result = decide(
      [
        code({ file: 'z.py', line: 1, fingerprint: 'z' }),
        code({ file: 'A.py', line: 9, fingerprint: 'a9' }),
        nowhere,
        code({ file: 'A.py', line: 2, fingerprint: 'a2' }),
        code({ file: 'b.py', severity: 'critical', fingerprint: 'c' }),
      ],
      { failOn: 'high', reportOn: 'low', minConfidence: 'low', failOnReview: false },
    );
    expect(result.shown.map((f) => f.fingerprint)).toEqual(['c', 'n', 'a2', 'a9', 'z']);
  });
});
