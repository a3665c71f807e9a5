/**
 * The job summary's byte budget, exactly at its edges: what is kept, what is left out, and what the note
 * says. A summary over GitHub's 1 MiB limit is rejected whole, so these edges decide whether a user sees one.
 */
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeCell, inlineCode } from '../../shared/markdown.js';
import { SummaryBuilder } from '../../shared/summary.js';

/** The limit that leaves exactly `budget` bytes for blocks (256 are kept for the note). */
const limitFor = (budget: number): number => budget + 256;
const note = (what: string): string =>
  `> [!NOTE]\n> ${what} left out to stay within GitHub's 1 MiB job-summary limit.`;

describe('text blocks', () => {
  it('a block of exactly the budget (its bytes and a blank line) is kept; one byte more is not', () => {
    expect(new SummaryBuilder().raw('abcdefghij').render(limitFor(12))).toBe('abcdefghij\n');
    expect(new SummaryBuilder().raw('abcdefghijk').render(limitFor(12))).toBe(`${note('1 section')}\n`);
  });

  it('counts bytes, not characters', () => {
    expect(new SummaryBuilder().raw('ééééé').render(limitFor(12))).toBe('ééééé\n');
    expect(new SummaryBuilder().raw('éééééé').render(limitFor(12))).toBe(`${note('1 section')}\n`);
  });

  it('each kept block takes its bytes from the budget', () => {
    // Six bytes each: one fits in ten, two do not.
    expect(new SummaryBuilder().raw('abcd').raw('efgh').render(limitFor(10))).toBe(
      `abcd\n\n${note('1 section')}\n`,
    );
  });

  it('once a block does not fit, nothing after it is kept, small or not', () => {
    const out = new SummaryBuilder().raw('a').raw('b'.repeat(50)).raw('c').render(limitFor(10));
    expect(out).toBe(`a\n\n${note('2 sections')}\n`);
  });

  it('blocks are joined by a blank line, and the whole ends with a newline', () => {
    expect(new SummaryBuilder().heading('T', 3).raw('x').render()).toBe('### T\n\nx\n');
  });
});

describe('tables', () => {
  const header = ['a', 'b'];
  // "| a | b |\n| --- | --- |" is 23 bytes, 25 with its blank line; each "| 1 | 2 |" row is 9, 10 with its newline.
  it('a table keeps the rows that fit; the rest are counted, and nothing after it is kept', () => {
    const rows = [
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ];
    const out = new SummaryBuilder()
      .table(header, rows)
      .raw('after')
      .render(limitFor(25 + 20));
    expect(out).toBe(
      `| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n\n${note('1 table row and 1 section')}\n`,
    );
    const exact = new SummaryBuilder().table(header, rows).render(limitFor(25 + 30));
    expect(exact).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n');
  });

  it('a table whose header does not fit is one section left out', () => {
    expect(new SummaryBuilder().table(header, [['1', '2']]).render(limitFor(24))).toBe(
      `${note('1 section')}\n`,
    );
  });

  it('a shrinkable table gives up rows so the blocks after it fit, and says how many it gave up', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [String(i), 'x']);
    const out = new SummaryBuilder()
      .table(header, rows, [], { shrinkable: true })
      .raw('kept after')
      // Room for the header and three rows once 'kept after' (12 bytes) is set aside; a fourth row would not fit.
      .render(limitFor(25 + 30 + 12 + 2));
    expect(out).toBe(
      `| a | b |\n| --- | --- |\n| 0 | x |\n| 1 | x |\n| 2 | x |\n| … 2 more rows |\n\nkept after\n\n${note('2 table rows')}\n`,
    );
  });

  it('the blocks after a shrinkable table are set aside byte for byte: exactly its room, and one byte short', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [String(i), 'x']);
    const build = () =>
      new SummaryBuilder()
        .table(header, rows, [], { shrinkable: true })
        .table(header, [['t', 'y']])
        .raw('end');
    // Set aside: the fixed table (25 + 10) and 'end' (3 + 2), 40 bytes. The shrinkable table's room is the
    // rest: its header (25) and two rows (20), exactly, and then one byte short of a third row.
    const expected = `| a | b |\n| --- | --- |\n| 0 | x |\n| 1 | x |\n| … 3 more rows |\n\n| a | b |\n| --- | --- |\n| t | y |\n\nend\n\n${note('3 table rows')}\n`;
    expect(build().render(limitFor(40 + 25 + 20))).toBe(expected);
    expect(build().render(limitFor(40 + 25 + 29))).toBe(expected);
  });

  it('a fixed table before a shrinkable one takes its own bytes from the budget, not from the room', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [String(i), 'x']);
    const build = () =>
      new SummaryBuilder().table(header, [['t', 'y']]).table(header, rows, [], { shrinkable: true });
    const expected = `| a | b |\n| --- | --- |\n| t | y |\n\n| a | b |\n| --- | --- |\n| 0 | x |\n| 1 | x |\n| … 3 more rows |\n\n${note('3 table rows')}\n`;
    expect(build().render(limitFor(35 + 25 + 20))).toBe(expected);
    expect(build().render(limitFor(35 + 25 + 29))).toBe(expected);
  });

  it('a header of exactly the budget is kept; rows count after the header and its blank line', () => {
    expect(new SummaryBuilder().table(header, []).render(limitFor(25))).toBe('| a | b |\n| --- | --- |\n');
    // 25 + 10 for one row; 9 more bytes are not enough for a second.
    const rows = [
      ['1', '2'],
      ['3', '4'],
    ];
    expect(new SummaryBuilder().table(header, rows).render(limitFor(25 + 10 + 9))).toBe(
      `| a | b |\n| --- | --- |\n| 1 | 2 |\n\n${note('1 table row')}\n`,
    );
  });

  it('one table row left out is singular', () => {
    const out = new SummaryBuilder()
      .table(header, [
        ['1', '2'],
        ['3', '4'],
      ])
      .render(limitFor(25 + 10));
    expect(out).toBe(`| a | b |\n| --- | --- |\n| 1 | 2 |\n\n${note('1 table row')}\n`);
  });

  it('aligns columns, and escapes plain cells but keeps Markdown ones, folding their lines and pipes', () => {
    const out = new SummaryBuilder()
      .table(
        ['l', 'r', 'c', 'd'],
        [['a|b', { markdown: '**x**|y\nz' }, { markdown: 'p\\|q' }, '<i>']],
        ['left', 'right', 'center'],
      )
      .render();
    expect(out).toBe(
      '| l | r | c | d |\n| --- | ---: | :---: | --- |\n| a\\|b | **x**\\|y<br>z | p\\|q | &lt;i&gt; |\n',
    );
  });
});

describe('Markdown escaping', () => {
  it('escapes &, <, >, | and newlines in a cell, and leaves plain text alone', () => {
    expect(escapeCell('plain text 1.5')).toBe('plain text 1.5');
    expect(escapeCell('a & b <c> d|e\r\nf\ng')).toBe('a &amp; b &lt;c&gt; d\\|e<br>f<br>g');
  });

  it('inline code survives backticks and newlines', () => {
    expect(inlineCode('x.py:12')).toBe('`x.py:12`');
    expect(inlineCode('a\nb')).toBe('`a b`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`a')).toBe('`` `a ``');
    expect(inlineCode('a`')).toBe('`` a` ``');
    expect(inlineCode('a``b`c')).toBe('```a``b`c```');
  });

  it('a code block has a fence longer than any backtick run in it, and its language', () => {
    expect(codeBlock('x')).toBe('```\nx\n```');
    expect(codeBlock('x', 'python')).toBe('```python\nx\n```');
    expect(codeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });
});
