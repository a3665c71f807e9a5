/**
 * What went wrong with a request, in the kinds a caller acts on (ask again, or report a mistake), read from
 * node's socket and TLS errors: their code, looked for down the cause chain, and their deepest message.
 */
export type NetworkErrorKind =
  | 'refused'
  | 'reset'
  | 'dns'
  | 'timeout'
  | 'tls'
  | 'too-large'
  | 'redirects'
  /** The URL cannot be asked (not a URL, or credentials in it): asking again cannot help. */
  | 'invalid'
  | 'other';

/** Whether asking again may get another answer: a network hiccup may pass, a bad URL or certificate will not. */
export function isTransientNetworkError(kind: NetworkErrorKind): boolean {
  return kind === 'refused' || kind === 'reset' || kind === 'dns' || kind === 'timeout';
}

export class HttpRequestError extends Error {
  override readonly name = 'HttpRequestError';
  constructor(
    message: string,
    readonly kind: NetworkErrorKind,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const CODE_KINDS: Readonly<Record<string, NetworkErrorKind>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'refused',
  ENETUNREACH: 'refused',
};

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
  }
  return undefined;
}

function deepestMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.message !== '') message = e.message;
  }
  return message;
}

/** The error a request failed with, as one of the kinds a caller acts on, with its deepest message. */
export function classifyNetworkError(error: unknown): HttpRequestError {
  const code = errorCode(error);
  const message = deepestMessage(error);
  if (code !== undefined) {
    const kind = CODE_KINDS[code];
    if (kind !== undefined) return new HttpRequestError(message, kind, code);
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
      return new HttpRequestError(`TLS: ${message}`, 'tls', code);
    }
  }
  return new HttpRequestError(message, 'other', code);
}
