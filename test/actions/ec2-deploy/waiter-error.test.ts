/**
 * A waiter's failure in one line: the SDK's errors carry the waiter's whole result as JSON in their
 * message, written here as the SDK's checkExceptions writes them.
 */
import { describe, expect, it } from 'vitest';
import { waiterError } from '../../../actions/ec2-deploy/src/waiter-error.js';

/** The error the SDK throws for a waiter's result (its name as checkExceptions sets it). */
function sdkError(result: Record<string, unknown>, name = 'Error'): Error {
  return Object.assign(new Error(JSON.stringify(result)), { name });
}
const described = (...states: string[]) => ({
  Reservations: [{ Instances: states.map((Name) => ({ InstanceId: 'i-1', State: { Name } })) }],
});

describe('waiterError', () => {
  it('a wait that ran out names the wait-timeout, and nothing more when every answer was a success', () => {
    const error = sdkError(
      { state: 'TIMEOUT', reason: 'Waiter has timed out', observedResponses: { '200: OK': 12 } },
      'TimeoutError',
    );
    expect(waiterError('i-1', 'running', 30, error).message).toBe(
      'instance i-1 was not running within 30s (wait-timeout)',
    );
  });

  it('a wait that ran out on errors names the last three answers that were not a plain success', () => {
    const error = sdkError(
      {
        state: 'TIMEOUT',
        observedResponses: {
          '200: OK': 2,
          '500: one': 1,
          '503: Request limit exceeded.': 4,
          '403: You are not authorized': 7,
          '400: bad\nline': 1,
          '{"Reservations":"404: not a status"}': 2,
          '200: OK, but nothing in it': 1,
          '502: the proxy said 200: OK': 1,
        },
      },
      'TimeoutError',
    );
    expect(waiterError('i-1', 'stopped', 5, error).message).toBe(
      'instance i-1 was not stopped within 5s (wait-timeout); EC2 answered 400: bad line; 200: OK, but nothing in it; 502: the proxy said 200: OK',
    );
  });

  it('says how often each error came, once only when more than once', () => {
    const error = sdkError(
      {
        state: 'TIMEOUT',
        observedResponses: { '503: Request limit exceeded.': 4, '403: Not you': 7, '500: once': 1 },
      },
      'TimeoutError',
    );
    expect(waiterError('i-1', 'running', 5, error).message).toBe(
      'instance i-1 was not running within 5s (wait-timeout); EC2 answered 503: Request limit exceeded. (×4); 403: Not you (×7); 500: once',
    );
  });

  it('counts as ran out by the state in the message, whatever the name, or by the name alone', () => {
    expect(waiterError('i-1', 'running', 9, sdkError({ state: 'TIMEOUT' })).message).toBe(
      'instance i-1 was not running within 9s (wait-timeout)',
    );
    expect(
      waiterError('i-1', 'running', 9, Object.assign(new Error('no JSON'), { name: 'TimeoutError' })).message,
    ).toBe('instance i-1 was not running within 9s (wait-timeout)');
  });

  it('an instance that can never get there is named with the state it is in', () => {
    expect(
      waiterError('i-1', 'running', 9, sdkError({ state: 'FAILURE', reason: described('terminated') }))
        .message,
    ).toBe('instance i-1 will not be running: it is terminated');
    expect(
      waiterError(
        'i-1',
        'stopped',
        9,
        sdkError({ state: 'FAILURE', reason: described('pending', 'pending', 'terminated') }),
      ).message,
    ).toBe('instance i-1 will not be stopped: it is pending, terminated');
  });

  it.each([
    ['a failure without an answer to read', sdkError({ state: 'FAILURE', reason: 'gone' })],
    [
      'a failure whose answer has no states',
      sdkError({ state: 'FAILURE', reason: { Reservations: [{}, { Instances: [{}] }] } }),
    ],
    ['a failure whose answer is not a list', sdkError({ state: 'FAILURE', reason: { Reservations: 'x' } })],
    ['an aborted wait', sdkError({ state: 'ABORTED', reason: 'Request was aborted' }, 'AbortError')],
    ['JSON that is not a result', new Error('[1,2]')],
    ['JSON without a state', new Error('{"reason":"x"}')],
    ['JSON null', new Error('null')],
    [
      'a failure whose answer holds no instances to read',
      sdkError({
        state: 'FAILURE',
        reason: {
          Reservations: [null, 'x', { Instances: [null, 'y', { State: null }, { State: { Name: 5 } }] }],
        },
      }),
    ],
    ['a message that is not JSON', new Error('socket hang up')],
  ])('%s: the message as it is, on one line', (_what, error) => {
    expect(waiterError('i-1', 'running', 9, error).message).toBe(
      `waiting for instance i-1 to be running failed: ${error.message}`,
    );
  });

  it('something thrown that is not an Error, and a long message cut', () => {
    expect(waiterError('i-1', 'running', 9, 'plain').message).toBe(
      'waiting for instance i-1 to be running failed: plain',
    );
    const long = waiterError('i-1', 'running', 9, new Error(`a\n${'x'.repeat(600)}`)).message;
    expect(long).toBe(`waiting for instance i-1 to be running failed: a ${'x'.repeat(498)}…`);
  });
});
