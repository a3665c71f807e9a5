import { describe, expect, it } from 'vitest';
import { codeBlock, escapeCell, inlineCode } from '../../shared/markdown.js';
import { STEP_SUMMARY_LIMIT, SummaryBuilder } from '../../shared/summary.js';

describe('markdown escaping', () => {
  it('keeps outside text from breaking a table or injecting HTML', () => {
    expect(escapeCell('a | b\n<img src=x onerror=alert(1)> & c')).toBe(
      'a \\| b<br>&lt;img src=x onerror=alert(1)&gt; &amp; c',
    );
  });
  it('fences code longer than any backtick run inside', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(codeBlock('```\ncode\n```', 'js')).toBe('````js\n```\ncode\n```\n````');
  });
});

describe('SummaryBuilder', () => {
  it('renders headings, tables with alignment, and collapsed details', () => {
    const md = new SummaryBuilder()
      .heading('Results')
      .table(
        ['Name', 'Count'],
        [
          ['a|b', '3'],
          [{ markdown: '`code`' }, '4'],
        ],
        ['left', 'right'],
      )
      .details('More <info>', 'body')
      .render();
    expect(md).toBe(
      '## Results\n\n| Name | Count |\n| --- | ---: |\n| a\\|b | 3 |\n| `code` | 4 |\n\n' +
        '<details><summary>More &lt;info&gt;</summary>\n\nbody\n\n</details>\n',
    );
  });

  it('stays under the 1 MiB limit, keeping the rows that fit and saying what was left out', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [`test_${i}`, 'x'.repeat(40)]);
    const md = new SummaryBuilder()
      .heading('Big')
      .table(['Test', 'Detail'], rows)
      .raw('after the table')
      .render();
    const size = Buffer.byteLength(md);
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(size).toBeGreaterThan(STEP_SUMMARY_LIMIT - 1024);
    expect(md).toContain('| test_0 |');
    expect(md).not.toContain('after the table');
    expect(md).toMatch(
      /> \d+ table rows and 1 section left out to stay within GitHub's 1 MiB job-summary limit\./,
    );
  });

  it('counts bytes, not characters', () => {
    // 400 characters but 800 bytes: over a 1000-byte limit once the note's room is kept.
    const md = new SummaryBuilder().raw('short').raw('é'.repeat(400)).render(1000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1000);
    expect(md).toContain('short');
    expect(md).toContain('1 section left out');
  });
});
