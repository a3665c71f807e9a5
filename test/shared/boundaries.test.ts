/** The shared library's limits pinned at their edges: units, retry counts and deadlines, bounded text. */
import { describe, expect, it } from 'vitest';
import { isRetryableStatus } from '../../shared/http.js';
import { backoffDelay, type BackoffPolicy, type Clock, retry } from '../../shared/retry.js';
import { bounded, excerpt, oneLine } from '../../shared/text.js';
import { formatDuration, parseDuration, parseSize } from '../../shared/units.js';

describe('units', () => {
  it('converts each duration unit exactly', () => {
    expect(parseDuration('1ms')).toBe(1);
    expect(parseDuration('1s')).toBe(1000);
    expect(parseDuration('1m')).toBe(60_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('1.25s')).toBe(1250);
    expect(parseSize('1.25 KiB')).toBe(1280);
    expect(parseDuration('30')).toBeUndefined();
    expect(parseDuration('1d')).toBeUndefined();
  });
  it('formats at the unit changes: 999 ms, 1 s, 59.9 s, 1 m, 59 m 59 s, 1 h', () => {
    expect(formatDuration(999)).toBe('999ms');
    expect(formatDuration(1000)).toBe('1.00s');
    expect(formatDuration(9999)).toBe('10.00s');
    expect(formatDuration(10_000)).toBe('10.0s');
    expect(formatDuration(60_000)).toBe('1m 00s');
    expect(formatDuration(3_599_000)).toBe('59m 59s');
    expect(formatDuration(3_600_000)).toBe('1h 00m');
  });
  it('tells decimal from binary sizes', () => {
    expect(parseSize('1KB')).toBe(1000);
    expect(parseSize('1KiB')).toBe(1024);
    expect(parseSize('16GiB')).toBe(16 * 2 ** 30);
    expect(parseSize('16')).toBeUndefined();
    expect(parseSize('0')).toBe(0);
  });
});

describe('retries', () => {
  const policy = (over: Partial<BackoffPolicy> = {}): BackoffPolicy => ({
    maxAttempts: 3,
    initialDelayMs: 100,
    factor: 2,
    maxDelayMs: 1000,
    deadlineMs: 10_000,
    jitter: 'none',
    ...over,
  });
  const clock = (): Clock & { slept: number[] } => {
    let now = 0;
    const slept: number[] = [];
    return {
      now: () => now,
      sleep: (ms) => {
        slept.push(ms);
        now += ms;
        return Promise.resolve();
      },
      random: () => 0.5,
      slept,
    };
  };
  const failing = () => Promise.resolve({ kind: 'retry' as const, value: 0, reason: 'no' });

  it('makes exactly maxAttempts attempts: 1 means no retry', async () => {
    for (const maxAttempts of [1, 2, 3]) {
      let calls = 0;
      const outcome = await retry(
        () => {
          calls++;
          return failing();
        },
        policy({ maxAttempts }),
        clock(),
      );
      expect(calls).toBe(maxAttempts);
      expect(outcome).toMatchObject({ ok: false, attempts: maxAttempts, stoppedBy: 'attempts' });
    }
  });

  it('doubles from the first delay and stops at the cap', () => {
    const p = policy({ initialDelayMs: 100, maxDelayMs: 350 });
    expect([1, 2, 3, 4].map((a) => backoffDelay(p, a))).toEqual([100, 200, 350, 350]);
  });

  it('does not start a wait that would end at or past the deadline', async () => {
    const c = clock();
    const outcome = await retry(failing, policy({ maxAttempts: 10, deadlineMs: 300 }), c);
    // Waits of 100 and 200 would reach 300 = the deadline: only the first is taken.
    expect(c.slept).toEqual([100]);
    expect(outcome).toMatchObject({ ok: false, stoppedBy: 'deadline', attempts: 2 });
  });

  it('retries exactly 408, 425, 429 and 5xx', () => {
    const retried = [400, 401, 403, 404, 407, 408, 409, 425, 429, 499, 500, 503, 599, 600].filter(
      isRetryableStatus,
    );
    expect(retried).toEqual([408, 425, 429, 500, 503, 599]);
  });
});

describe('bounded text', () => {
  it('keeps a line of exactly 4096 bytes, cuts one of 4097 and says by how much', () => {
    expect(bounded('a'.repeat(4096))).toBe('a'.repeat(4096));
    const cut = bounded('a'.repeat(4097));
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(4096);
    expect(cut).toMatch(/… \(\d+ more bytes\)$/);
  });
  it('never cuts inside a character', () => {
    expect(bounded('é'.repeat(3000))).not.toContain('\uFFFD');
  });
  it('says exactly how many bytes it left out, and keeps a replacement character the text had', () => {
    expect(bounded('a'.repeat(5000))).toBe(`${'a'.repeat(4056)}… (944 more bytes)`);
    // 3 + 6000 bytes: the cut at 4056 falls inside an é, which goes; the text's own U+FFFD stays.
    const cut = bounded(`\uFFFD${'é'.repeat(3000)}`);
    expect(cut).toBe(`\uFFFD${'é'.repeat(2026)}… (1948 more bytes)`);
  });
  it('quotes short values on one line, with control characters as spaces', () => {
    expect(oneLine('a\nb\u0007c', 10)).toBe('a b c');
    expect(oneLine('abcdef', 5)).toBe('abcde…');
    expect(oneLine('abcde', 5)).toBe('abcde');
    expect(excerpt('x')).toBe("'x'");
  });
});
