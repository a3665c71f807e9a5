/**
 * ec2-deploy through its committed bundle: EC2 through a local endpoint speaking EC2's Query API
 * (AWS_ENDPOINT_URL_EC2), and SSH to a real OpenSSH server on 127.0.0.1 with keys made in the test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeEc2, startFakeEc2 } from '../harness/fake-ec2.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { requireProgram, startServer } from '../harness/servers.js';
import { prepareSshd, SSHD, type Sshd } from '../harness/sshd.js';
import { running } from '../harness/processes.js';

const ID = 'i-0123456789abcdef0';
let sshd: Sshd | undefined;
let ready = false;
beforeAll(async () => {
  ready = requireProgram(SSHD, 'openssh-server') && requireProgram('/usr/bin/ssh-keygen', 'openssh-client');
  if (!ready) return;
  sshd = await prepareSshd();
  await sshd.start();
});
afterAll(async () => {
  await sshd?.dispose();
});

function server(): Sshd {
  if (sshd === undefined) throw new Error('sshd not prepared');
  return sshd;
}

function ssh(
  inputs: Record<string, string>,
  extra: Parameters<typeof runAction>[1] = {},
): Promise<ActionRun> {
  const s = server();
  return runAction('ec2-deploy', {
    inputs: {
      host: '127.0.0.1',
      'ssh-port': String(s.port),
      username: s.user,
      'ssh-key': s.keys.ed25519,
      'wait-timeout': '20s',
      ...inputs,
    },
    timeoutMs: 60_000,
    ...extra,
  });
}

function expectNoKey(run: ActionRun, key: string): void {
  const secretLine = key.split('\n').find((l) => l.length > 40 && !l.startsWith('-----')) ?? key;
  for (const text of [
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    run.summary,
  ]) {
    expect(text).not.toContain(secretLine);
  }
}

describe('ec2-deploy over SSH to a real OpenSSH server', () => {
  it('runs the script with a pinned fingerprint, streaming its output, env values kept verbatim', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await ssh({
      'host-fingerprint': server().hostFingerprint,
      script:
        'echo "deploying in $PWD"\necho "quoted=$QUOTED"\necho "dollar=$DOLLAR"\nprintf "multi=%s\\n" "$MULTI"\necho to-stderr >&2',
      'working-directory': '/tmp',
      env: `QUOTED=it's "quoted" here\nDOLLAR=$HOME and \`whoami\`\nMULTI=a b`,
    });
    expect(run.stderr + run.log).toContain('deploying in /tmp');
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain(`quoted=it's "quoted" here`);
    expect(run.log).toContain('dollar=$HOME and `whoami`');
    expect(run.log).toContain('to-stderr');
    expect(run.outputs).toMatchObject({
      'exit-code': '0',
      host: '127.0.0.1',
      'host-fingerprint': server().hostFingerprint,
      started: 'false',
    });
    expect(run.summary).toContain('SSH ready');
    expectNoKey(run, server().keys.ed25519);
  });

  it("fails with the script's exit code, and passes a script that only writes to stderr", async (ctx) => {
    if (!ready) return ctx.skip();
    const failed = await ssh({
      'host-fingerprint': server().hostFingerprint,
      script: 'echo about to fail\nexit 3',
    });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['exit-code']).toBe('3');
    expect(failed.errors.at(-1)?.message).toBe(
      'The script on 127.0.0.1 exited with 3; last line: about to fail',
    );
    const stderrOnly = await ssh({
      'host-fingerprint': server().hostFingerprint,
      script: 'echo warning >&2',
    });
    expect(stderrOnly.exitCode).toBe(0);
  });

  it('sets the outputs the script writes to RUNWAY_OUTPUT, also when the script then fails', async (ctx) => {
    if (!ready) return ctx.skip();
    const fp = server().hostFingerprint;
    const ok = await ssh({
      'host-fingerprint': fp,
      script: [
        'echo "previous-tag=v1" >> "$RUNWAY_OUTPUT"',
        '{ echo "notes<<EOF"; echo "line one"; echo "line=two"; echo "EOF"; } >> "$RUNWAY_OUTPUT"',
        'echo "file: $RUNWAY_OUTPUT mode $(stat -c %a "$RUNWAY_OUTPUT")"',
      ].join('\n'),
    });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.outputs['previous-tag']).toBe('v1');
    expect(ok.outputs.notes).toBe('line one\nline=two');
    expect(JSON.parse(ok.outputs.outputs ?? '')).toEqual({
      'previous-tag': 'v1',
      notes: 'line one\nline=two',
    });
    // Private to the deploy user, and removed once read.
    const file = /file: (\/tmp\/runway-output-[0-9a-f]{16}) mode 600/.exec(ok.log)?.[1];
    expect(file, ok.log).toBeDefined();
    expect(existsSync(file ?? '/')).toBe(false);

    const failed = await ssh({
      'host-fingerprint': fp,
      script: 'echo "previous-tag=v1" >> "$RUNWAY_OUTPUT"\nexit 3',
    });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['previous-tag']).toBe('v1');
    expect(failed.outputs['exit-code']).toBe('3');
  });

  it.each([
    ['a line that is not an output', 'echo "just text" >> "$RUNWAY_OUTPUT"', /line 1 is neither name=value/],
    ['one of its own outputs', 'echo "host=evil" >> "$RUNWAY_OUTPUT"', /line 1 sets 'host'/],
    ['an unclosed heredoc', 'printf "a<<EOF\\nx\\n" >> "$RUNWAY_OUTPUT"', /never closed/],
    [
      'more than 64 KiB',
      'head -c 70000 /dev/zero | tr "\\0" a | sed "s/^/big=/" >> "$RUNWAY_OUTPUT"',
      /larger than 64 KiB/,
    ],
  ])(
    'fails when RUNWAY_OUTPUT holds %s, after the script ran, setting none of it',
    async (_, script, error) => {
      if (!ready) return;
      const run = await ssh({ 'host-fingerprint': server().hostFingerprint, script });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]?.message).toMatch(/^RUNWAY_OUTPUT on 127\.0\.0\.1: /);
      expect(run.errors[0]?.message).toMatch(error);
      expect(run.outputs['exit-code']).toBe('0');
      expect(run.outputs.host).toBe('127.0.0.1');
      expect(run.outputs.big).toBeUndefined();
    },
  );

  it('works with a PEM RSA key', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await ssh({
      'ssh-key': server().keys.rsaPem,
      'host-fingerprint': server().hostFingerprint,
      script: 'true',
    });
    expect(run.exitCode).toBe(0);
    expectNoKey(run, server().keys.rsaPem);
  });

  it('refuses a wrong fingerprint, and with none prints the fingerprint and the line to pin it', async (ctx) => {
    if (!ready) return ctx.skip();
    const wrong = await ssh({
      'host-fingerprint': 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      script: 'touch /tmp/should-not-run',
    });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.errors.at(-1)?.message).toMatch(
      /^Host key not verified: the host key of 127\.0\.0\.1:\d+ is SHA256:\S+, which is not pinned\. It matches none of the pinned fingerprints/,
    );
    const none = await ssh({ script: 'true' });
    expect(none.exitCode).toBe(1);
    expect(none.errors.at(-1)?.message).toContain(`host-fingerprint: ${server().hostFingerprint}`);
    const tofu = await ssh({ 'host-key-check': 'accept-new', script: 'true' });
    expect(tofu.exitCode).toBe(0);
    expect(tofu.annotations.find((a) => a.level === 'notice')?.message).toContain(server().hostFingerprint);
  });

  it('stops a script that runs past command-timeout, and everything it started, even what traps TERM', async (ctx) => {
    if (!ready) return ctx.skip();
    const scratch = await mkdtemp(path.join(tmpdir(), 'runway-deploy-test-'));
    try {
      const pids = path.join(scratch, 'pids');
      const run = await ssh({
        'host-fingerprint': server().hostFingerprint,
        script: `trap '' TERM; ps -o pgid= $$ | tr -d ' ' > ${pids}.group; echo $$ > ${pids}; (trap '' TERM; while true; do sleep 1; done) & echo $! >> ${pids}; wait`,
        'command-timeout': '2s',
      });
      expect(run.exitCode).toBe(1);
      expect(run.durationMs).toBeLessThan(15_000);
      expect(run.errors.at(-1)?.message).toBe(
        'The script on 127.0.0.1 ran longer than command-timeout (2.00s) and was stopped.',
      );
      // The sshd runs on this machine: the script's processes are ours to look at.
      const started = (await readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number);
      expect(started).toHaveLength(2);
      for (const pid of started) expect(await running(pid), `process ${pid} still runs`).toBe(false);
      // Its process-group file is gone (other tests' deploys may have theirs in /tmp at the same time).
      const group = (await readFile(`${pids}.group`, 'utf8')).trim();
      expect(group).toMatch(/^\d+$/);
      const left = readdirSync('/tmp').filter((f) => /^runway-deploy-[0-9a-f]+\.pgid$/.test(f));
      const ours = left.filter((f) => {
        try {
          return readFileSync(path.join('/tmp', f), 'utf8').trim() === group;
        } catch {
          return false;
        }
      });
      expect(ours).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('waits for a server that starts listening five seconds late', async (ctx) => {
    if (!ready) return ctx.skip();
    const late = await prepareSshd();
    try {
      const pending = runAction('ec2-deploy', {
        inputs: {
          host: '127.0.0.1',
          'ssh-port': String(late.port),
          username: late.user,
          'ssh-key': late.keys.ed25519,
          'host-fingerprint': late.hostFingerprint,
          script: 'echo up',
          'wait-timeout': '30s',
        },
        timeoutMs: 60_000,
      });
      await new Promise((r) => setTimeout(r, 5000));
      await late.start();
      const run = await pending;
      expect(run.exitCode).toBe(0);
      expect(run.log).toMatch(/is not ready: .*ECONNREFUSED.*; retrying/);
    } finally {
      await late.dispose();
    }
  });

  it('does not retry a failed authentication', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await ssh({
      username: 'nobody-here',
      'host-fingerprint': server().hostFingerprint,
      script: 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toBe(
      'SSH to 127.0.0.1:' +
        String(server().port) +
        ' failed: authentication as nobody-here failed (check username and ssh-key)',
    );
    expect(run.durationMs).toBeLessThan(10_000);
  });
});

describe('ec2-deploy with EC2 (local Query API endpoint)', () => {
  let ec2: FakeEc2 | undefined;
  afterAll(async () => {
    await ec2?.close();
  });

  it('starts a stopped instance, waits for status ok, deploys, and the post step stops it after a failure', async (ctx) => {
    if (!ready) return ctx.skip();
    ec2 = await startFakeEc2(ID, 'stopped');
    ec2.throttle(1); // the SDK's own retry takes a throttled first call
    const run = await runAction('ec2-deploy', {
      inputs: {
        'instance-id': ID,
        username: server().user,
        'ssh-key': server().keys.ed25519,
        'ssh-port': String(server().port),
        'host-fingerprint': server().hostFingerprint,
        script: 'exit 4',
        'stop-after': 'failure',
        'wait-timeout': '60s',
      },
      env: ec2.env,
      post: true,
      timeoutMs: 120_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      'instance-id': ID,
      'instance-state': 'running',
      'public-ip': '127.0.0.1',
      started: 'true',
      'exit-code': '4',
    });
    expect(ec2.actions.filter((a) => a !== 'DescribeInstances')).toEqual([
      'StartInstances',
      'DescribeInstanceStatus',
      'StopInstances',
    ]);
    expect(run.summary).toMatch(/start requested[\s\S]*running[\s\S]*status checks ok[\s\S]*SSH ready/);
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.log).toContain(
      `Stop requested for ${ID} (stop-after: failure; the deploy did not succeed).`,
    );
  });

  it('leaves a running instance alone and does not stop it after a success with stop-after failure', async (ctx) => {
    if (!ready) return ctx.skip();
    const fake = await startFakeEc2(ID, 'running');
    try {
      const run = await runAction('ec2-deploy', {
        inputs: { 'instance-id': ID, 'wait-for': 'running', 'stop-after': 'failure' },
        env: fake.env,
        post: true,
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ started: 'false', host: '127.0.0.1' });
      expect(fake.actions).not.toContain('StartInstances');
      expect(fake.actions).not.toContain('StopInstances');
      expect(run.post?.log).toContain('Leaving i-0123456789abcdef0 running');
    } finally {
      await fake.close();
    }
  });

  it("assumes a role with the job's OIDC token and signs EC2 calls with its credentials", async () => {
    const fake = await startFakeEc2(ID, 'running');
    const tokens: string[] = [];
    const sts = await startServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if ((req.url ?? '').startsWith('/oidc')) {
          tokens.push(req.headers.authorization ?? '');
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ value: 'eyJ.fake-oidc.jwt' }));
          return;
        }
        const params = new URLSearchParams(body);
        const ok =
          params.get('Action') === 'AssumeRoleWithWebIdentity' &&
          params.get('WebIdentityToken') === 'eyJ.fake-oidc.jwt' &&
          params.get('RoleArn') === 'arn:aws:iam::123456789012:role/deploy';
        res
          .writeHead(ok ? 200 : 400, { 'content-type': 'text/xml' })
          .end(
            ok
              ? '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAROLECREDS0001</AccessKeyId><SecretAccessKey>role-secret-canary</SecretAccessKey><SessionToken>role-session-canary</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/deploy/runway</Arn><AssumedRoleId>AROA1:runway</AssumedRoleId></AssumedRoleUser></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>'
              : `<ErrorResponse><Error><Code>InvalidIdentityToken</Code><Message>bad ${params.get('Action') ?? ''}</Message></Error></ErrorResponse>`,
          );
      });
    });
    try {
      const run = await runAction('ec2-deploy', {
        inputs: {
          'instance-id': ID,
          'wait-for': 'running',
          'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
          'stop-after': 'always',
        },
        env: {
          ...fake.env,
          AWS_ENDPOINT_URL_STS: sts.url,
          ACTIONS_ID_TOKEN_REQUEST_URL: `${sts.url}/oidc?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
        },
        post: true,
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(tokens[0]).toBe('Bearer runtime-token');
      expect(fake.signedBy.length).toBeGreaterThan(0);
      expect(new Set(fake.signedBy)).toEqual(new Set(['ASIAROLECREDS0001']));
      expect(run.masks).toEqual(expect.arrayContaining(['role-secret-canary', 'role-session-canary']));
      expect(run.summary).toContain('assumed arn:aws:iam::123456789012:role/deploy');
      // The post step assumes the role again (a new process) and stops the instance with it.
      expect(run.post?.exitCode).toBe(0);
      expect(fake.actions.at(-1)).toBe('StopInstances');
    } finally {
      await sts.close();
      await fake.close();
    }
  });

  it('says a terminated instance cannot be started', async () => {
    const fake = await startFakeEc2(ID, 'terminated');
    try {
      const run = await runAction('ec2-deploy', { inputs: { 'instance-id': ID }, env: fake.env });
      expect(run.exitCode).toBe(1);
      expect(run.errors.at(-1)?.message).toBe(
        `Instance ${ID} is terminated: it cannot be started again. Launch a new one and update instance-id (or its tags).`,
      );
    } finally {
      await fake.close();
    }
  });

  it.each([
    [
      {},
      "Input 'instance-id', 'instance-tags' or 'host' is required: there is nothing to start or deploy to.",
    ],
    [{ 'instance-id': 'web-1' }, "Input 'instance-id' must look like i-0123456789abcdef0; got 'web-1'."],
    [
      { 'instance-id': ID },
      "Input 'region' is required (or set AWS_REGION, e.g. with aws-actions/configure-aws-credentials).",
    ],
    [{ host: 'h', script: 'true' }, "Inputs 'username' and 'ssh-key' are required to run 'script' over SSH."],
    [
      { host: 'h', 'host-fingerprint': 'md5:aa' },
      /^Input 'host-fingerprint' must hold fingerprints such as SHA256:/,
    ],
    [
      { host: 'h', 'host-key-check': 'no' },
      "Input 'host-key-check' must be one of strict, accept-new, off; got 'no'.",
    ],
    [
      { 'instance-id': ID, region: 'us-east-1', 'role-to-assume': 'deploy' },
      "Input 'role-to-assume' must be a role ARN such as arn:aws:iam::123456789012:role/deploy; got 'deploy'.",
    ],
  ])('rejects %j', async (inputs, expected) => {
    const run = await runAction('ec2-deploy', { inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    if (typeof expected === 'string') expect(run.errors[0]?.message).toBe(expected);
    else expect(run.errors[0]?.message).toMatch(expected);
  });
});
