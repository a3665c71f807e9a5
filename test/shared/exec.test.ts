/** shared/exec.ts with real programs: output shown as it comes, a heartbeat while silent, groups stopped. */
import { describe, expect, it } from 'vitest';
import { execCapture, type LiveOutput } from '../../shared/exec.js';

function recorder(streams: LiveOutput['streams'], heartbeatMs = 60_000) {
  const lines: { at: number; line: string }[] = [];
  const started = Date.now();
  const live: LiveOutput = {
    label: 'the tool',
    streams,
    heartbeatMs,
    write: (line) => lines.push({ at: Date.now() - started, line }),
  };
  return { live, lines };
}

describe('live output', () => {
  it('shows each line when it is printed, not when the program ends, and still captures it all', async () => {
    const { live, lines } = recorder(['stdout', 'stderr']);
    const ran = await execCapture(
      'bash',
      ['-c', 'echo one; sleep 0.6; echo two >&2; sleep 0.6; printf three'],
      {
        live,
      },
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('one\nthree');
    expect(ran.stderr).toBe('two\n');
    expect(lines.map((l) => l.line)).toEqual(['one', 'two', 'three']);
    // "one" came long before the end: shown as it came.
    expect(lines[0]?.at).toBeLessThan(500);
    expect(lines[1]?.at).toBeGreaterThanOrEqual(500);
  });

  it('shows only the streams asked for', async () => {
    const { live, lines } = recorder(['stderr']);
    const ran = await execCapture('bash', ['-c', 'echo \'{"json": 1}\'; echo progress >&2'], { live });
    expect(ran.stdout).toBe('{"json": 1}\n');
    expect(lines.map((l) => l.line)).toEqual(['progress']);
  });

  it('says a silent program is still running, once per heartbeat', async () => {
    const { live, lines } = recorder([], 300);
    const ran = await execCapture('sleep', ['1.1'], { live });
    expect(ran.code).toBe(0);
    const beats = lines.filter((l) => /^the tool is still running \(\d+ s\)$/.test(l.line));
    expect(beats.length).toBeGreaterThanOrEqual(2);
    expect(beats.length).toBeLessThanOrEqual(4);
    // The seconds since it started: one or two here, five allowing for a loaded machine.
    const seconds = beats.map((l) => Number(/\((\d+) s\)/.exec(l.line)?.[1]));
    expect(seconds.every((s) => s >= 0 && s <= 5)).toBe(true);
  });

  it('a program that prints keeps the heartbeat quiet', async () => {
    const { live, lines } = recorder(['stdout'], 400);
    await execCapture('bash', ['-c', 'for i in 1 2 3 4 5 6; do echo $i; sleep 0.2; done'], { live });
    expect(lines.filter((l) => l.line.includes('still running'))).toEqual([]);
    expect(lines).toHaveLength(6);
  });

  it('a program that ignores its timeout is stopped with its whole group, and the heartbeat with it', async () => {
    const { live, lines } = recorder([], 200);
    const started = Date.now();
    const ran = await execCapture('bash', ['-c', 'trap "" TERM; sleep 30 & wait'], {
      live,
      timeoutMs: 500,
      graceMs: 300,
    });
    expect(ran.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    const count = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lines.length).toBe(count);
  });
});
