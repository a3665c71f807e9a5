/**
 * A local stand-in for the GitHub REST API's issue-comment endpoints, speaking the real protocol
 * (Bearer auth, JSON, Link pagination), so comment upserts are tested over real HTTP.
 */
import type { IncomingMessage } from 'node:http';
import { startServer, type TestServer } from './servers.js';

export interface FakeComment {
  id: number;
  body: string;
}

export interface FakeGitHub {
  server: TestServer;
  url: string;
  comments: FakeComment[];
  /** `METHOD path` of every call, in order. */
  calls: string[];
  /** Make the next N calls answer with this status. */
  failNext(status: number, times?: number, headers?: Record<string, string>, message?: string): void;
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => resolve(text));
  });
}

export async function startFakeGitHub(options: { token: string; pageSize?: number }): Promise<FakeGitHub> {
  const comments: FakeComment[] = [];
  const calls: string[] = [];
  let failures:
    | { status: number; times: number; headers: Record<string, string>; message: string | undefined }
    | undefined;
  let nextId = 1000;
  const pageSize = options.pageSize ?? 100;
  const server = await startServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      calls.push(`${req.method ?? ''} ${url.pathname}${url.search}`);
      const text = await body(req);
      /** Answers; returns true so a handler can `return json(...)`. */
      const json = (status: number, data: unknown, headers: Record<string, string> = {}): true => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
        return true;
      };
      // GitHub takes the token as `Bearer` or `token` (Octokit's form).
      if (![`Bearer ${options.token}`, `token ${options.token}`].includes(req.headers.authorization ?? ''))
        return json(401, { message: 'Bad credentials' });
      if (failures !== undefined && failures.times > 0) {
        failures.times--;
        return json(
          failures.status,
          {
            message:
              failures.message ??
              (failures.status === 403 ? 'Resource not accessible by integration' : 'Server Error'),
          },
          failures.headers,
        );
      }
      const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      if (list && req.method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? '1');
        const items = comments
          .slice((page - 1) * pageSize, page * pageSize)
          .map((c) => ({ ...c, html_url: `https://github.test/c/${c.id}` }));
        const more = page * pageSize < comments.length;
        const next = `${server.url}${url.pathname}?per_page=${pageSize}&page=${page + 1}`;
        return json(200, items, more ? { link: `<${next}>; rel="next"` } : {});
      }
      if (list && req.method === 'POST') {
        const comment = { id: nextId++, body: (JSON.parse(text) as { body: string }).body };
        comments.push(comment);
        return json(201, { ...comment, html_url: `https://github.test/c/${comment.id}` });
      }
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (one && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(one[1]));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = (JSON.parse(text) as { body: string }).body;
        return json(200, { ...comment, html_url: `https://github.test/c/${comment.id}` });
      }
      return json(404, { message: 'Not Found' });
    })();
  });
  return {
    server,
    url: server.url,
    comments,
    calls,
    failNext: (status, times = 1, headers = {}, message) => {
      failures = { status, times, headers, message };
    },
    close: () => server.close(),
  };
}
