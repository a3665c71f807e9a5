/**
 * ec2-deploy's pinned fingerprints and known_hosts reading at their edges, and the instance's way to a
 * deployable state: which id, what is waited for, how long each wait may take, and what the timeline says.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  fingerprintsFromKnownHosts,
  parseFingerprints,
} from '../../../actions/ec2-deploy/src/host-keys.js';
import {
  addressOf,
  type Ec2Port,
  ensureStarted,
  type InstanceInfo,
  resolveInstance,
} from '../../../actions/ec2-deploy/src/instance.js';

describe('fingerprints', () => {
  it('are OpenSSH SHA256 in base64 with the padding taken off', () => {
    const key = Buffer.from('a host key');
    const digest = createHash('sha256').update(key).digest('base64');
    expect(digest.endsWith('=')).toBe(true);
    expect(fingerprintOf(key)).toBe(`SHA256:${digest.replace(/=+$/, '')}`);
    expect(fingerprintOf(key)).toHaveLength(7 + 43);
  });

  it('are taken as written, trimmed, when they are 43 base64 characters after SHA256:', () => {
    const ok = `SHA256:${'A'.repeat(40)}+/9`;
    expect(parseFingerprints([`  ${ok}  `, ok], 'host-fingerprint')).toEqual([ok, ok]);
  });

  it.each([
    ['42 characters', `SHA256:${'A'.repeat(42)}`],
    ['44 characters', `SHA256:${'A'.repeat(44)}`],
    ['padding', `SHA256:${'A'.repeat(42)}=`],
    ['MD5 form', 'MD5:12:34'],
    ['no prefix', 'A'.repeat(43)],
    ['a prefix in another case', `sha256:${'A'.repeat(43)}`],
    ['something before it', `x SHA256:${'A'.repeat(43)}`],
    ['a character outside base64', `SHA256:${'A'.repeat(42)}-`],
  ])('refuses %s', (_what, value) => {
    expect(() => parseFingerprints([value], 'host-fingerprint')).toThrow(
      `Input 'host-fingerprint' must hold fingerprints such as SHA256:Gsufn9f1/Gt1twugHQ3nuQ2vsi7XXJYy/75GfLe3Dm4 (ssh-keygen -lf); got '${value.trim()}'.`,
    );
  });
});

describe('known_hosts lines', () => {
  const key = randomBytes(51);
  const other = randomBytes(51);
  const b64 = key.toString('base64');
  const fp = fingerprintOf(key);
  const hashed = (host: string): string => {
    const salt = randomBytes(20);
    return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(host).digest('base64')}`;
  };

  it('reads lines with tabs and runs of spaces, skipping blanks, comments and lines without a key', () => {
    const text = [
      '',
      '   ',
      '# 10.0.0.5 ssh-ed25519 ' + other.toString('base64'),
      '10.0.0.5 ssh-ed25519',
      `  10.0.0.5\tssh-ed25519   ${b64}   comment words  `,
    ].join('\n');
    expect(fingerprintsFromKnownHosts(text, '10.0.0.5', 22)).toEqual([fp]);
  });

  it('matches one host of a comma-separated list, and hashed names for this host and port only', () => {
    expect(fingerprintsFromKnownHosts(`a.example,10.0.0.5 ssh-ed25519 ${b64}`, '10.0.0.5', 22)).toEqual([fp]);
    expect(fingerprintsFromKnownHosts(`a.example,b.example ssh-ed25519 ${b64}`, '10.0.0.5', 22)).toEqual([]);
    expect(fingerprintsFromKnownHosts(`${hashed('10.0.0.5')} ssh-ed25519 ${b64}`, '10.0.0.5', 22)).toEqual([
      fp,
    ]);
    expect(fingerprintsFromKnownHosts(`${hashed('10.0.0.6')} ssh-ed25519 ${b64}`, '10.0.0.5', 22)).toEqual(
      [],
    );
    expect(
      fingerprintsFromKnownHosts(`${hashed('[10.0.0.5]:2222')} ssh-ed25519 ${b64}`, '10.0.0.5', 2222),
    ).toEqual([fp]);
    expect(fingerprintsFromKnownHosts(`${hashed('10.0.0.5')} ssh-ed25519 ${b64}`, '10.0.0.5', 2222)).toEqual(
      [],
    );
    expect(
      fingerprintsFromKnownHosts(`a.example,${hashed('10.0.0.5')} ssh-ed25519 ${b64}`, '10.0.0.5', 22),
    ).toEqual([fp]);
  });

  it('pins nothing from a marked line, whatever the marker, and reads a marker after spaces or tabs', () => {
    expect(
      fingerprintsFromKnownHosts(`@cert-authority\t10.0.0.5 ssh-ed25519 ${b64}`, '10.0.0.5', 22),
    ).toEqual([]);
    expect(fingerprintsFromKnownHosts(`@other 10.0.0.5 ssh-ed25519 ${b64}`, '10.0.0.5', 22)).toEqual([]);
    const revokedWithTab = `10.0.0.5 ssh-ed25519 ${b64}\n@revoked\t10.0.0.5 ssh-ed25519 ${b64}`;
    expect(fingerprintsFromKnownHosts(revokedWithTab, '10.0.0.5', 22)).toEqual([]);
    // A CA line's key is not revoked by being a CA: the host's own line still pins it.
    const caAndHost = `@cert-authority * ssh-ed25519 ${b64}\n10.0.0.5 ssh-ed25519 ${b64}`;
    expect(fingerprintsFromKnownHosts(caAndHost, '10.0.0.5', 22)).toEqual([fp]);
  });

  it('lists every key of the host, in order', () => {
    const text = `10.0.0.5 ssh-ed25519 ${b64}\n10.0.0.5 ssh-rsa ${other.toString('base64')}`;
    expect(fingerprintsFromKnownHosts(text, '10.0.0.5', 22)).toEqual([fp, fingerprintOf(other)]);
  });
});

const info = (state: string, extra: Partial<InstanceInfo> = {}): InstanceInfo => ({
  id: 'i-1',
  state,
  publicIp: '203.0.113.7',
  publicDns: 'ec2-203-0-113-7.compute.example',
  privateIp: '10.0.0.5',
  ...extra,
});

/** A port that answers from a script of states and records every call with the wait it was given. */
function scriptedPort(states: string[], byTags: string[] = []): Ec2Port & { calls: string[] } {
  let i = 0;
  const port = {
    calls: [] as string[],
    describe: (id: string) => {
      port.calls.push(`describe ${id}`);
      return Promise.resolve(info(states[Math.min(i++, states.length - 1)] ?? 'running'));
    },
    findByTags: (tags: readonly [string, string][]) => {
      port.calls.push(`find ${tags.map(([k, v]) => `${k}=${v}`).join(',')}`);
      return Promise.resolve(byTags);
    },
    start: (id: string) => {
      port.calls.push(`start ${id}`);
      return Promise.resolve();
    },
    stop: (id: string) => {
      port.calls.push(`stop ${id}`);
      return Promise.resolve();
    },
    waitRunning: (id: string, ms: number) => {
      port.calls.push(`waitRunning ${id} ${ms}`);
      return Promise.resolve();
    },
    waitStopped: (id: string, ms: number) => {
      port.calls.push(`waitStopped ${id} ${ms}`);
      return Promise.resolve();
    },
    waitStatusOk: (id: string, ms: number) => {
      port.calls.push(`waitStatusOk ${id} ${ms}`);
      return Promise.resolve();
    },
  };
  return port;
}

/** A clock that moves 10 s every time it is read, starting far from zero. */
function ticking(): () => number {
  let t = 5_000_000;
  return () => (t += 10_000);
}

describe('which instance', () => {
  it('is the id when one is given, without a search', async () => {
    const port = scriptedPort([]);
    expect(await resolveInstance(port, 'i-given', [['Name', 'web']])).toBe('i-given');
    expect(port.calls).toEqual([]);
  });

  it('is the only one with the tags; none or several is an error naming them', async () => {
    expect(await resolveInstance(scriptedPort([], ['i-9']), undefined, [['Name', 'web']])).toBe('i-9');
    await expect(
      resolveInstance(scriptedPort([], []), undefined, [
        ['Name', 'web'],
        ['Env', 'prod'],
      ]),
    ).rejects.toThrow('No instance (not terminated) has the tags Name=web, Env=prod.');
    await expect(
      resolveInstance(scriptedPort([], ['i-1', 'i-2']), undefined, [['Name', 'web']]),
    ).rejects.toThrow(
      '2 instances have the tags Name=web (i-1, i-2): add tags until exactly one matches, or give instance-id.',
    );
  });
});

describe('bringing the instance up', () => {
  it('does nothing to a running instance but read it, and says so in the timeline', async () => {
    const port = scriptedPort(['running']);
    const r = await ensureStarted(port, 'i-1', { waitFor: 'running', timeoutMs: 60_000 }, ticking());
    expect(port.calls).toEqual(['describe i-1', 'describe i-1']);
    expect(r.started).toBe(false);
    expect(r.timeline).toEqual([{ what: 'found i-1 running', atMs: 10_000 }]);
  });

  it('starts a stopped one, giving each wait what is left of the timeout (at least a second)', async () => {
    const port = scriptedPort(['stopped', 'running']);
    // The clock moves 10 s at each reading: 15 s are left for the start, none for the checks (one second).
    const r = await ensureStarted(port, 'i-1', { waitFor: 'status-ok', timeoutMs: 45_000 }, ticking());
    expect(port.calls).toEqual([
      'describe i-1',
      'start i-1',
      'waitRunning i-1 15000',
      'waitStatusOk i-1 1000',
      'describe i-1',
    ]);
    expect(r.started).toBe(true);
    expect(r.timeline).toEqual([
      { what: 'found i-1 stopped', atMs: 10_000 },
      { what: 'start requested', atMs: 20_000 },
      { what: 'running', atMs: 40_000 },
      { what: 'status checks ok', atMs: 60_000 },
    ]);
    expect(r.info.state).toBe('running');
  });

  it('waits for a stopping one to stop before starting it', async () => {
    const port = scriptedPort(['stopping', 'running']);
    const r = await ensureStarted(port, 'i-1', { waitFor: 'running', timeoutMs: 600_000 }, ticking());
    expect(port.calls).toEqual([
      'describe i-1',
      'waitStopped i-1 580000',
      'start i-1',
      'waitRunning i-1 550000',
      'describe i-1',
    ]);
    expect(r.timeline.map((e) => e.what)).toEqual([
      'found i-1 stopping',
      'stopped',
      'start requested',
      'running',
    ]);
  });

  it('only waits for a pending one, which it did not start', async () => {
    const port = scriptedPort(['pending', 'running']);
    const r = await ensureStarted(port, 'i-1', { waitFor: 'running', timeoutMs: 600_000 }, ticking());
    expect(port.calls).toEqual(['describe i-1', 'waitRunning i-1 580000', 'describe i-1']);
    expect(r.started).toBe(false);
    expect(r.timeline.map((e) => e.what)).toEqual(['found i-1 pending', 'running']);
  });

  it.each(['shutting-down', 'terminated'])('refuses a %s instance, saying what to do', async (state) => {
    await expect(
      ensureStarted(scriptedPort([state]), 'i-1', { waitFor: 'running', timeoutMs: 1000 }),
    ).rejects.toThrow(
      `Instance i-1 is ${state}: it cannot be started again. Launch a new one and update instance-id (or its tags).`,
    );
  });

  it('refuses a state it does not know', async () => {
    await expect(
      ensureStarted(scriptedPort(['hibernating']), 'i-1', { waitFor: 'running', timeoutMs: 1000 }),
    ).rejects.toThrow("Instance i-1 is in the unexpected state 'hibernating'.");
  });
});

describe('the address to connect to', () => {
  it('is the kind asked for', () => {
    expect(addressOf(info('running'), 'public-ip')).toBe('203.0.113.7');
    expect(addressOf(info('running'), 'public-dns')).toBe('ec2-203-0-113-7.compute.example');
    expect(addressOf(info('running'), 'private-ip')).toBe('10.0.0.5');
  });

  it.each([
    ['public-ip', { publicIp: undefined }],
    ['public-ip', { publicIp: '' }],
    ['public-dns', { publicDns: '' }],
    ['private-ip', { privateIp: undefined }],
  ] as const)('is an error when there is no %s', (kind, extra) => {
    expect(() => addressOf(info('running', extra), kind)).toThrow(
      `Instance i-1 has no ${kind} (is it in a public subnet?): use address: private-ip from a runner in the VPC, or give host.`,
    );
  });
});
