/**
 * ec2-deploy's SSH client as a unit, against a real OpenSSH server on 127.0.0.1: the host key checked before
 * anything runs, which failures are retried while the server comes up and which end the wait at once, and a
 * remote script's exit, output and stop (its whole process group on the host, TERM then KILL).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  type ConnectOptions,
  type Connection,
  groupedCommand,
  HostKeyError,
  killCommand,
  runScript,
} from '../../../actions/ec2-deploy/src/ssh.js';
import { freePort, requireProgram } from '../../harness/servers.js';
import { prepareSshd, SSHD, type Sshd } from '../../harness/sshd.js';
import { running } from '../../harness/processes.js';

const ready =
  requireProgram(SSHD, 'openssh-server') && requireProgram('/usr/bin/ssh-keygen', 'openssh-client');
const servers: Sshd[] = [];
const open: Connection[] = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'runway-ssh-unit-'));
let shared: Sshd | undefined;

beforeAll(async () => {
  if (!ready) return;
  shared = await prepareSshd();
  servers.push(shared);
  await shared.start();
});
afterEach(() => {
  for (const c of open.splice(0)) c.ssh.dispose();
});
afterAll(async () => {
  for (const s of servers) await s.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

function server(): Sshd {
  if (shared === undefined) throw new Error('sshd not prepared');
  return shared;
}

function options(overrides: Partial<ConnectOptions> = {}, s: Sshd = server()): ConnectOptions {
  return {
    host: '127.0.0.1',
    port: s.port,
    username: s.user,
    privateKey: s.keys.ed25519,
    passphrase: undefined,
    policy: { mode: 'pinned', fingerprints: [s.hostFingerprint] },
    waitTimeoutMs: 10_000,
    log: () => undefined,
    ...overrides,
  };
}

async function connected(overrides: Partial<ConnectOptions> = {}): Promise<Connection> {
  const c = await connect(options(overrides));
  open.push(c);
  return c;
}

/** How long `fn` took, in ms, and what it threw. */
async function failure(fn: () => Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const start = Date.now();
  try {
    await fn();
  } catch (error) {
    return { error: error as Error, ms: Date.now() - start };
  }
  throw new Error('expected a failure');
}

const OTHER_FINGERPRINT = `SHA256:${'A'.repeat(43)}`;

describe.skipIf(!ready)('connect', () => {
  it('connects on the first attempt when the pinned fingerprint is the host key, and reports it', async () => {
    const lines: string[] = [];
    const c = await connected({ log: (l) => lines.push(l) });
    expect(c.fingerprint).toBe(server().hostFingerprint);
    expect(c.attempts).toBe(1);
    expect(lines).toEqual([]);
    expect((await c.ssh.execCommand('echo $((6*7))')).stdout).toBe('42');
  });

  it('accepts a key among several pinned, with the RSA PEM client key', async () => {
    const c = await connected({
      privateKey: server().keys.rsaPem,
      policy: { mode: 'pinned', fingerprints: [OTHER_FINGERPRINT, server().hostFingerprint] },
    });
    expect(c.fingerprint).toBe(server().hostFingerprint);
  });

  it.each(['accept-new', 'off'] as const)('%s takes any host key and still reports it', async (mode) => {
    const c = await connected({ policy: { mode, fingerprints: [OTHER_FINGERPRINT] } });
    expect(c.fingerprint).toBe(server().hostFingerprint);
  });

  it('refuses a host key that is not pinned at once, naming the key it saw, without retrying', async () => {
    const lines: string[] = [];
    const { error, ms } = await failure(() =>
      connect(
        options({ policy: { mode: 'pinned', fingerprints: [OTHER_FINGERPRINT] }, log: (l) => lines.push(l) }),
      ),
    );
    expect(error).toBeInstanceOf(HostKeyError);
    expect(error.name).toBe('HostKeyError');
    expect(error.message).toBe(
      `the host key of 127.0.0.1:${server().port} is ${server().hostFingerprint}, which is not pinned`,
    );
    expect(error).toMatchObject({ seen: server().hostFingerprint });
    expect(lines).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses with no fingerprint pinned at all', async () => {
    const { error } = await failure(() => connect(options({ policy: { mode: 'pinned', fingerprints: [] } })));
    expect(error).toBeInstanceOf(HostKeyError);
  });

  it('ends at once when the key is not authorised, naming the user', async () => {
    const other = path.join(scratch, 'unauthorised');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const lines: string[] = [];
    const { error, ms } = await failure(() =>
      connect(options({ privateKey: readFileSync(other, 'utf8'), log: (l) => lines.push(l) })),
    );
    expect(error.message).toBe(`authentication as ${server().user} failed (check username and ssh-key)`);
    expect(error).not.toBeInstanceOf(HostKeyError);
    expect(lines).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it('uses a passphrase-protected key with its passphrase, and refuses a wrong one as an unusable key', async () => {
    const encrypted = path.join(scratch, 'encrypted');
    writeFileSync(encrypted, server().keys.ed25519, { mode: 0o600 });
    execFileSync('ssh-keygen', ['-q', '-p', '-P', '', '-N', 'open sesame', '-f', encrypted]);
    const key = readFileSync(encrypted, 'utf8');
    expect(key).not.toBe(server().keys.ed25519);
    const c = await connected({ privateKey: key, passphrase: 'open sesame' });
    expect(c.attempts).toBe(1);
    const wrong = await failure(() => connect(options({ privateKey: key, passphrase: 'wrong' })));
    expect(wrong.error.message).toMatch(/^the private key cannot be used: /);
    const none = await failure(() => connect(options({ privateKey: key })));
    expect(none.error.message).toMatch(/^the private key cannot be used: .*passphrase/i);
  });

  it('refuses text that is not a private key without trying the server', async () => {
    const { error, ms } = await failure(() => connect(options({ privateKey: 'not a key' })));
    expect(error.message).toMatch(/^the private key cannot be used: /);
    expect(ms).toBeLessThan(2000);
  });

  it('retries while the server is not up yet, logging each try, and connects once it is', async () => {
    const late = await prepareSshd();
    servers.push(late);
    const lines: string[] = [];
    const starting = new Promise((resolve) => setTimeout(resolve, 1500)).then(() => late.start());
    const c = await connect(options({ log: (l) => lines.push(l), waitTimeoutMs: 20_000 }, late));
    open.push(c);
    await starting;
    expect(c.attempts).toBeGreaterThanOrEqual(2);
    expect(c.attempts).toBe(lines.length + 1);
    expect(lines[0]).toBe(
      `SSH to 127.0.0.1:${late.port} is not ready: connect ECONNREFUSED 127.0.0.1:${late.port}; retrying`,
    );
  }, 30_000);

  it('gives up at wait-timeout when nothing ever listens, with the last reason', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const { error, ms } = await failure(() =>
      connect(options({ port, waitTimeoutMs: 2000, log: (l) => lines.push(l) })),
    );
    expect(error.message).toMatch(
      new RegExp(
        `^SSH to 127\\.0\\.0\\.1:${port} is not ready: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}`,
      ),
    );
    // Backoff from half a second, with equal jitter: a few tries in two seconds, not hundreds, not one.
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(6);
    // It stops as soon as the next wait would end past the deadline: at least one wait (250 ms or more).
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(4500);
  });

  it('bounds a server that accepts and never speaks SSH by wait-timeout, not by a 20-second handshake', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const lines: string[] = [];
      const { error, ms } = await failure(() =>
        connect(options({ port, waitTimeoutMs: 2500, log: (l) => lines.push(l) })),
      );
      expect(error.message).toMatch(/is not ready: Timed out while waiting for handshake/);
      expect(lines[0]).toMatch(/Timed out while waiting for handshake; retrying$/);
      expect(ms).toBeGreaterThanOrEqual(1000);
      expect(ms).toBeLessThan(6000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 15_000);

  it('retries a server that hangs up before the handshake (one still starting) until wait-timeout', async () => {
    const sockets: net.Socket[] = [];
    const http = net.createServer((socket) => {
      sockets.push(socket);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as net.AddressInfo).port;
    try {
      const lines: string[] = [];
      const { error, ms } = await failure(() =>
        connect(options({ port, waitTimeoutMs: 3000, log: (l) => lines.push(l) })),
      );
      expect(error.message).toBe(`SSH to 127.0.0.1:${port} is not ready: Connection lost before handshake`);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(ms).toBeLessThan(6000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => http.close(resolve));
    }
  }, 15_000);
});

describe('the remote command lines', () => {
  it('run the shell in a session of its own, writing its group id to the pid file and removing it after', () => {
    expect(groupedCommand('bash -s', '/tmp/x y.pgid')).toBe(
      `if command -v setsid >/dev/null 2>&1; then exec setsid -w sh -c 'echo $$ > "$0"; "$@"; c=$?; rm -f "$0"; exit $c' '/tmp/x y.pgid' bash -s; ` +
        `else exec sh -c 'echo $$ > "$0"; "$@"; c=$?; rm -f "$0"; exit $c' '/tmp/x y.pgid' bash -s; fi`,
    );
  });

  it('stop the group with TERM, wait the grace in tenths of a second, then KILL and remove the leftovers', () => {
    expect(killCommand('/tmp/p.pgid', 2, ['/tmp/out file'])).toBe(
      `p=$(cat '/tmp/p.pgid' 2>/dev/null); [ -n "$p" ] || exit 0; ` +
        `kill -TERM -- -"$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null; ` +
        `i=0; while [ $i -lt 20 ] && kill -0 -- -"$p" 2>/dev/null; do sleep 0.1; i=$((i+1)); done; ` +
        `kill -KILL -- -"$p" 2>/dev/null || kill -KILL "$p" 2>/dev/null; rm -f '/tmp/p.pgid' '/tmp/out file'`,
    );
    expect(killCommand('/tmp/p.pgid', 0)).toMatch(/\[ \$i -lt 0 \].*; rm -f '\/tmp\/p\.pgid'$/);
    expect(killCommand('/tmp/p.pgid', 1, ['/tmp/a', '/tmp/b'])).toMatch(
      /; rm -f '\/tmp\/p\.pgid' '\/tmp\/a' '\/tmp\/b'$/,
    );
  });
});

/** The pids of processes whose command line holds `marker`. */
function processesWith(marker: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * The pid files (runway-deploy-*.pgid in /tmp) that hold `pgid`: other tests and runs may have their own there
 * at the same time, so only the file of this script's group is looked for.
 */
function pidFilesOf(pgid: string): string[] {
  return readdirSync('/tmp')
    .filter((f) => /^runway-deploy-[0-9a-f]+\.pgid$/.test(f))
    .filter((f) => {
      try {
        return readFileSync(path.join('/tmp', f), 'utf8').trim() === pgid;
      } catch {
        return false;
      }
    });
}

/** A script line that prints the process group it runs in. */
const PRINT_PGID = `awk '{print "PGID=" $5}' /proc/$$/stat`;
const pgidIn = (output: string): string => /PGID=(\d+)/.exec(output)?.[1] ?? 'none';

const stayAlive = (): void => undefined;
afterAll(() => {
  process.off('SIGINT', stayAlive);
});

describe.skipIf(!ready)('runScript', () => {
  it('feeds the script on stdin, streams both outputs by stream, and returns the exit code', async () => {
    const c = await connected();
    const chunks: [string, string][] = [];
    const result = await runScript(
      c,
      'bash -s',
      'echo out-line\necho err-line >&2\nexit 3\n',
      10_000,
      (chunk, stream) => chunks.push([stream, chunk]),
    );
    expect(result).toEqual({ code: 3, signal: null, timedOut: false, tail: expect.any(Array) as never });
    expect(result.tail.sort()).toEqual(['err-line', 'out-line']);
    expect(
      chunks
        .filter(([s]) => s === 'stdout')
        .map(([, t]) => t)
        .join(''),
    ).toBe('out-line\n');
    expect(
      chunks
        .filter(([s]) => s === 'stderr')
        .map(([, t]) => t)
        .join(''),
    ).toBe('err-line\n');
  });

  it('keeps the last 50 non-empty lines as the tail', async () => {
    const c = await connected();
    const result = await runScript(
      c,
      'bash -s',
      'for i in $(seq 1 80); do echo "line $i"; echo; done\n',
      10_000,
      () => undefined,
    );
    expect(result.code).toBe(0);
    expect(result.tail).toHaveLength(50);
    expect(result.tail[0]).toBe('line 31');
    expect(result.tail.at(-1)).toBe('line 80');
  });

  it('reports a script killed by a signal as 128 + the signal, as the shell around it does', async () => {
    const c = await connected();
    const result = await runScript(c, 'bash -s', 'kill -KILL $$\n', 10_000, () => undefined);
    expect(result.code).toBe(137);
    expect(result.signal).toBeNull();
    expect(result.timedOut).toBe(false);
  });

  it('stops the whole process group on the host at the timeout, and removes the pid file and leftovers', async () => {
    const c = await connected();
    const marker = `runway-unit-${process.pid}-${Date.now()}`;
    const leftover = path.join(scratch, 'leftover-output');
    writeFileSync(leftover, 'x');
    let output = '';
    const start = Date.now();
    const running$ = runScript(
      c,
      'bash -s',
      // A child in the background and one in the foreground: both must go.
      `${PRINT_PGID}\n(exec -a ${marker}-bg sleep 300) & (exec -a ${marker}-fg sleep 301)\n`,
      3000,
      (chunk) => (output += chunk),
      1000,
      [leftover],
    );
    // Both children really started, in the script's group, and its pid file is there.
    let started: number[] = [];
    for (let i = 0; i < 100 && (started.length < 2 || !output.includes('PGID=')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      started = processesWith(marker);
    }
    expect(started).toHaveLength(2);
    expect(pidFilesOf(pgidIn(output))).toHaveLength(1);
    const result = await running$;
    const ms = Date.now() - start;
    expect(result.timedOut).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(3000);
    expect(ms).toBeLessThan(9000);
    for (const pid of started) expect(await running(pid)).toBe(false);
    expect(existsSync(leftover)).toBe(false);
    expect(pidFilesOf(pgidIn(output))).toEqual([]);
  }, 20_000);

  it('kills after the grace a script that traps TERM', async () => {
    const c = await connected();
    const marker = `runway-trap-${process.pid}-${Date.now()}`;
    const start = Date.now();
    const running$ = runScript(
      c,
      'bash -s',
      `trap '' TERM; (exec -a ${marker} sleep 302) & while true; do sleep 0.2; done\n`,
      1500,
      () => undefined,
      1500,
    );
    // Its child really started, so that its absence afterwards means it was killed.
    let started: number[] = [];
    for (let i = 0; i < 100 && started.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      started = processesWith(marker);
    }
    expect(started).toHaveLength(1);
    const result = await running$;
    const ms = Date.now() - start;
    expect(result.timedOut).toBe(true);
    // TERM is ignored, so the stop waits out the grace (rounded up to whole seconds) before KILL.
    expect(ms).toBeGreaterThanOrEqual(1500 + 1500);
    expect(ms).toBeLessThan(10_000);
    for (const pid of started) expect(await running(pid)).toBe(false);
  }, 20_000);

  it('leaves nothing behind when the script ends by itself', async () => {
    const c = await connected();
    let output = '';
    const listening = process.listenerCount('SIGINT');
    const result = await runScript(c, 'bash -s', `${PRINT_PGID}\n`, 10_000, (chunk) => (output += chunk));
    expect(result).toMatchObject({ code: 0, timedOut: false });
    expect(pgidIn(output)).toMatch(/^\d+$/);
    expect(pidFilesOf(pgidIn(output))).toEqual([]);
    // It no longer waits for a cancel.
    expect(process.listenerCount('SIGINT')).toBe(listening);
  });

  it('stops the process group on the host when the step is cancelled', async () => {
    const c = await connected();
    const marker = `runway-unit-cancel-${process.pid}-${Date.now()}`;
    let output = '';
    const before = process.listeners('SIGINT');
    // Another listener, so that the cancel does not go on to end this test process once it has stopped the
    // script (after the step's handler has let go, later than this test can see): removed after the file.
    process.on('SIGINT', stayAlive);
    const running$ = runScript(
      c,
      'bash -s',
      `${PRINT_PGID}\n(exec -a ${marker} sleep 302)\n`,
      60_000,
      (chunk) => (output += chunk),
    );
    let started: number[] = [];
    for (let i = 0; i < 100 && (started.length < 1 || !output.includes('PGID=')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      started = processesWith(marker);
    }
    expect(started).toHaveLength(1);
    // The runner's cancel, delivered to the step's handler alone (emitting the signal would reach the test
    // runner's own handlers too).
    const cancel = process.listeners('SIGINT').filter((l) => l !== stayAlive && !before.includes(l));
    expect(cancel).toHaveLength(1);
    const start = Date.now();
    (cancel[0] as (signal: NodeJS.Signals) => void)('SIGINT');
    await running$.catch(() => undefined);
    expect(Date.now() - start).toBeLessThan(9000);
    for (const pid of started) expect(await running(pid)).toBe(false);
    // The stop ends by closing the connection; the handler lets go of the signal right after.
    for (let i = 0; i < 200 && c.ssh.isConnected(); i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(c.ssh.isConnected()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(process.listeners('SIGINT')).not.toContain(cancel[0]);
  }, 20_000);
});
