/**
 * Upload to Codecov through its upload API (the v4 protocol its own uploaders speak): ask for an upload
 * URL, then PUT the reports there. Both steps retry what may pass (a network hiccup, 408, 425, 429, 5xx) with
 * backoff, honouring Retry-After, all within one deadline the user sets (`upload-timeout`); a 4xx, a bad
 * certificate or a bad URL fails at once. Optional: the gate above does not depend on it.
 */
import {
  httpRequest,
  HttpRequestError,
  isRetryableStatus,
  isTransientNetworkError,
} from '../../../shared/http.js';
import { excerpt } from '../../../shared/text.js';
import { type BackoffPolicy, type Clock, parseRetryAfter, realClock, retry } from '../../../shared/retry.js';

export interface UploadParams {
  /** Codecov's base URL: https://codecov.io, or a self-hosted instance. */
  url: string;
  token: string;
  commit: string;
  branch: string | undefined;
  slug: string;
  build: string | undefined;
  buildUrl: string | undefined;
  job: string | undefined;
  pr: string | undefined;
  flags: string[];
  name: string | undefined;
}

/** The upload body Codecov's uploaders send: the repository's file list, then each report. */
export function uploadBody(
  reports: readonly { name: string; content: string }[],
  network: readonly string[],
): string {
  const parts = [network.join('\n'), '<<<<<< network'];
  for (const report of reports)
    parts.push(`# path=${report.name}`, report.content.replace(/\n$/, ''), '<<<<<< EOF');
  return parts.join('\n') + '\n';
}

/** The backoff; its deadline is the user's `upload-timeout`, shared by both requests. */
export function uploadPolicy(deadlineMs: number): BackoffPolicy {
  return { maxAttempts: 6, initialDelayMs: 1000, factor: 2, maxDelayMs: 30_000, deadlineMs, jitter: 'full' };
}

async function withRetries<T>(
  what: string,
  send: (timeoutMs: number) => Promise<{
    status: number;
    body: string;
    headers: Readonly<Record<string, string>>;
  }>,
  accept: (body: string) => T,
  clock: Clock,
  policy: BackoffPolicy,
): Promise<T> {
  const outcome = await retry<T | string>(
    async ({ remainingMs }) => {
      let response;
      try {
        // No attempt outlives the deadline: a server that accepts and never answers costs the rest of it.
        response = await send(Math.max(1, remainingMs));
      } catch (error) {
        if (!(error instanceof HttpRequestError)) throw error;
        const message = `${what}: ${error.message}`;
        return isTransientNetworkError(error.kind)
          ? { kind: 'retry', value: message, reason: message }
          : { kind: 'fatal', value: message, reason: message };
      }
      if (response.status >= 200 && response.status < 300)
        return { kind: 'done', value: accept(response.body) };
      const message = `${what} answered ${response.status}: ${excerpt(response.body.trim(), 300)}`;
      if (isRetryableStatus(response.status)) {
        const retryAfter = parseRetryAfter(response.headers['retry-after'], clock.now());
        return retryAfter === undefined
          ? { kind: 'retry', value: message, reason: message }
          : { kind: 'retry', value: message, reason: message, delayMs: retryAfter };
      }
      return { kind: 'fatal', value: message, reason: message };
    },
    policy,
    clock,
  );
  if (outcome.ok) return outcome.value as T;
  throw new Error(
    `${outcome.reason} (after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'})`,
  );
}

export async function uploadToCodecov(
  params: UploadParams,
  body: string,
  deadlineMs: number,
  clock: Clock = realClock,
  policy: BackoffPolicy = uploadPolicy(deadlineMs),
): Promise<{ reportUrl: string }> {
  const query = new URLSearchParams({
    package: 'runway-coverage-gate',
    token: params.token,
    commit: params.commit,
    slug: params.slug,
    service: 'github-actions',
  });
  for (const [key, value] of [
    ['branch', params.branch],
    ['build', params.build],
    ['build_url', params.buildUrl],
    ['job', params.job],
    ['pr', params.pr],
    ['name', params.name],
    ['flags', params.flags.length > 0 ? params.flags.join(',') : undefined],
  ] as const) {
    if (value !== undefined && value !== '') query.set(key, value);
  }
  const started = clock.now();
  const endpoint = `${params.url.replace(/\/$/, '')}/upload/v4?${query.toString()}`;
  const [reportUrl, putUrl] = await withRetries(
    'Codecov upload request',
    (timeoutMs) =>
      httpRequest({
        url: endpoint,
        method: 'POST',
        headers: { accept: 'text/plain', 'x-upload-token': params.token },
        timeoutMs: Math.min(30_000, timeoutMs),
      }),
    (text) => {
      const lines = text.trim().split('\n');
      if (lines.length < 2 || !/^https?:\/\//.test(lines[1] ?? ''))
        throw new Error(`Codecov answered without an upload URL: ${excerpt(text, 200)}`);
      return [lines[0] ?? '', lines[1] ?? ''] as const;
    },
    clock,
    policy,
  );
  // Both requests share the one deadline.
  const left = policy.deadlineMs - (clock.now() - started);
  await withRetries(
    'Codecov storage upload',
    (timeoutMs) =>
      httpRequest({
        url: putUrl,
        method: 'PUT',
        body,
        headers: { 'content-type': 'text/plain', 'x-amz-acl': 'public-read' },
        timeoutMs,
      }),
    () => undefined,
    clock,
    { ...policy, deadlineMs: left },
  );
  return { reportUrl };
}
