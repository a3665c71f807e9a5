/**
 * Runs a program and captures its output, without throwing: the caller reads the exit code.
 *
 * Whatever it starts is stopped with it. The program runs in a process group of its own, so a timeout stops
 * the program and everything it started (a `bash` and its children, a hung driver call): SIGTERM to the
 * whole group, then SIGKILL after a grace period for what traps TERM. When the step itself is cancelled
 * (SIGINT or SIGTERM from the runner), the group is killed before the step exits, since a group of its own
 * no longer gets the signals meant for the step. Output is captured up to a limit; past it the program is
 * stopped, as a flood of output is never a report anyone can read.
 */
import { spawn } from 'node:child_process';
import { whileRunning } from './cancel.js';

export interface Executed {
  /** The exit code; null when it was killed by a signal, timed out, or printed too much. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** The program was not found (ENOENT). */
  missing: boolean;
  /** Stopped at `timeoutMs`. */
  timedOut: boolean;
  /** Stopped because it printed more than `maxBuffer` bytes on one stream. */
  overflowed: boolean;
}

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** The most kept of each of stdout and stderr, in bytes. */
  maxBuffer?: number;
  /** Between SIGTERM and SIGKILL, in ms. */
  graceMs?: number;
}

const DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;
const DEFAULT_GRACE_MS = 3000;

export function execCapture(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<Executed> {
  return new Promise((resolve) => {
    const limit = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
    const child = spawn(file, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // A group of its own (POSIX): one kill reaches everything it starts.
      detached: process.platform !== 'win32',
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      ...(options.env !== undefined ? { env: options.env } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const size = { out: 0, err: 0 };
    let timedOut = false;
    let overflowed = false;
    let missing = false;
    let hardKill: NodeJS.Timeout | undefined;

    const signalGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        if (process.platform === 'win32') child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const stop = (): void => {
      signalGroup('SIGTERM');
      hardKill ??= setTimeout(() => signalGroup('SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const collect =
      (chunks: Buffer[], stream: 'out' | 'err') =>
      (chunk: Buffer): void => {
        if (size[stream] + chunk.byteLength > limit) {
          const room = limit - size[stream];
          if (room > 0) chunks.push(chunk.subarray(0, room));
          size[stream] = limit;
          if (!overflowed) {
            overflowed = true;
            stop();
          }
          return;
        }
        size[stream] += chunk.byteLength;
        chunks.push(chunk);
      };
    child.stdout.on('data', collect(out, 'out'));
    child.stderr.on('data', collect(err, 'err'));

    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop();
          }, options.timeoutMs);
    // The step is being cancelled: take the group down, then let the signal do what it would have done.
    const { release } = whileRunning(() => signalGroup('SIGKILL'));

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') missing = true;
    });
    // What it left running in its group (a background job, a daemon) is stopped with it.
    child.on('exit', () => signalGroup('SIGKILL'));
    child.on('close', (code) => {
      if (timer !== undefined) clearTimeout(timer);
      if (hardKill !== undefined) clearTimeout(hardKill);
      release();
      resolve({
        code: timedOut || overflowed || missing ? null : code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        missing,
        timedOut,
        overflowed,
      });
    });
  });
}
