/** Running programs at the edges: output limits, a missing program, cwd and env, long lines, exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execCapture } from '../../shared/exec.js';

const dir = mkdtempSync(path.join(tmpdir(), 'runway-exec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const node = process.execPath;

describe('execCapture', () => {
  it('returns the exit code and both streams apart', async () => {
    const run = await execCapture('sh', ['-c', 'echo out; echo err >&2; exit 7']);
    expect(run).toEqual({
      code: 7,
      stdout: 'out\n',
      stderr: 'err\n',
      missing: false,
      timedOut: false,
      overflowed: false,
    });
  });

  it('runs in the folder and with the environment given', async () => {
    const run = await execCapture('sh', ['-c', 'pwd; echo "$ONLY"'], {
      cwd: dir,
      env: { ONLY: 'this', PATH: process.env.PATH },
    });
    expect(run.stdout).toBe(`${dir}\nthis\n`);
  });

  it('a program that is not there is missing, with no exit code', async () => {
    const run = await execCapture(path.join(dir, 'no-such-program'), []);
    expect(run).toMatchObject({ code: null, missing: true, timedOut: false, overflowed: false });
  });

  it('keeps exactly maxBuffer bytes of a stream; one more stops the program as overflowed', async () => {
    const print = (n: number) => `process.stdout.write('x'.repeat(${n}))`;
    const exact = await execCapture(node, ['-e', print(1000)], { maxBuffer: 1000 });
    expect(exact).toMatchObject({ code: 0, overflowed: false });
    expect(exact.stdout).toBe('x'.repeat(1000));
    const over = await execCapture(node, ['-e', `${print(1001)}; setTimeout(() => {}, 10000)`], {
      maxBuffer: 1000,
      graceMs: 200,
    });
    expect(over).toMatchObject({ code: null, overflowed: true, timedOut: false });
    expect(over.stdout).toBe('x'.repeat(1000));
  });

  it('the limit is per stream: stderr has its own', async () => {
    const run = await execCapture(
      node,
      ['-e', "process.stdout.write('o'.repeat(800)); process.stderr.write('e'.repeat(800))"],
      {
        maxBuffer: 1000,
      },
    );
    expect(run).toMatchObject({ code: 0, overflowed: false });
    expect(run.stdout.length + run.stderr.length).toBe(1600);
    const overErr = await execCapture(node, ['-e', "process.stderr.write('e'.repeat(1001))"], {
      maxBuffer: 1000,
      graceMs: 200,
    });
    expect(overErr).toMatchObject({ overflowed: true, stderr: 'e'.repeat(1000) });
  });

  it('counts what came before: a later chunk is cut at what is left of the limit', async () => {
    const run = await execCapture(
      node,
      ['-e', "process.stdout.write('ab'); setTimeout(() => process.stdout.write('cdefgh'), 150)"],
      { maxBuffer: 4, graceMs: 200 },
    );
    expect(run).toMatchObject({ stdout: 'abcd', overflowed: true, code: null });
  });

  it("closes the program's stdin: one that reads it ends at once", async () => {
    const run = await execCapture('sh', ['-c', 'cat; echo read all'], { timeoutMs: 5000 });
    expect(run).toMatchObject({ code: 0, stdout: 'read all\n', timedOut: false });
  });

  it('a program that cannot be started for another reason than absence is not missing', async () => {
    const script = path.join(dir, 'not-executable.sh');
    writeFileSync(script, '#!/bin/sh\necho never\n', { mode: 0o644 });
    const run = await execCapture(script, []);
    expect(run).toMatchObject({ missing: false, stdout: '' });
  });

  it('asks a program to stop with SIGTERM first; an exit after it is still no exit code', async () => {
    const run = await execCapture('sh', ['-c', 'trap "echo terminated; exit 0" TERM; sleep 30 & wait'], {
      timeoutMs: 300,
      graceMs: 5000,
    });
    expect(run).toMatchObject({ code: null, timedOut: true, stdout: 'terminated\n' });
  });

  it('kills a program that ignores SIGTERM after graceMs', async () => {
    const started = Date.now();
    const run = await execCapture('sh', ['-c', 'trap "" TERM; sleep 30 & wait'], {
      timeoutMs: 200,
      graceMs: 300,
    });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('on a cancel of the step, kills its whole group at once, then lets go of the signal', async () => {
    const before = process.listeners('SIGINT');
    // Another listener, so that the signal does not go on to end this test process after the stop.
    const stayAlive = (): void => undefined;
    process.on('SIGINT', stayAlive);
    try {
      const started = Date.now();
      // Deaf to TERM and INT, with a child of its own: only a KILL of the group ends it before the grace.
      const running = execCapture('sh', ['-c', 'trap "" TERM INT; sleep 30 & wait'], { graceMs: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The runner's cancel, delivered to the handler alone (emitting it would reach the test runner's own).
      const cancel = process.listeners('SIGINT').filter((l) => l !== stayAlive && !before.includes(l));
      expect(cancel).toHaveLength(1);
      (cancel[0] as (signal: NodeJS.Signals) => void)('SIGINT');
      const run = await Promise.race([
        running,
        new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5000)),
      ]);
      expect(run).toMatchObject({ code: null, timedOut: false });
      expect(Date.now() - started).toBeLessThan(5000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(process.listeners('SIGINT')).not.toContain(cancel[0]);
    } finally {
      process.off('SIGINT', stayAlive);
    }
  });

  it('stops what a program left running in the background when it exits', async () => {
    const started = Date.now();
    const run = await execCapture('sh', ['-c', 'sleep 30 & echo started']);
    expect(run).toMatchObject({ code: 0, stdout: 'started\n' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('shows a line longer than 64 KiB without its end, rather than holding it', async () => {
    const lines: string[] = [];
    const run = await execCapture(
      node,
      ['-e', "process.stdout.write('y'.repeat(70000)); setTimeout(() => process.stdout.write('z\\n'), 200)"],
      {
        live: { streams: ['stdout'], write: (l) => lines.push(l), heartbeatMs: 60_000, label: 'long' },
      },
    );
    expect(run.code).toBe(0);
    expect(lines[0]?.length).toBeGreaterThan(65_536);
    // Shown before the end of the line came.
    expect(lines.at(-1)).toBe('z');
    expect(lines.join('')).toBe(`${'y'.repeat(70000)}z`);
  });

  it('shows a last line without a newline when the program ends, and CRLF endings without the CR', async () => {
    const lines: string[] = [];
    await execCapture('sh', ['-c', "printf 'a\\r\\nb'"], {
      live: { streams: ['stdout'], write: (l) => lines.push(l), heartbeatMs: 60_000, label: 'p' },
    });
    expect(lines).toEqual(['a', 'b']);
    // Only the CR that ends a line: a progress bar's CRs inside one are shown as they are.
    const progress: string[] = [];
    await execCapture('sh', ['-c', "printf '10%%\\r20%%\\r\\n'"], {
      live: { streams: ['stdout'], write: (l) => progress.push(l), heartbeatMs: 60_000, label: 'p' },
    });
    expect(progress).toEqual(['10%\r20%']);
  });
});
