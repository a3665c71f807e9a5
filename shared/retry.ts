/**
 * Bounded retries: capped exponential backoff with full jitter, an overall deadline that no wait or attempt
 * may overrun, and a server's Retry-After honoured (still within the deadline). The clock, sleep and random
 * source are injectable so the policy is tested exactly, without real time passing.
 */

export interface BackoffPolicy {
  /** Attempts in all, the first included (>= 1). */
  maxAttempts: number;
  /** Delay before the second attempt, in ms. */
  initialDelayMs: number;
  /** Each later delay is the previous one times this (>= 1). */
  factor: number;
  /** No computed delay exceeds this, in ms. */
  maxDelayMs: number;
  /** Overall time budget from the start, in ms; attempts and waits never run past it. */
  deadlineMs: number;
  /**
   * `full`: uniformly random in [0, computed], so many clients never retry in lock-step (AWS's advice for
   * shared services); `equal`: in [computed/2, computed], still spread but never much shorter than asked;
   * `none`: exactly the computed delay.
   */
  jitter: 'full' | 'equal' | 'none';
}

/** The delay before attempt `attempt + 1`, after `attempt` attempts (attempt >= 1). */
export function backoffDelay(
  policy: BackoffPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const exponential = policy.initialDelayMs * policy.factor ** Math.max(0, attempt - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  switch (policy.jitter) {
    case 'full':
      return Math.round(random() * capped);
    case 'equal':
      return Math.round(capped / 2 + (random() * capped) / 2);
    case 'none':
      return Math.round(capped);
  }
}

/** Retry-After as seconds or as an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names a weekday or month and has a time of day; anything else (`-5`, `1.5`) is not one,
  // though Date.parse would read it as a day in 2001 and so as "now".
  if (!/[A-Za-z]{3}/.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export type AttemptResult<T> =
  /** Finished: stop retrying, successfully. */
  | { kind: 'done'; value: T }
  /** Not yet: try again after the backoff delay, or after `delayMs` when the attempt knows better. */
  | { kind: 'retry'; value: T; reason: string; delayMs?: number }
  /** Will not get better by retrying: stop now. */
  | { kind: 'fatal'; value: T; reason: string };

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number; elapsedMs: number }
  | {
      ok: false;
      /** Why it stopped: a fatal answer, attempts used up, or the deadline reached. */
      stoppedBy: 'fatal' | 'attempts' | 'deadline';
      value: T | undefined;
      reason: string;
      attempts: number;
      elapsedMs: number;
    };

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface AttemptContext {
  /** 1-based number of this attempt. */
  attempt: number;
  /** Time left before the deadline, in ms: an attempt should not take longer. */
  remainingMs: number;
}

/** Runs `attempt` until it is done, fatal, out of attempts, or out of time. Never throws for a retryable error. */
export async function retry<T>(
  attempt: (context: AttemptContext) => Promise<AttemptResult<T>>,
  policy: BackoffPolicy,
  clock: Clock = realClock,
  /** Told of each wait before it starts, e.g. to log "retrying in 2s". */
  onWait: (delayMs: number, attempt: number) => void = () => undefined,
): Promise<RetryOutcome<T>> {
  const start = clock.now();
  const elapsed = (): number => clock.now() - start;
  let last: AttemptResult<T> | undefined;
  let attempts = 0;
  while (attempts < policy.maxAttempts) {
    const remainingMs = policy.deadlineMs - elapsed();
    if (remainingMs <= 0) break;
    attempts++;
    last = await attempt({ attempt: attempts, remainingMs });
    if (last.kind === 'done') return { ok: true, value: last.value, attempts, elapsedMs: elapsed() };
    if (last.kind === 'fatal') {
      return {
        ok: false,
        stoppedBy: 'fatal',
        value: last.value,
        reason: last.reason,
        attempts,
        elapsedMs: elapsed(),
      };
    }
    if (attempts >= policy.maxAttempts) break;
    const wait = last.delayMs ?? backoffDelay(policy, attempts, () => clock.random());
    const left = policy.deadlineMs - elapsed();
    // A wait that would end past the deadline cannot lead to another attempt: stop now, not later.
    if (wait >= left) {
      return {
        ok: false,
        stoppedBy: 'deadline',
        value: last.value,
        reason: last.reason,
        attempts,
        elapsedMs: elapsed(),
      };
    }
    onWait(wait, attempts);
    await clock.sleep(wait);
  }
  const stoppedBy = attempts >= policy.maxAttempts ? 'attempts' : 'deadline';
  return {
    ok: false,
    stoppedBy,
    value: last?.value,
    reason: last && last.kind !== 'done' ? last.reason : 'no attempt was made before the deadline',
    attempts,
    elapsedMs: elapsed(),
  };
}
