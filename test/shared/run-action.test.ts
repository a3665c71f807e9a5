import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionFailure, ConfigurationError } from '../../shared/errors.js';
import { runAction } from '../../shared/run-action.js';
import { parseCommands } from '../harness/commands.js';

let written = '';
beforeEach(() => {
  written = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  delete process.env.INPUT_TOKEN;
});

const errors = (): string[] =>
  parseCommands(written)
    .filter((c) => c.command === 'error')
    .map((c) => c.message);

describe('runAction', () => {
  it('reports a configuration error once, without a stack trace', async () => {
    await runAction('demo', () =>
      Promise.reject(new ConfigurationError("Input 'x' must be a number; got 'y'.")),
    );
    expect(errors()).toEqual(["Input 'x' must be a number; got 'y'."]);
    expect(written).not.toMatch(/\bat .+:\d+:\d+/);
    expect(process.exitCode).toBe(1);
  });

  it('reports an operation failure once', async () => {
    await runAction('demo', () => Promise.reject(new ActionFailure('unhealthy')));
    expect(errors()).toEqual(['unhealthy']);
  });

  it('reports an internal fault as a bug, with the stack only in the debug log', async () => {
    await runAction('demo', () => Promise.reject(new TypeError('x is not a function')));
    expect(errors()).toEqual([
      'demo failed with an internal error: x is not a function. This is a bug in Runway: please report it with the step log (re-run with debug logging for the stack).',
    ]);
    expect(parseCommands(written).find((c) => c.command === 'debug')?.message).toMatch(
      /TypeError: x is not a function\n\s+at /,
    );
  });

  it('masks secrets read through its inputs and redacts them from the failure', async () => {
    process.env.INPUT_TOKEN = 'tok-123456';
    await runAction('demo', ({ inputs }) => {
      const token = inputs.secret('token');
      return Promise.reject(new ActionFailure(`server rejected ${token} at https://u:${token}@example.com/`));
    });
    expect(
      parseCommands(written)
        .filter((c) => c.command === 'add-mask')
        .map((c) => c.message),
    ).toEqual(['tok-123456']);
    expect(errors()).toEqual(['server rejected *** at https://example.com/']);
  });

  it("tells a tool's multi-line message on one line, trimmed", async () => {
    await runAction('demo', () =>
      Promise.reject(
        new ActionFailure('  pip failed:\r\n  ERROR: no matching distribution\n\n  for torch\nin 3.14  '),
      ),
    );
    expect(errors()).toEqual(['pip failed: ERROR: no matching distribution for torch in 3.14']);
  });

  it('bounds a huge failure to one error line of at most 4 KiB', async () => {
    await runAction('demo', () => Promise.reject(new ConfigurationError(`bad: ${'x'.repeat(100_000)}`)));
    const [line] = errors();
    expect(Buffer.byteLength(line ?? '')).toBeLessThanOrEqual(4096);
    expect(line).toMatch(/^bad: x+/);
  });

  it("masks the proxy's password before anything runs, and redacts it from a failure", async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://user:pr0xy-pass@proxy.test:3128');
    try {
      await runAction('demo', () => Promise.reject(new Error('CONNECT refused by user:pr0xy-pass')));
    } finally {
      vi.unstubAllEnvs();
    }
    expect(
      parseCommands(written)
        .filter((c) => c.command === 'add-mask')
        .map((c) => c.message),
    ).toEqual(['pr0xy-pass']);
    expect(errors()).toEqual([
      'demo failed with an internal error: CONNECT refused by user:***. This is a bug in Runway: please report it with the step log (re-run with debug logging for the stack).',
    ]);
    expect(written).not.toContain('pr0xy-pass@');
    expect(parseCommands(written).find((c) => c.command === 'debug')?.message).toMatch(
      /^Error: CONNECT refused by user:\*\*\*\n/,
    );
  });

  it('warns, before anything runs, of a proxy variable the runner cannot use', async () => {
    vi.stubEnv('HTTPS_PROXY', 'proxy.corp:3128');
    vi.stubEnv('https_proxy', '');
    try {
      await runAction('demo', () => Promise.resolve());
    } finally {
      vi.unstubAllEnvs();
    }
    expect(
      parseCommands(written)
        .filter((c) => c.command === 'warning')
        .map((c) => c.message),
    ).toEqual([
      'HTTPS_PROXY names no host as a URL reads it (write it with its scheme: http://host:port): it is not used, and requests go directly.',
    ]);
    expect(errors()).toEqual([]);
  });

  it('reports something thrown that is not an Error as an internal fault, with no stack to show', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a careless library does
    await runAction('demo', () => Promise.reject('plain words'));
    expect(errors()).toEqual([
      'demo failed with an internal error: plain words. This is a bug in Runway: please report it with the step log (re-run with debug logging for the stack).',
    ]);
    expect(parseCommands(written).filter((c) => c.command === 'debug')).toEqual([]);
    const stackless = Object.assign(new Error('no stack'), { stack: undefined });
    await runAction('demo', () => Promise.reject(stackless));
    expect(parseCommands(written).filter((c) => c.command === 'debug')).toEqual([]);
  });

  it('does nothing visible on success', async () => {
    await runAction('demo', () => Promise.resolve());
    expect(errors()).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });
});
