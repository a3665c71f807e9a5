import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  createOutputFile,
  parseScriptOutputs,
  readBackCommand,
  RESERVED_OUTPUTS,
} from '../../../actions/ec2-deploy/src/script-outputs.js';
import { REPO_ROOT } from '../../harness/run-action.js';

describe('parseScriptOutputs (RUNWAY_OUTPUT, in GITHUB_OUTPUT’s format)', () => {
  it('reads name=value lines, values kept verbatim (= and spaces included)', () => {
    expect(parseScriptOutputs('previous-tag=abc123\nurl=http://h/?a=b c\n')).toEqual({
      ok: true,
      outputs: [
        ['previous-tag', 'abc123'],
        ['url', 'http://h/?a=b c'],
      ],
    });
  });

  it('reads heredocs, CRLF endings and blank lines; the last value of a name wins', () => {
    const text = 'notes<<EOF\nline 1\r\nline=2\nEOF\r\n\nx=1\nx=2';
    expect(parseScriptOutputs(text)).toEqual({
      ok: true,
      outputs: [
        ['notes', 'line 1\nline=2'],
        ['x', '2'],
      ],
    });
  });

  it('an empty heredoc is an empty value; an empty value is kept', () => {
    expect(parseScriptOutputs('a<<X\nX\nb=\n')).toEqual({
      ok: true,
      outputs: [
        ['a', ''],
        ['b', ''],
      ],
    });
  });

  it('a name with << after = is a plain value', () => {
    expect(parseScriptOutputs('cmd=a<<b\n')).toEqual({ ok: true, outputs: [['cmd', 'a<<b']] });
  });

  it("the names a script may not set are exactly the action's declared outputs", () => {
    const action = parse(readFileSync(`${REPO_ROOT}/actions/ec2-deploy/action.yml`, 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    expect([...RESERVED_OUTPUTS].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('nothing written is no outputs', () => {
    expect(parseScriptOutputs('')).toEqual({ ok: true, outputs: [] });
  });

  it.each([
    ['just text\n', 'line 1 is neither name=value nor name<<DELIMITER'],
    ['=value\n', 'line 1 is neither name=value nor name<<DELIMITER'],
    ['ok=1\nnotes<<EOF\nnever closed\n', 'line 2 opens notes<<EOF, which is never closed'],
    ['notes<<\nx\n', 'line 1 (notes<<) has no delimiter'],
    ['bad name=1\n', "line 1 has the name 'bad name', not a valid output name"],
    ['1st=1\n', "line 1 has the name '1st', not a valid output name"],
    ['host=evil\n', "line 1 sets 'host', which is one of ec2-deploy's own outputs"],
    ['outputs={}\n', "line 1 sets 'outputs', which is one of ec2-deploy's own outputs"],
  ])('refuses %j: %s', (text, error) => {
    expect(parseScriptOutputs(text)).toEqual({ ok: false, error });
  });

  it('the file is made private and only if absent; read back capped at the limit + 1 byte, then removed', () => {
    expect(createOutputFile("/tmp/o'1")).toEqual([
      `export RUNWAY_OUTPUT='/tmp/o'\\''1'`,
      '(umask 077 && set -C && : > "$RUNWAY_OUTPUT")',
    ]);
    expect(readBackCommand('/tmp/o', 10)).toBe(
      "if [ -f '/tmp/o' ]; then head -c 11 -- '/tmp/o'; rm -f -- '/tmp/o'; fi",
    );
  });
});

describe('killCommand', () => {
  it('removes the leftovers of a stopped run after the kill', async () => {
    const { killCommand } = await import('../../../actions/ec2-deploy/src/ssh.js');
    expect(killCommand('/tmp/p', 1, ['/tmp/o'])).toMatch(/; rm -f '\/tmp\/p' '\/tmp\/o'$/);
    expect(killCommand('/tmp/p', 1)).toMatch(/; rm -f '\/tmp\/p'$/);
  });
});
