import { describe, expect, it } from 'vitest';
import { classifyNetworkError, HttpRequestError } from '../../shared/network-error.js';

/** An error as node's sockets give them: a code, and often the real one further down `cause`. */
function socketError(message: string, code?: string, cause?: unknown): Error {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  if (code !== undefined) Object.assign(error, { code });
  return error;
}

/** An error with `depth` plain wrappers above it. */
function wrapped(inner: Error, depth: number): Error {
  let e = inner;
  for (let i = 0; i < depth; i++) e = new Error('', { cause: e });
  return e;
}

describe('classifyNetworkError', () => {
  // The codes a network failure comes with, including those no local test can provoke (an unreachable
  // network, a resolver that fails for now).
  it.each([
    ['ECONNREFUSED', 'refused'],
    ['EHOSTUNREACH', 'refused'],
    ['ENETUNREACH', 'refused'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['ECONNABORTED', 'reset'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['EAI_NONAME', 'dns'],
    ['ETIMEDOUT', 'timeout'],
  ])('%s is %s, with the socket message and the code', (code, kind) => {
    const error = classifyNetworkError(socketError(`connect ${code} 10.0.0.1:443`, code));
    expect([error.kind, error.code, error.message]).toEqual([kind, code, `connect ${code} 10.0.0.1:443`]);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect(error.name).toBe('HttpRequestError');
  });

  it.each([
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
  ])('%s is a TLS error, said so in its message', (code) => {
    const error = classifyNetworkError(socketError('certificate trouble', code));
    expect([error.kind, error.code, error.message]).toEqual(['tls', code, 'TLS: certificate trouble']);
  });

  it('any other code, or none, is "other", keeping the code it had', () => {
    const unknown = classifyNetworkError(
      socketError('Parse Error: Invalid header value char', 'HPE_INVALID_HEADER_TOKEN'),
    );
    expect([unknown.kind, unknown.code, unknown.message]).toEqual([
      'other',
      'HPE_INVALID_HEADER_TOKEN',
      'Parse Error: Invalid header value char',
    ]);
    const none = classifyNetworkError(new Error('socket hang up'));
    expect([none.kind, none.code, none.message]).toEqual(['other', undefined, 'socket hang up']);
    // Not an Error at all: its text, as "other".
    const thrown = classifyNetworkError('a string thrown');
    expect([thrown.kind, thrown.code, thrown.message]).toEqual(['other', undefined, 'a string thrown']);
    // A code that is not a string is no code.
    const numeric = classifyNetworkError(Object.assign(new Error('odd'), { code: 42 }));
    expect([numeric.kind, numeric.code]).toEqual(['other', undefined]);
  });

  it('looks for the code down the cause chain, past an abort, four causes deep and no deeper', () => {
    const refused = socketError('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED');
    for (const depth of [1, 2, 3, 4]) {
      const error = classifyNetworkError(wrapped(refused, depth));
      expect([error.kind, error.code], `depth ${depth}`).toEqual(['refused', 'ECONNREFUSED']);
    }
    const tooDeep = classifyNetworkError(wrapped(refused, 5));
    expect([tooDeep.kind, tooDeep.code]).toEqual(['other', undefined]);
    // An AbortError wrapping the socket's error: the socket's code says what happened.
    const aborted = classifyNetworkError(socketError('The operation was aborted', 'ABORT_ERR', refused));
    expect([aborted.kind, aborted.code]).toEqual(['refused', 'ECONNREFUSED']);
    expect(classifyNetworkError(socketError('aborted', 'ABORT_ERR')).code).toBeUndefined();
    // The first code found wins: the outer error's own, before its cause's.
    const outer = classifyNetworkError(socketError('reset', 'ECONNRESET', refused));
    expect(outer.kind).toBe('reset');
  });

  it('tells the deepest message that is not empty, four causes deep and no deeper', () => {
    const inner = socketError('getaddrinfo ENOTFOUND example.invalid', 'ENOTFOUND');
    const outer = socketError('fetch failed', undefined, inner);
    expect(classifyNetworkError(outer).message).toBe('getaddrinfo ENOTFOUND example.invalid');
    // Empty messages below a useful one do not replace it.
    const emptyBelow = socketError('request failed', 'ECONNRESET', new Error(''));
    expect(classifyNetworkError(emptyBelow).message).toBe('request failed');
    for (const depth of [1, 4]) {
      expect(
        classifyNetworkError(wrapped(new Error('the real reason'), depth)).message,
        `depth ${depth}`,
      ).toBe('the real reason');
    }
    expect(classifyNetworkError(new Error('outer', { cause: wrapped(new Error('hidden'), 4) })).message).toBe(
      'outer',
    );
  });
});
