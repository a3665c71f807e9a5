/** ec2-deploy against an EC2 endpoint that stalls, scripts that outlive their timeout, and inputs made to leak. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProgram } from '../harness/servers.js';
import { prepareSshd, SSHD, type Sshd } from '../harness/sshd.js';
import { attack, hostileSuite, expectNoLeak, expectRefused } from './hostile.js';

const { c, serve } = hostileSuite();

const ID = 'i-0123456789abcdef0';
const aws = (url: string) => ({
  AWS_ENDPOINT_URL_EC2: url,
  AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'not-a-real-secret-key',
  AWS_EC2_METADATA_DISABLED: 'true',
});

describe('ec2-deploy is bounded by wait-timeout on every AWS call', () => {
  it('an EC2 endpoint that accepts and never answers', async () => {
    const silent = await serve(() => undefined);
    const run = await attack('ec2-deploy', c, {
      inputs: { 'instance-id': ID, region: 'eu-west-1', 'wait-timeout': '3s' },
      env: aws(silent.url),
    });
    expectRefused(run, c, {
      says: /AWS did not answer DescribeInstances within wait-timeout \(3s\)/,
      withinMs: 8000,
    });
    expect(run.durationMs).toBeGreaterThan(2500);
  });

  it('an EC2 endpoint that answers garbage', async () => {
    const junk = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/xml' }).end('\u0000<<not xml'),
    );
    const run = await attack('ec2-deploy', c, {
      inputs: { 'instance-id': ID, region: 'eu-west-1', 'wait-timeout': '5s' },
      env: aws(junk.url),
    });
    expectRefused(run, c, { says: /EC2 in eu-west-1: /, withinMs: 8000 });
  });
});

describe('ec2-deploy says what is missing', () => {
  it('no AWS credentials anywhere: names the ways to give them', async () => {
    const ec2 = await serve((_req, res) => res.writeHead(500).end());
    const run = await attack('ec2-deploy', c, {
      inputs: { 'instance-id': ID, region: 'eu-west-1' },
      env: { AWS_ENDPOINT_URL_EC2: ec2.url, AWS_EC2_METADATA_DISABLED: 'true', HOME: c.root },
    });
    expectRefused(run, c, {
      says: /^No AWS credentials for EC2 in eu-west-1: give 'role-to-assume' \(the job needs permissions: id-token: write\), run aws-actions\/configure-aws-credentials/,
    });
    expect(ec2.requests).toHaveLength(0);
  });

  it('a host and nothing to run there', async () => {
    const run = await attack('ec2-deploy', c, { inputs: { host: '127.0.0.1' } });
    expectRefused(run, c, { says: /^Input 'script' is required with 'host'/ });
  });
});

describe('ec2-deploy refuses inputs it cannot use, quoting them short', () => {
  for (const [name, inputs, says] of [
    [
      'an instance id of 10 kB with control characters',
      { 'instance-id': `i-\u001b[2J${'f'.repeat(10_000)}` },
      /Input 'instance-id' must look like/,
    ],
    [
      'tags without a value',
      { 'instance-tags': 'Name', region: 'eu-west-1' },
      /Input 'instance-tags' must hold lines of the form Key=Value/,
    ],
    [
      'env with a name that is not a shell name',
      { host: '127.0.0.1', env: 'A B=1', script: 'true' },
      /Input 'env' must hold lines KEY=VALUE/,
    ],
  ] as const) {
    it(name, async () => {
      const run = await attack('ec2-deploy', c, { inputs });
      expectRefused(run, c, { says });
      expect(Buffer.byteLength(run.errors[0]?.message ?? '')).toBeLessThan(400);
    });
  }
});

describe('ec2-deploy over a real OpenSSH server', () => {
  let sshd: Sshd | undefined;
  beforeAll(async () => {
    if (!requireProgram(SSHD, 'openssh-server') || !requireProgram('/usr/bin/ssh-keygen', 'openssh-client'))
      return;
    sshd = await prepareSshd();
    await sshd.start();
  });
  afterAll(async () => {
    await sshd?.dispose();
  });

  it('a script that prints the secrets it was given shows them masked', async (ctx) => {
    if (sshd === undefined) return ctx.skip();
    const run = await attack('ec2-deploy', c, {
      inputs: {
        host: '127.0.0.1',
        'ssh-port': String(sshd.port),
        username: sshd.user,
        'ssh-key': sshd.keys.ed25519,
        'host-fingerprint': sshd.hostFingerprint,
        env: `API_TOKEN=${c.secret}`,
        script: 'echo "token is $API_TOKEN"; echo "$API_TOKEN" >&2; exit 3',
      },
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain('token is ***');
    expectNoLeak(run, c);
  });
});
