/**
 * A local stand-in for Slack's endpoints, speaking their protocol: incoming webhooks (`ok`, or a status with
 * an error word) and the Web API's chat.postMessage / chat.update (`{ ok, ts, channel }` or `{ ok: false,
 * error }`), with answers scripted per test.
 */
import type { IncomingMessage } from 'node:http';
import { startServer, type TestServer } from './servers.js';

export interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Never answer (a hanging server). */
  hang?: boolean;
}

export interface Received {
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
  /** The JSON message (webhook), or the Web API's arguments with `blocks` parsed. */
  payload: Record<string, unknown>;
}

export interface FakeSlack {
  server: TestServer;
  url: string;
  received: Received[];
  /** Answers for the next requests, in order; afterwards `ok`. */
  script(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function startFakeSlack(token = 'xoxb-test-token'): Promise<FakeSlack> {
  const received: Received[] = [];
  let answers: Answer[] = [];
  let ts = 1700000000;
  const server = await startServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      let payload: Record<string, unknown>;
      if ((req.headers['content-type'] ?? '').includes('application/json')) {
        payload = JSON.parse(raw || '{}') as Record<string, unknown>;
      } else {
        payload = Object.fromEntries(new URLSearchParams(raw));
      }
      if (typeof payload.blocks === 'string') payload.blocks = JSON.parse(payload.blocks) as unknown;
      received.push({ path, at: Date.now(), headers: req.headers, payload });
      const answer = answers.shift();
      if (answer?.hang === true) return;
      if (answer !== undefined) {
        res.writeHead(answer.status, answer.headers ?? {}).end(answer.body);
        return;
      }
      if (path.startsWith('/api/')) {
        const auth = req.headers.authorization;
        const body =
          auth !== `Bearer ${token}`
            ? { ok: false, error: 'invalid_auth' }
            : { ok: true, channel: 'C0TEST', ts: `${ts++}.000100` };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
  });
  return {
    server,
    url: server.url,
    received,
    script: (...next) => {
      answers = next;
    },
    close: () => server.close(),
  };
}
