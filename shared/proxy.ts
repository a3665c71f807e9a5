/**
 * The runner's proxy, as @actions/http-client decides it (HTTPS_PROXY/HTTP_PROXY in either case, NO_PROXY
 * with suffixes, `*` and ports, loopback never proxied), for the clients that do not go through
 * http-client: node:http(s) requests (shared/http.ts), fetch-based clients (Slack's, through
 * shared/fetch.ts) and the AWS SDK.
 *
 * Every request is tunnelled with CONNECT, as http-client's own agents do. The agents are written here
 * rather than taken from `tunnel` (which http-client uses): `tunnel` gives TLS only its own options, so a
 * custom CA or `insecure` would be lost behind a proxy, and its agents are not `http.Agent`s, which the AWS
 * SDK silently replaces with direct ones.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { getProxyUrl } from '@actions/http-client/lib/proxy';

/** The proxy for `url`, or undefined when it is reached directly. */
export function proxyFor(url: URL): URL | undefined {
  const proxy = getProxyUrl(url);
  return proxy === undefined || proxy.hostname === '' ? undefined : proxy;
}

type Callback = (error: Error | null, stream: Duplex) => void;

/** `host:port` as CONNECT and Host want it: an IPv6 address in brackets. */
const authority = (host: string, port: number): string => `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;

/** Opens a tunnel to host:port through the proxy (itself reached over TLS when it is an https:// URL). */
function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  callback: (error: Error | null, socket?: Duplex) => void,
): void {
  const target = authority(host, port);
  const auth =
    proxy.username !== '' || proxy.password !== ''
      ? {
          'proxy-authorization': `Basic ${Buffer.from(
            `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`,
          ).toString('base64')}`,
        }
      : {};
  const client = proxy.protocol === 'https:' ? https : http;
  const request = client.request({
    host: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)),
    method: 'CONNECT',
    path: target,
    headers: { host: target, ...auth },
    agent: false,
  });
  request.once('connect', (response, socket) => {
    if (response.statusCode === 200) callback(null, socket);
    else {
      socket.destroy();
      callback(
        new Error(
          `the proxy ${proxy.host} answered ${response.statusCode ?? 0} to CONNECT ${target}${response.statusCode === 407 ? ' (proxy authentication required: check the user and password in HTTPS_PROXY)' : ''}`,
        ),
      );
    }
  });
  request.once('error', (error) => {
    callback(new Error(`the proxy ${proxy.host} could not be reached: ${error.message}`));
  });
  request.end();
}

/** `host` and `port` of a request's options, with the protocol's default port. */
function endpoint(options: http.ClientRequestArgs, defaultPort: number): { host: string; port: number } {
  const host = (options.hostname ?? options.host ?? 'localhost').replace(/^\[|\]$/g, '');
  return { host, port: Number(options.port ?? defaultPort) };
}

class HttpTunnelAgent extends http.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: false });
  }

  override createConnection(options: http.ClientRequestArgs, callback?: Callback): undefined {
    const { host, port } = endpoint(options, 80);
    openTunnel(this.proxy, host, port, (error, socket) => {
      callback?.(error, socket as Duplex);
    });
    return undefined;
  }
}

class HttpsTunnelAgent extends https.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: false });
  }

  override createConnection(options: http.ClientRequestArgs, callback?: Callback): undefined {
    const { host, port } = endpoint(options, 443);
    openTunnel(this.proxy, host, port, (error, socket) => {
      if (error !== null || socket === undefined) {
        callback?.(error ?? new Error('no tunnel'), socket as Duplex);
        return;
      }
      // The request's own TLS options (ca, rejectUnauthorized) apply to the host behind the proxy.
      const secure = tls.connect({
        ...(options as tls.ConnectionOptions),
        socket,
        host,
        servername: net.isIP(host) === 0 ? host : undefined,
      } as tls.ConnectionOptions);
      callback?.(null, secure);
    });
    return undefined;
  }
}

/** An agent that reaches `url` through the runner's proxy, or undefined when it is reached directly. */
export function proxyAgent(url: URL): http.Agent | undefined {
  const proxy = proxyFor(url);
  if (proxy === undefined) return undefined;
  return url.protocol === 'https:' ? new HttpsTunnelAgent(proxy) : new HttpTunnelAgent(proxy);
}

/** The passwords in the proxy variables, to be masked before anything is logged. */
export function proxySecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const secrets: string[] = [];
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    try {
      const url = new URL(value.includes('://') ? value : `http://${value}`);
      if (url.password !== '') secrets.push(url.password, decodeURIComponent(url.password));
    } catch {
      // not a URL: http-client ignores it too
    }
  }
  return [...new Set(secrets)];
}

/** What is wrong with `value` as a proxy URL, as the toolkit reads it; undefined when it is a usable proxy. */
function proxyProblem(value: string): string | undefined {
  const unused = 'it is not used, and requests go directly';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The toolkit's reading: a value that is not a URL is tried again as http://<value>.
    if (value.startsWith('http://') || value.startsWith('https://')) return `is not a URL: ${unused}`;
    try {
      url = new URL(`http://${value}`);
    } catch {
      return `is not a URL: ${unused}`;
    }
  }
  if (url.hostname === '')
    return `names no host as a URL reads it (write it with its scheme: http://host:port): ${unused}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `is a ${url.protocol.slice(0, -1)} proxy, and only http:// and https:// proxies are supported: requests through it will fail`;
  return undefined;
}

/**
 * A warning for each proxy variable in use that the runner's clients cannot use, so that a step whose
 * requests go directly (or fail) says why. Names the variable, never its value (it may hold a password).
 */
export function proxyWarnings(env: NodeJS.ProcessEnv = process.env): string[] {
  const warnings: string[] = [];
  // The toolkit takes the lower-case variable first, and the upper-case one only when it is empty.
  for (const names of [
    ['https_proxy', 'HTTPS_PROXY'],
    ['http_proxy', 'HTTP_PROXY'],
  ] as const) {
    const name = names.find((n) => (env[n] ?? '') !== '');
    if (name === undefined) continue;
    const problem = proxyProblem(env[name] ?? '');
    if (problem !== undefined) warnings.push(`${name} ${problem}.`);
  }
  return warnings;
}
