/** Polls one URL until it is healthy enough times in a row, it cannot become healthy, or time runs out. */
import { type Clock, realClock, retry } from '../../../shared/retry.js';
import { formatDuration } from '../../../shared/units.js';
import type { CheckConfig } from './check-config.js';
import type { ProbeResult } from './probe.js';

export interface AttemptRecord {
  attempt: number;
  /** Since the check began, in ms. */
  atMs: number;
  healthy: boolean;
  status: number | undefined;
  responseTimeMs: number | undefined;
  error: string | undefined;
  /** What came next: `retry in 2.00s`, `healthy`, `gave up: ...`. */
  next: string;
}

export type StopReason = 'healthy' | 'fatal' | 'attempts' | 'deadline';

export interface UrlResult {
  url: string;
  healthy: boolean;
  status: number | undefined;
  attempts: number;
  responseTimeMs: number | undefined;
  error: string | undefined;
  stoppedBy: StopReason;
  elapsedMs: number;
  finalUrl: string | undefined;
  history: AttemptRecord[];
}

export type Prober = (url: string, timeoutMs: number) => Promise<ProbeResult>;

const GAVE_UP: Readonly<Record<Exclude<StopReason, 'healthy'>, string>> = {
  fatal: 'gave up: retrying cannot fix this',
  attempts: 'gave up: max-attempts reached',
  deadline: 'gave up: the deadline leaves no time for another attempt',
};

export async function pollUntilHealthy(
  url: string,
  config: CheckConfig,
  prober: Prober,
  onAttempt: (record: AttemptRecord) => void = () => undefined,
  clock: Clock = realClock,
): Promise<UrlResult> {
  const start = clock.now();
  const history: AttemptRecord[] = [];
  let streak = 0;
  let pending: AttemptRecord | undefined;
  const settle = (next: string): void => {
    if (pending === undefined) return;
    pending.next = next;
    onAttempt(pending);
    pending = undefined;
  };

  if (config.initialDelayMs > 0) await clock.sleep(Math.min(config.initialDelayMs, config.policy.deadlineMs));
  const policy = { ...config.policy, deadlineMs: config.policy.deadlineMs - (clock.now() - start) };

  const outcome = await retry<ProbeResult>(
    async ({ attempt, remainingMs }) => {
      const atMs = clock.now() - start;
      const result = await prober(url, Math.min(config.timeoutMs, remainingMs));
      pending = {
        attempt,
        atMs,
        healthy: result.healthy,
        status: result.status,
        responseTimeMs: result.responseTimeMs,
        error: result.error,
        next: '',
      };
      history.push(pending);
      if (result.healthy) {
        streak++;
        if (streak >= config.consecutiveSuccesses) {
          settle(
            config.consecutiveSuccesses > 1
              ? `healthy ${streak}/${config.consecutiveSuccesses}: done`
              : 'healthy',
          );
          return { kind: 'done', value: result };
        }
        // Confirmation attempts come at the base pace: backing off here would only delay a healthy answer.
        return {
          kind: 'retry',
          value: result,
          reason: `healthy ${streak} of ${config.consecutiveSuccesses} times in a row`,
          delayMs: config.policy.initialDelayMs,
        };
      }
      streak = 0;
      const reason = result.error ?? 'unhealthy';
      if (!result.transient && config.retryOn === 'transient')
        return { kind: 'fatal', value: result, reason };
      if (result.retryAfterMs !== undefined) {
        return {
          kind: 'retry',
          value: result,
          reason: `${reason} (server asked to retry after ${formatDuration(result.retryAfterMs)})`,
          delayMs: result.retryAfterMs,
        };
      }
      return { kind: 'retry', value: result, reason };
    },
    policy,
    clock,
    (delayMs) => {
      const streakNote =
        pending?.healthy === true ? `healthy ${streak}/${config.consecutiveSuccesses}: ` : '';
      settle(`${streakNote}retry in ${formatDuration(delayMs)}`);
    },
  );
  if (!outcome.ok) settle(GAVE_UP[outcome.stoppedBy]);

  const final = outcome.value;
  return {
    url,
    healthy: outcome.ok,
    status: final?.status,
    attempts: outcome.attempts,
    responseTimeMs: final?.responseTimeMs,
    error: outcome.ok ? undefined : outcome.reason,
    stoppedBy: outcome.ok ? 'healthy' : outcome.stoppedBy,
    elapsedMs: clock.now() - start,
    finalUrl: final?.finalUrl,
    history,
  };
}
