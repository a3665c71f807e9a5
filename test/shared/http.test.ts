import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest, HttpRequestError } from '../../shared/http.js';
import { freePort, startServer, type TestServer } from '../harness/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

async function failure(promise: Promise<unknown>): Promise<HttpRequestError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpRequestError);
    return error as HttpRequestError;
  }
  throw new Error('expected the request to fail');
}

describe('httpRequest', () => {
  it('returns status, lower-cased headers and body, and sends a body', async () => {
    const server = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => res.writeHead(201, { 'X-Echo': body }).end('created'));
    });
    const response = await httpRequest({ url: server.url, method: 'POST', body: 'hello', timeoutMs: 2000 });
    expect(response).toMatchObject({ status: 201, body: 'created', redirects: [] });
    expect(response.headers['x-echo']).toBe('hello');
  });

  it('classifies refused connections and timeouts', async () => {
    const port = await freePort();
    expect((await failure(httpRequest({ url: `http://127.0.0.1:${port}`, timeoutMs: 2000 }))).kind).toBe(
      'refused',
    );
    const hang = await serve(() => undefined);
    const started = Date.now();
    const timeout = await failure(httpRequest({ url: hang.url, timeoutMs: 200 }));
    expect(timeout.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops reading a body past the limit', async () => {
    const server = await serve((_req, res) => res.end('x'.repeat(10_000)));
    const error = await failure(httpRequest({ url: server.url, timeoutMs: 2000, maxBodyBytes: 1000 }));
    expect(error.kind).toBe('too-large');
  });

  it('follows redirects, and sends none of the caller’s headers to another origin', async () => {
    const target = await serve((_req, res) => res.end('final'));
    const origin = await serve((req, res) => {
      if (req.url === '/a') res.writeHead(307, { location: '/b' }).end();
      else res.writeHead(302, { location: `${target.url}/c` }).end();
    });
    const response = await httpRequest({
      url: `${origin.url}/a`,
      headers: { Authorization: 'Bearer t', 'X-Other': 'kept' },
      timeoutMs: 2000,
      maxRedirects: 5,
    });
    expect(response.body).toBe('final');
    expect(response.redirects).toEqual([`${origin.url}/b`, `${target.url}/c`]);
    expect(origin.requests[1]?.headers.authorization).toBe('Bearer t');
    expect(origin.requests[1]?.headers['x-other']).toBe('kept');
    expect(target.requests[0]?.headers.authorization).toBeUndefined();
    expect(target.requests[0]?.headers['x-other']).toBeUndefined();
    expect(target.requests[0]?.headers['user-agent']).toBe('runway-ci');
  });

  it('sends credentials in the URL as Basic auth to their own origin only', async () => {
    const target = await serve((_req, res) => res.end('final'));
    const origin = await serve((_req, res) => res.writeHead(302, { location: `${target.url}/c` }).end());
    const url = new URL(origin.url);
    url.username = 'user';
    url.password = 'p@ss';
    await httpRequest({ url: url.toString(), timeoutMs: 2000, maxRedirects: 5 });
    expect(origin.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('user:p@ss').toString('base64')}`,
    );
    expect(target.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('a URL that cannot be asked is an invalid request, not a network error to retry', async () => {
    const error = await failure(httpRequest({ url: 'not a url', timeoutMs: 2000 }));
    expect(error).toMatchObject({ kind: 'invalid' });
  });

  it('refuses endless redirects', async () => {
    const server = await serve((_req, res) => res.writeHead(302, { location: '/again' }).end());
    const error = await failure(httpRequest({ url: server.url, timeoutMs: 2000, maxRedirects: 3 }));
    expect(error).toMatchObject({ kind: 'redirects', message: 'more than 3 redirects' });
    expect(server.requests).toHaveLength(4);
  });

  it('turns a POST into a GET on 303', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/form') res.writeHead(303, { location: '/done' }).end();
      else res.end(req.method);
    });
    const response = await httpRequest({
      url: `${server.url}/form`,
      method: 'POST',
      body: 'x',
      timeoutMs: 2000,
      maxRedirects: 1,
    });
    expect(response.body).toBe('GET');
  });
});
