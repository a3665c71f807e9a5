/**
 * The few GitHub REST calls the actions make (comments, run jobs), on @actions/http-client: it is already in
 * every bundle through @actions/core and honours the runner's HTTPS_PROXY/NO_PROXY, where Octokit would add
 * its own HTTP stack and weight to every cold start. Retries follow shared/retry.ts: 5xx, 429 and GitHub's
 * secondary rate limits (403 with Retry-After or x-ratelimit-remaining: 0), honouring Retry-After.
 */
import { HttpClient } from '@actions/http-client';
import { oneLine } from './text.js';
import { type BackoffPolicy, type Clock, parseRetryAfter, realClock, retry } from './retry.js';

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

const DEFAULT_POLICY: BackoffPolicy = {
  maxAttempts: 5,
  initialDelayMs: 1000,
  factor: 2,
  maxDelayMs: 20_000,
  deadlineMs: 90_000,
  jitter: 'full',
};

function header(headers: GitHubResponse<unknown>['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** What a failing status usually means for an action's token, said where it helps. */
function hint(status: number, message: string): string {
  if (status === 401) return ' (the token is missing, expired or invalid)';
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return ' (the token lacks a permission: grant it under `permissions:`; on pull requests from forks GITHUB_TOKEN is read-only)';
  }
  if (status === 404) return ' (not found, or the token cannot see it)';
  return '';
}

function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

export class GitHubApi {
  private readonly client: HttpClient;

  constructor(
    private readonly token: string,
    private readonly apiUrl: string = process.env.GITHUB_API_URL ?? 'https://api.github.com',
    private readonly policy: BackoffPolicy = DEFAULT_POLICY,
    private readonly clock: Clock = realClock,
  ) {
    this.client = new HttpClient('runway-ci', [], {
      allowRetries: false,
      socketTimeout: 30_000,
      allowRedirects: true,
    });
  }

  /** One call, retried when GitHub says it may succeed later; throws GitHubApiError otherwise. */
  async request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<GitHubResponse<T>> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.apiUrl.replace(/\/$/, '')}${pathOrUrl}`;
    const outcome = await retry<GitHubResponse<T> | GitHubApiError>(
      async () => {
        let response;
        try {
          response = await this.client.request(
            method,
            url,
            body === undefined ? null : JSON.stringify(body),
            {
              accept: 'application/vnd.github+json',
              authorization: `Bearer ${this.token}`,
              'x-github-api-version': '2022-11-28',
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
          );
        } catch (error) {
          const failure = new GitHubApiError(
            `${method} ${url}: ${error instanceof Error ? error.message : String(error)}`,
            0,
          );
          return { kind: 'retry', value: failure, reason: failure.message };
        }
        const status = response.message.statusCode ?? 0;
        const text = await response.readBody();
        const headers = response.message.headers;
        if (status >= 200 && status < 300) {
          let data: T;
          try {
            data = (text === '' ? undefined : JSON.parse(text)) as T;
          } catch {
            const failure = new GitHubApiError(
              `${method} ${url} answered ${status} with a body that is not JSON (${text.length} bytes; cut off?)`,
              status,
            );
            return { kind: 'fatal', value: failure, reason: failure.message };
          }
          return { kind: 'done', value: { status, data, headers } };
        }
        let message = oneLine(text, 300);
        try {
          const said = (JSON.parse(text) as { message?: unknown }).message;
          if (typeof said === 'string') message = oneLine(said, 300);
        } catch {
          // not JSON: keep the text
        }
        const failure = new GitHubApiError(
          `${method} ${url} answered ${status}: ${message}${hint(status, message)}`,
          status,
        );
        const retryAfter = parseRetryAfter(header(headers, 'retry-after'), this.clock.now());
        const rateLimited =
          status === 429 ||
          (status === 403 && (retryAfter !== undefined || header(headers, 'x-ratelimit-remaining') === '0'));
        if (rateLimited || status >= 500) {
          const reset = Number(header(headers, 'x-ratelimit-reset'));
          const untilReset =
            Number.isFinite(reset) && reset > 0 ? reset * 1000 - this.clock.now() : undefined;
          const delayMs = retryAfter ?? (untilReset !== undefined && untilReset > 0 ? untilReset : undefined);
          return delayMs === undefined
            ? { kind: 'retry', value: failure, reason: failure.message }
            : { kind: 'retry', value: failure, reason: failure.message, delayMs };
        }
        return { kind: 'fatal', value: failure, reason: failure.message };
      },
      this.policy,
      this.clock,
    );
    if (outcome.ok && !(outcome.value instanceof GitHubApiError)) return outcome.value;
    throw outcome.value instanceof GitHubApiError
      ? outcome.value
      : new GitHubApiError(outcome.ok ? 'unexpected' : outcome.reason, 0);
  }

  /** Every item of a list endpoint, following `Link: rel="next"` (at most `maxPages` pages). */
  async paginate<T>(path: string, maxPages = 100): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let page = 0; next !== undefined && page < maxPages; page++) {
      const response: GitHubResponse<T[] | Record<string, unknown>> = await this.request('GET', next);
      // Some list endpoints wrap the array: { total_count, jobs: [...] }.
      const data: unknown = response.data;
      const list = Array.isArray(data)
        ? data
        : data !== null && typeof data === 'object'
          ? Object.values(data).find(Array.isArray)
          : undefined;
      if (list === undefined)
        throw new GitHubApiError(`GET ${next} answered ${response.status} without a list`, response.status);
      for (const item of list as T[]) items.push(item);
      next = /<([^>]+)>;\s*rel="next"/.exec(header(response.headers, 'link') ?? '')?.[1];
      // The token goes only to the API it was given for, whatever a Link header says.
      if (next !== undefined && !sameOrigin(next, this.apiUrl))
        throw new GitHubApiError(
          `GET ${path}: the next page is on another host; not followed`,
          response.status,
        );
    }
    return items;
  }
}

export interface CommentResult {
  action: 'created' | 'updated';
  url: string;
}

/**
 * Edits the comment that carries `marker`, or creates one, so a PR holds one report, kept current.
 * With `create: false` an existing comment is still updated (a fixed build turns a red report green), but
 * none is created; then the result is undefined.
 */
export async function upsertComment(
  api: GitHubApi,
  repository: string,
  issueNumber: number,
  marker: string,
  body: string,
  options: { create?: boolean } = {},
): Promise<CommentResult | undefined> {
  const comments = await api.paginate<{ id: number; body?: string; html_url: string }>(
    `/repos/${repository}/issues/${issueNumber}/comments`,
  );
  const existing = comments.find((c) => c.body?.includes(marker) === true);
  if (existing !== undefined) {
    const response = await api.request<{ html_url: string }>(
      'PATCH',
      `/repos/${repository}/issues/comments/${existing.id}`,
      { body },
    );
    return { action: 'updated', url: response.data.html_url };
  }
  if (options.create === false) return undefined;
  const response = await api.request<{ html_url: string }>(
    'POST',
    `/repos/${repository}/issues/${issueNumber}/comments`,
    { body },
  );
  return { action: 'created', url: response.data.html_url };
}
