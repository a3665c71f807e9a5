/**
 * health-check's decisions at their edges: status ranges at 100/599 and low = high, JSON paths through
 * arrays and objects, header names, the poll's delays and deadline arithmetic, the report's words, and one
 * attempt against a real HTTP server on 127.0.0.1 (statuses, Retry-After, redirects, slowness, refusal).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckConfig } from '../../../actions/health-check/src/check-config.js';
import { checkBody, parseJsonExpectations } from '../../../actions/health-check/src/expectations.js';
import { parseHeaderLines } from '../../../actions/health-check/src/headers.js';
import { pollUntilHealthy, type UrlResult } from '../../../actions/health-check/src/poll.js';
import { probe, type ProbeResult } from '../../../actions/health-check/src/probe.js';
import { buildSummary, failureMessage, resultEntries } from '../../../actions/health-check/src/report.js';
import { parseStatusSpec, statusMatches } from '../../../actions/health-check/src/status-spec.js';
import type { Clock } from '../../../shared/retry.js';
import { freePort, makeCertificates, startServer, type TestServer } from '../../harness/servers.js';
import { config } from './check-config.js';

const statusError = (got: string): string =>
  `Input 'expected-status' must list HTTP status codes (100-599) or ranges such as 200-299, separated by commas; got '${got}'.`;

describe('expected-status at its edges', () => {
  it.each([
    ['100', '100', [99, 100, 101], [false, true, false]],
    ['599', '599', [598, 599, 600], [false, true, false]],
    ['200-200', '200', [199, 200, 201], [false, true, false]],
    [' 200 - 204 ', '200-204', [199, 200, 204, 205], [false, true, true, false]],
    ['200 -204,301', '200-204,301', [204, 300, 301, 302], [true, false, true, false]],
    ['100-599', '100-599', [99, 100, 599, 600], [false, true, true, false]],
  ])('%j is %s', (text, shown, statuses, matches) => {
    const spec = parseStatusSpec(text, 'expected-status');
    expect(spec.text).toBe(shown);
    expect(statuses.map((s) => statusMatches(spec, s))).toEqual(matches);
  });

  it.each([
    ['099', '099'],
    ['600', '600'],
    ['100-600', '100-600'],
    ['201-200', '201-200'],
    ['2000', '2000'],
    ['x200', 'x200'],
    ['200x', '200x'],
    ['200-2000', '200-2000'],
    ['20-200', '20-200'],
    ['200 204', '200 204'],
    ['200--204', '200--204'],
    ['200,,204', '200,,204'],
    ['', ''],
    ['200,', '200,'],
  ])('refuses %j, quoting the part (or the whole when the part is empty)', (text, got) => {
    expect(() => parseStatusSpec(text, 'expected-status')).toThrow(statusError(got));
  });

  it('quotes only the bad part of a list', () => {
    expect(() => parseStatusSpec('200, 7xx ,301', 'expected-status')).toThrow(statusError('7xx'));
  });
});

describe('expect-json at its edges', () => {
  const jsonError = (line: string): string =>
    `Input 'expect-json' must hold lines of the form dotted.path=value, such as status=ok or checks.db=up; got '${line}'.`;

  it('trims the path and the value, and keeps = in the value', () => {
    expect(parseJsonExpectations([' a.b = x=y '], 'expect-json')).toEqual([
      { path: 'a.b', segments: ['a', 'b'], expected: 'x=y' },
    ]);
    expect(parseJsonExpectations(['a='], 'expect-json')).toEqual([
      { path: 'a', segments: ['a'], expected: '' },
    ]);
  });

  it.each(['status', '=ok', ' =ok', 'a..b=1', '.a=1', 'a.=1'])('refuses %j', (line) => {
    expect(() => parseJsonExpectations([line], 'expect-json')).toThrow(jsonError(line));
  });

  const check = (body: unknown, line: string): string[] =>
    checkBody(JSON.stringify(body), undefined, parseJsonExpectations([line], 'expect-json'));

  it('walks arrays by index only, and only within them', () => {
    expect(check({ items: ['a', 'b'] }, 'items.1=b')).toEqual([]);
    expect(check({ items: ['a', 'b'] }, 'items.0=a')).toEqual([]);
    expect(check({ items: ['a', 'b'] }, 'items.2=b')).toEqual(['items.2 is missing, expected "b"']);
    expect(check({ items: ['a', 'b'] }, 'items.x=b')).toEqual(['items.x is missing, expected "b"']);
    expect(check({ items: ['a', 'b'] }, 'items.01=b')).toEqual([]);
    expect(check({ items: ['a', 'b'] }, 'items.-1=b')).toEqual(['items.-1 is missing, expected "b"']);
    expect(check({ items: ['a', 'b'] }, 'items.1x=b')).toEqual(['items.1x is missing, expected "b"']);
    // An object with a numeric key is an object, not an array.
    expect(check({ items: { '1': 'b' } }, 'items.1=b')).toEqual([]);
    expect(check({ items: { '1': 'b' } }, 'items.0=b')).toEqual(['items.0 is missing, expected "b"']);
  });

  it('does not walk into strings, numbers or null', () => {
    expect(check({ a: 'text' }, 'a.length=4')).toEqual(['a.length is missing, expected "4"']);
    expect(check({ a: 'text' }, 'a.0=t')).toEqual(['a.0 is missing, expected "t"']);
    expect(check({ a: null }, 'a.b=1')).toEqual(['a.b is missing, expected "1"']);
    expect(check({ a: 5 }, 'a.b=1')).toEqual(['a.b is missing, expected "1"']);
  });

  it('compares non-strings as JSON text, and finds a null', () => {
    expect(check({ a: null }, 'a=null')).toEqual([]);
    expect(check({ a: { b: 1 } }, 'a={"b":1}')).toEqual([]);
    expect(check({ a: '3' }, 'a=3')).toEqual([]);
    expect(check({ a: false }, 'a=true')).toEqual(['a is "false", expected "true"']);
  });

  it('checks the body text without parsing JSON when no path is asked for', () => {
    expect(checkBody('not json', 'not', [])).toEqual([]);
    expect(checkBody('not json', undefined, [])).toEqual([]);
  });

  it('shows at most 80 characters of the body, whitespace folded', () => {
    const exactly80 = 'x'.repeat(80);
    expect(checkBody(exactly80, 'y', [])).toEqual([`body does not contain "y" (body starts "${exactly80}")`]);
    expect(checkBody('x'.repeat(81), 'y', [])).toEqual([
      `body does not contain "y" (body starts "${'x'.repeat(77)}...")`,
    ]);
    expect(checkBody('  a \n\t b  ', 'y', [])).toEqual(['body does not contain "y" (body starts "a b")']);
  });
});

describe('headers at their edges', () => {
  it('trims names and values, and keeps an empty value', () => {
    expect(parseHeaderLines(['  X-A  :  v  ', 'x-b:'], 'headers')).toEqual({ 'x-a': 'v', 'x-b': '' });
  });
  it.each([
    ['no colon at all', 'Authorization Bearer s3cret', '(a line without a colon)'],
    ['an empty name', ': s3cret', "''"],
    ['a space inside the name', 'Bad Name: s3cret', "'Bad Name'"],
  ])('refuses %s, never showing the value', (_what, line, shown) => {
    expect(() => parseHeaderLines([line], 'headers')).toThrow(
      `Input 'headers' must hold lines of the form 'Name: value'; got ${shown}.`,
    );
  });
  it('takes a name at the very start of the line', () => {
    expect(parseHeaderLines(['A:1'], 'headers')).toEqual({ a: '1' });
  });
});

/** A clock that starts at a large time (so `now - start` and `now + start` differ) and moves by sleeping. */
function clock(): Clock & { time: number; slept: number[] } {
  const c = {
    time: 1_000_000,
    slept: [] as number[],
    now: () => c.time,
    sleep: (ms: number) => {
      c.slept.push(ms);
      c.time += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
  };
  return c;
}

const healthy: ProbeResult = {
  healthy: true,
  transient: false,
  status: 200,
  responseTimeMs: 5,
  error: undefined,
  retryAfterMs: undefined,
  finalUrl: 'http://x/final',
};
const unhealthy = (extra: Partial<ProbeResult> = {}): ProbeResult => ({
  ...healthy,
  healthy: false,
  transient: true,
  status: 503,
  error: 'HTTP 503, expected 200-299',
  finalUrl: undefined,
  ...extra,
});

describe('the poll at its edges', () => {
  it('sleeps the initial delay first, no longer than the deadline, and takes it from the deadline', async () => {
    const c = clock();
    const timeouts: number[] = [];
    const result = await pollUntilHealthy(
      'http://x/',
      { ...config, initialDelayMs: 1500 },
      (_url, timeoutMs) => {
        timeouts.push(timeoutMs);
        return Promise.resolve(healthy);
      },
      undefined,
      c,
    );
    expect(c.slept).toEqual([1500]);
    expect(result).toMatchObject({ healthy: true, elapsedMs: 1500, finalUrl: 'http://x/final', status: 200 });
    expect(result.history[0]?.atMs).toBe(1500);
    expect(timeouts).toEqual([10_000]);

    const capped = clock();
    await pollUntilHealthy(
      'http://x/',
      { ...config, initialDelayMs: 90_000, policy: { ...config.policy, deadlineMs: 60_000 } },
      () => Promise.resolve(healthy),
      undefined,
      capped,
    );
    expect(capped.slept[0]).toBe(60_000);

    const none = clock();
    await pollUntilHealthy('http://x/', config, () => Promise.resolve(healthy), undefined, none);
    expect(none.slept).toEqual([]);
  });

  it('gives an attempt no more time than is left before the deadline', async () => {
    const c = clock();
    const timeouts: number[] = [];
    await pollUntilHealthy(
      'http://x/',
      { ...config, timeoutMs: 10_000, policy: { ...config.policy, deadlineMs: 4000 } },
      (_url, timeoutMs) => {
        timeouts.push(timeoutMs);
        return Promise.resolve(healthy);
      },
      undefined,
      c,
    );
    expect(timeouts).toEqual([4000]);
  });

  it('says why it retried after a Retry-After, and what the last attempt was', async () => {
    const c = clock();
    const answers = [unhealthy({ retryAfterMs: 3000 }), unhealthy({ error: undefined, status: undefined })];
    let i = 0;
    const result = await pollUntilHealthy(
      'http://x/',
      { ...config, policy: { ...config.policy, maxAttempts: 2 } },
      () => Promise.resolve(answers[Math.min(i++, 1)] ?? healthy),
      undefined,
      c,
    );
    expect(result).toMatchObject({
      healthy: false,
      stoppedBy: 'attempts',
      attempts: 2,
      error: 'unhealthy',
      status: undefined,
      elapsedMs: 3000,
    });
    expect(result.history.map((h) => h.next)).toEqual(['retry in 3.00s', 'gave up: max-attempts reached']);
    expect(c.slept).toEqual([3000]);
  });

  it('names the Retry-After in the reason the retry gives', async () => {
    const c = clock();
    const result = await pollUntilHealthy(
      'http://x/',
      { ...config, policy: { ...config.policy, maxAttempts: 1 } },
      () => Promise.resolve(unhealthy({ retryAfterMs: 2000 })),
      undefined,
      c,
    );
    expect(result.error).toBe('HTTP 503, expected 200-299 (server asked to retry after 2.00s)');
  });

  it('gives up at the deadline with the deadline named', async () => {
    const c = clock();
    const result = await pollUntilHealthy(
      'http://x/',
      { ...config, policy: { ...config.policy, maxAttempts: 100, deadlineMs: 2500 } },
      () => Promise.resolve(unhealthy()),
      undefined,
      c,
    );
    expect(result.stoppedBy).toBe('deadline');
    expect(result.history.at(-1)?.next).toBe('gave up: the deadline leaves no time for another attempt');
  });

  it('is healthy with the first success when one is enough, and reports each record once', async () => {
    const c = clock();
    const seen: string[] = [];
    const result = await pollUntilHealthy(
      'http://x/',
      config,
      () => Promise.resolve(healthy),
      (r) => seen.push(r.next),
      c,
    );
    expect(seen).toEqual(['healthy']);
    expect(result).toMatchObject({ attempts: 1, responseTimeMs: 5, error: undefined, stoppedBy: 'healthy' });
  });

  it('says the streak when a confirmation attempt retries', async () => {
    const c = clock();
    const result = await pollUntilHealthy(
      'http://x/',
      { ...config, consecutiveSuccesses: 3, policy: { ...config.policy, maxAttempts: 2 } },
      () => Promise.resolve(healthy),
      undefined,
      c,
    );
    expect(result).toMatchObject({ healthy: false, stoppedBy: 'attempts' });
    expect(result.error).toBe('healthy 2 of 3 times in a row');
    expect(result.history.map((h) => h.next)).toEqual([
      'healthy 1/3: retry in 1.00s',
      'gave up: max-attempts reached',
    ]);
  });
});

describe('the report at its edges', () => {
  const result = (extra: Partial<UrlResult>): UrlResult => ({
    url: 'https://a.example/h',
    healthy: false,
    status: 503,
    attempts: 1,
    responseTimeMs: 3,
    error: 'HTTP 503, expected 200-299',
    stoppedBy: 'attempts',
    elapsedMs: 1500,
    finalUrl: undefined,
    history: [],
    ...extra,
  });
  const shout = (t: string): string => t.replace(/secret/g, '***');

  it('says attempt or attempts, the deadline when it stopped there, and no response when there was none', () => {
    expect(failureMessage([result({})], shout)).toBe(
      'https://a.example/h is unhealthy after 1 attempt in 1.50s: HTTP 503, expected 200-299',
    );
    expect(failureMessage([result({ attempts: 2, stoppedBy: 'deadline' })], shout)).toBe(
      'https://a.example/h is unhealthy after 2 attempts in 1.50s: HTTP 503, expected 200-299 (deadline reached)',
    );
    expect(failureMessage([result({ error: undefined })], shout)).toBe(
      'https://a.example/h is unhealthy after 1 attempt in 1.50s: HTTP 503',
    );
    expect(failureMessage([result({ error: undefined, status: undefined })], shout)).toBe(
      'https://a.example/h is unhealthy after 1 attempt in 1.50s: no response',
    );
    expect(failureMessage([result({ error: 'secret' })], shout)).toBe(
      'https://a.example/h is unhealthy after 1 attempt in 1.50s: ***',
    );
  });

  it('prefixes the count only when there are several URLs, and joins them with semicolons', () => {
    expect(failureMessage([result({}), result({ url: 'https://b.example/' })], shout)).toBe(
      '2 of 2 URLs unhealthy: https://a.example/h is unhealthy after 1 attempt in 1.50s: HTTP 503, expected 200-299; https://b.example/ is unhealthy after 1 attempt in 1.50s: HTTP 503, expected 200-299',
    );
  });

  it('writes nulls, not absences, into the results output, and redacts errors', () => {
    expect(
      resultEntries([result({ status: undefined, responseTimeMs: undefined, error: undefined })], shout),
    ).toEqual([
      {
        url: 'https://a.example/h',
        healthy: false,
        status: null,
        attempts: 1,
        'response-time-ms': null,
        error: null,
      },
    ]);
    expect(resultEntries([result({ status: 0, responseTimeMs: 0, error: 'a secret' })], shout)).toEqual([
      {
        url: 'https://a.example/h',
        healthy: false,
        status: 0,
        attempts: 1,
        'response-time-ms': 0,
        error: 'a ***',
      },
    ]);
  });

  it('renders the summary: headings, both tables with their alignment, redirects and every attempt', () => {
    const md = buildSummary(
      [
        result({
          healthy: true,
          status: 200,
          error: undefined,
          finalUrl: 'https://a.example/final',
          history: [
            {
              attempt: 1,
              atMs: 0,
              healthy: false,
              status: undefined,
              responseTimeMs: undefined,
              error: 'secret down',
              next: 'retry in 1.00s',
            },
            {
              attempt: 2,
              atMs: 1000,
              healthy: false,
              status: 503,
              responseTimeMs: 7,
              error: undefined,
              next: 'retry in 2.00s',
            },
            {
              attempt: 3,
              atMs: 3000,
              healthy: true,
              status: 200,
              responseTimeMs: 4,
              error: undefined,
              next: 'healthy',
            },
          ],
        }),
        result({ status: undefined, responseTimeMs: undefined }),
      ],
      shout,
    ).render();
    expect(md).toContain('## ❌ Health check: 1 of 2 healthy');
    expect(md).toContain('| URL | Result | Status | Attempts | Response time | Time spent |');
    expect(md).toContain('| --- | --- | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| `https://a.example/h` | ✅ healthy | 200 | 1 | 3 ms | 1.50s |');
    expect(md).toContain('| `https://a.example/h` | ❌ HTTP 503, expected 200-299 | – | 1 | – | 1.50s |');
    expect(md).toContain('### ✅ `https://a.example/h`');
    expect(md).toContain('Answered by `https://a.example/final` after redirects.');
    expect(md).toContain('| # | At | Status | Response time | Outcome | Next |');
    expect(md).toContain('| ---: | ---: | ---: | ---: | --- | --- |');
    expect(md).toContain('| 1 | +0ms | – | – | *** down | retry in 1.00s |');
    expect(md).toContain('| 2 | +1.00s | 503 | 7 ms | unhealthy | retry in 2.00s |');
    expect(md).toContain('| 3 | +3.00s | 200 | 4 ms | healthy | healthy |');
    expect(md.match(/Answered by/g)).toHaveLength(1);
    const allHealthy = buildSummary([result({ healthy: true })], shout).render();
    expect(allHealthy).toContain('## ✅ Health check: 1 of 1 healthy');
  });
});

describe('one attempt against a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const status = Number(url.searchParams.get('status') ?? '200');
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const retryAfter = url.searchParams.get('retry-after');
      if (retryAfter !== null) headers['retry-after'] = retryAfter;
      if (url.pathname === '/moved') {
        res.writeHead(302, { location: '/ok' }).end();
        return;
      }
      const body = url.searchParams.get('body') ?? '{"status":"ok"}';
      const delay = Number(url.searchParams.get('delay') ?? '0');
      setTimeout(() => res.writeHead(status, headers).end(body), delay);
    });
  });
  afterAll(async () => {
    await server.close();
  });
  const now = (): number => Date.parse('2026-12-01T00:00:00Z');
  const attempt = (path: string, extra: Partial<CheckConfig> = {}) =>
    probe(`${server.url}${path}`, { ...config, ...extra }, 5000, now);

  it('is healthy on an expected status with the body it wants, with no redirect noted', async () => {
    const r = await attempt('/ok', { expectJson: parseJsonExpectations(['status=ok'], 'expect-json') });
    expect(r).toMatchObject({
      healthy: true,
      transient: false,
      status: 200,
      error: undefined,
      retryAfterMs: undefined,
      finalUrl: undefined,
    });
    expect(typeof r.responseTimeMs).toBe('number');
  });

  it('notes the URL that answered after a redirect, and refuses to follow one when told not to', async () => {
    expect((await attempt('/moved')).finalUrl).toBe(`${server.url}/ok`);
    const stay = await attempt('/moved', { followRedirects: false });
    expect(stay).toMatchObject({ healthy: false, status: 302, error: 'HTTP 302, expected 200-299' });
  });

  it('reads Retry-After only on 429 and 503, and calls other 4xx permanent', async () => {
    expect(await attempt('/?status=503&retry-after=7')).toMatchObject({
      healthy: false,
      transient: true,
      status: 503,
      retryAfterMs: 7000,
      error: 'HTTP 503, expected 200-299',
    });
    expect((await attempt('/?status=429&retry-after=3')).retryAfterMs).toBe(3000);
    expect((await attempt('/?status=500&retry-after=5')).retryAfterMs).toBeUndefined();
    expect(await attempt('/?status=404')).toMatchObject({ transient: false, retryAfterMs: undefined });
    expect(
      await attempt('/?status=404', { expectedStatus: parseStatusSpec('404', 'expected-status') }),
    ).toMatchObject({
      healthy: true,
    });
  });

  it('calls a wrong body or a slow answer transient, and says every problem', async () => {
    const r = await attempt('/?delay=60&body=%7B%22status%22%3A%22warming%22%7D', {
      expectJson: parseJsonExpectations(['status=ok'], 'expect-json'),
      maxResponseTimeMs: 1,
    });
    expect(r).toMatchObject({ healthy: false, transient: true, status: 200, retryAfterMs: undefined });
    expect(r.error).toMatch(
      /^status is "warming", expected "ok"; responded in \d+ms, more than max-response-time 1ms$/,
    );
    const fastEnough = await attempt('/', { maxResponseTimeMs: 60_000 });
    expect(fastEnough.healthy).toBe(true);
  });

  it('trusts a server whose certificate chains to the given CA, and only then', async () => {
    const certs = makeCertificates();
    const tls = await startServer((_req, res) => res.end('ok'), { tls: certs.tls });
    try {
      const url = tls.url.replace('127.0.0.1', 'localhost');
      expect((await probe(url, { ...config, ca: certs.caPem }, 5000, now)).healthy).toBe(true);
      const untrusted = await probe(url, config, 5000, now);
      expect(untrusted).toMatchObject({ healthy: false, transient: false, status: undefined });
      // The code, when the message does not hold it already, follows in brackets.
      expect(untrusted.error).toBe(
        'TLS error: TLS: unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
      );
    } finally {
      await tls.close();
      certs.dispose();
    }
  });

  it('names a timeout as one, and keeps waiting no longer than asked', async () => {
    const silent = await startServer(() => undefined);
    try {
      const r = await probe(`${silent.url}/`, config, 200, now);
      expect(r).toMatchObject({ healthy: false, transient: true, status: undefined });
      expect(r.error).toMatch(/^timed out: /);
    } finally {
      await silent.close();
    }
  });

  it('names a name that does not resolve as a DNS failure, with its code once', async () => {
    const r = await probe('http://runway-no-such-host.invalid/', config, 5000, now);
    expect(r).toMatchObject({ healthy: false, status: undefined });
    expect(r.error).toMatch(/^DNS lookup failed: /);
    expect(r.error?.match(/ENOTFOUND|EAI_AGAIN/g)).toHaveLength(1);
  });

  it('names an answer that is not HTTP, and a URL that is not one, for what they are', async () => {
    const sockets = new Set<net.Socket>();
    const garbage = net.createServer((socket) => {
      sockets.add(socket);
      socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n');
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = garbage.address() as net.AddressInfo;
      const r = await probe(`http://127.0.0.1:${port}/`, config, 2000, now);
      expect(r).toMatchObject({ healthy: false, transient: false, status: undefined });
      expect(r.error).toMatch(/^request failed: Parse Error: .*\(HPE_/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => garbage.close(resolve));
    }
    expect((await probe('not a url', config, 2000, now)).error).toBe(
      'invalid URL: the URL is not a valid absolute URL',
    );
  });

  it('names a reset connection, an endless redirect and a body too large for what they are', async () => {
    const reset = await startServer((req) => req.socket.destroy());
    const loop = await startServer((_req, res) => res.writeHead(302, { location: '/' }).end());
    const huge = await startServer((_req, res) => res.end('x'.repeat(1024 * 1024 + 1)));
    try {
      expect((await probe(reset.url, config, 2000, now)).error).toBe(
        'connection reset: socket hang up (ECONNRESET)',
      );
      expect(await probe(loop.url, config, 2000, now)).toMatchObject({
        healthy: false,
        transient: false,
        error: 'redirect error: more than 10 redirects',
      });
      expect((await probe(huge.url, config, 2000, now)).error).toBe(
        'response too large: response body is larger than 1048576 bytes',
      );
    } finally {
      await Promise.all([reset.close(), loop.close(), huge.close()]);
    }
  });

  it('says what failed when nothing answers', async () => {
    const port = await freePort();
    const r = await probe(`http://127.0.0.1:${port}/`, config, 2000, now);
    expect(r).toMatchObject({
      healthy: false,
      transient: true,
      status: undefined,
      responseTimeMs: undefined,
    });
    expect(r.error).toMatch(/^connection refused: /);
    expect(r.error?.match(/ECONNREFUSED/g)).toHaveLength(1);
  });
});
