import { describe, expect, it } from 'vitest';
import { checkBody, parseJsonExpectations } from '../../../actions/health-check/src/expectations.js';
import { parseHeaderLines } from '../../../actions/health-check/src/headers.js';
import { pollUntilHealthy, type AttemptRecord } from '../../../actions/health-check/src/poll.js';
import { isTransientStatus, type ProbeResult } from '../../../actions/health-check/src/probe.js';
import { buildSummary, failureMessage, resultEntries } from '../../../actions/health-check/src/report.js';
import { parseStatusSpec, statusMatches } from '../../../actions/health-check/src/status-spec.js';
import { ConfigurationError } from '../../../shared/errors.js';
import type { Clock } from '../../../shared/retry.js';
import { config } from './check-config.js';

describe('expected-status', () => {
  it('parses codes and ranges', () => {
    const spec = parseStatusSpec('200, 204,300-399', 'expected-status');
    expect(spec.text).toBe('200,204,300-399');
    expect([200, 204, 350, 201, 400].map((s) => statusMatches(spec, s))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
  it.each(['99', '600', '2xx', '300-200', '', '200,', 'abc'])('rejects %j naming the input', (text) => {
    expect(() => parseStatusSpec(text, 'expected-status')).toThrow(ConfigurationError);
    expect(() => parseStatusSpec(text, 'expected-status')).toThrow(
      /^Input 'expected-status' must list HTTP status codes/,
    );
  });
});

describe('body expectations', () => {
  // Made in each test, not while the file loads (see `config` below).
  const json = () =>
    parseJsonExpectations(['status=ok', 'checks.db=up', 'items.1.ready=true', 'count=3'], 'expect-json');

  it('passes when every value matches, comparing non-strings as JSON', () => {
    const body = JSON.stringify({
      status: 'ok',
      checks: { db: 'up' },
      items: [{}, { ready: true }],
      count: 3,
    });
    expect(checkBody(body, '"ok"', json())).toEqual([]);
  });

  it('lists every mismatch', () => {
    const body = JSON.stringify({ status: 'degraded', checks: {}, items: [], count: '3' });
    expect(checkBody(body, 'healthy', json())).toEqual([
      'body does not contain "healthy" (body starts "{\\"status\\":\\"degraded\\",\\"checks\\":{},\\"items\\":[],\\"count\\":\\"3\\"}")',
      'status is "degraded", expected "ok"',
      'checks.db is missing, expected "up"',
      'items.1.ready is missing, expected "true"',
    ]);
  });

  it('reports a body that is not JSON', () => {
    expect(checkBody('<html>502</html>', undefined, json())).toEqual([
      'body is not JSON (starts "<html>502</html>")',
    ]);
  });

  it('does not walk the prototype chain', () => {
    expect(
      checkBody('{}', undefined, parseJsonExpectations(['constructor.name=Object'], 'expect-json')),
    ).toEqual(['constructor.name is missing, expected "Object"']);
  });

  it.each(['status', '=ok', 'a..b=1'])('rejects the line %j', (line) => {
    expect(() => parseJsonExpectations([line], 'expect-json')).toThrow(
      /^Input 'expect-json' must hold lines/,
    );
  });
});

describe('headers', () => {
  it('parses Name: value lines, keeping colons in values', () => {
    expect(parseHeaderLines(['Authorization: Bearer a:b', 'X-Empty:'], 'headers')).toEqual({
      authorization: 'Bearer a:b',
      'x-empty': '',
    });
  });
  it('never echoes a value in its error', () => {
    expect(() => parseHeaderLines(['Bad Name: s3cret'], 'headers')).toThrow(
      "Input 'headers' must hold lines of the form 'Name: value'; got 'Bad Name'.",
    );
  });
});

describe('transient statuses', () => {
  it('are 408, 425, 429 and 5xx', () => {
    const transient = [400, 404, 408, 425, 429, 500, 503, 599].filter(isTransientStatus);
    expect(transient).toEqual([408, 425, 429, 500, 503, 599]);
  });
});

function clock(): Clock & { time: number } {
  const c = {
    time: 0,
    now: () => c.time,
    sleep: (ms: number) => {
      c.time += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
  };
  return c;
}

const ok: ProbeResult = {
  healthy: true,
  transient: false,
  status: 200,
  responseTimeMs: 5,
  error: undefined,
  retryAfterMs: undefined,
  finalUrl: undefined,
};
const down = (status: number, retryAfterMs?: number): ProbeResult => ({
  ...ok,
  healthy: false,
  transient: isTransientStatus(status),
  status,
  error: `HTTP ${status}, expected 200-299`,
  retryAfterMs,
});

/** A prober that answers from a script and advances the clock by 10 ms per request. */
function scripted(
  answers: ProbeResult[],
  c: { time: number },
): (url: string, timeoutMs: number) => Promise<ProbeResult> {
  let i = 0;
  return () => {
    c.time += 10;
    return Promise.resolve(answers[Math.min(i++, answers.length - 1)] ?? ok);
  };
}

describe('pollUntilHealthy', () => {
  it('backs off between failures and reports every attempt once, with what came next', async () => {
    const c = clock();
    const seen: AttemptRecord[] = [];
    const result = await pollUntilHealthy(
      'http://x/',
      config,
      scripted([down(503), down(502), ok], c),
      (r) => seen.push(r),
      c,
    );
    expect(result).toMatchObject({ healthy: true, attempts: 3, status: 200, stoppedBy: 'healthy' });
    expect(seen.map((r) => [r.attempt, r.atMs, r.next])).toEqual([
      [1, 0, 'retry in 1.00s'],
      [2, 1010, 'retry in 2.00s'],
      [3, 3020, 'healthy'],
    ]);
    expect(result.history).toEqual(seen);
  });

  it('resets the streak on a failure and confirms at the base delay', async () => {
    const c = clock();
    const result = await pollUntilHealthy(
      'http://x/',
      { ...config, consecutiveSuccesses: 2, policy: { ...config.policy, maxAttempts: 10 } },
      scripted([ok, down(503), ok, ok], c),
      undefined,
      c,
    );
    expect(result.attempts).toBe(4);
    expect(result.history.map((r) => r.next)).toEqual([
      'healthy 1/2: retry in 1.00s',
      'retry in 2.00s',
      'healthy 1/2: retry in 1.00s',
      'healthy 2/2: done',
    ]);
  });

  it('gives up at once on a status that retrying cannot fix, unless retry-on is all', async () => {
    const c = clock();
    const fatal = await pollUntilHealthy('http://x/', config, scripted([down(404)], c), undefined, c);
    expect(fatal).toMatchObject({
      healthy: false,
      attempts: 1,
      stoppedBy: 'fatal',
      error: 'HTTP 404, expected 200-299',
    });
    expect(fatal.history[0]?.next).toBe('gave up: retrying cannot fix this');
    const all = await pollUntilHealthy(
      'http://x/',
      { ...config, retryOn: 'all' },
      scripted([down(404)], c),
      undefined,
      c,
    );
    expect(all).toMatchObject({ healthy: false, attempts: 5, stoppedBy: 'attempts' });
    expect(all.history.at(-1)?.next).toBe('gave up: max-attempts reached');
  });

  it('waits as long as Retry-After says', async () => {
    const c = clock();
    const result = await pollUntilHealthy(
      'http://x/',
      config,
      scripted([down(429, 7000), ok], c),
      undefined,
      c,
    );
    expect(result.healthy).toBe(true);
    expect(result.history[0]?.next).toBe('retry in 7.00s');
    expect(result.history[1]?.atMs).toBe(7010);
  });

  it('counts the initial delay against the deadline', async () => {
    const c = clock();
    const result = await pollUntilHealthy(
      'http://x/',
      {
        ...config,
        initialDelayMs: 55_000,
        policy: { ...config.policy, deadlineMs: 60_000, maxAttempts: 100 },
      },
      scripted([down(503)], c),
      undefined,
      c,
    );
    expect(result).toMatchObject({ healthy: false, stoppedBy: 'deadline' });
    expect(c.time).toBeLessThanOrEqual(60_000);
  });
});

describe('report', () => {
  const results = [
    {
      url: 'https://u:pw@a.example/h',
      healthy: true,
      status: 200,
      attempts: 1,
      responseTimeMs: 12,
      error: undefined,
      stoppedBy: 'healthy' as const,
      elapsedMs: 15,
      finalUrl: undefined,
      history: [],
    },
    {
      url: 'https://b.example/h?token=t0k',
      healthy: false,
      status: 503,
      attempts: 4,
      responseTimeMs: 3,
      error: 'HTTP 503, expected 200-299',
      stoppedBy: 'attempts' as const,
      elapsedMs: 7300,
      finalUrl: undefined,
      history: [],
    },
  ];
  const redact = (t: string): string => t;

  it('writes one line naming each unhealthy URL without credentials', () => {
    expect(failureMessage(results, redact)).toBe(
      '1 of 2 URLs unhealthy: https://b.example/h?token=*** is unhealthy after 4 attempts in 7.30s: HTTP 503, expected 200-299',
    );
    expect(failureMessage(results.slice(0, 1), redact)).toBeUndefined();
  });

  it('builds the results output and a summary with a table per URL', () => {
    expect(resultEntries(results, redact).map((r) => r.url)).toEqual([
      'https://a.example/h',
      'https://b.example/h?token=***',
    ]);
    const md = buildSummary(results, redact).render();
    expect(md).toContain('## ❌ Health check: 1 of 2 healthy');
    expect(md).toContain('| `https://a.example/h` | ✅ healthy | 200 | 1 | 12 ms | 15ms |');
    expect(md).toContain('### ❌ `https://b.example/h?token=***`');
    expect(md).not.toContain('pw');
  });
});
