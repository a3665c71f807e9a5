/**
 * The GitHub client as a unit, against a local server speaking GitHub's REST protocol: pagination and where
 * it may lead, retries, rate limits waited out only within the deadline, bodies that are not JSON, the one
 * line each failure becomes, and the PR comment kept as one per marker.
 */
import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  describeFailure,
  GitHubApiError,
  type GitHubClient,
  gitHubClient,
  upsertComment,
} from '../../shared/github.js';
import { type CommentRequest, publishComment } from '../../shared/pr-comment.js';
import { startServer, type TestServer } from '../harness/servers.js';

type Route = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;
let server: TestServer;
// What the server answers, set by each test; requests are counted from the test's start.
const state: { route: Route; seen: { method: string; url: string; auth: string; body: string }[] } = {
  route: (_req, res) => res.end(),
  seen: [],
};

const json = (
  res: http.ServerResponse,
  status: number,
  data: unknown,
  headers: http.OutgoingHttpHeaders = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
};

beforeAll(async () => {
  server = await startServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      state.seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization ?? '',
        body,
      });
      state.route(req, res, body);
    });
  });
  // @actions/github reads GITHUB_API_URL once, when it is first loaded: by the first client below.
  vi.stubEnv('GITHUB_API_URL', server.url);
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) vi.stubEnv(name, '');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});
beforeEach(() => {
  state.seen = [];
});

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError);
    return error as GitHubApiError;
  }
  throw new Error('expected a failure');
}

describe('a call', () => {
  it('sends the token and returns the JSON answer', async () => {
    state.route = (_req, res) => json(res, 200, { id: 7, html_url: 'https://github.com/o/r/issues/1#c7' });
    const api = await gitHubClient('ghs_unit_token');
    const data = await api.call<{ id: number }>('GET /repos/{owner}/{repo}/issues/{n}', {
      owner: 'o',
      repo: 'r',
      n: 1,
    });
    expect(data.id).toBe(7);
    expect(state.seen).toEqual([
      { method: 'GET', url: '/repos/o/r/issues/1', auth: 'token ghs_unit_token', body: '' },
    ]);
  });

  it.each([
    [401, 'Bad credentials', 'Bad credentials (the token is missing, expired or invalid)'],
    [
      403,
      'Resource not accessible by integration',
      'Resource not accessible by integration (the token lacks a permission: grant it under `permissions:`; on pull requests from forks GITHUB_TOKEN is read-only)',
    ],
    [403, 'Must have admin rights to Repository.', 'Must have admin rights to Repository.'],
    [404, 'Not Found', 'Not Found (not found, or the token cannot see it)'],
    [422, 'Validation Failed', 'Validation Failed'],
  ])('says what a %i means, in one line naming the request', async (status, said, shown) => {
    state.route = (_req, res) => json(res, status, { message: said });
    const api = await gitHubClient('t', { retries: 0 });
    const error = await failure(
      api.call('GET /repos/{owner}/{repo}/x', { owner: 'o', repo: 'r', body: 'b' }),
    );
    expect(error.message).toBe(`GET ${server.url}/repos/o/r/x?body=b answered ${status}: ${shown}`);
    expect(error.status).toBe(status);
    expect(state.seen).toHaveLength(1);
  });

  it('retries a 5xx, and succeeds when the server recovers', async () => {
    state.route = (_req, res) =>
      state.seen.length === 1 ? json(res, 502, { message: 'Bad gateway' }) : json(res, 200, { ok: true });
    const api = await gitHubClient('t', { retries: 2 });
    expect(await api.call('GET /x', {})).toEqual({ ok: true });
    expect(state.seen).toHaveLength(2);
  });

  it('gives up after the retries, with the last answer', async () => {
    state.route = (_req, res) => json(res, 500, { message: 'Server Error' });
    const api = await gitHubClient('t', { retries: 1 });
    const error = await failure(api.call('GET /x', {}));
    expect(error.message).toBe(`GET ${server.url}/x answered 500: Server Error`);
    expect(state.seen).toHaveLength(2);
  });

  it('refuses a body that is not JSON, saying how long it was', async () => {
    state.route = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": 7, "cut');
    };
    const api = await gitHubClient('t');
    const error = await failure(api.call('GET /x', {}));
    expect(error.message).toBe(
      `GET ${server.url}/x answered 200 with a body that is not JSON (14 characters; cut off?)`,
    );
    expect(error.status).toBe(200);
  });

  it('reads a JSON body sent as text, and keeps an empty one', async () => {
    state.route = (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(req.url === '/empty' ? '' : '{"a":1}');
    };
    const api = await gitHubClient('t');
    expect(await api.call('GET /x', {})).toEqual({ a: 1 });
    expect(await api.call('GET /empty', {})).toBe('');
  });

  it('waits out a secondary rate limit that ends before the deadline', async () => {
    state.route = (_req, res) =>
      state.seen.length === 1
        ? json(res, 403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' })
        : json(res, 200, { ok: 1 });
    const api = await gitHubClient('t', { deadlineMs: 20_000 });
    const start = Date.now();
    expect(await api.call('GET /x', {})).toEqual({ ok: 1 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(900);
    expect(state.seen).toHaveLength(2);
  });

  it('does not wait out a rate limit that would end past the deadline', async () => {
    state.route = (_req, res) =>
      json(res, 403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '30' });
    const api = await gitHubClient('t', { deadlineMs: 5000 });
    const start = Date.now();
    const error = await failure(api.call('GET /x', {}));
    expect(Date.now() - start).toBeLessThan(3000);
    expect(error.message).toMatch(/answered 403: You have exceeded a secondary rate limit$/);
    expect(state.seen).toHaveLength(1);
  });

  it('waits out a primary rate limit at most twice', async () => {
    // A reset already past: the plugin waits its minimum, so the test is quick.
    const reset = (): string => String(Math.floor(Date.now() / 1000) - 1);
    state.route = (_req, res) =>
      json(
        res,
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset() },
      );
    const api = await gitHubClient('t', { deadlineMs: 30_000 });
    const error = await failure(api.call('GET /x', {}));
    expect(error.message).toMatch(/answered 403: API rate limit exceeded$/);
    expect(state.seen).toHaveLength(3);
  }, 20_000);

  it('ends a call that never answers at the deadline', async () => {
    state.route = () => undefined;
    const api = await gitHubClient('t', { deadlineMs: 800, retries: 0 });
    const start = Date.now();
    const error = await failure(api.call('GET /hang', {}));
    expect(Date.now() - start).toBeLessThan(3000);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(new RegExp(`^GET ${server.url}/hang: .+`));
  });
});

describe('a list', () => {
  const page = (n: number): number[] => Array.from({ length: 3 }, (_, i) => n * 10 + i);

  it('follows next links on the same host, 100 to a page, and returns every item', async () => {
    state.route = (req, res) => {
      const url = new URL(req.url ?? '/', server.url);
      const n = Number(url.searchParams.get('page') ?? '1');
      const next = n < 3 ? `<${server.url}/items?per_page=100&page=${n + 1}>; rel="next"` : undefined;
      json(res, 200, page(n), next ? { link: next } : {});
    };
    const api = await gitHubClient('t');
    expect(await api.list<number>('GET /items', {})).toEqual([...page(1), ...page(2), ...page(3)]);
    expect(state.seen.map((r) => r.url)).toEqual([
      '/items?per_page=100',
      '/items?per_page=100&page=2',
      '/items?per_page=100&page=3',
    ]);
    expect(state.seen.every((r) => r.auth === 'token t')).toBe(true);
  });

  it('lets a caller choose the page size', async () => {
    state.route = (_req, res) => json(res, 200, [1]);
    const api = await gitHubClient('t');
    await api.list('GET /items', { per_page: 5 });
    expect(state.seen[0]?.url).toBe('/items?per_page=5');
  });

  it('never follows a next page to another host, where the token would go', async () => {
    state.route = (_req, res) =>
      json(res, 200, [1], { link: '<https://evil.example/items?page=2>; rel="next"' });
    const api = await gitHubClient('t');
    const error = await failure(api.list('GET /items', {}));
    expect(error.message).toBe('GET /items: the next page is on another host; not followed');
    expect(state.seen).toHaveLength(1);
  });

  it('reports a failing page as a call does', async () => {
    state.route = (req, res) =>
      req.url?.includes('page=2')
        ? json(res, 404, { message: 'Not Found' })
        : json(res, 200, [1], { link: `<${server.url}/items?page=2>; rel="next"` });
    const api = await gitHubClient('t', { retries: 0 });
    const error = await failure(api.list('GET /items', {}));
    expect(error.message).toBe(
      `GET ${server.url}/items?page=2 answered 404: Not Found (not found, or the token cannot see it)`,
    );
  });
});

describe('describeFailure', () => {
  it('keeps a GitHubApiError as it is', () => {
    const error = new GitHubApiError('x', 5);
    expect(describeFailure(error)).toBe(error);
  });

  it('names a network error without a response, status 0', () => {
    const error = describeFailure(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { request: { method: 'POST', url: 'u' } }),
    );
    expect([error.message, error.status, error.name]).toEqual([
      'POST u: connect ECONNREFUSED 127.0.0.1:1',
      0,
      'GitHubApiError',
    ]);
    expect(describeFailure('boom').message).toBe('GET ?: boom');
    expect(describeFailure(null).message).toBe('GET ?: null');
  });

  it("takes GitHub's message, else a text body, else the error's own message", () => {
    const base = { status: 500, message: 'HttpError', request: { method: 'GET', url: 'u' } };
    expect(describeFailure({ ...base, response: { data: { message: 'm' } } }).message).toBe(
      'GET u answered 500: m',
    );
    expect(describeFailure({ ...base, response: { data: 'plain text' } }).message).toBe(
      'GET u answered 500: plain text',
    );
    expect(describeFailure({ ...base, response: { data: '' } }).message).toBe(
      'GET u answered 500: HttpError',
    );
    expect(describeFailure({ ...base, response: { data: { message: 3 } } }).message).toBe(
      'GET u answered 500: HttpError',
    );
    expect(describeFailure({ ...base, response: {}, message: undefined }).message).toBe(
      'GET u answered 500: ',
    );
  });

  it('is one line of the first 300 characters of what GitHub said', () => {
    const said = `line one\nline two ${'x'.repeat(400)}`;
    const error = describeFailure({
      status: 500,
      request: { method: 'GET', url: 'u' },
      response: { data: { message: said } },
    });
    expect(error.message).toBe(`GET u answered 500: ${said.replace('\n', ' ').slice(0, 300)}…`);
  });

  it('needs a numeric status to speak of an answer', () => {
    expect(describeFailure({ status: '404', message: 'm', response: { data: {} } }).message).toBe(
      'GET ?: [object Object]',
    );
  });
});

describe('the PR comment', () => {
  interface Call {
    route: string;
    parameters: Record<string, unknown>;
  }
  const fakeApi = (
    comments: { id: number; body?: string; html_url: string }[],
  ): { api: GitHubClient; calls: Call[] } => {
    const calls: Call[] = [];
    const api: GitHubClient = {
      list: <T>(route: string, parameters: Record<string, string | number>) => {
        calls.push({ route, parameters });
        return Promise.resolve(comments as T[]);
      },
      call: <T>(route: string, parameters: Record<string, unknown>) => {
        calls.push({ route, parameters });
        return Promise.resolve({ html_url: `https://github.com/o/r/pull/3#${route.split(' ')[0]}` } as T);
      },
    };
    return { api, calls };
  };

  it('updates the comment that carries the marker, and only it', async () => {
    const { api, calls } = fakeApi([
      { id: 1, body: 'someone else', html_url: 'a' },
      { id: 2, html_url: 'no body' },
      { id: 3, body: 'report <!-- m --> old', html_url: 'b' },
      { id: 4, body: '<!-- m --> a second one', html_url: 'c' },
    ]);
    expect(await upsertComment(api, 'o/r', 3, '<!-- m -->', 'new body')).toEqual({
      action: 'updated',
      url: 'https://github.com/o/r/pull/3#PATCH',
    });
    expect(calls).toEqual([
      {
        route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        parameters: { owner: 'o', repo: 'r', issue_number: 3 },
      },
      {
        route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        parameters: { owner: 'o', repo: 'r', comment_id: 3, body: 'new body' },
      },
    ]);
  });

  it('updates one even when asked not to create', async () => {
    const { api } = fakeApi([{ id: 3, body: '<!-- m -->', html_url: 'b' }]);
    expect((await upsertComment(api, 'o/r', 3, '<!-- m -->', 'b', { create: false }))?.action).toBe(
      'updated',
    );
  });

  it('creates one when none carries the marker, unless asked not to', async () => {
    const { api, calls } = fakeApi([{ id: 1, body: '<!-- other -->', html_url: 'a' }]);
    expect(await upsertComment(api, 'o/r', 3, '<!-- m -->', 'body')).toEqual({
      action: 'created',
      url: 'https://github.com/o/r/pull/3#POST',
    });
    expect(calls[1]).toEqual({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      parameters: { owner: 'o', repo: 'r', issue_number: 3, body: 'body' },
    });
    const none = fakeApi([]);
    expect(await upsertComment(none.api, 'o/r', 3, '<!-- m -->', 'body', { create: false })).toBeUndefined();
    expect(none.calls).toHaveLength(1);
  });

  it('works end to end against the server: list, then patch', async () => {
    state.route = (req, res) =>
      req.method === 'GET'
        ? json(res, 200, [{ id: 11, body: 'x <!-- runway:m --> y', html_url: 'h' }])
        : json(res, 200, { html_url: 'https://github.com/o/r/pull/5#issuecomment-11' });
    const api = await gitHubClient('t');
    expect(await upsertComment(api, 'o/r', 5, '<!-- runway:m -->', 'fresh')).toEqual({
      action: 'updated',
      url: 'https://github.com/o/r/pull/5#issuecomment-11',
    });
    expect(state.seen.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/repos/o/r/issues/5/comments?per_page=100'],
      ['PATCH', '/repos/o/r/issues/comments/11'],
    ]);
    expect(JSON.parse(state.seen[1]?.body ?? '{}')).toEqual({ body: 'fresh' });
  });
});

describe('publishComment', () => {
  /** Runs `fn` with stdout captured: @actions/core writes its commands there. */
  async function captured(fn: () => Promise<string>): Promise<{ url: string; out: string }> {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      return { url: await fn(), out: lines.join('') };
    } finally {
      spy.mockRestore();
    }
  }
  const request = (over: Partial<CommentRequest> = {}): CommentRequest => ({
    token: 't',
    repository: 'o/r',
    target: { number: 5, blocked: undefined },
    marker: '<!-- runway:m -->',
    body: 'report',
    redact: (text) => text.replaceAll('secret-value', '***'),
    ...over,
  });

  it('says why there is no comment when the target is blocked, and calls nothing', async () => {
    const { url, out } = await captured(() =>
      publishComment(request({ target: { number: 5, blocked: 'the pull request comes from a fork' } })),
    );
    expect(url).toBe('');
    expect(out).toBe('::notice::No PR comment: the pull request comes from a fork.\n');
    expect(state.seen).toEqual([]);
  });

  it('creates the comment and says where it is', async () => {
    state.route = (req, res) =>
      req.method === 'GET'
        ? json(res, 200, [])
        : json(res, 201, { html_url: 'https://github.com/o/r/pull/5#c1' });
    const { url, out } = await captured(() => publishComment(request()));
    expect(url).toBe('https://github.com/o/r/pull/5#c1');
    expect(out).toBe('PR comment created: https://github.com/o/r/pull/5#c1\n');
    expect(state.seen.map((r) => r.method)).toEqual(['GET', 'POST']);
  });

  it('writes none when asked only to update and there is none, saying why', async () => {
    state.route = (_req, res) => json(res, 200, []);
    const { url, out } = await captured(() =>
      publishComment(request({ create: false, notCreated: 'the gate passed' })),
    );
    expect([url, out]).toEqual(['', 'No PR comment: the gate passed.\n']);
    const plain = await captured(() => publishComment(request({ create: false })));
    expect(plain.out).toBe('No PR comment: there was no earlier comment to update.\n');
    expect(state.seen.map((r) => r.method)).toEqual(['GET', 'GET']);
  });

  it('warns, redacted, and never fails when GitHub refuses', async () => {
    state.route = (_req, res) =>
      json(res, 403, { message: 'Resource not accessible by integration secret-value' });
    const { url, out } = await captured(() => publishComment(request()));
    expect(url).toBe('');
    expect(out).toMatch(
      /^::warning title=PR comment::Could not write the PR comment: GET .* answered 403: Resource not accessible by integration \*\*\* \(the token lacks a permission/,
    );
    expect(out).not.toContain('secret-value');
  });
});
