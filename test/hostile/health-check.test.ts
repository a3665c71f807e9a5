/** health-check against servers and inputs made to steal its headers, stall it, or flood it. */
import { describe, expect, it } from 'vitest';
import { attack, hostileSuite, expectNoLeak, expectRefused, link } from './hostile.js';

const { c, serve } = hostileSuite();

const fast = { 'retry-delay': '50ms', 'max-delay': '200ms', timeout: '2s' };

describe('health-check keeps what the user set to the origin it was set for', () => {
  it('no header the user set follows a redirect to another origin, whatever its name', async () => {
    const elsewhere = await serve((_req, res) => res.end('ok'));
    const origin = await serve((_req, res) =>
      res.writeHead(302, { location: `${elsewhere.url}/health` }).end(),
    );
    const run = await attack('health-check', c, {
      inputs: {
        url: `${origin.url}/`,
        headers: `X-Secret: ${c.secret}\nAuthorization: Bearer ${c.secret}\nCookie: s=${c.secret}\nUser-Agent: agent-${c.secret}`,
        ...fast,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(origin.requests[0]?.headers['x-secret']).toBe(c.secret);
    const sent = elsewhere.requests[0]?.headers ?? {};
    expect(JSON.stringify(sent)).not.toContain(c.secret);
    expect(Object.keys(sent).sort()).toEqual(['connection', 'host', 'user-agent']);
    expectNoLeak(run, c);
  });

  it('a password in the URL goes to its own origin only and is never shown', async () => {
    const elsewhere = await serve((_req, res) => res.end('ok'));
    const origin = await serve((_req, res) => res.writeHead(307, { location: `${elsewhere.url}/` }).end());
    const url = new URL(origin.url);
    url.username = 'probe';
    url.password = c.secret;
    const run = await attack('health-check', c, { inputs: { url: url.toString(), ...fast } });
    expect(run.exitCode).toBe(0);
    expect(origin.requests[0]?.headers.authorization).toMatch(/^Basic /);
    expect(elsewhere.requests[0]?.headers.authorization).toBeUndefined();
    expectNoLeak(run, c);
  });
});

describe('health-check reads only the workspace’s own files', () => {
  it('a ca-cert that is a link to a private file', async () => {
    await link(c, 'ca.pem', c.file);
    const run = await attack('health-check', c, {
      inputs: { url: 'https://127.0.0.1:1/', 'ca-cert': 'ca.pem' },
    });
    expectRefused(run, c, { says: /Input 'ca-cert' names 'ca\.pem', which is outside the workspace/ });
  });

  it("a ca-cert outside the workspace ('/etc/passwd')", async () => {
    const run = await attack('health-check', c, {
      inputs: { url: 'https://127.0.0.1:1/', 'ca-cert': '/etc/passwd' },
    });
    expectRefused(run, c, { says: /Input 'ca-cert' names '\/etc\/passwd', which is outside the workspace/ });
    expect(run.stdout).not.toContain('root:');
  });
});

describe('health-check is bounded by its own inputs', () => {
  it('a server that accepts and never answers fails at the deadline', async () => {
    const silent = await serve(() => undefined);
    const run = await attack('health-check', c, {
      inputs: {
        url: silent.url,
        timeout: '1s',
        deadline: '3s',
        'retry-delay': '100ms',
        'max-attempts': '100',
      },
    });
    expectRefused(run, c, { says: /timed out/, withinMs: 6000 });
    expect(run.durationMs).toBeGreaterThan(2500);
  });

  it('an endless body is cut off, in bounded memory', async () => {
    const flood = await serve((_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(1 << 16, 'a');
      const pump = (): void => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      pump();
    });
    const run = await attack('health-check', c, {
      inputs: { url: flood.url, 'expect-body': 'never', 'max-attempts': '2', ...fast },
      env: { NODE_OPTIONS: '--max-old-space-size=64' },
    });
    expectRefused(run, c, { says: /response too large/, withinMs: 10_000 });
  });

  it('a status line of garbage is an unhealthy answer, not a crash', async () => {
    const net = await import('node:net');
    const sockets = new Set<import('node:net').Socket>();
    const junk = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.end(`HTTP/1.1 999999 ${'\u0000'.repeat(100)}\r\n\r\n`);
    });
    await new Promise<void>((resolve) => junk.listen(0, '127.0.0.1', resolve));
    const { port } = junk.address() as { port: number };
    try {
      const run = await attack('health-check', c, {
        inputs: { url: `http://127.0.0.1:${port}/`, 'max-attempts': '2', ...fast },
      });
      expectRefused(run, c, { says: /127\.0\.0\.1/ });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => junk.close(() => resolve()));
    }
  });
});
