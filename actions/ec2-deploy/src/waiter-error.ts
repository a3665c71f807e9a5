/**
 * What an EC2 waiter's failure means, in one line. The SDK's waiters throw an Error whose message is the
 * waiter's whole result as JSON (state, the last answer, every answer counted): shown as it is, a wait that
 * ran out or an instance that was terminated reads as a page of JSON.
 */
import { isObject } from '../../../shared/json.js';
import { oneLine } from '../../../shared/text.js';

/** The waiter's result inside the error's message, or undefined when the message is not one. */
function waiterResult(message: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return undefined;
  }
  return isObject(parsed) ? parsed : undefined;
}

/** The states DescribeInstances gave in `reason` (the answer the waiter stopped on). */
function instanceStates(reason: unknown): string[] {
  if (!isObject(reason) || !Array.isArray(reason.Reservations)) return [];
  const reservations: unknown[] = reason.Reservations;
  const instances = reservations.flatMap((r): unknown[] =>
    isObject(r) && Array.isArray(r.Instances) ? (r.Instances as unknown[]) : [],
  );
  return instances.flatMap((i) =>
    isObject(i) && isObject(i.State) && typeof i.State.Name === 'string' ? [i.State.Name] : [],
  );
}

/**
 * The answers that were not a plain success, as the waiter counted them ("403: You are not authorized…"
 * ×5): the reason a wait ran out is often an error EC2 kept giving, which the waiter retries silently.
 */
function errorAnswers(observed: unknown): string[] {
  if (!isObject(observed)) return [];
  return Object.entries(observed)
    .filter(([answer]) => /^\d{3}: /.test(answer) && !/^2\d\d: OK$/.test(answer))
    .slice(-3)
    .map(([answer, count]) => `${oneLine(answer, 200)}${Number(count) > 1 ? ` (×${String(count)})` : ''}`);
}

/** The error to show for a waiter that ended without reaching `what` within `seconds`. */
export function waiterError(id: string, what: string, seconds: number, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const result = waiterResult(message);
  const timedOut = (error instanceof Error && error.name === 'TimeoutError') || result?.state === 'TIMEOUT';
  if (timedOut) {
    const answers = errorAnswers(result?.observedResponses);
    return new Error(
      `instance ${id} was not ${what} within ${seconds}s (wait-timeout)${answers.length > 0 ? `; EC2 answered ${answers.join('; ')}` : ''}`,
    );
  }
  if (result?.state === 'FAILURE') {
    const states = [...new Set(instanceStates(result.reason))];
    if (states.length > 0) return new Error(`instance ${id} will not be ${what}: it is ${states.join(', ')}`);
  }
  return new Error(`waiting for instance ${id} to be ${what} failed: ${oneLine(message, 500)}`);
}
