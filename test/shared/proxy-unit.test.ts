/**
 * The proxy decisions and tunnels as units: which URLs go through which proxy, what is masked, and CONNECT
 * against an in-process proxy (the tinyproxy tests in test/e2e/proxy.test.ts cover the actions end to end).
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest } from '../../shared/http.js';
import { proxyAgent, proxyFor, proxySecrets } from '../../shared/proxy.js';
import { startConnectProxy } from '../harness/proxy.js';
import { startServer, type TestServer } from '../harness/servers.js';

const NAMES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
function setEnv(values: Record<string, string>): void {
  for (const n of NAMES) Reflect.deleteProperty(process.env, n);
  Object.assign(process.env, values);
}
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const n of NAMES) {
    const value = saved[n];
    if (value === undefined) Reflect.deleteProperty(process.env, n);
    else process.env[n] = value;
  }
  await Promise.all(closers.splice(0).map((c) => c()));
});

describe('proxyFor', () => {
  it('https URLs use HTTPS_PROXY, http URLs HTTP_PROXY, in either case', () => {
    setEnv({ HTTPS_PROXY: 'http://secure.proxy:3128', http_proxy: 'http://plain.proxy:8080' });
    expect(proxyFor(new URL('https://api.github.com/x'))?.host).toBe('secure.proxy:3128');
    expect(proxyFor(new URL('http://example.com/'))?.host).toBe('plain.proxy:8080');
  });

  it('no proxy set: direct', () => {
    setEnv({});
    expect(proxyFor(new URL('https://api.github.com/'))).toBeUndefined();
  });

  it.each([
    ['github.com', 'https://api.github.com/', undefined],
    ['.github.com', 'https://api.github.com/', undefined],
    ['github.com', 'https://github.com.evil.test/', 'proxy:3128'],
    ['*', 'https://anything.test/', undefined],
    ['internal:8443', 'https://internal:8443/', undefined],
    ['internal:8443', 'https://internal:443/', 'proxy:3128'],
    ['10.0.0.5', 'https://10.0.0.5/', undefined],
    ['other.test, api.github.com', 'https://api.github.com/', undefined],
    ['', 'https://127.0.0.1:1/', undefined],
    ['', 'https://localhost:1/', undefined],
  ])('NO_PROXY=%j for %s: %s', (noProxy, url, proxied) => {
    setEnv({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy });
    expect(proxyFor(new URL(url))?.host).toBe(proxied);
  });
});

describe('proxySecrets', () => {
  it('the password of each proxy variable, as written and decoded; nothing for none or a broken value', () => {
    expect(
      proxySecrets({
        HTTPS_PROXY: 'http://user:p%40ss@proxy:3128',
        http_proxy: 'user:plain@proxy2:8080',
        HTTP_PROXY: 'http://[::1',
        https_proxy: 'http://nopassword@proxy',
      }),
    ).toEqual(['p%40ss', 'p@ss', 'plain']);
    expect(proxySecrets({})).toEqual([]);
  });
});

describe('tunnels', () => {
  let target: TestServer | undefined;
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  it('a request goes through CONNECT to the target, with the proxy’s credentials', async () => {
    target = await startServer((_req, res) => res.end('through'));
    const proxy = await startConnectProxy(200, `Basic ${Buffer.from('u:p@ss').toString('base64')}`);
    closers.push(proxy.close);
    // The target by a name that is not loopback, so the proxy is used.
    const url = target.url.replace('//127.0.0.1', '//[::FFFF:127.0.0.1]');
    setEnv({ HTTP_PROXY: proxy.url.replace('http://', 'http://u:p%40ss@') });
    expect(proxyAgent(new URL(url))).toBeInstanceOf(http.Agent);
    const response = await httpRequest({ url, timeoutMs: 5000 });
    expect(response.body).toBe('through');
    expect(proxy.asked).toEqual([
      `[::ffff:7f00:1]:${target.port} Basic ${Buffer.from('u:p@ss').toString('base64')}`,
    ]);
  });

  it('a proxy that refuses says so, 407 with what to check; one that is not there is named', async () => {
    const url = 'http://[::FFFF:127.0.0.1]:9/';
    const denied = await startConnectProxy(407);
    closers.push(denied.close);
    setEnv({ HTTP_PROXY: denied.url });
    await expect(httpRequest({ url, timeoutMs: 5000 })).rejects.toThrow(
      /the proxy 127\.0\.0\.1:\d+ answered 407 to CONNECT \[::ffff:7f00:1\]:9 \(proxy authentication required: check the user and password in HTTPS_PROXY\)/,
    );
    const refused = await startConnectProxy(403);
    closers.push(refused.close);
    setEnv({ HTTP_PROXY: refused.url });
    await expect(httpRequest({ url, timeoutMs: 5000 })).rejects.toThrow(
      /answered 403 to CONNECT \[::ffff:7f00:1\]:9$/,
    );
    setEnv({ HTTP_PROXY: 'http://127.0.0.1:9' });
    await expect(httpRequest({ url, timeoutMs: 5000 })).rejects.toThrow(
      /the proxy 127\.0\.0\.1:9 could not be reached/,
    );
  });

  it('loopback and NO_PROXY hosts get no agent', () => {
    setEnv({ HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: 'direct.test' });
    expect(proxyAgent(new URL('http://127.0.0.1:1/'))).toBeUndefined();
    expect(proxyAgent(new URL('http://direct.test/'))).toBeUndefined();
  });
});
