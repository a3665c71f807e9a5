import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  httpRequest,
  HttpRequestError,
  isRetryableStatus,
  isTransientNetworkError,
} from '../../shared/http.js';
import {
  type Certificates,
  freePort,
  makeCertificates,
  startServer,
  type TestServer,
} from '../harness/servers.js';

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

  it('a connection cut in the middle of the body is a failure, not a short answer', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('x'.repeat(100), () => res.socket?.destroy());
    });
    const error = await failure(httpRequest({ url: server.url, timeoutMs: 5000 }));
    expect(error.kind).not.toBe('timeout');
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
    expect(error).toMatchObject({ kind: 'invalid', message: 'the URL is not a valid absolute URL' });
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

// The client at its edges: redirects, limits, credentials, TLS.

/** A server that redirects `/` to `location` with `status`, and answers anything else with its method and body. */
function redirecting(status: number, location: string | undefined): Promise<TestServer> {
  return serve((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/') res.writeHead(status, location === undefined ? {} : { location }).end('moved');
      else res.end(`${req.method ?? ''} ${body}`);
    });
  });
}

describe('what may pass by asking again', () => {
  it.each([
    ['refused', true],
    ['reset', true],
    ['dns', true],
    ['timeout', true],
    ['tls', false],
    ['too-large', false],
    ['redirects', false],
    ['invalid', false],
    ['other', false],
  ] as const)('a %s error: %s', (kind, transient) => {
    expect(isTransientNetworkError(kind)).toBe(transient);
  });

  it.each([
    [407, false],
    [408, true],
    [424, false],
    [425, true],
    [429, true],
    [499, false],
    [500, true],
    [599, true],
    [600, false],
  ])('status %s: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

describe('redirects', () => {
  it.each([
    [301, 'POST', 'GET '],
    [302, 'POST', 'GET '],
    [303, 'POST', 'GET '],
    [303, 'PUT', 'GET '],
    [307, 'POST', 'POST data'],
    [308, 'POST', 'POST data'],
    [301, 'PUT', 'PUT data'],
  ])('%s after a %s: %j arrives', async (status, method, arrives) => {
    const server = await redirecting(status, '/next');
    const response = await httpRequest({
      url: `${server.url}/`,
      method,
      body: 'data',
      timeoutMs: 5000,
      maxRedirects: 1,
    });
    expect(response.body).toBe(arrives);
    expect(response.redirects).toEqual([`${server.url}/next`]);
    expect(response.url).toBe(`${server.url}/next`);
  });

  it('a HEAD stays a HEAD after a 303', async () => {
    const server = await redirecting(303, '/next');
    await httpRequest({ url: `${server.url}/`, method: 'head', timeoutMs: 5000, maxRedirects: 1 });
    expect(server.requests.map((r) => r.method)).toEqual(['HEAD', 'HEAD']);
  });

  it('with maxRedirects 0, or without a Location, the 3xx itself is the answer', async () => {
    const server = await redirecting(302, '/next');
    expect((await httpRequest({ url: `${server.url}/`, timeoutMs: 5000 })).status).toBe(302);
    const bare = await redirecting(301, undefined);
    expect((await httpRequest({ url: `${bare.url}/`, timeoutMs: 5000, maxRedirects: 3 })).status).toBe(301);
  });

  it('refuses a Location that is not http(s), or not a URL, and strips credentials from one', async () => {
    const ftp = await redirecting(302, 'ftp://127.0.0.1/x');
    const refused = await failure(httpRequest({ url: `${ftp.url}/`, timeoutMs: 5000, maxRedirects: 1 }));
    expect([refused.kind, refused.message]).toEqual(['redirects', 'redirect to unsupported protocol ftp:']);
    const broken = await redirecting(302, 'http://[::1');
    const bad = await failure(httpRequest({ url: `${broken.url}/`, timeoutMs: 5000, maxRedirects: 1 }));
    expect([bad.kind, bad.message]).toEqual(['redirects', 'redirect to a Location that is not a URL']);
    const target = await serve((req, res) => res.end(req.headers.authorization ?? 'none'));
    const withCredentials = await redirecting(302, target.url.replace('http://', 'http://user:pw@') + '/x');
    const response = await httpRequest({ url: `${withCredentials.url}/`, timeoutMs: 5000, maxRedirects: 1 });
    expect(response.body).toBe('none');
    expect(response.url).toBe(`${target.url}/x`);
  });
});

describe('credentials and headers', () => {
  it('URL credentials are decoded into Basic auth, but never replace an Authorization header given', async () => {
    const server = await serve((req, res) => res.end(req.headers.authorization ?? 'none'));
    const basic = await httpRequest({
      url: server.url.replace('http://', 'http://a%40b:p%3Aw@'),
      timeoutMs: 5000,
    });
    expect(Buffer.from(basic.body.replace('Basic ', ''), 'base64').toString()).toBe('a@b:p:w');
    const given = await httpRequest({
      url: server.url.replace('http://', 'http://u:p@'),
      headers: { Authorization: 'Bearer t' },
      timeoutMs: 5000,
    });
    expect(given.body).toBe('Bearer t');
    // A password alone is credentials too.
    const passwordOnly = await httpRequest({
      url: server.url.replace('http://', 'http://:secret@'),
      timeoutMs: 5000,
    });
    expect(Buffer.from(passwordOnly.body.replace('Basic ', ''), 'base64').toString()).toBe(':secret');
  });

  it('sends no Authorization without credentials, and never tells the credentials back in the URL', async () => {
    const server = await serve((req, res) => res.end(req.headers.authorization ?? 'none'));
    const plain = await httpRequest({ url: server.url, timeoutMs: 5000 });
    expect(plain.body).toBe('none');
    const withCredentials = await httpRequest({
      url: server.url.replace('http://', 'http://user:pw@'),
      timeoutMs: 5000,
    });
    expect(withCredentials.body).toBe(`Basic ${Buffer.from('user:pw').toString('base64')}`);
    expect(withCredentials.url).toBe(`${server.url}/`);
  });

  it('sends a user agent and the content length of a body; joins repeated response headers', async () => {
    const server = await serve((req, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end(`${req.headers['user-agent'] ?? ''} ${req.headers['content-length'] ?? 'none'}`);
    });
    const withBody = await httpRequest({ url: server.url, method: 'POST', body: 'héllo', timeoutMs: 5000 });
    expect(withBody.body).toBe('runway-ci 6');
    expect(withBody.headers['set-cookie']).toBe('a=1, b=2');
    expect((await httpRequest({ url: server.url, timeoutMs: 5000 })).body).toBe('runway-ci none');
  });
});

describe('limits', () => {
  it('a body of exactly maxBodyBytes is read; one byte more is too large', async () => {
    const server = await serve((req, res) => res.end('x'.repeat(req.url === '/more' ? 11 : 10)));
    expect((await httpRequest({ url: server.url, timeoutMs: 5000, maxBodyBytes: 10 })).body).toBe(
      'x'.repeat(10),
    );
    const error = await failure(
      httpRequest({ url: `${server.url}/more`, timeoutMs: 5000, maxBodyBytes: 10 }),
    );
    expect([error.kind, error.message]).toEqual(['too-large', 'response body is larger than 10 bytes']);
  });

  it('an answer that never completes is a timeout with the time it was given', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200);
      res.write('partial');
    });
    const error = await failure(httpRequest({ url: server.url, timeoutMs: 300 }));
    expect([error.kind, error.code, error.message]).toEqual([
      'timeout',
      'ETIMEDOUT',
      'no complete response within 300ms',
    ]);
  });
});

describe('TLS', () => {
  let certs: Certificates | undefined;
  beforeAll(() => {
    certs = makeCertificates();
  });
  afterAll(() => certs?.dispose());

  it('an untrusted certificate is a TLS error, not one to retry; the CA or insecure makes it pass', async () => {
    if (certs === undefined) throw new Error('no certificates');
    const server = await serve((_req, res) => res.end('secure'), { tls: certs.tls });
    const error = await failure(httpRequest({ url: server.url, timeoutMs: 5000 }));
    expect(error.kind).toBe('tls');
    expect(error.message.startsWith('TLS: ')).toBe(true);
    expect((await httpRequest({ url: server.url, timeoutMs: 5000, ca: certs.caPem })).body).toBe('secure');
    expect((await httpRequest({ url: server.url, timeoutMs: 5000, insecure: true })).body).toBe('secure');
  });

  it('follows a redirect from http to https, with the CA given', async () => {
    if (certs === undefined) throw new Error('no certificates');
    const secure = await serve((_req, res) => res.end('secure'), { tls: certs.tls });
    const plain = await redirecting(301, `${secure.url}/moved`);
    const response = await httpRequest({
      url: `${plain.url}/`,
      timeoutMs: 5000,
      maxRedirects: 1,
      ca: certs.caPem,
    });
    expect([response.body, response.url]).toEqual(['secure', `${secure.url}/moved`]);
  });
});

describe('timing', () => {
  it('elapsedMs is the time from sending to the whole body', async () => {
    const server = await serve((_req, res) => {
      res.write('part');
      setTimeout(() => res.end(' and the rest'), 150);
    });
    const response = await httpRequest({ url: server.url, timeoutMs: 5000 });
    expect(response.body).toBe('part and the rest');
    expect(response.elapsedMs).toBeGreaterThanOrEqual(140);
    expect(response.elapsedMs).toBeLessThan(5000);
  });
});
