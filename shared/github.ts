/**
 * The GitHub REST calls the actions make (PR comments, a run's jobs), through the toolkit's Octokit
 * (@actions/github: GITHUB_API_URL, the runner's HTTPS_PROXY/NO_PROXY) with the retry and throttling plugins
 * it documents: 5xx and network errors retried with backoff, primary and secondary rate limits waited out
 * when GitHub says how long — all within one deadline. Octokit is imported when the first client is made,
 * so an action that fails on its inputs never loads it.
 */
import type { Octokit } from '@octokit/core';
import { oneLine } from './text.js';

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
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

interface RequestFailure {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

/** One line: `METHOD url answered status: GitHub's message (what it means)`, or the network error. */
export function describeFailure(error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as RequestFailure;
  const where = `${failure.request?.method ?? 'GET'} ${failure.request?.url ?? '?'}`;
  const data = failure.response?.data;
  if (failure.response === undefined || typeof failure.status !== 'number') {
    const cause = error instanceof Error ? error.message : String(error);
    return new GitHubApiError(`${where}: ${oneLine(cause, 300)}`, 0);
  }
  const said =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : typeof data === 'string' && data !== ''
        ? data
        : (failure.message ?? '');
  const message = oneLine(said, 300);
  return new GitHubApiError(
    `${where} answered ${failure.status}: ${message}${hint(failure.status, message)}`,
    failure.status,
  );
}

/**
 * @actions/github, after the real undici it needs (for its proxy-aware fetch) is loaded from a chunk of its
 * own and handed to the bundles' stand-in (shared/vendor/undici-lazy.cjs).
 */
export async function toolkitGitHub(): Promise<typeof import('@actions/github/lib/utils')> {
  const key = Symbol.for('runway.undici');
  const global = globalThis as Record<symbol, unknown>;
  if (global[key] === undefined) {
    const undici = (await import('undici/index.js')) as { default?: unknown };
    global[key] = undici.default ?? undici;
  }
  return import('@actions/github/lib/utils');
}

export interface GitHubClient {
  /** Every item of a list endpoint (Octokit's paginate), never following a next page to another host. */
  list<T>(route: string, parameters: Record<string, string | number>): Promise<T[]>;
  /** One call; its JSON answer. */
  call<T>(route: string, parameters: Record<string, unknown>): Promise<T>;
}

export interface ClientOptions {
  /** Every call and every wait for a retry ends within this (the step's bound on GitHub). */
  deadlineMs?: number;
  /** Retries of a 5xx or network error. */
  retries?: number;
}

/** A client for `token` on GITHUB_API_URL. */
export async function gitHubClient(token: string, options: ClientOptions = {}): Promise<GitHubClient> {
  const [{ GitHub, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
    toolkitGitHub(),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const deadlineMs = options.deadlineMs ?? 90_000;
  const endsAt = Date.now() + deadlineMs;
  // A rate limit is waited out only when GitHub's wait ends before the deadline, at most twice.
  const waitOut = (retryAfterSeconds: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 2 && Date.now() + retryAfterSeconds * 1000 < endsAt;
  // The toolkit's request defaults (its proxy-aware fetch) are kept: Octokit merges `request` shallowly.
  const octokit = new (GitHub.plugin(retry, throttling))(
    getOctokitOptions(token, {
      request: { ...defaults.request, signal: AbortSignal.timeout(deadlineMs) },
      retry: { retries: options.retries ?? 3 },
      throttle: { onRateLimit: waitOut, onSecondaryRateLimit: waitOut },
    }),
  ) as unknown as Octokit & {
    paginate: <T>(
      route: string,
      parameters: Record<string, unknown>,
      map: (response: { headers: Record<string, string | undefined>; data: T[] }, done: () => void) => T[],
    ) => Promise<T[]>;
  };
  // Octokit hands over a body it could not read as JSON as text: a list or an object read from it would be
  // a guess, so it is JSON or an error saying what came.
  octokit.hook.after('request', (response, request) => {
    const data: unknown = response.data;
    if (typeof data !== 'string' || data === '') return;
    try {
      response.data = JSON.parse(data) as unknown;
    } catch {
      throw new GitHubApiError(
        `${request.method} ${response.url} answered ${response.status} with a body that is not JSON (${data.length} characters; cut off?)`,
        response.status,
      );
    }
  });
  // The host the token is for: the one Octokit was given (GITHUB_API_URL, read by the toolkit).
  const apiUrl = defaults.baseUrl ?? 'https://api.github.com';
  return {
    async list<T>(route: string, parameters: Record<string, string | number>): Promise<T[]> {
      try {
        return await octokit.paginate<T>(route, { per_page: 100, ...parameters }, (response) => {
          // The token goes only to the API it was given for, whatever a Link header says.
          const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.link ?? '')?.[1];
          if (next !== undefined && !sameOrigin(next, apiUrl))
            throw new GitHubApiError(`${route}: the next page is on another host; not followed`, 200);
          return response.data;
        });
      } catch (error) {
        throw describeFailure(error);
      }
    },
    async call<T>(route: string, parameters: Record<string, unknown>): Promise<T> {
      try {
        return (await octokit.request(route, parameters)).data as T;
      } catch (error) {
        throw describeFailure(error);
      }
    },
  };
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
  api: GitHubClient,
  repository: string,
  issueNumber: number,
  marker: string,
  body: string,
  options: { create?: boolean } = {},
): Promise<CommentResult | undefined> {
  const [owner = '', repo = ''] = repository.split('/');
  const where = { owner, repo };
  const comments = await api.list<{ id: number; body?: string; html_url: string }>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...where, issue_number: issueNumber },
  );
  const existing = comments.find((c) => c.body?.includes(marker) === true);
  if (existing !== undefined) {
    const updated = await api.call<{ html_url: string }>(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      { ...where, comment_id: existing.id, body },
    );
    return { action: 'updated', url: updated.html_url };
  }
  if (options.create === false) return undefined;
  const created = await api.call<{ html_url: string }>(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...where, issue_number: issueNumber, body },
  );
  return { action: 'created', url: created.html_url };
}
