import { describe, expect, it } from 'vitest';
import { parseCommands, parseKeyValueFile } from './commands.js';

describe('harness parsing', () => {
  it('decodes workflow commands and their escaped properties', () => {
    expect(
      parseCommands(
        'plain line\n::error file=a%2Cb.py,line=3,title=T%3A1::first%0Asecond 100%25\n::add-mask::s3cr3t\n',
      ),
    ).toEqual([
      {
        command: 'error',
        properties: { file: 'a,b.py', line: '3', title: 'T:1' },
        message: 'first\nsecond 100%',
      },
      { command: 'add-mask', properties: {}, message: 's3cr3t' },
    ]);
  });

  it('reads heredoc and key=value file commands, and rejects an unterminated block', () => {
    expect(parseKeyValueFile('a<<EOF_1\nline 1\nline 2\nEOF_1\nb=2\n')).toEqual({
      a: 'line 1\nline 2',
      b: '2',
    });
    expect(() => parseKeyValueFile('a<<X\nno end\n')).toThrow(/no closing delimiter/);
  });
});
