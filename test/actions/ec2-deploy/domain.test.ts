import { DescribeInstancesCommand, EC2Client, StartInstancesCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { createHmac, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiDeadlineError, deadline, ec2Port } from '../../../actions/ec2-deploy/src/aws.js';
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
import {
  parseEnvLines,
  remoteScript,
  secretLooking,
  shellQuote,
} from '../../../actions/ec2-deploy/src/remote-script.js';

/** An instance that moves between states as EC2 would, recording every call. */
function fakePort(
  initial: string,
  options: { waitFails?: string } = {},
): Ec2Port & { calls: string[]; state: string } {
  const port = {
    calls: [] as string[],
    state: initial,
    describe: (id: string): Promise<InstanceInfo> => {
      port.calls.push('describe');
      return Promise.resolve({
        id,
        state: port.state,
        publicIp: port.state === 'running' ? '203.0.113.7' : undefined,
        publicDns: undefined,
        privateIp: '10.0.0.5',
      });
    },
    findByTags: () => Promise.resolve([]),
    start: () => {
      port.calls.push('start');
      port.state = 'pending';
      return Promise.resolve();
    },
    stop: () => Promise.resolve(),
    waitRunning: () => {
      port.calls.push('waitRunning');
      if (options.waitFails === 'running')
        return Promise.reject(new Error('instance i-1 was not running within 600s (wait-timeout)'));
      port.state = 'running';
      return Promise.resolve();
    },
    waitStopped: () => {
      port.calls.push('waitStopped');
      port.state = 'stopped';
      return Promise.resolve();
    },
    waitStatusOk: () => {
      port.calls.push('waitStatusOk');
      return Promise.resolve();
    },
  };
  return port;
}

describe('starting an instance', () => {
  it.each([
    ['running', ['describe', 'waitStatusOk', 'describe'], false],
    ['pending', ['describe', 'waitRunning', 'waitStatusOk', 'describe'], false],
    ['stopped', ['describe', 'start', 'waitRunning', 'waitStatusOk', 'describe'], true],
    ['stopping', ['describe', 'waitStopped', 'start', 'waitRunning', 'waitStatusOk', 'describe'], true],
  ])('from %s', async (state, calls, started) => {
    const port = fakePort(state);
    const result = await ensureStarted(port, 'i-1', { waitFor: 'status-ok', timeoutMs: 600_000 });
    expect(port.calls).toEqual(calls);
    expect(result.started).toBe(started);
    expect(result.info.publicIp).toBe('203.0.113.7');
  });

  it.each(['shutting-down', 'terminated'])('refuses %s with a clear error', async (state) => {
    await expect(
      ensureStarted(fakePort(state), 'i-1', { waitFor: 'running', timeoutMs: 1000 }),
    ).rejects.toThrow(`Instance i-1 is ${state}: it cannot be started again.`);
  });

  it('passes a wait timeout through', async () => {
    await expect(
      ensureStarted(fakePort('stopped', { waitFails: 'running' }), 'i-1', {
        waitFor: 'running',
        timeoutMs: 1000,
      }),
    ).rejects.toThrow(/not running within 600s/);
  });

  it('needs exactly one instance for tags', async () => {
    const port = { ...fakePort('running'), findByTags: (): Promise<string[]> => Promise.resolve([]) };
    await expect(resolveInstance(port, undefined, [['Name', 'web']])).rejects.toThrow(
      'No instance (not terminated) has the tags Name=web.',
    );
    const two = { ...port, findByTags: (): Promise<string[]> => Promise.resolve(['i-1', 'i-2']) };
    await expect(resolveInstance(two, undefined, [['Name', 'web']])).rejects.toThrow(
      '2 instances have the tags Name=web (i-1, i-2): add tags until exactly one matches, or give instance-id.',
    );
  });

  it('says when the chosen address is missing', () => {
    expect(() =>
      addressOf(
        { id: 'i-1', state: 'running', publicIp: undefined, publicDns: undefined, privateIp: '10.0.0.5' },
        'public-ip',
      ),
    ).toThrow(/has no public-ip/);
  });
});

describe('the EC2 port over the SDK (aws-sdk-client-mock)', () => {
  const ec2 = mockClient(EC2Client);
  afterEach(() => ec2.reset());

  it('maps DescribeInstances, filters by tags and live states, and starts', async () => {
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-1'] }).resolves({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: 'i-1',
              State: { Name: 'running' },
              PublicIpAddress: '203.0.113.7',
              PublicDnsName: '',
              PrivateIpAddress: '10.0.0.5',
            },
          ],
        },
      ],
    });
    ec2
      .on(DescribeInstancesCommand, {
        Filters: [
          { Name: 'tag:Name', Values: ['web'] },
          { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
        ],
      })
      .resolves({
        Reservations: [{ Instances: [{ InstanceId: 'i-1' }] }, { Instances: [{ InstanceId: 'i-2' }] }],
      });
    ec2.on(StartInstancesCommand).resolves({});
    const port = ec2Port('eu-west-1', deadline(10_000));
    expect(await port.describe('i-1')).toEqual({
      id: 'i-1',
      state: 'running',
      publicIp: '203.0.113.7',
      publicDns: undefined,
      privateIp: '10.0.0.5',
    });
    expect(await port.findByTags([['Name', 'web']])).toEqual(['i-1', 'i-2']);
    await port.start('i-1');
    expect(ec2.commandCalls(StartInstancesCommand)[0]?.args[0].input).toEqual({ InstanceIds: ['i-1'] });
  });

  it('ends every call at the deadline, however the API behaves', async () => {
    ec2.on(DescribeInstancesCommand).callsFake(() => new Promise(() => undefined));
    const started = Date.now();
    await expect(ec2Port('eu-west-1', deadline(300)).describe('i-1')).rejects.toThrow(
      /^AWS did not answer DescribeInstances within wait-timeout/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(deadline(0).call('X', () => Promise.resolve(1))).rejects.toBeInstanceOf(ApiDeadlineError);
  });
});

describe('host keys', () => {
  const key = randomBytes(51);

  it('computes OpenSSH fingerprints and reads them from known_hosts, hashed entries too', () => {
    const fp = fingerprintOf(key);
    expect(fp).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    const b64 = key.toString('base64');
    expect(
      fingerprintsFromKnownHosts(
        `# c\n[10.0.0.5]:2222 ssh-ed25519 ${b64}\nother ssh-ed25519 AAAA\n`,
        '10.0.0.5',
        2222,
      ),
    ).toEqual([fp]);
    const salt = randomBytes(20);
    const hash = createHmac('sha1', salt).update('10.0.0.5').digest('base64');
    expect(
      fingerprintsFromKnownHosts(`|1|${salt.toString('base64')}|${hash} ssh-ed25519 ${b64}`, '10.0.0.5', 22),
    ).toEqual([fp]);
    expect(() => parseFingerprints(['MD5:aa:bb'], 'host-fingerprint')).toThrow(
      /^Input 'host-fingerprint' must hold fingerprints/,
    );
  });
});

describe('the remote script', () => {
  it('quotes values so quotes, $, backticks and newlines stay literal', () => {
    expect(shellQuote(`it's $HOME \`x\`\nnext`)).toBe(`'it'\\''s $HOME \`x\`\nnext'`);
    expect(remoteScript('make deploy', [['A', '1']], '/srv/app')).toBe(
      "cd -- '/srv/app'\nexport A='1'\nmake deploy\n",
    );
  });

  it('checks env names and masks secret-looking values', () => {
    expect(parseEnvLines(['A=1', 'B_2=x=y']).env).toEqual([
      ['A', '1'],
      ['B_2', 'x=y'],
    ]);
    expect(parseEnvLines(['1A=x']).bad).toBe('1A');
    expect(
      secretLooking([
        ['DB_PASSWORD', 'hunter22'],
        ['PORT', '8080'],
      ]),
    ).toEqual(['hunter22']);
  });
});
