/**
 * A real forward proxy for the tests: Debian's tinyproxy on 127.0.0.1, started and stopped by the test, with
 * its log read back to see which hosts each action reached through it.
 *
 * @actions/http-client (whose decision every action follows) never proxies loopback names, so the tests name
 * their servers as `[::ffff:127.0.0.1]`: the same 127.0.0.1 listener, reached through the proxy.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './servers.js';

export const TINYPROXY = '/usr/bin/tinyproxy';

export interface TestProxy {
  /** `http://127.0.0.1:PORT`, with `user:password@` when started with credentials. */
  url: string;
  port: number;
  /** What each request asked the proxy for (`host:port` of a CONNECT, or the URL), in order. */
  reached(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * The URL of a 127.0.0.1 server as a name the proxy is used for: its IPv4-mapped IPv6 form, which no
 * client takes for loopback. Written by hand and in capitals: WHATWG's serialisation (`[::ffff:7f00:1]`)
 * holds `:ffff`, which Octokit's URL templating reads as an Express-style `:param` in the absolute URLs its
 * pagination requests (and drops).
 */
export function viaProxy(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname !== '127.0.0.1') throw new Error(`viaProxy: ${url} is not a 127.0.0.1 URL`);
  return url.replace('//127.0.0.1', '//[::FFFF:127.0.0.1]');
}

export async function startProxy(credentials?: { user: string; password: string }): Promise<TestProxy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'runway-proxy-'));
  const port = await freePort();
  const log = path.join(dir, 'tinyproxy.log');
  // No ConnectPort line: CONNECT to any port (the test servers' ports are random).
  await writeFile(
    path.join(dir, 'tinyproxy.conf'),
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 30',
      'LogLevel Connect',
      `LogFile "${log}"`,
      'MaxClients 50',
      'Allow 127.0.0.1',
      ...(credentials === undefined ? [] : [`BasicAuth ${credentials.user} ${credentials.password}`]),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(TINYPROXY, ['-d', '-c', path.join(dir, 'tinyproxy.conf')], {
    stdio: 'ignore',
  });
  if (!(await waitForPort(port, 5000))) {
    child.kill('SIGKILL');
    throw new Error('tinyproxy did not start listening');
  }
  const auth =
    credentials === undefined
      ? ''
      : `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@`;
  return {
    url: `http://${auth}127.0.0.1:${port}`,
    port,
    async reached() {
      const text = await readFile(log, 'utf8').catch(() => '');
      return [...text.matchAll(/Request \(file descriptor \d+\): (?:CONNECT )?(?:[A-Z]+ )?(\S+) HTTP/g)].map(
        (m) => m[1] ?? '',
      );
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const closed = new Promise((resolve) => child.once('close', resolve));
        child.kill('SIGTERM');
        await closed;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ConnectProxy {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** Each CONNECT's target, followed by its Proxy-Authorization when it had one. */
  asked: string[];
  close: () => Promise<void>;
}

/**
 * A CONNECT-only proxy in the test's own process, on 127.0.0.1 (or `host`): it records what it was asked and answers
 * `status` (407 when `expectAuth` is given and the request's Proxy-Authorization is not that).
 */
export async function startConnectProxy(
  status = 200,
  expectAuth?: string,
  host = '127.0.0.1',
): Promise<ConnectProxy> {
  const asked: string[] = [];
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  // A tunnel's sockets leave the server's keeping once CONNECT is answered: closed here by hand.
  const tunnels = new Set<Duplex>();
  server.on('connect', (req, socket) => {
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    asked.push(`${req.url ?? ''} ${req.headers['proxy-authorization'] ?? ''}`.trim());
    if (status !== 200 || (expectAuth !== undefined && req.headers['proxy-authorization'] !== expectAuth)) {
      socket.end(`HTTP/1.1 ${expectAuth !== undefined ? 407 : status} No\r\n\r\n`);
      return;
    }
    const target = req.url ?? '';
    const at = target.lastIndexOf(':');
    const host = target.slice(0, at).replace(/^\[|\]$/g, '');
    const upstream = net.connect(Number(target.slice(at + 1)), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    tunnels.add(upstream);
    upstream.once('close', () => tunnels.delete(upstream));
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    url: `http://${net.isIPv6(host) ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
