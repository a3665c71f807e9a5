/** Real HTTP(S) servers on 127.0.0.1 for tests, and a throwaway CA made with openssl. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void;

export interface TestServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface Tls {
  key: string;
  cert: string;
}

/** Starts a server on 127.0.0.1 (on `port`, or a free one); `close()` also drops hanging connections. */
export async function startServer(
  handler: Handler,
  options: { tls?: Tls; port?: number } = {},
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const listener: http.RequestListener = (req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, at: Date.now() });
    handler(req, res, requests.length - 1);
  };
  const server: net.Server = options.tls
    ? https.createServer(options.tls, listener)
    : http.createServer(listener);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, then released): connecting to it is refused. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Certificates {
  caPem: string;
  caPath: string;
  tls: Tls;
  dispose(): void;
}

/** A private CA and a server certificate for 127.0.0.1 (also as ::ffff:127.0.0.1) and localhost, signed by it. */
export function makeCertificates(): Certificates {
  const dir = mkdtempSync(path.join(tmpdir(), 'runway-ca-'));
  const file = (name: string): string => path.join(dir, name);
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'pipe' });
  };
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=Runway Test CA',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  );
  // ::ffff:127.0.0.1 is how the proxy tests name 127.0.0.1 (loopback names are never proxied).
  writeFileSync(
    file('ext.cnf'),
    'subjectAltName=IP:127.0.0.1,IP:::ffff:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n',
  );
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '2',
    '-extfile',
    file('ext.cnf'),
  );
  return {
    caPem: readFileSync(file('ca.pem'), 'utf8'),
    caPath: file('ca.pem'),
    tls: { key: readFileSync(file('server.key'), 'utf8'), cert: readFileSync(file('server.pem'), 'utf8') },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Whether something accepts TCP connections on 127.0.0.1:port within the time (polled every 50 ms). */
export async function waitForPort(port: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (signal?.aborted === true) return false;
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a program file exists; in CI a missing one is a failure, elsewhere a printed skip. */
export function requireProgram(file: string, install: string): boolean {
  if (existsSync(file)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${file} is required in CI but was not found: .ci/run must install ${install}`);
  console.warn(`SKIPPED: ${file} is not installed; apt-get install ${install} to run these tests.`);
  return false;
}

/** Whether a command exists; in CI a missing tool is a failure, elsewhere a printed skip. */
export function requireTool(command: string, args: string[] = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error(`${command} is required in CI but was not found: .ci/run must install it`);
    console.warn(`SKIPPED: ${command} is not installed; install it to run these tests.`);
    return false;
  }
}
