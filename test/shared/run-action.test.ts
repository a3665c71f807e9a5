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

  it('does nothing visible on success', async () => {
    await runAction('demo', () => Promise.resolve());
    expect(errors()).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });
});
