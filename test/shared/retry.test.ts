import { describe, expect, it } from 'vitest';
import {
  type AttemptResult,
  backoffDelay,
  type BackoffPolicy,
  type Clock,
  parseRetryAfter,
  retry,
} from '../../shared/retry.js';

const policy: BackoffPolicy = {
  maxAttempts: 5,
  initialDelayMs: 1000,
  factor: 2,
  maxDelayMs: 5000,
  deadlineMs: 60_000,
  jitter: 'none',
};

/** A clock where sleeping only moves time; it records every wait. */
function fakeClock(random = 0.5): Clock & { waits: number[]; time: number } {
  const clock = {
    time: 0,
    waits: [] as number[],
    now: () => clock.time,
    sleep: (ms: number) => {
      clock.waits.push(ms);
      clock.time += ms;
      return Promise.resolve();
    },
    random: () => random,
  };
  return clock;
}

describe('backoffDelay', () => {
  it('grows exponentially and is capped', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
  it('applies full and equal jitter within their ranges', () => {
    expect(backoffDelay({ ...policy, jitter: 'full' }, 3, () => 0)).toBe(0);
    expect(backoffDelay({ ...policy, jitter: 'full' }, 3, () => 0.999)).toBe(3996);
    expect(backoffDelay({ ...policy, jitter: 'equal' }, 3, () => 0)).toBe(2000);
    expect(backoffDelay({ ...policy, jitter: 'equal' }, 3, () => 1)).toBe(4000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('retry', () => {
  const failing = (reason = 'boom'): Promise<AttemptResult<string>> =>
    Promise.resolve({ kind: 'retry', value: 'x', reason });

  it('returns the first success with the attempts it took', async () => {
    const clock = fakeClock();
    let n = 0;
    const outcome = await retry(
      () => (++n < 3 ? failing() : Promise.resolve({ kind: 'done', value: 'ok' })),
      policy,
      clock,
    );
    expect(outcome).toEqual({ ok: true, value: 'ok', attempts: 3, elapsedMs: 3000 });
    expect(clock.waits).toEqual([1000, 2000]);
  });

  it('stops after maxAttempts with the last reason', async () => {
    const clock = fakeClock();
    const outcome = await retry(() => failing('HTTP 503'), policy, clock);
    expect(outcome).toMatchObject({ ok: false, stoppedBy: 'attempts', attempts: 5, reason: 'HTTP 503' });
    expect(clock.waits).toEqual([1000, 2000, 4000, 5000]);
  });

  it('stops at once on a fatal answer', async () => {
    const clock = fakeClock();
    const outcome = await retry(
      () => Promise.resolve({ kind: 'fatal', value: 'x', reason: 'HTTP 404' }),
      policy,
      clock,
    );
    expect(outcome).toMatchObject({ ok: false, stoppedBy: 'fatal', attempts: 1, reason: 'HTTP 404' });
    expect(clock.waits).toEqual([]);
  });

  it('never waits past the deadline, and tells each attempt the time left', async () => {
    const clock = fakeClock();
    const remaining: number[] = [];
    const outcome = await retry(
      ({ remainingMs }) => {
        remaining.push(remainingMs);
        return failing();
      },
      { ...policy, maxAttempts: 100, deadlineMs: 6500 },
      clock,
    );
    expect(outcome).toMatchObject({ ok: false, stoppedBy: 'deadline', attempts: 3 });
    expect(remaining).toEqual([6500, 5500, 3500]);
    expect(clock.time).toBeLessThanOrEqual(6500);
  });

  it('honours a delay the attempt asks for (Retry-After), within the deadline', async () => {
    const clock = fakeClock();
    let n = 0;
    const outcome = await retry<string>(
      () =>
        Promise.resolve(
          ++n === 1
            ? { kind: 'retry', value: 'x', reason: '429', delayMs: 7000 }
            : { kind: 'done', value: 'ok' },
        ),
      policy,
      clock,
    );
    expect(outcome.ok).toBe(true);
    expect(clock.waits).toEqual([7000]);
    const tooLong = await retry<string>(
      () => Promise.resolve({ kind: 'retry', value: 'x', reason: '429', delayMs: 120_000 }),
      policy,
      fakeClock(),
    );
    expect(tooLong).toMatchObject({ ok: false, stoppedBy: 'deadline', attempts: 1, reason: '429' });
  });

  it('reports each wait before it starts', async () => {
    const told: [number, number][] = [];
    await retry(
      () => failing(),
      { ...policy, maxAttempts: 3 },
      fakeClock(),
      (ms, attempt) => told.push([ms, attempt]),
    );
    expect(told).toEqual([
      [1000, 1],
      [2000, 2],
    ]);
  });
});
