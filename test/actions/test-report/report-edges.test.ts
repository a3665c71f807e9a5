/**
 * test-report's summary, annotations and PR comment at their edges: sections that appear only when there is
 * something to say, the order of suites, the cut-offs (details, headings, traces, GitHub's comment limit at
 * exactly its boundary), pytest's teardown records, and messages whose first lines are blank.
 */
import { describe, expect, it } from 'vitest';
import { type Aggregate, aggregate, type Mismatch } from '../../../actions/test-report/src/aggregate.js';
import {
  annotationsFor,
  buildComment,
  buildSummary,
  COMMENT_LIMIT,
  mismatchesLine,
  mismatchText,
  type ReportContext,
  resultsJson,
} from '../../../actions/test-report/src/report.js';
import { namedReport } from './named-report.js';

const named = namedReport;
const suite = (cases: string, name = 's'): string => `<testsuite name="${name}">${cases}</testsuite>`;
const context = (extra: Partial<ReportContext> = {}): ReportContext => ({
  title: 'Unit tests',
  conclusion: 'failure',
  reports: 1,
  locations: new Map(),
  ...extra,
});
const summaryOf = (xml: string, extra: Partial<ReportContext> = {}): string =>
  buildSummary(aggregate([named(xml)]), context(extra)).render();

describe('the summary', () => {
  it('has no failure or flaky section when every test passed', () => {
    const text = summaryOf(suite('<testcase name="a"/><testcase name="b"><skipped/></testcase>'), {
      conclusion: 'success',
    });
    expect(text).toContain('## ✅ Unit tests');
    expect(text).not.toContain('### Failures');
    expect(text).not.toContain('### Flaky');
  });

  it('puts suites with the most failures, errors and flaky tests together first, then by report', () => {
    const failing = named(
      suite('<testcase name="a"><failure/></testcase><testcase name="b"><failure/></testcase>', 'two-failed'),
      'b.xml',
    );
    const mixed = named(
      suite(
        '<testcase name="c"><error/></testcase><testcase name="d"><flakyFailure/></testcase><testcase name="e"><flakyFailure/></testcase>',
        'one-error-two-flaky',
      ),
      'c.xml',
    );
    const passing = named(suite('<testcase name="f"/>', 'passing'), 'a.xml');
    const flakyOnly = named(suite('<testcase name="g"><flakyFailure/></testcase>', 'one-flaky'), 'd.xml');
    const text = buildSummary(aggregate([passing, failing, mixed, flakyOnly]), context()).render();
    const order = ['one-error-two-flaky', 'two-failed', 'one-flaky', 'passing'].map((s) =>
      text.indexOf(`| ${s} |`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    const tie = buildSummary(
      aggregate([
        named(suite('<testcase name="a"/>', 'z'), 'z.xml'),
        named(suite('<testcase name="b"/>', 'y'), 'y.xml'),
      ]),
      context(),
    ).render();
    expect(tie.indexOf('| y.xml |')).toBeLessThan(tie.indexOf('| z.xml |'));
    // Errors count as much as failures, whichever report comes first.
    const oneFailed = named(suite('<testcase name="a"><failure/></testcase>', 'one-failed'), 'a.xml');
    const threeErrors = named(
      suite(
        '<testcase name="b"><error/></testcase><testcase name="c"><error/></testcase><testcase name="d"><error/></testcase>',
        'three-errors',
      ),
      'b.xml',
    );
    for (const reports of [
      [oneFailed, threeErrors],
      [threeErrors, oneFailed],
    ]) {
      const errors = buildSummary(aggregate(reports), context()).render();
      expect(errors.indexOf('| three-errors |')).toBeLessThan(errors.indexOf('| one-failed |'));
    }
  });

  it('says when reports declare other totals than their test cases hold', () => {
    const text = summaryOf('<testsuite name="s" tests="3"><testcase name="a"/></testsuite>');
    expect(text).toContain(
      "⚠️ Declared totals differ from the test cases (the counts above are the test cases'): reports/junit.xml declares 3 tests; its test cases hold 1.",
    );
    expect(summaryOf(suite('<testcase name="a"/>'))).not.toContain('Declared totals');
  });

  it("heads a failure with the message's first line that is not blank, trimmed, and cuts the head at 300", () => {
    const text = summaryOf(
      suite('<testcase name="a"><failure message="&#10;  &#10;   boom   &#10;second"/></testcase>'),
    );
    expect(text).toContain('❌ a — boom</summary>');
    const long = summaryOf(suite(`<testcase name="a"><failure message="${'m'.repeat(400)}"/></testcase>`));
    expect(long).toContain(`<summary>❌ a — ${'m'.repeat(300 - '❌ a — '.length)}</summary>`);
    const blank = summaryOf(suite('<testcase name="a"><failure message="  &#10; "/></testcase>'));
    expect(blank).toContain('<summary>❌ a</summary>');
    expect(summaryOf(suite('<testcase name="a"><failure/></testcase>'))).toContain('<summary>❌ a</summary>');
  });

  it('keeps details of exactly 4000 characters whole, with the place and attempts apart', () => {
    const text = summaryOf(
      suite(`<testcase name="a"><failure>${'x'.repeat(4000)}</failure><rerunFailure/></testcase>`),
    );
    expect(text).toContain(`failed all 2 attempts\n\n\`\`\`\n${'x'.repeat(4000)}\n\`\`\``);
    expect(text).not.toContain('…');
  });

  it('names a teardown error apart from the test it follows', () => {
    const text = summaryOf(
      suite(
        '<testcase classname="t" name="a"/><testcase classname="t" name="a"><error message="failed on teardown with &quot;RuntimeError&quot;">trace</error></testcase>',
      ),
    );
    expect(text).toContain('💥 t::a (teardown) — failed on teardown with "RuntimeError"');
  });

  it("takes a flaky test's first failure from its details when it has no message", () => {
    const text = summaryOf(
      suite('<testcase name="a"><flakyFailure>&#10;first trace line&#10;more</flakyFailure></testcase>'),
    );
    expect(text).toContain('| a | 1 | first trace line |');
  });
});

describe('annotations at their edges', () => {
  it('a flaky test without any details says so; one with details only takes their first line', () => {
    const result = aggregate([
      named(
        suite(
          '<testcase name="a"><flakyFailure/></testcase><testcase name="b"><flakyFailure>trace one&#10;two</flakyFailure></testcase>',
        ),
      ),
    ]);
    expect(annotationsFor(result, new Map()).map((a) => a.message)).toEqual([
      'Passed after 1 failed attempt: no details',
      'Passed after 1 failed attempt: trace one',
    ]);
  });

  it('a failure carries at most 12 lines of its trace, and no blank message', () => {
    const trace = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('&#10;');
    const result = aggregate([
      named(suite(`<testcase name="a"><failure message="  ">${trace}</failure></testcase>`)),
    ]);
    const [annotation] = annotationsFor(result, new Map());
    expect(annotation?.message).toBe(Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n'));
    expect(annotation).not.toHaveProperty('file');
  });

  it('a failed test without details says failed, an errored one errored', () => {
    const result = aggregate([named(suite('<testcase name="a"><failure/></testcase>'))]);
    expect(annotationsFor(result, new Map())[0]?.message).toBe('failed (no details in the report)');
  });
});

describe("the PR comment's limit, at its boundary", () => {
  /** 300 failures with messages of 300 characters, read once; `comment` varies two of them. */
  let many: Aggregate | undefined;
  const comment = (lengths: Map<number, number>): { text: string; rows: string[] } => {
    many ??= aggregate([
      named(
        suite(
          Array.from(
            { length: 300 },
            (_, i) => `<testcase name="t${i}"><failure message="${'m'.repeat(300)}"/></testcase>`,
          ).join(''),
        ),
      ),
    ]);
    const tests = many.tests.map((t, i) => {
      const n = lengths.get(i);
      return n === undefined ? t : { ...t, message: 'm'.repeat(n) };
    });
    const rows = tests.map((t, i) => `| t${i} |  | ${t.message ?? ''} |`);
    return { text: buildComment({ ...many, tests }, context(), undefined), rows };
  };

  it('takes a row exactly while it leaves 200 characters to spare, and says how many it left out', () => {
    // About 208 rows of 300-character messages fit. Rows 199 and 200 shrink one character at a time over
    // 600 steps, sliding the cut past every possible slack: each row must be in exactly when it fits.
    let seenIn = false;
    let seenOut = false;
    for (let step = 0; step < 600; step++) {
      const { text, rows } = comment(
        new Map([
          [199, step < 300 ? 300 : 0],
          [200, 300 - (step % 300)],
        ]),
      );
      const shown = text.split('\n').filter((line) => line.startsWith('| t')).length;
      const kept = text.slice(0, text.indexOf('\n| … and'));
      const next = rows[shown] ?? '';
      expect(kept.endsWith(rows[shown - 1] ?? '-')).toBe(true);
      // Every row shown fits with 200 to spare; the first one left out would not have.
      expect(kept.length + 200).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(kept.length + 1 + next.length + 200).toBeGreaterThan(COMMENT_LIMIT);
      expect(text).toContain(`\n| … and ${rows.length - shown} more | | |\n`);
      expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      if (kept.length + 200 === COMMENT_LIMIT) seenIn = true;
      if (kept.length + 1 + next.length + 200 === COMMENT_LIMIT + 1) seenOut = true;
    }
    // The sweep met the boundary exactly, from both sides.
    expect([seenIn, seenOut]).toEqual([true, true]);
  });

  it('adds a section only while its heading leaves 200 characters to spare', () => {
    const flaky = aggregate([named(suite('<testcase name="f"><flakyFailure message="once"/></testcase>'))])
      .tests[0];
    if (flaky === undefined) throw new Error('no flaky test');
    const HEADING = '\n\n#### Flaky (1)\n\n| Test | Where | First failure |\n| --- | --- | --- |';
    // One failure more than fit at 300 characters each; rows 0 and 1 shrink one character at a time, so what
    // the failures leave grows by one each step, past the flaky heading's size.
    const fit = comment(new Map())
      .text.split('\n')
      .filter((line) => line.startsWith('| t')).length;
    let seenIn = false;
    let seenOut = false;
    for (let step = 0; step <= 600; step++) {
      const cut = new Map([
        [0, Math.max(0, 300 - step)],
        [1, 300 - Math.max(0, step - 300)],
      ]);
      const failures = (many?.tests ?? [])
        .slice(0, fit + 1)
        .map((t, i) => ({ ...t, message: 'm'.repeat(cut.get(i) ?? 300) }));
      const text = buildComment(
        { ...(many as Aggregate), tests: [...failures, flaky] },
        context(),
        undefined,
      );
      const at = text.indexOf(HEADING);
      const more = text.indexOf('\n| … and');
      // Only while every failure is shown does the heading alone decide.
      if (more !== -1 && (at === -1 || more < at)) continue;
      const size = at === -1 ? text.length - 1 : at;
      const spare = COMMENT_LIMIT - 200 - size - HEADING.length;
      expect(at === -1 ? spare < 0 : spare >= 0).toBe(true);
      if (spare === 0) seenIn = true;
      if (spare === -1) seenOut = true;
    }
    expect([seenIn, seenOut]).toEqual([true, true]);
  });

  it('sets each section apart as Markdown needs, and cuts a message at 300 characters', () => {
    const text = buildComment(
      aggregate([
        named(
          suite(
            `<testcase name="a"><failure message="${'m'.repeat(400)}"/></testcase><testcase name="b"><flakyFailure message="once"/></testcase>`,
          ),
        ),
      ]),
      context(),
      undefined,
    );
    expect(text).toContain('.\n\n#### Failures (1)\n\n| Test | Where | Message |\n| --- | --- | --- |\n');
    expect(text).toContain(
      `| a |  | ${'m'.repeat(300)} |\n\n#### Flaky (1)\n\n| Test | Where | First failure |\n| --- | --- | --- |\n| b |  | once |\n`,
    );
  });

  it('has no "more" line when every row fits, and no section for what did not happen', () => {
    const text = buildComment(
      aggregate([named(suite('<testcase name="t0"><failure message="mmmmm"/></testcase>'))]),
      context(),
      undefined,
    );
    expect(text).not.toContain('more |');
    expect(text).not.toContain('#### Flaky');
    const passing = buildComment(
      aggregate([named(suite('<testcase name="a"/>'))]),
      context({ conclusion: 'success' }),
      undefined,
    );
    expect(passing).not.toContain('####');
    expect(passing).toContain('### ✅ Unit tests');
    expect(passing.endsWith('in 0ms.\n')).toBe(true);
  });
});

describe('mismatches and the JSON at their edges', () => {
  const m = (report: string): Mismatch => ({ report, counts: [{ key: 'tests', declared: 3, held: 2 }] });

  it('lists exactly three reports without a count, the fourth as a count only', () => {
    expect(mismatchesLine([m('a.xml'), m('b.xml'), m('c.xml')])).toBe(
      `⚠️ Declared totals differ from the test cases (the counts above are the test cases'): ${['a.xml', 'b.xml', 'c.xml'].map((r) => mismatchText(m(r))).join('; ')}.`,
    );
    const four = mismatchesLine([m('a.xml'), m('b.xml'), m('c.xml'), m('d.xml')]) ?? '';
    expect(four).not.toContain('d.xml');
    expect(four.endsWith('; and 1 more reports (see the log).')).toBe(true);
  });

  it('streams a thousand tests and more in pieces that make one document', () => {
    const cases = Array.from({ length: 2500 }, (_, i) => `<testcase name="t${i}"/>`).join('');
    const pieces = [...resultsJson(aggregate([named(suite(cases))]), new Map())];
    expect(pieces.length).toBe(4);
    const json = JSON.parse(pieces.join('')) as { tests: { name: string; message: null }[] };
    expect(json.tests.map((t) => t.name)).toEqual(Array.from({ length: 2500 }, (_, i) => `t${i}`));
    expect(json.tests[0]?.message).toBeNull();
  });

  it("marks a teardown record's phase, and no phase for others", () => {
    const result = aggregate([
      named(
        suite(
          '<testcase classname="t" name="a"/><testcase classname="t" name="a"><error message="failed on teardown with &quot;E&quot;"/></testcase>',
        ),
      ),
    ]);
    const json = JSON.parse([...resultsJson(result, new Map())].join('')) as { tests: { phase?: string }[] };
    expect(json.tests.map((t) => t.phase)).toEqual([undefined, 'teardown']);
  });
});
