/** slack-report's text limits and links at their edges. */
import { describe, expect, it } from 'vitest';
import { link, truncate } from '../../../actions/slack-report/src/mrkdwn.js';

describe('links', () => {
  it('a URL with | or > cannot end the link early or change its label', () => {
    expect(link('https://x.test/a|b>c', 'run')).toBe('<https://x.test/a%7Cb%3Ec|run>');
    expect(link('https://x.test/', 'a <b> & c')).toBe('<https://x.test/|a &lt;b&gt; &amp; c>');
  });
});

describe('truncate', () => {
  it('keeps text of exactly the limit, cuts one more character', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
    expect(truncate('abcdef', 5)).toBe('abcd…');
    expect(truncate('abcdef', 5)).toHaveLength(5);
  });
  it('never leaves half an entity or half a surrogate pair', () => {
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
    expect(truncate('abc😀def', 5)).toBe('abc…');
  });
});
