/** Retries, units, ordering and XML errors at their edges. */
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../shared/order.js';
import {
  type AttemptResult,
  type BackoffPolicy,
  type Clock,
  parseRetryAfter,
  realClock,
  retry,
} from '../../shared/retry.js';
import { excerpt, jsonExcerpt } from '../../shared/text.js';
import { formatSize, parseDuration, parseSize } from '../../shared/units.js';
import { XmlStream, XmlSyntaxError } from '../../shared/xml.js';

/** A clock that only moves when slept on (or when an attempt says it took time). */
function fakeClock(): Clock & { slept: number[]; advance(ms: number): void } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
    random: () => 1,
    advance: (ms) => {
      now += ms;
    },
  };
}
const policy: BackoffPolicy = {
  maxAttempts: 3,
  initialDelayMs: 100,
  factor: 2,
  maxDelayMs: 1000,
  deadlineMs: 10_000,
  jitter: 'none',
};
const again = (reason = 'busy', delayMs?: number): AttemptResult<string> =>
  delayMs === undefined
    ? { kind: 'retry', value: reason, reason }
    : { kind: 'retry', value: reason, reason, delayMs };

describe('retry', () => {
  it('makes exactly maxAttempts attempts, waiting between them and not after the last', async () => {
    const clock = fakeClock();
    let n = 0;
    const outcome = await retry(() => Promise.resolve(again(`try ${++n}`)), policy, clock);
    expect(outcome).toEqual({
      ok: false,
      stoppedBy: 'attempts',
      value: 'try 3',
      reason: 'try 3',
      attempts: 3,
      elapsedMs: 300,
    });
    expect(clock.slept).toEqual([100, 200]);
  });

  it('takes the attempt’s own delay (Retry-After) over the backoff', async () => {
    const clock = fakeClock();
    let n = 0;
    const outcome = await retry(
      () => Promise.resolve(++n < 2 ? again('limited', 2500) : { kind: 'done', value: 'ok' }),
      policy,
      clock,
    );
    expect(outcome).toEqual({ ok: true, value: 'ok', attempts: 2, elapsedMs: 2500 });
    expect(clock.slept).toEqual([2500]);
  });

  it('stops at once when the next wait would end at or past the deadline', async () => {
    const clock = fakeClock();
    const exact = await retry(() => Promise.resolve(again('x', 10_000)), policy, clock);
    expect(exact).toMatchObject({ ok: false, stoppedBy: 'deadline', attempts: 1, reason: 'x' });
    expect(clock.slept).toEqual([]);
    const under = await retry(
      (c) => Promise.resolve(c.attempt === 1 ? again('x', 9_999) : { kind: 'done', value: 'ok' }),
      policy,
      fakeClock(),
    );
    expect(under).toMatchObject({ ok: true, attempts: 2 });
  });

  it('makes no attempt when the deadline has passed, and says so', async () => {
    const clock = fakeClock();
    const outcome = await retry(() => Promise.resolve(again()), { ...policy, deadlineMs: 0 }, clock);
    expect(outcome).toEqual({
      ok: false,
      stoppedBy: 'deadline',
      value: undefined,
      reason: 'no attempt was made before the deadline',
      attempts: 0,
      elapsedMs: 0,
    });
  });

  it('stops on the deadline when attempts take the time, telling each attempt how long it has', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    const outcome = await retry(
      (c) => {
        seen.push(c.remainingMs);
        clock.advance(4_000);
        return Promise.resolve(again('slow', 1));
      },
      { ...policy, maxAttempts: 10 },
      clock,
    );
    expect(seen).toEqual([10_000, 5_999, 1_998]);
    expect(outcome).toMatchObject({ ok: false, stoppedBy: 'deadline', attempts: 3 });
  });

  it('a fatal answer stops at once', async () => {
    const outcome = await retry(
      () => Promise.resolve({ kind: 'fatal', value: 'no', reason: 'denied' }),
      policy,
      fakeClock(),
    );
    expect(outcome).toEqual({
      ok: false,
      stoppedBy: 'fatal',
      value: 'no',
      reason: 'denied',
      attempts: 1,
      elapsedMs: 0,
    });
  });
});

describe('retry, more edges', () => {
  it('no attempt at all when maxAttempts is 0', async () => {
    let calls = 0;
    const outcome = await retry(
      () => {
        calls++;
        return Promise.resolve(again());
      },
      { ...policy, maxAttempts: 0 },
      fakeClock(),
    );
    expect([calls, outcome.ok, outcome.attempts]).toEqual([0, false, 0]);
  });

  it("jitter draws from the clock's random", async () => {
    const clock = { ...fakeClock(), random: () => 0.5 };
    const waits: number[] = [];
    await retry(
      () => Promise.resolve(again()),
      { ...policy, jitter: 'full' },
      clock,
      (ms) => waits.push(ms),
    );
    // Full jitter: half of 100, then half of 200.
    expect(waits).toEqual([50, 100]);
  });

  it('the real clock tells the time and sleeps for real', async () => {
    const before = Date.now();
    expect(Math.abs(realClock.now() - before)).toBeLessThan(1000);
    const started = performance.now();
    await realClock.sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    const r = realClock.random();
    expect(r >= 0 && r < 1).toBe(true);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('seconds, an HTTP date (never negative), or nothing usable', () => {
    expect(parseRetryAfter(' 30 ', now)).toBe(30_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 11:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    // Not an HTTP date: ISO 8601 (no three letters), and a date with its parts out of range.
    expect(parseRetryAfter('2026-12-01T12:00:10Z', now)).toBeUndefined();
    expect(parseRetryAfter('Tue, 99 Foo 2026 99:99:99 GMT', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('units', () => {
  it('sizes: whole and decimal amounts, binary and decimal units, any case, spaces; 0 alone', () => {
    expect(parseSize('16GiB')).toBe(16 * 2 ** 30);
    expect(parseSize(' 1.5 gb ')).toBe(1.5e9);
    expect(parseSize('512B')).toBe(512);
    expect(parseSize('0')).toBe(0);
    expect(parseSize(' 0 ')).toBe(0);
    for (const bad of ['16', '16 GiBs', 'GiB', '1.GiB', '-1GiB', '16GiB extra', '1.5.2GB'])
      expect(parseSize(bad), bad).toBeUndefined();
  });

  it('formats bytes in binary units, switching exactly at 1024', () => {
    expect(formatSize(1023)).toBe('1023 B');
    expect(formatSize(1024)).toBe('1.0 KiB');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(2 ** 20)).toBe('1.0 MiB');
    expect(formatSize(2 ** 30)).toBe('1.0 GiB');
    expect(formatSize(2 ** 40)).toBe('1.0 TiB');
    expect(formatSize(2 ** 50)).toBe('1024.0 TiB');
  });

  it('durations: parts in order, decimals, trimmed; a bare number or a gap is refused', () => {
    expect(parseDuration(' 1m30s ')).toBe(90_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('500ms')).toBe(500);
    for (const bad of ['30', '1m 30s', 'x1s', '1s!', '1.s']) expect(parseDuration(bad), bad).toBeUndefined();
  });
});

describe('code-unit order', () => {
  it('orders by UTF-16 code units, not locale', () => {
    expect(['b', 'B', 'a', 'é', 'e'].sort(byCodeUnits)).toEqual(['B', 'a', 'b', 'e', 'é']);
    expect(byCodeUnits('a', 'a')).toBe(0);
    expect(byCodeUnits('a', 'b')).toBe(-1);
    expect(byCodeUnits('b', 'a')).toBe(1);
  });
});

describe('XML errors', () => {
  it('say what is wrong and where, without saxes’ own position prefix', () => {
    const stream = new XmlStream({ open: () => undefined, close: () => undefined, text: () => undefined });
    let error: unknown;
    try {
      stream.write('<a>\n  <b></a>');
      stream.close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlSyntaxError);
    const e = error as XmlSyntaxError;
    expect(e.name).toBe('XmlSyntaxError');
    expect(e.message).not.toMatch(/^\d+:\d+: /);
    expect(e.line).toBe(2);
    expect(e.column).toBeGreaterThan(0);
  });

  it('drop the prefix whatever the size of the line and column numbers', () => {
    const stream = new XmlStream({ open: () => undefined, close: () => undefined, text: () => undefined });
    let error: unknown;
    try {
      stream.write(`<a>${'\n'.repeat(11)}${' '.repeat(12)}<b></a>`);
      stream.close();
    } catch (e) {
      error = e;
    }
    const e = error as XmlSyntaxError;
    expect([e.line, e.column >= 10]).toEqual([12, true]);
    expect(e.message).not.toMatch(/\d+:\d+: /);
  });
});

describe('quoted values', () => {
  it('JSON excerpts tell a string from a number, cut long values, and name what JSON cannot', () => {
    expect(jsonExcerpt('7')).toBe('"7"');
    expect(jsonExcerpt(7)).toBe('7');
    expect(jsonExcerpt('a\nb')).toBe('"a b"');
    expect(jsonExcerpt(undefined)).toBe('undefined');
    expect(jsonExcerpt({ a: 'x'.repeat(50) }, 10)).toBe('{"a":"xxxx…');
  });

  it('excerpts quote in single quotes: strings as they are, other values as JSON', () => {
    expect(excerpt('it is')).toBe("'it is'");
    expect(excerpt(null)).toBe("'null'");
    expect(excerpt(undefined)).toBe("'undefined'");
    expect(excerpt([1, 'a'])).toBe('\'[1,"a"]\'');
    expect(excerpt('x'.repeat(41))).toBe(`'${'x'.repeat(40)}…'`);
  });
});
