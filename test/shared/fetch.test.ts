/**
 * The fetch handed to Slack's clients, as a unit against a local server: method, headers and bodies as
 * fetch sends them, form bodies typed, statuses without a body, and the timeout that bounds each request.
 */
import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proxiedFetch } from '../../shared/fetch.js';
import { startServer, type TestServer } from '../harness/servers.js';

let server: TestServer;
const state: {
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[];
} = { answer: (_req, res) => res.end('ok'), seen: [] };

beforeAll(async () => {
  server = await startServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      state.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      state.answer(req, res);
    });
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  state.seen = [];
  state.answer = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'x-answer': 'yes' });
    res.end('ok');
  };
});

describe('proxiedFetch', () => {
  it('GETs by default, from a string, a URL or a Request, and returns status, headers and body', async () => {
    const fetch = proxiedFetch(5000);
    for (const input of [`${server.url}/a`, new URL(`${server.url}/b`), new Request(`${server.url}/c`)]) {
      const response = await fetch(input);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-answer')).toBe('yes');
      expect(await response.text()).toBe('ok');
    }
    expect(state.seen.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/a'],
      ['GET', '/b'],
      ['GET', '/c'],
    ]);
  });

  it('sends the method, the headers (in any form) and a text body', async () => {
    const fetch = proxiedFetch(5000);
    await fetch(`${server.url}/hook`, {
      method: 'POST',
      headers: new Headers({ 'Content-Type': 'application/json', Authorization: 'Bearer xoxb-1' }),
      body: '{"text":"hi"}',
    });
    await fetch(`${server.url}/plain`, { method: 'PUT', headers: [['X-One', '1']], body: 'x' });
    const [json, plain] = state.seen;
    expect(json).toMatchObject({ method: 'POST', body: '{"text":"hi"}' });
    expect(json?.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer xoxb-1',
    });
    expect(plain).toMatchObject({ method: 'PUT', body: 'x' });
    expect(plain?.headers['x-one']).toBe('1');
  });

  it('types a form body as a form, unless the caller typed it', async () => {
    const fetch = proxiedFetch(5000);
    await fetch(`${server.url}/api`, {
      method: 'POST',
      body: new URLSearchParams({ channel: 'C1', text: 'a b' }),
    });
    await fetch(`${server.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'text/x-mine' },
      body: new URLSearchParams({ a: '1' }),
    });
    expect(state.seen[0]?.body).toBe('channel=C1&text=a+b');
    expect(state.seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(state.seen[1]?.headers['content-type']).toBe('text/x-mine');
  });

  it('leaves out the content type of a text body it does not know', async () => {
    await proxiedFetch(5000)(`${server.url}/t`, { method: 'POST', body: 'raw' });
    expect(state.seen[0]?.headers['content-type']).not.toBe(
      'application/x-www-form-urlencoded;charset=UTF-8',
    );
  });

  it('refuses a body it cannot send as text', async () => {
    await expect(
      proxiedFetch(5000)(`${server.url}/t`, { method: 'POST', body: new Uint8Array([1, 2]) }),
    ).rejects.toThrow(new TypeError('this fetch sends text and form bodies only'));
    expect(state.seen).toEqual([]);
  });

  it.each([204, 205, 304])('gives a %i response no body', async (status) => {
    state.answer = (_req, res) => {
      res.writeHead(status);
      res.end();
    };
    const response = await proxiedFetch(5000)(`${server.url}/x`);
    expect(response.status).toBe(status);
    expect(response.body).toBeNull();
  });

  it('returns an error status with its body, for the client to read', async () => {
    state.answer = (_req, res) => {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('invalid_token');
    };
    const response = await proxiedFetch(5000)(`${server.url}/x`);
    expect([response.status, response.ok, await response.text()]).toEqual([403, false, 'invalid_token']);
  });

  it('ends a request that is not answered within the timeout', async () => {
    state.answer = () => undefined;
    const start = Date.now();
    await expect(proxiedFetch(600)(`${server.url}/hang`)).rejects.toThrow();
    const ms = Date.now() - start;
    expect(ms).toBeGreaterThanOrEqual(500);
    expect(ms).toBeLessThan(3000);
  });
});
