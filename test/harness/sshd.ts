/** A real OpenSSH server on 127.0.0.1, with host and client keys made for the test. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitForPort } from './servers.js';

export const SSHD = '/usr/sbin/sshd';

export interface Sshd {
  port: number;
  user: string;
  hostFingerprint: string;
  /** OpenSSH-format Ed25519 and PEM RSA client keys, both authorised. */
  keys: { ed25519: string; rsaPem: string };
  start(): Promise<void>;
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

// Asynchronous, so a caller's signal handler (the demo's Ctrl-C) runs while keys are made.
const run = promisify(execFile);

async function keygen(...args: string[]): Promise<void> {
  await run('ssh-keygen', ['-q', ...args]);
}

/**
 * Prepares keys and config; `start()` launches sshd (call it later to test a server that comes up late).
 * `extraConfig`: more sshd_config lines (e.g. `SetEnv PATH=…` to put stand-in programs on the sessions' PATH).
 */
export async function prepareSshd(
  parent: string = tmpdir(),
  extraConfig: readonly string[] = [],
): Promise<Sshd> {
  const dir = mkdtempSync(path.join(parent, 'runway-sshd-'));
  const file = (name: string): string => path.join(dir, name);
  try {
    await keygen('-t', 'ed25519', '-N', '', '-f', file('host_ed25519'));
    await keygen('-t', 'ed25519', '-N', '', '-f', file('client_ed25519'));
    await keygen('-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', '', '-f', file('client_rsa'));
  } catch (error) {
    // Private keys are never left behind, even by a keygen that was interrupted.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(
    file('authorized_keys'),
    readFileSync(file('client_ed25519.pub'), 'utf8') + readFileSync(file('client_rsa.pub'), 'utf8'),
    { mode: 0o600 },
  );
  const port = await freePort();
  writeFileSync(
    file('sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${file('host_ed25519')}`,
      `AuthorizedKeysFile ${file('authorized_keys')}`,
      `PidFile ${file('sshd.pid')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'LogLevel ERROR',
      ...extraConfig,
      '',
    ].join('\n'),
  );
  // sshd insists on its privilege-separation folder when run as root.
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true });
  const fingerprint = (await run('ssh-keygen', ['-lf', file('host_ed25519.pub')])).stdout.split(' ')[1] ?? '';
  let child: ChildProcess | undefined;
  const stop = async (): Promise<void> => {
    // Gone already: exited, or killed by a signal (then exitCode stays null).
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    child = undefined;
  };
  return {
    port,
    user: userInfo().username,
    hostFingerprint: fingerprint,
    keys: {
      ed25519: readFileSync(file('client_ed25519'), 'utf8'),
      rsaPem: readFileSync(file('client_rsa'), 'utf8'),
    },
    start: async () => {
      child = spawn(SSHD, ['-D', '-e', '-f', file('sshd_config')], { stdio: 'ignore' });
      if (!(await waitForPort(port, 10_000))) throw new Error(`sshd did not listen on ${port}`);
    },
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
