/**
 * Cancellation as the runner does it: a signal to the step's process. The signals here are emitted as events
 * in this process and `process.kill` is watched, so the test sees whether the signal's own effect would follow
 * without the test runner being stopped by it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whileRunning } from '../../shared/cancel.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let others: Map<string, NodeJS.SignalsListener[]>;
let kills: [number, string | number | undefined][];
beforeEach(() => {
  // Whatever the test runner listens with is set aside, so "nobody else listens" holds as on a runner.
  others = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  for (const s of SIGNALS) process.removeAllListeners(s);
  kills = [];
  vi.spyOn(process, 'kill').mockImplementation((pid, signal) => {
    kills.push([pid, signal]);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of SIGNALS) {
    process.removeAllListeners(s);
    for (const listener of others.get(s) ?? []) process.on(s, listener);
  }
});

/** Until the handler's chain of promises has run. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('whileRunning', () => {
  it.each(SIGNALS)(
    'on %s: stops the work, stops listening, then lets the signal end the step',
    async (signal) => {
      const order: string[] = [];
      whileRunning(() => {
        order.push(`stop (listening: ${process.listenerCount(signal)})`);
      });
      expect(SIGNALS.map((s) => process.listenerCount(s))).toEqual([1, 1]);
      process.emit(signal, signal);
      await settled();
      expect(order).toEqual(['stop (listening: 1)']);
      expect(SIGNALS.map((s) => process.listenerCount(s))).toEqual([0, 0]);
      expect(kills).toEqual([[process.pid, signal]]);
    },
  );

  it('waits for a stop that takes time before the signal goes on', async () => {
    let finish: () => void = () => undefined;
    whileRunning(() => new Promise<void>((resolve) => (finish = resolve)));
    process.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(kills).toEqual([]);
    finish();
    await settled();
    expect(kills).toEqual([[process.pid, 'SIGTERM']]);
  });

  it('a stop that fails, at once or later, still lets the signal go on', async () => {
    whileRunning(() => {
      throw new Error('already gone');
    });
    process.emit('SIGINT', 'SIGINT');
    await settled();
    expect(kills).toEqual([[process.pid, 'SIGINT']]);
    whileRunning(() => Promise.reject(new Error('no such process')));
    process.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(kills).toEqual([
      [process.pid, 'SIGINT'],
      [process.pid, 'SIGTERM'],
    ]);
  });

  it('while other work still listens, leaves the signal to it', async () => {
    const stopped: string[] = [];
    whileRunning(() => void stopped.push('first'));
    whileRunning(() => void stopped.push('second'));
    process.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(stopped.sort()).toEqual(['first', 'second']);
    // The second to finish finds nobody listening: the signal goes on once.
    expect(kills).toEqual([[process.pid, 'SIGTERM']]);
  });

  it('released, it no longer listens and stops nothing', async () => {
    const stop = vi.fn();
    const { release } = whileRunning(stop);
    release();
    expect(SIGNALS.map((s) => process.listenerCount(s))).toEqual([0, 0]);
    process.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(stop).not.toHaveBeenCalled();
    expect(kills).toEqual([]);
  });
});
