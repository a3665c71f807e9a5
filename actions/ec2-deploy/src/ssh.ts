/**
 * SSH with node-ssh: the host key checked before anything runs, connection retried with backoff while the
 * server comes up (refused, timed out, banner not ready), never on a wrong key or failed authentication;
 * the script's exit code and signal read from execCommand (node-ssh's exec() ignores them).
 */
import { NodeSSH } from 'node-ssh';
import { retry } from '../../../shared/retry.js';
import { fingerprintOf } from './host-keys.js';

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

/** Runs `shell` with the script on stdin, streaming output live; kills it after `timeoutMs`. */
export async function runScript(
  connection: Connection,
  shell: string,
  stdin: string,
  timeoutMs: number,
  onOutput: (chunk: string, stream: 'stdout' | 'stderr') => void,
): Promise<RunResult> {
  const tail: string[] = [];
  const keep = (chunk: string): void => {
    tail.push(...chunk.split('\n').filter(Boolean));
    if (tail.length > 50) tail.splice(0, tail.length - 50);
  };
  const state = { timedOut: false };
  const timer = setTimeout(() => {
    state.timedOut = true;
    // Closing the connection ends the remote session; sshd then hangs up the command.
    connection.ssh.dispose();
  }, timeoutMs);
  try {
    const result = await connection.ssh.execCommand(shell, {
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
    return { code: result.code, signal: result.signal, timedOut: state.timedOut, tail };
  } catch (error) {
    if (state.timedOut) return { code: null, signal: null, timedOut: true, tail };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
