/** health-check through its committed bundle, against real HTTP and HTTPS servers on 127.0.0.1. */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../harness/run-action.js';
import {
  type Certificates,
  freePort,
  makeCertificates,
  requireTool,
  startServer,
  type TestServer,
} from '../harness/servers.js';

const servers: TestServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Fast retry settings so failure paths take well under a second. */
const fast = { 'retry-delay': '50ms', 'max-delay': '200ms', timeout: '2s' };

function check(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('health-check', { inputs });
}

function expectOneError(run: ActionRun): string {
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  const message = run.errors[0]?.message ?? '';
  expect(message).not.toContain('\n');
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  return message;
}

describe('health-check end to end', () => {
  it('passes at once on a healthy endpoint, with outputs and a summary table', async () => {
    const server = await serve((_req, res) => res.end('{"status":"ok"}'));
    const run = await check({ url: `${server.url}/health` });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ healthy: 'true', status: '200', attempts: '1' });
    expect(Number(run.outputs['response-time-ms'])).toBeGreaterThanOrEqual(0);
    const [result, ...others] = JSON.parse(run.outputs.results ?? '') as Record<string, unknown>[];
    expect(others).toEqual([]);
    expect(result).toEqual({
      ...result,
      url: `${server.url}/health`,
      healthy: true,
      status: 200,
      attempts: 1,
      error: null,
    });
    expect(typeof result?.['response-time-ms']).toBe('number');
    expect(run.summary).toContain('Health check: 1 of 1 healthy');
    expect(run.summary).toMatch(/\| URL \| Result \| Status \| Attempts \|/);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['user-agent']).toBe('runway-ci');
  });

  it('waits for a server that starts late (connection refused first)', async () => {
    const port = await freePort();
    const pending = check({
      url: `http://127.0.0.1:${port}/`,
      'retry-delay': '150ms',
      'backoff-factor': '1',
      deadline: '20s',
    });
    await new Promise((resolve) => setTimeout(resolve, 900));
    const server = await serve((_req, res) => res.end('up'), { port });
    const run = await pending;
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.attempts)).toBeGreaterThan(1);
    expect(run.log).toMatch(/connection refused/);
    expect(server.requests.length).toBe(1);
  });

  it('retries a 503 and passes on the following 200', async () => {
    const server = await serve((_req, res, i) => {
      res.statusCode = i === 0 ? 503 : 200;
      res.end();
    });
    const run = await check({ url: server.url, ...fast });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ healthy: 'true', status: '200', attempts: '2' });
  });

  it('needs consecutive successes from a flapping service, and the streak restarts on a failure', async () => {
    const statuses = [200, 503, 200, 200, 200];
    const server = await serve((_req, res, i) => {
      res.statusCode = statuses[i] ?? 200;
      res.end();
    });
    const run = await check({ url: server.url, 'consecutive-successes': '3', ...fast });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.attempts).toBe('5');
    expect(run.summary).toContain('healthy 3/3: done');
  });

  it('honours Retry-After on a 429', async () => {
    const server = await serve((_req, res, i) => {
      if (i === 0) {
        res.writeHead(429, { 'retry-after': '1' }).end();
      } else {
        res.end('ok');
      }
    });
    const run = await check({ url: server.url, ...fast });
    expect(run.exitCode).toBe(0);
    const [first, second] = server.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(run.log).toMatch(/HTTP 429.*retry in 1\.00s/);
  });

  it('stops at once when Retry-After reaches past the deadline', async () => {
    const server = await serve((_req, res) => res.writeHead(503, { 'retry-after': '120' }).end());
    const run = await check({ url: server.url, deadline: '5s', ...fast });
    const message = expectOneError(run);
    expect(message).toMatch(
      /HTTP 503, expected 200-299 \(server asked to retry after 2m 00s\) \(deadline reached\)/,
    );
    expect(run.durationMs).toBeLessThan(4000);
    expect(server.requests).toHaveLength(1);
  });

  it('times out an endpoint that hangs, within the per-attempt timeout', async () => {
    const server = await serve(() => undefined); // never answers
    const run = await check({
      url: server.url,
      timeout: '300ms',
      'max-attempts': '2',
      'retry-delay': '50ms',
    });
    const message = expectOneError(run);
    expect(message).toContain(`${server.url}/ is unhealthy after 2 attempts`);
    expect(message).toMatch(/timed out: no complete response within 300ms/);
    expect(run.durationMs).toBeLessThan(5000);
  });

  it('fails on a wrong body, quoting what it got', async () => {
    const server = await serve((_req, res) => res.end('starting up'));
    const run = await check({ url: server.url, 'expect-body': 'ready', 'max-attempts': '2', ...fast });
    const message = expectOneError(run);
    expect(message).toContain('body does not contain "ready" (body starts "starting up")');
    expect(run.outputs.healthy).toBe('false');
    expect(server.requests).toHaveLength(2); // a 2xx that is not ready yet is worth retrying
  });

  it('waits until JSON fields hold the expected values', async () => {
    const bodies = [
      '{"status":"starting","checks":{"db":"down"}}',
      '{"status":"ok","checks":{"db":"down"}}',
      '{"status":"ok","checks":{"db":"up"}}',
    ];
    const server = await serve((_req, res, i) => res.end(bodies[Math.min(i, 2)]));
    const run = await check({ url: server.url, 'expect-json': 'status=ok\nchecks.db=up', ...fast });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.attempts).toBe('3');
    expect(run.log).toContain('checks.db is "down", expected "up"');
  });

  it('follows redirects and says where the answer came from', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(302, { location: '/health' }).end();
      else res.end('ok');
    });
    const run = await check({ url: `${server.url}/old` });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('200');
    expect(run.summary).toContain(`Answered by \`${server.url}/health\` after redirects.`);
    expect(server.requests.map((r) => r.url)).toEqual(['/old', '/health']);
  });

  it('judges a redirect by expected-status when follow-redirects is false, without retrying', async () => {
    const server = await serve((_req, res) => res.writeHead(301, { location: '/elsewhere' }).end());
    const run = await check({ url: server.url, 'follow-redirects': 'false', ...fast });
    const message = expectOneError(run);
    expect(message).toContain('after 1 attempt');
    expect(message).toContain('HTTP 301, expected 200-299');
    const ok = await check({ url: server.url, 'follow-redirects': 'false', 'expected-status': '301' });
    expect(ok.exitCode).toBe(0);
  });

  it('fails clearly when connections are refused', async () => {
    const port = await freePort();
    const run = await check({
      url: `http://user:hunter22@127.0.0.1:${port}/health`,
      'max-attempts': '3',
      ...fast,
    });
    const message = expectOneError(run);
    expect(message).toMatch(
      new RegExp(
        `^http://127\\.0\\.0\\.1:${port}/health is unhealthy after 3 attempts in [\\d.]+m?s: connection refused`,
      ),
    );
    expect(run.outputs.attempts).toBe('3');
    expect(run.outputs.status).toBe('');
    // The password is masked for the runner and never printed anywhere else.
    expect(run.masks).toContain('hunter22');
    const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n') + run.summary + JSON.stringify(run.outputs)).not.toContain('hunter22');
  });

  it('does not retry a 404 unless retry-on is all', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end('nope'));
    const run = await check({ url: server.url, ...fast });
    expect(expectOneError(run)).toContain('after 1 attempt');
    const all = await check({ url: server.url, 'retry-on': 'all', 'max-attempts': '3', ...fast });
    expect(expectOneError(all)).toContain('after 3 attempts');
  });

  it('stops within the deadline', async () => {
    const server = await serve((_req, res) => res.writeHead(500).end());
    const run = await check({
      url: server.url,
      deadline: '1s',
      'retry-delay': '300ms',
      'backoff-factor': '1',
      'max-attempts': '100',
    });
    const message = expectOneError(run);
    expect(message).toContain('(deadline reached)');
    expect(run.durationMs).toBeLessThan(3000);
  });

  it('counts a slow success as unhealthy with max-response-time', async () => {
    const server = await serve((_req, res) => setTimeout(() => res.end('ok'), 250));
    const run = await check({ url: server.url, 'max-response-time': '50ms', 'max-attempts': '2', ...fast });
    expect(expectOneError(run)).toMatch(/responded in \d+ms, more than max-response-time 50ms/);
  });

  it('checks several URLs concurrently and names each unhealthy one', async () => {
    const good = await serve((_req, res) => res.end('ok'));
    const bad = await serve((_req, res) => res.writeHead(500).end());
    const run = await check({ url: `${good.url}/a\n${bad.url}/b`, 'max-attempts': '2', ...fast });
    const message = expectOneError(run);
    expect(message).toMatch(new RegExp(`^1 of 2 URLs unhealthy: ${bad.url}/b is unhealthy after 2 attempts`));
    const results = JSON.parse(run.outputs.results ?? '[]') as { healthy: boolean }[];
    expect(results.map((r) => r.healthy)).toEqual([true, false]);
    expect(run.outputs.healthy).toBe('false');
  });

  it('passes with a warning when fail-on-unhealthy is false', async () => {
    const server = await serve((_req, res) => res.writeHead(500).end());
    const run = await check({ url: server.url, 'fail-on-unhealthy': 'false', 'max-attempts': '1' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.healthy).toBe('false');
    expect(run.annotations.filter((a) => a.level === 'warning')[0]?.message).toMatch(
      /fail-on-unhealthy is false/,
    );
  });

  it('masks header values and sends them', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    const run = await check({
      url: server.url,
      headers: 'Authorization: Bearer s3cr3t-t0ken\nX-Probe: yes-please',
    });
    expect(run.exitCode).toBe(0);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer s3cr3t-t0ken');
    expect(server.requests[0]?.headers['x-probe']).toBe('yes-please');
    expect(run.masks).toContain('Bearer s3cr3t-t0ken');
  });

  describe('over HTTPS with a private CA', () => {
    let certs: Certificates | undefined;
    beforeAll(() => {
      if (requireTool('openssl', ['version'])) certs = makeCertificates();
    });
    afterAll(() => certs?.dispose());

    it('rejects an unknown CA without retrying, and trusts it through ca-cert (PEM text or path) or insecure', async (ctx) => {
      if (!certs) return ctx.skip();
      const server = await serve((_req, res) => res.end('ok'), { tls: certs.tls });
      const untrusted = await check({ url: server.url, ...fast });
      const message = expectOneError(untrusted);
      expect(message).toMatch(/TLS error: .*(self.signed|unable to (get|verify))/i);
      expect(message).toContain('after 1 attempt');

      const byText = await check({ url: server.url, 'ca-cert': certs.caPem });
      expect(byText.exitCode).toBe(0);
      // A path is read only inside the workspace (or the runner's temp folder).
      const workspace = path.dirname(certs.caPath);
      const byPath = await runAction('health-check', {
        workspace,
        inputs: { url: server.url, 'ca-cert': path.basename(certs.caPath) },
      });
      expect(byPath.exitCode).toBe(0);
      const insecure = await check({ url: server.url, insecure: 'true' });
      expect(insecure.exitCode).toBe(0);
    });
  });

  describe('bad inputs fail with one line naming the input', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['empty url', { url: '' }, /^Input 'url' is required and was empty\.$/],
      [
        'ftp url',
        { url: 'ftp://example.com/file' },
        /^Input 'url' must hold http or https URLs; got 'ftp:\/\/example\.com\/file'\.$/,
      ],
      ['relative url', { url: '/health' }, /^Input 'url' must hold absolute URLs/],
      [
        'status 99',
        { url: 'http://127.0.0.1/', 'expected-status': '99' },
        /^Input 'expected-status' must list HTTP status codes .*; got '99'\.$/,
      ],
      [
        'timeout abc',
        { url: 'http://127.0.0.1/', timeout: 'abc' },
        /^Input 'timeout' must be a duration with a unit, such as 500ms, 30s, 5m or 1m30s; got 'abc'\.$/,
      ],
      [
        'max-attempts 0',
        { url: 'http://127.0.0.1/', 'max-attempts': '0' },
        /^Input 'max-attempts' must be a whole number from 1 to 10000; got '0'\.$/,
      ],
      [
        'insecure yes',
        { url: 'http://127.0.0.1/', insecure: 'yes' },
        /^Input 'insecure' must be true or false; got 'yes'\.$/,
      ],
      [
        'retry-on sometimes',
        { url: 'http://127.0.0.1/', 'retry-on': 'sometimes' },
        /^Input 'retry-on' must be one of transient, all; got 'sometimes'\.$/,
      ],
      [
        'header without colon',
        { url: 'http://127.0.0.1/', headers: 'Authorization Bearer x' },
        /^Input 'headers' must hold lines of the form 'Name: value'; got \(a line without a colon\)\.$/,
      ],
      [
        'expect-json without =',
        { url: 'http://127.0.0.1/', 'expect-json': 'status' },
        /^Input 'expect-json' must hold lines of the form dotted\.path=value/,
      ],
      [
        'missing ca file',
        { url: 'https://127.0.0.1/', 'ca-cert': 'certs/none.pem' },
        /^Input 'ca-cert' names 'certs\/none\.pem', which does not exist\.$/,
      ],
    ];
    it.each(cases)('%s', async (_name, inputs, expected) => {
      const run = await check(inputs);
      expect(expectOneError(run)).toMatch(expected);
      expect(run.outputs).toEqual({});
    });
  });
});
