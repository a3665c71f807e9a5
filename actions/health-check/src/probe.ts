/** One attempt at one URL, judged healthy or not, and whether another attempt could change the answer. */
import {
  httpRequest,
  HttpRequestError,
  isRetryableStatus,
  isTransientNetworkError,
  type NetworkErrorKind,
} from '../../../shared/http.js';
import { parseRetryAfter } from '../../../shared/retry.js';
import type { CheckConfig } from './check-config.js';
import { checkBody } from './expectations.js';
import { statusMatches } from './status-spec.js';

export interface ProbeResult {
  healthy: boolean;
  /** Whether this failure may clear by itself (always false when healthy). */
  transient: boolean;
  status: number | undefined;
  responseTimeMs: number | undefined;
  /** Why it is unhealthy; undefined when healthy. */
  error: string | undefined;
  /** The server's Retry-After, in ms, for 429 and 503. */
  retryAfterMs: number | undefined;
  /** The URL that answered, when redirects were followed. */
  finalUrl: string | undefined;
}

/** 408 Request Timeout, 425 Too Early, 429 Too Many Requests and every 5xx may clear by themselves. */
export const isTransientStatus = isRetryableStatus;

const NETWORK_HINTS: Readonly<Record<NetworkErrorKind, string>> = {
  refused: 'connection refused',
  reset: 'connection reset',
  dns: 'DNS lookup failed',
  timeout: 'timed out',
  tls: 'TLS error',
  'too-large': 'response too large',
  redirects: 'redirect error',
  invalid: 'invalid URL',
  other: 'request failed',
};

export async function probe(
  url: string,
  config: CheckConfig,
  timeoutMs: number,
  now: () => number,
): Promise<ProbeResult> {
  const base = { status: undefined, responseTimeMs: undefined, retryAfterMs: undefined, finalUrl: undefined };
  let response;
  try {
    response = await httpRequest({
      url,
      method: config.method,
      headers: config.headers,
      timeoutMs,
      maxRedirects: config.followRedirects ? 10 : 0,
      insecure: config.insecure,
      ...(config.ca !== undefined ? { ca: config.ca } : {}),
    });
  } catch (error) {
    if (!(error instanceof HttpRequestError)) throw error;
    const detail = error.code !== undefined && !error.message.includes(error.code) ? ` (${error.code})` : '';
    return {
      ...base,
      healthy: false,
      transient: isTransientNetworkError(error.kind),
      error: `${NETWORK_HINTS[error.kind]}: ${error.message}${detail}`,
    };
  }
  const answered = {
    status: response.status,
    responseTimeMs: response.elapsedMs,
    finalUrl: response.redirects.length > 0 ? response.url : undefined,
  };
  if (!statusMatches(config.expectedStatus, response.status)) {
    const retryAfterMs =
      response.status === 429 || response.status === 503
        ? parseRetryAfter(response.headers['retry-after'], now())
        : undefined;
    return {
      ...answered,
      healthy: false,
      transient: isTransientStatus(response.status),
      error: `HTTP ${response.status}, expected ${config.expectedStatus.text}`,
      retryAfterMs,
    };
  }
  const problems = checkBody(response.body, config.expectBody, config.expectJson);
  if (config.maxResponseTimeMs !== undefined && response.elapsedMs > config.maxResponseTimeMs) {
    problems.push(
      `responded in ${response.elapsedMs}ms, more than max-response-time ${config.maxResponseTimeMs}ms`,
    );
  }
  if (problems.length > 0) {
    // The server is up but not ready (still warming up, a dependency down): that may clear by itself.
    return {
      ...answered,
      healthy: false,
      transient: true,
      error: problems.join('; '),
      retryAfterMs: undefined,
    };
  }
  return { ...answered, healthy: true, transient: false, error: undefined, retryAfterMs: undefined };
}
