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

/** What to show in the log while the program runs. */
export interface LiveOutput {
  /** The streams whose lines are shown as they come (the others are only captured). */
  streams: readonly ('stdout' | 'stderr')[];
  /** Writes one line to the log (redacted by the caller). */
  write: (line: string) => void;
  /** A silent program gets a line saying it still runs at least this often, in ms. */
  heartbeatMs: number;
  /** Names the program in the heartbeat line. */
  label: string;
}

export interface ExecOptions {
  /** Show output and a heartbeat in the log while it runs; without it the program runs quietly. */
  live?: LiveOutput;
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
    const live = options.live === undefined ? undefined : showLive(child, options.live);

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
      live?.finish();
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

/**
 * Lines of the chosen streams, written as each completes; a heartbeat whenever the program has printed
 * nothing shown for `heartbeatMs`, so a long pip install or scan never looks hung.
 */
function showLive(child: ReturnType<typeof spawn>, live: LiveOutput): { finish: () => void } {
  const started = Date.now();
  let lastShown = started;
  const partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  const show = (line: string): void => {
    lastShown = Date.now();
    live.write(line.replace(/\r$/, ''));
  };
  for (const name of live.streams) {
    child[name]?.on('data', (chunk: Buffer) => {
      const lines = (partial[name] + chunk.toString('utf8')).split('\n');
      partial[name] = lines.pop() ?? '';
      // A line without an end is shown once it passes 64 KiB, not held without bound.
      if (partial[name].length > 65_536) {
        lines.push(partial[name]);
        partial[name] = '';
      }
      for (const line of lines) show(line);
    });
  }
  const heartbeat = setInterval(
    () => {
      const now = Date.now();
      if (now - lastShown < live.heartbeatMs) return;
      lastShown = now;
      live.write(`${live.label} is still running (${Math.round((now - started) / 1000)} s)`);
    },
    Math.max(10, Math.min(live.heartbeatMs, 1000)),
  );
  heartbeat.unref();
  return {
    finish: () => {
      clearInterval(heartbeat);
      for (const name of live.streams) if (partial[name] !== '') show(partial[name]);
    },
  };
}
