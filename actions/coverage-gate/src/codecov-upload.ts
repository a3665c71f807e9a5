/**
 * Upload to Codecov through its upload API (the v4 protocol its own uploaders speak): ask for an upload
 * URL, then PUT the reports there. Both steps retry network errors, 429 and 5xx with backoff, honouring
 * Retry-After, within a deadline. Optional: the gate above does not depend on it.
 */
import { httpRequest, HttpRequestError } from '../../../shared/http.js';
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

const POLICY: BackoffPolicy = {
  maxAttempts: 6,
  initialDelayMs: 1000,
  factor: 2,
  maxDelayMs: 30_000,
  deadlineMs: 180_000,
  jitter: 'full',
};

async function withRetries<T>(
  what: string,
  send: () => Promise<{ status: number; body: string; headers: Readonly<Record<string, string>> }>,
  accept: (body: string) => T,
  clock: Clock,
  policy: BackoffPolicy,
): Promise<T> {
  const outcome = await retry<T | string>(
    async () => {
      let response;
      try {
        response = await send();
      } catch (error) {
        const message = `${what}: ${error instanceof HttpRequestError ? error.message : String(error)}`;
        return { kind: 'retry', value: message, reason: message };
      }
      if (response.status >= 200 && response.status < 300)
        return { kind: 'done', value: accept(response.body) };
      const message = `${what} answered ${response.status}: ${response.body.trim().slice(0, 300)}`;
      if (response.status === 429 || response.status >= 500) {
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
  clock: Clock = realClock,
  policy: BackoffPolicy = POLICY,
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
  const endpoint = `${params.url.replace(/\/$/, '')}/upload/v4?${query.toString()}`;
  const [reportUrl, putUrl] = await withRetries(
    'Codecov upload request',
    () =>
      httpRequest({
        url: endpoint,
        method: 'POST',
        headers: { accept: 'text/plain', 'x-upload-token': params.token },
        timeoutMs: 30_000,
      }),
    (text) => {
      const lines = text.trim().split('\n');
      if (lines.length < 2 || !/^https?:\/\//.test(lines[1] ?? ''))
        throw new Error(`Codecov answered without an upload URL: ${text.slice(0, 200)}`);
      return [lines[0] ?? '', lines[1] ?? ''] as const;
    },
    clock,
    policy,
  );
  await withRetries(
    'Codecov storage upload',
    () =>
      httpRequest({
        url: putUrl,
        method: 'PUT',
        body,
        headers: { 'content-type': 'text/plain', 'x-amz-acl': 'public-read' },
        timeoutMs: 120_000,
      }),
    () => undefined,
    clock,
    policy,
  );
  return { reportUrl };
}
