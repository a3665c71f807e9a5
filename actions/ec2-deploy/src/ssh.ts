/**
 * SSH with node-ssh: the host key checked before anything runs, connection retried with backoff while the
 * server comes up (refused, timed out, banner not ready), never on a wrong key or failed authentication;
 * the script's exit code and signal read from execCommand (node-ssh's exec() ignores them).
 */
import { randomBytes } from 'node:crypto';
import { NodeSSH } from 'node-ssh';
import { whileRunning } from '../../../shared/cancel.js';
import { retry } from '../../../shared/retry.js';
import { fingerprintOf } from './host-keys.js';
import { shellQuote } from './remote-script.js';

export interface HostKeyPolicy {
  mode: 'pinned' | 'accept-new' | 'off';
  /** Accepted fingerprints (pinned). */
  fingerprints: readonly string[];
}

export interface ConnectOptions {
  host: string;
  port: number;
  username: string;
  privateKey: string;
  passphrase: string | undefined;
  policy: HostKeyPolicy;
  waitTimeoutMs: number;
  log: (line: string) => void;
}

export class HostKeyError extends Error {
  override readonly name = 'HostKeyError';
  constructor(
    message: string,
    readonly seen: string,
  ) {
    super(message);
  }
}

export interface Connection {
  ssh: NodeSSH;
  fingerprint: string;
  attempts: number;
}

const TRANSIENT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Timed out while waiting for handshake|handshake|banner|Connection lost before handshake|socket hang up|EAI_AGAIN/i;

export async function connect(options: ConnectOptions): Promise<Connection> {
  let seen = '';
  const outcome = await retry<Connection | Error>(
    async ({ remainingMs }) => {
      const ssh = new NodeSSH();
      try {
        await ssh.connect({
          host: options.host,
          port: options.port,
          username: options.username,
          privateKey: options.privateKey,
          ...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
          readyTimeout: Math.min(20_000, Math.max(1000, remainingMs)),
          hostVerifier: (key: Buffer) => {
            seen = fingerprintOf(key);
            return options.policy.mode !== 'pinned' || options.policy.fingerprints.includes(seen);
          },
        });
        return { kind: 'done', value: { ssh, fingerprint: seen, attempts: 0 } };
      } catch (error) {
        ssh.dispose();
        const message = error instanceof Error ? error.message : String(error);
        if (/verification failed|Host denied/i.test(message)) {
          const failure = new HostKeyError(
            `the host key of ${options.host}:${options.port} is ${seen}, which is not pinned`,
            seen,
          );
          return { kind: 'fatal', value: failure, reason: failure.message };
        }
        if (/authentication methods failed|Authentication failed|All configured/i.test(message)) {
          const failure = new Error(
            `authentication as ${options.username} failed (check username and ssh-key)`,
          );
          return { kind: 'fatal', value: failure, reason: failure.message };
        }
        if (/privateKey|Cannot parse|Unsupported key|Encrypted private key|passphrase/i.test(message)) {
          const failure = new Error(`the private key cannot be used: ${message}`);
          return { kind: 'fatal', value: failure, reason: failure.message };
        }
        const failure = new Error(`SSH to ${options.host}:${options.port} is not ready: ${message}`);
        options.log(`${failure.message}; retrying`);
        return TRANSIENT.test(message)
          ? { kind: 'retry', value: failure, reason: failure.message }
          : { kind: 'fatal', value: failure, reason: failure.message };
      }
    },
    {
      maxAttempts: 1000,
      initialDelayMs: 500,
      factor: 1.5,
      maxDelayMs: 5000,
      deadlineMs: options.waitTimeoutMs,
      jitter: 'equal',
    },
  );
  if (outcome.ok && !(outcome.value instanceof Error))
    return { ...outcome.value, attempts: outcome.attempts };
  const value = outcome.value;
  if (value instanceof Error) throw value;
  throw new Error(outcome.ok ? 'unexpected' : outcome.reason);
}

export interface RunResult {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  tail: string[];
}

/**
 * The remote command: `shell` run in a session of its own (setsid), its process group id written to `pidFile`,
 * so that a timeout or a cancelled step can stop the script and everything it started. Closing the SSH
 * connection is not enough: without a terminal, sshd sends no hang-up, and a loop keeps running.
 */
export function groupedCommand(shell: string, pidFile: string): string {
  const wrapper = shellQuote('echo $$ > "$0"; "$@"; c=$?; rm -f "$0"; exit $c');
  const file = shellQuote(pidFile);
  return (
    `if command -v setsid >/dev/null 2>&1; then exec setsid -w sh -c ${wrapper} ${file} ${shell}; ` +
    `else exec sh -c ${wrapper} ${file} ${shell}; fi`
  );
}

/**
 * Stops the group in `pidFile`: TERM, then KILL after `graceSeconds` for what traps TERM; then removes the
 * `leftovers` (files of the run, such as the output file, that nothing reads after a stop).
 */
export function killCommand(
  pidFile: string,
  graceSeconds: number,
  leftovers: readonly string[] = [],
): string {
  const file = shellQuote(pidFile);
  const extra = leftovers.map((f) => ` ${shellQuote(f)}`).join('');
  const signal = (name: string): string =>
    `kill -${name} -- -"$p" 2>/dev/null || kill -${name} "$p" 2>/dev/null`;
  return (
    `p=$(cat ${file} 2>/dev/null); [ -n "$p" ] || exit 0; ${signal('TERM')}; ` +
    `i=0; while [ $i -lt ${graceSeconds * 10} ] && kill -0 -- -"$p" 2>/dev/null; do sleep 0.1; i=$((i+1)); done; ` +
    `${signal('KILL')}; rm -f ${file}${extra}`
  );
}

/**
 * Runs `shell` with the script on stdin, streaming output live. After `timeoutMs`, or when the step is
 * cancelled, the script's whole process group on the host is stopped (TERM, then KILL after `graceMs`).
 */
export async function runScript(
  connection: Connection,
  shell: string,
  stdin: string,
  timeoutMs: number,
  onOutput: (chunk: string, stream: 'stdout' | 'stderr') => void,
  graceMs = 3000,
  leftovers: readonly string[] = [],
): Promise<RunResult> {
  const tail: string[] = [];
  const keep = (chunk: string): void => {
    tail.push(...chunk.split('\n').filter(Boolean));
    if (tail.length > 50) tail.splice(0, tail.length - 50);
  };
  const pidFile = `/tmp/runway-deploy-${randomBytes(8).toString('hex')}.pgid`;
  const state = { timedOut: false };
  let stopping: Promise<void> | undefined;
  const stopRemote = (grace: number): Promise<void> => {
    stopping ??= (async () => {
      const kill = connection.ssh.execCommand(killCommand(pidFile, Math.ceil(grace / 1000), leftovers));
      // The kill itself is bounded: a connection that died takes the session (and sshd its children) with it.
      const bound = new Promise((resolve) => setTimeout(resolve, grace + 5000).unref());
      await Promise.race([kill.catch(() => undefined), bound]);
      connection.ssh.dispose();
    })();
    return stopping;
  };
  const timer = setTimeout(() => {
    state.timedOut = true;
    void stopRemote(graceMs);
  }, timeoutMs);
  // A cancelled step (the runner's SIGINT, then SIGTERM) stops the remote script before it goes.
  const { release } = whileRunning(() => stopRemote(1000));
  try {
    const result = await connection.ssh.execCommand(groupedCommand(shell, pidFile), {
      stdin,
      onStdout: (b) => {
        const s = b.toString('utf8');
        keep(s);
        onOutput(s, 'stdout');
      },
      onStderr: (b) => {
        const s = b.toString('utf8');
        keep(s);
        onOutput(s, 'stderr');
      },
    });
    if (state.timedOut) await stopping;
    return { code: result.code, signal: result.signal, timedOut: state.timedOut, tail };
  } catch (error) {
    if (state.timedOut) {
      await stopping;
      return { code: null, signal: null, timedOut: true, tail };
    }
    throw error;
  } finally {
    clearTimeout(timer);
    release();
  }
}
