/**
 * The JUnit reader's results and details at their edges: which child element decides a result when a
 * producer writes several, whose message and details are kept, the details limit to the character (in any
 * chunking), suites' paths and indexes, and statuses against child elements.
 */
import { describe, expect, it } from 'vitest';
import { JunitReader, MAX_DETAILS, type ParsedReport } from '../../../actions/test-report/src/junit.js';

function parse(xml: string, chunk = 1 << 20): ParsedReport {
  const reader = new JunitReader();
  for (let i = 0; i < xml.length; i += chunk) reader.write(xml.slice(i, i + chunk));
  return reader.close();
}
const one = (inner: string, attrs = ''): ParsedReport['cases'][number] => {
  const report = parse(
    `<testsuite name="s"><testcase classname="c" name="t"${attrs}>${inner}</testcase></testsuite>`,
  );
  const [record] = report.cases;
  if (record === undefined) throw new Error('no case');
  return record;
};

describe('several result elements in one test case', () => {
  it.each([
    ['<error message="e">E</error><failure message="f">F</failure>', 'failed', 'f', 'F'],
    ['<failure message="f">F</failure><error message="e">E</error>', 'failed', 'f', 'F'],
    ['<skipped message="s">S</skipped><error message="e">E</error>', 'error', 'e', 'E'],
    ['<failure message="first">1</failure><failure message="second">2</failure>', 'failed', 'second', '2'],
    ['<error message="e">E</error><skipped message="s"/>', 'error', 'e', 'E'],
  ])('%s is %s with the message and details of the deciding one', (inner, result, message, details) => {
    expect(one(inner)).toMatchObject({ result, message, details });
  });

  it('names a pytest xfail as such, and any other skip as a skip', () => {
    expect(one('<skipped type="pytest.xfail" message="known"/>')).toMatchObject({
      result: 'skipped',
      skipKind: 'xfail',
    });
    expect(one('<skipped type="pytest.skip" message="no db"/>')).toMatchObject({
      result: 'skipped',
      skipKind: 'skip',
    });
    expect(one('<failure/>').skipKind).toBeUndefined();
  });

  it('lets a failing child outrank a status that says passed or skipped, and a status outrank nothing', () => {
    expect(one('<failure message="f"/>', ' status="passed"')).toMatchObject({
      result: 'failed',
      message: 'f',
    });
    expect(one('', ' status="skipped"')).toMatchObject({
      result: 'skipped',
      skipKind: 'skip',
      message: 'status="skipped"',
    });
    expect(one('', ' status="passed"')).toMatchObject({ result: 'passed', message: undefined });
    expect(one('', ' result="failed"')).toMatchObject({ result: 'failed', message: 'result="failed"' });
  });
});

describe('details', () => {
  it('are kept whole at exactly the limit, and cut one character past it', () => {
    const exact = 'x'.repeat(MAX_DETAILS);
    expect(one(`<failure>${exact}</failure>`).details).toBe(exact);
    expect(one(`<failure>${exact}y</failure>`).details).toBe(`${exact}\n… (truncated)`);
  });

  it('are not called cut when only whitespace is past the limit', () => {
    const exact = 'x'.repeat(MAX_DETAILS);
    expect(one(`<failure>${exact}\n   \n</failure>`).details).toBe(exact);
  });

  it('are the same in any chunking, the limit counted across the pieces', () => {
    const text = 'ab\n'.repeat(MAX_DETAILS / 2);
    const xml = `<testsuite><testcase name="t"><failure>${text}</failure></testcase></testsuite>`;
    const whole = parse(xml).cases[0]?.details;
    expect(whole?.endsWith('\n… (truncated)')).toBe(true);
    expect(whole?.length).toBe(MAX_DETAILS + '\n… (truncated)'.length);
    for (const chunk of [1, 7, 4096]) expect(parse(xml, chunk).cases[0]?.details).toBe(whole);
  });

  it('count the limit across text and CDATA pieces, to the character', () => {
    const a = 'a'.repeat(MAX_DETAILS - 10);
    // Exactly the limit in two pieces: whole.
    expect(one(`<failure>${a}<![CDATA[${'b'.repeat(10)}]]></failure>`).details).toBe(`${a}${'b'.repeat(10)}`);
    // One past it: cut after the tenth b, and said.
    expect(one(`<failure>${a}<![CDATA[${'b'.repeat(11)}]]></failure>`).details).toBe(
      `${a}${'b'.repeat(10)}\n… (truncated)`,
    );
    // Full, then a piece past the limit: cut; full, then only whitespace: whole.
    expect(one(`<failure>${a}<![CDATA[${'b'.repeat(10)}]]>c</failure>`).details).toBe(
      `${a}${'b'.repeat(10)}\n… (truncated)`,
    );
    expect(one(`<failure>${a}<![CDATA[${'b'.repeat(10)}]]>\n  </failure>`).details).toBe(
      `${a}${'b'.repeat(10)}`,
    );
    // Three pieces, the limit in the last.
    expect(one(`<failure>${a}<![CDATA[12345]]>67890XY</failure>`).details).toBe(
      `${a}1234567890\n… (truncated)`,
    );
  });

  it('of an empty element are none, and of a blank one too', () => {
    expect(one('<failure message="m"></failure>').details).toBeUndefined();
    expect(one('<failure message="m">  \n </failure>').details).toBeUndefined();
  });

  it('of a rerun or flaky attempt are its own', () => {
    const record = one(
      '<flakyFailure message="a">first</flakyFailure><rerunError message="b">second</rerunError>',
    );
    expect(record.flakyAttempts).toEqual([{ kind: 'failure', message: 'a', details: 'first' }]);
    expect(record.rerunAttempts).toEqual([{ kind: 'error', message: 'b', details: 'second' }]);
    expect(record.result).toBe('passed');
  });
});

describe('suites', () => {
  it('give each test case its suite path and the index of its suite in the report', () => {
    const report = parse(
      '<testsuites><testsuite name="a"><testcase name="1"/><testsuite name="b"><testcase name="2"/></testsuite></testsuite><testsuite name="c"><testcase name="3"/></testsuite></testsuites>',
    );
    expect(report.cases.map((c) => [c.name, c.suite, c.suiteIndex])).toEqual([
      ['1', 'a', 0],
      ['2', 'a › b', 1],
      ['3', 'c', 2],
    ]);
    expect(report.suites.map((s) => s.depth)).toEqual([0, 1, 0]);
  });

  it('give a test case outside any suite no suite', () => {
    const report = parse('<testsuites><testcase name="loose"/></testsuites>');
    expect(report.cases.map((c) => [c.suite, c.suiteIndex])).toEqual([['', -1]]);
  });

  it('never read test cases of a report whose root is not JUnit', () => {
    const report = parse('<coverage><testsuite><testcase name="x"/></testsuite></coverage>');
    expect(report.root).toBe('coverage');
    expect(report.cases).toEqual([]);
  });
});
