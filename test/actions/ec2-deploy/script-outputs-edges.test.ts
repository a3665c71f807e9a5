/**
 * The outputs a deploy script sets, at their edges: GITHUB_OUTPUT's two forms line by line, the first bad
 * line named, the action's own outputs protected, and the file made and read back by a real shell (private,
 * never clobbered, cut at the limit, removed after).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createOutputFile,
  OUTPUT_LIMIT_BYTES,
  parseScriptOutputs,
  readBackCommand,
  RESERVED_OUTPUTS,
} from '../../../actions/ec2-deploy/src/script-outputs.js';

const dir = mkdtempSync(path.join(tmpdir(), 'runway-outputs-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ok = (text: string): [string, string][] => {
  const parsed = parseScriptOutputs(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.outputs;
};
const error = (text: string): string => {
  const parsed = parseScriptOutputs(text);
  if (parsed.ok) throw new Error('expected an error');
  return parsed.error;
};

describe('parsing, more edges', () => {
  it('keeps the last line when the file does not end with a newline, blank lines before it or not', () => {
    expect(ok('a=1\n\nb=2')).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('takes off only the CR of a CRLF ending: one inside a value stays', () => {
    expect(ok('a=x\ry\r\nnotes<<EOF\r\none\rtwo\r\nEOF\r\n')).toEqual([
      ['a', 'x\ry'],
      ['notes', 'one\rtwo'],
    ]);
  });

  it('a heredoc closes at its own delimiter after it, even when an earlier one used the same', () => {
    expect(ok('a<<EOF\n1\nEOF\nb<<EOF\n2\nEOF\n')).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('a line that starts with = is no heredoc, whatever follows', () => {
    expect(error('=a<<EOF\nx\nEOF\n')).toBe('line 1 is neither name=value nor name<<DELIMITER');
  });
});

describe('parsing', () => {
  it('reads name=value and name<<DELIMITER forms, CRLF included, blank lines skipped', () => {
    expect(
      ok(
        'version=1.2.3\r\n\n  \nnotes<<EOF\r\nline one\r\nline = two\r\nEOF\r\nurl=https://x/?a=b\nempty=\n',
      ),
    ).toEqual([
      ['version', '1.2.3'],
      ['notes', 'line one\nline = two'],
      ['url', 'https://x/?a=b'],
      ['empty', ''],
    ]);
  });

  it('keeps the last value of a name set twice, in the order first set', () => {
    expect(ok('a=1\nb=2\na=3\n')).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
  });

  it('takes an = before << as a plain value, and << before = as a heredoc', () => {
    expect(ok('expr=a<<b\n')).toEqual([['expr', 'a<<b']]);
    expect(ok('doc<<E=X\nbody\nE=X\n')).toEqual([['doc', 'body']]);
  });

  it('reads an empty heredoc, and a heredoc at the very end without a last newline', () => {
    expect(ok('a<<E\nE\nb<<END\nx\nEND')).toEqual([
      ['a', ''],
      ['b', 'x'],
    ]);
  });

  it('accepts names with digits, underscores and hyphens, not starting with a digit', () => {
    expect(ok('_a=1\nA-b_9=2\n').map(([n]) => n)).toEqual(['_a', 'A-b_9']);
  });

  it.each([
    ['just text\n', 'line 1 is neither name=value nor name<<DELIMITER'],
    ['a=1\n=x\n', 'line 2 is neither name=value nor name<<DELIMITER'],
    ['a=1\n<<EOF\n', 'line 2 is neither name=value nor name<<DELIMITER'],
    ['a<<\n', 'line 1 (a<<) has no delimiter'],
    ['a=1\nnotes<<EOF\nnever closed\n', 'line 2 opens notes<<EOF, which is never closed'],
    ['9lives=1\n', "line 1 has the name '9lives', not a valid output name"],
    ['has space=1\n', "line 1 has the name 'has space', not a valid output name"],
    ['a=1\nbad name<<E\nx\nE\n', "line 2 has the name 'bad name', not a valid output name"],
    [`${'n'.repeat(60)} x=1\n`, `line 1 has the name '${'n'.repeat(40)}', not a valid output name`],
  ])('names the first bad line of %j', (text, message) => {
    expect(error(text)).toBe(message);
  });

  it.each(RESERVED_OUTPUTS)("refuses to set the action's own output %s", (name) => {
    expect(error(`ok=1\n${name}=x\n`)).toBe(
      `line 2 sets '${name}', which is one of ec2-deploy's own outputs`,
    );
    expect(error(`${name}<<E\nx\nE\n`)).toBe(
      `line 1 sets '${name}', which is one of ec2-deploy's own outputs`,
    );
  });

  it('counts a heredoc’s lines when naming a later bad line', () => {
    expect(error('a<<E\n1\n2\nE\nbad line\n')).toBe('line 5 is neither name=value nor name<<DELIMITER');
  });

  it('reads an empty file as no outputs', () => {
    expect(ok('')).toEqual([]);
  });
});

describe('the output file on the host, in a real shell', () => {
  const sh = (script: string): string => execFileSync('sh', ['-c', script], { encoding: 'utf8' });

  it('is made empty and private, and read back then removed', () => {
    const file = path.join(dir, "out put's");
    sh(`${createOutputFile(file).join('\n')}\necho 'version=2' >> "$RUNWAY_OUTPUT"`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sh(readBackCommand(file))).toBe('version=2\n');
    expect(existsSync(file)).toBe(false);
    // Nothing there: nothing printed, no error.
    expect(sh(readBackCommand(file))).toBe('');
  });

  it('is never made over a file that is already there', () => {
    const file = path.join(dir, 'taken');
    writeFileSync(file, 'someone else’s\n');
    expect(() => sh(createOutputFile(file).join('\n'))).toThrow();
    expect(sh(`cat '${file}'`)).toBe('someone else’s\n');
  });

  it('is read back to one byte past the limit, so a larger file is known to be larger', () => {
    const file = path.join(dir, 'big');
    writeFileSync(file, 'x'.repeat(OUTPUT_LIMIT_BYTES + 100));
    expect(sh(readBackCommand(file))).toHaveLength(OUTPUT_LIMIT_BYTES + 1);
    writeFileSync(file, 'y'.repeat(10));
    expect(sh(readBackCommand(file, 4))).toBe('yyyyy');
  });

  it('has a 64 KiB limit', () => {
    expect(OUTPUT_LIMIT_BYTES).toBe(65_536);
  });
});
