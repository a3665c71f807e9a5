/**
 * What ec2-deploy sends to the remote shell, at its edges: quoting that a real shell reads back byte for byte,
 * the order of the script's parts, `env` lines and the names they may have, and which values are masked.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  parseEnvLines,
  remoteScript,
  secretLooking,
  shellQuote,
} from '../../../actions/ec2-deploy/src/remote-script.js';

describe('shell quoting', () => {
  it.each([
    '',
    'plain',
    "it's",
    "''",
    '$HOME $(id) `id` ${X}',
    'a\nb\n',
    'tab\there',
    '\\ back \\\\ slash',
    '"double" and \'single\'',
    '; rm -rf / #',
    'ünïcødé ✓',
    '-n',
  ])('a real sh reads %j back as it was', (value) => {
    const out = execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' });
    expect(out).toBe(value);
  });

  it('is single quotes around the value, each quote closed, escaped and reopened', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    expect(shellQuote('')).toBe("''");
  });
});

describe('the remote script', () => {
  it('is the prelude, the directory, the environment, then the script, one line each, ending in a newline', () => {
    expect(
      remoteScript(
        'docker compose up -d',
        [
          ['A', '1'],
          ['B', "x'y"],
        ],
        '/srv/my app',
        ['OUT=/tmp/o', 'set -e'],
      ),
    ).toBe(
      "OUT=/tmp/o\nset -e\ncd -- '/srv/my app'\nexport A='1'\nexport B='x'\\''y'\ndocker compose up -d\n",
    );
  });

  it('has no cd without a directory, and is the script alone without anything else', () => {
    expect(remoteScript('true', [], undefined)).toBe('true\n');
  });

  it('runs in a real shell with its environment and directory', () => {
    const text = remoteScript(
      'printf "%s|%s" "$GREETING" "$(pwd)"',
      [['GREETING', 'hello $USER `id`']],
      '/tmp',
    );
    expect(execFileSync('sh', ['-s'], { input: text, encoding: 'utf8' })).toBe('hello $USER `id`|/tmp');
  });
});

describe('env lines', () => {
  it('split at the first =, keeping the rest of the value as it is', () => {
    expect(parseEnvLines(['A=1', 'B=x=y', 'C=', ' D =spaced', '_E9=ok'])).toEqual({
      env: [
        ['A', '1'],
        ['B', 'x=y'],
        ['C', ''],
        ['D', 'spaced'],
        ['_E9', 'ok'],
      ],
      bad: undefined,
    });
  });

  it.each([
    ['9A=1', '9A'],
    ['A-B=1', 'A-B'],
    ['=value', '=value'],
    ['NOEQUALS', 'NOEQUALS'],
    ['a line with no equals sign at all', 'a line with no equal'],
    ['A B=1', 'A B'],
  ])('refuse %j, showing %j and never the value', (line, shown) => {
    const result = parseEnvLines(['OK=1', line, 'LATER=2']);
    expect(result).toEqual({ env: [['OK', '1']], bad: shown });
  });

  it('take no lines as no environment', () => {
    expect(parseEnvLines([])).toEqual({ env: [], bad: undefined });
  });
});

describe('values that look secret', () => {
  it.each([
    ['API_SECRET', true],
    ['GITHUB_TOKEN', true],
    ['DB_PASSWORD', true],
    ['passwd', true],
    ['SSH_KEY', true],
    ['Credentials', true],
    ['AUTH_HEADER', true],
    ['MONKEY', true],
    ['HOST', false],
    ['PORT', false],
  ])('%s: %s', (name, masked) => {
    expect(secretLooking([[name, 'value']])).toEqual(masked ? ['value'] : []);
  });

  it('are at least three characters long (shorter ones would mask common words)', () => {
    expect(
      secretLooking([
        ['TOKEN', 'abc'],
        ['KEY', 'ab'],
        ['SECRET', ''],
      ]),
    ).toEqual(['abc']);
  });
});
