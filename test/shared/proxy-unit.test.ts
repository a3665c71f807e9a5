/**
 * The proxy decisions and tunnels as units: which URLs go through which proxy, what is masked, and CONNECT
 * against an in-process proxy (the tinyproxy tests in test/e2e/proxy.test.ts cover the actions end to end).
 */
import http from 'node:http';
import https from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest } from '../../shared/http.js';
import { proxyAgent, proxyFor, proxySecrets, proxyWarnings } from '../../shared/proxy.js';
import { startConnectProxy, viaProxy } from '../harness/proxy.js';
import { makeCertificates, startServer, type TestServer } from '../harness/servers.js';

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

  it('a proxy URL with no host (file:///…) is no proxy', () => {
    setEnv({ HTTPS_PROXY: 'file:///etc/proxy' });
    expect(proxyFor(new URL('https://api.github.com/'))).toBeUndefined();
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

describe('proxyWarnings', () => {
  const ignored = (name: string): string =>
    `${name} names no host as a URL reads it (write it with its scheme: http://host:port): it is not used, and requests go directly.`;

  it('says nothing of proxies the runner can use, or of none', () => {
    expect(
      proxyWarnings({
        HTTPS_PROXY: 'http://user:pass@proxy.corp:3128',
        HTTP_PROXY: '10.0.0.1:3128',
      }),
    ).toEqual([]);
    expect(proxyWarnings({ https_proxy: 'https://proxy.corp', HTTP_PROXY: '' })).toEqual([]);
    expect(proxyWarnings({})).toEqual([]);
  });

  it('names a variable written without its scheme, which the toolkit reads as no proxy at all', () => {
    expect(
      proxyWarnings({ HTTPS_PROXY: 'proxy.corp:3128', http_proxy: 'user:secret@proxy.corp:3128' }),
    ).toEqual([ignored('HTTPS_PROXY'), ignored('http_proxy')]);
    // The value, which may hold a password, is never in the warning.
    expect(proxyWarnings({ http_proxy: 'user:secret@proxy.corp:3128' }).join(' ')).not.toContain('secret');
  });

  it('looks only at the variable in use: the lower-case one, else the upper-case one', () => {
    expect(proxyWarnings({ https_proxy: 'http://proxy.corp:3128', HTTPS_PROXY: 'proxy.corp:3128' })).toEqual(
      [],
    );
    expect(proxyWarnings({ https_proxy: '', HTTPS_PROXY: 'proxy.corp:3128' })).toEqual([
      ignored('HTTPS_PROXY'),
    ]);
    expect(proxyWarnings({ http_proxy: 'proxy.corp:3128', HTTP_PROXY: 'http://proxy.corp:3128' })).toEqual([
      ignored('http_proxy'),
    ]);
  });

  it('names a value that is no URL, and a proxy of a kind that is not supported', () => {
    expect(proxyWarnings({ HTTPS_PROXY: 'http://[::1', HTTP_PROXY: 'a b:1' })).toEqual([
      'HTTPS_PROXY is not a URL: it is not used, and requests go directly.',
      'HTTP_PROXY is not a URL: it is not used, and requests go directly.',
    ]);
    expect(proxyWarnings({ https_proxy: 'https://[::1' })).toEqual([
      'https_proxy is not a URL: it is not used, and requests go directly.',
    ]);
    expect(proxyWarnings({ HTTPS_PROXY: 'socks5://proxy.corp:1080' })).toEqual([
      'HTTPS_PROXY is a socks5 proxy, and only http:// and https:// proxies are supported: requests through it will fail.',
    ]);
  });
});

describe('proxySecrets', () => {
  it.each(['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'])('reads %s', (name) => {
    expect(proxySecrets({ [name]: 'http://user:secret-of-one@proxy:3128' })).toEqual(['secret-of-one']);
  });

  it('names a password set in several variables once, and nothing for a user with no password', () => {
    expect(
      proxySecrets({
        HTTPS_PROXY: 'http://user:same@proxy:3128',
        HTTP_PROXY: 'http://user:same@proxy:3128',
        https_proxy: 'http://user@proxy:3128',
        http_proxy: '',
      }),
    ).toEqual(['same']);
  });

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

  it('a proxy that refuses an https request says so, before any TLS', async () => {
    const refused = await startConnectProxy(403);
    closers.push(refused.close);
    setEnv({ HTTPS_PROXY: refused.url });
    await expect(httpRequest({ url: 'https://[::FFFF:127.0.0.1]:9/', timeoutMs: 5000 })).rejects.toThrow(
      /^the proxy 127\.0\.0\.1:\d+ answered 403 to CONNECT \[::ffff:7f00:1\]:9$/,
    );
  });

  it("an https request goes through CONNECT, then TLS to the host behind it with the request's own CA", async () => {
    const certificates = makeCertificates();
    closers.push(() => {
      certificates.dispose();
      return Promise.resolve();
    });
    target = await startServer((_req, res) => res.end('secure'), { tls: certificates.tls });
    const proxy = await startConnectProxy();
    closers.push(proxy.close);
    setEnv({ HTTPS_PROXY: proxy.url });
    const url = viaProxy(target.url);
    expect(proxyAgent(new URL(url))).toBeInstanceOf(https.Agent);
    expect((await httpRequest({ url, timeoutMs: 5000, ca: certificates.caPem })).body).toBe('secure');
    // Without the CA the host behind the proxy is not trusted: the tunnel does not loosen TLS.
    await expect(httpRequest({ url, timeoutMs: 5000 })).rejects.toThrow(/certificate/i);
    // No credentials in the proxy's URL: no Proxy-Authorization.
    expect(proxy.asked).toEqual([`[::ffff:7f00:1]:${target.port}`, `[::ffff:7f00:1]:${target.port}`]);
  });

  it('a user with no password, or a password with no user, is still sent', async () => {
    target = await startServer((_req, res) => res.end('ok'));
    const url = viaProxy(target.url);
    for (const [userinfo, auth] of [
      ['only-user@', 'only-user:'],
      [':only-pass@', ':only-pass'],
    ] as const) {
      const proxy = await startConnectProxy(200, `Basic ${Buffer.from(auth).toString('base64')}`);
      closers.push(proxy.close);
      setEnv({ HTTP_PROXY: proxy.url.replace('http://', `http://${userinfo}`) });
      expect((await httpRequest({ url, timeoutMs: 5000 })).body).toBe('ok');
    }
  });

  it('reaches a proxy at an IPv6 address', async () => {
    target = await startServer((_req, res) => res.end('ok'));
    const proxy = await startConnectProxy(200, undefined, '::1');
    closers.push(proxy.close);
    setEnv({ HTTP_PROXY: proxy.url });
    expect((await httpRequest({ url: viaProxy(target.url), timeoutMs: 5000 })).body).toBe('ok');
    expect(proxy.asked).toEqual([`[::ffff:7f00:1]:${target.port}`]);
  });

  it("a proxy's port defaults to its scheme's, and an https:// proxy is spoken to over TLS", async () => {
    const url = 'http://[::FFFF:127.0.0.1]:9/';
    setEnv({ HTTP_PROXY: 'http://127.0.0.1' });
    await expect(httpRequest({ url, timeoutMs: 5000 })).rejects.toThrow(
      /^the proxy 127\.0\.0\.1 could not be reached: .*127\.0\.0\.1:80\b/,
    );
    setEnv({ HTTP_PROXY: 'https://127.0.0.1' });
    await expect(httpRequest({ url, timeoutMs: 5000 })).rejects.toThrow(
      /^the proxy 127\.0\.0\.1 could not be reached: .*127\.0\.0\.1:443\b/,
    );
    // A plain proxy named https://: TLS to it fails, rather than the request going in plain text.
    target = await startServer((_req, res) => res.end('plain'));
    const proxy = await startConnectProxy();
    closers.push(proxy.close);
    setEnv({ HTTP_PROXY: proxy.url.replace('http://', 'https://') });
    await expect(httpRequest({ url: viaProxy(target.url), timeoutMs: 5000 })).rejects.toThrow(
      /^the proxy 127\.0\.0\.1:\d+ could not be reached: /,
    );
    expect(proxy.asked).toEqual([]);
  });

  it('an http URL gets a plain agent, an https URL a TLS one', () => {
    setEnv({ HTTP_PROXY: 'http://proxy.test:3128', HTTPS_PROXY: 'http://proxy.test:3128' });
    expect(proxyAgent(new URL('http://example.test/'))).not.toBeInstanceOf(https.Agent);
    expect(proxyAgent(new URL('http://example.test/'))).toBeInstanceOf(http.Agent);
    expect(proxyAgent(new URL('https://example.test/'))).toBeInstanceOf(https.Agent);
  });

  it('loopback and NO_PROXY hosts get no agent', () => {
    setEnv({ HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: 'direct.test' });
    expect(proxyAgent(new URL('http://127.0.0.1:1/'))).toBeUndefined();
    expect(proxyAgent(new URL('http://direct.test/'))).toBeUndefined();
  });
});
