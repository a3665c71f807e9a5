/**
 * The EC2 and STS calls over the SDK's own mock (aws-sdk-client-mock): what each call sends, how answers
 * map, the waiters' outcomes, and the one deadline every call shares.
 */
import {
  DescribeInstancesCommand,
  DescribeInstanceStatusCommand,
  EC2Client,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  AssumeRoleWithWebIdentityCommand,
  type AssumeRoleWithWebIdentityCommandOutput,
  STSClient,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiDeadlineError,
  assumeRole,
  deadline,
  ec2Port,
  waiterTiming,
} from '../../../actions/ec2-deploy/src/aws.js';

const ec2 = mockClient(EC2Client);
const sts = mockClient(STSClient);
afterEach(() => {
  ec2.reset();
  sts.reset();
});

const described = (instance: Record<string, unknown>) => ({ Reservations: [{ Instances: [instance] }] });

describe('the EC2 port', () => {
  it('maps what DescribeInstances says, and says when the instance is not there', async () => {
    ec2
      .on(DescribeInstancesCommand, { InstanceIds: ['i-1'] })
      .resolves(described({ InstanceId: 'i-1', PublicDnsName: 'ec2.example', PrivateIpAddress: '10.0.0.5' }));
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-2'] }).resolves({ Reservations: [] });
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-3'] }).resolves({});
    const port = ec2Port('eu-west-1', deadline(10_000));
    expect(await port.describe('i-1')).toEqual({
      id: 'i-1',
      state: 'unknown',
      publicIp: undefined,
      publicDns: 'ec2.example',
      privateIp: '10.0.0.5',
    });
    await expect(port.describe('i-2')).rejects.toThrow('instance i-2 was not found in eu-west-1');
    await expect(port.describe('i-3')).rejects.toThrow('instance i-3 was not found in eu-west-1');
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-4'] }).resolves({ Reservations: [{}] });
    await expect(port.describe('i-4')).rejects.toThrow('instance i-4 was not found in eu-west-1');
  });

  it('lists ids by tags, skipping records without one, and nothing when nothing matches', async () => {
    ec2.on(DescribeInstancesCommand).resolvesOnce({
      Reservations: [{ Instances: [{ InstanceId: 'i-1' }, {}] }, {}, { Instances: [{ InstanceId: 'i-2' }] }],
    });
    const port = ec2Port('eu-west-1', deadline(10_000));
    expect(
      await port.findByTags([
        ['Name', 'web'],
        ['Env', 'prod'],
      ]),
    ).toEqual(['i-1', 'i-2']);
    expect(ec2.commandCalls(DescribeInstancesCommand)[0]?.args[0].input).toEqual({
      Filters: [
        { Name: 'tag:Name', Values: ['web'] },
        { Name: 'tag:Env', Values: ['prod'] },
        { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
      ],
    });
    ec2.on(DescribeInstancesCommand).resolves({});
    expect(await port.findByTags([['Name', 'none']])).toEqual([]);
  });

  it('starts and stops the instance it names', async () => {
    ec2.on(StartInstancesCommand).resolves({});
    ec2.on(StopInstancesCommand).resolves({});
    await ec2Port('eu-west-1', deadline(10_000)).start('i-6');
    await ec2Port('eu-west-1', deadline(10_000)).stop('i-7');
    expect(ec2.commandCalls(StartInstancesCommand).map((c) => c.args[0].input)).toEqual([
      { InstanceIds: ['i-6'] },
    ]);
    expect(ec2.commandCalls(StopInstancesCommand).map((c) => c.args[0].input)).toEqual([
      { InstanceIds: ['i-7'] },
    ]);
  });

  it('names the call that did not answer by the deadline', async () => {
    const hang = () => new Promise<never>(() => undefined);
    ec2.on(DescribeInstancesCommand).callsFake(hang);
    ec2.on(StartInstancesCommand).callsFake(hang);
    ec2.on(StopInstancesCommand).callsFake(hang);
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(hang);
    const late = (call: string) =>
      new ApiDeadlineError(`AWS did not answer ${call} within wait-timeout (0s)`);
    await expect(ec2Port('eu-west-1', deadline(100)).describe('i-1')).rejects.toThrow(
      late('DescribeInstances'),
    );
    await expect(ec2Port('eu-west-1', deadline(100)).findByTags([['Name', 'x']])).rejects.toThrow(
      late('DescribeInstances'),
    );
    await expect(ec2Port('eu-west-1', deadline(100)).start('i-1')).rejects.toThrow(late('StartInstances'));
    await expect(ec2Port('eu-west-1', deadline(100)).stop('i-1')).rejects.toThrow(late('StopInstances'));
    await expect(assumeRole('eu-west-1', 'arn:r', 's', 't', deadline(100))).rejects.toThrow(
      late('AssumeRoleWithWebIdentity'),
    );
  });

  it('waits until running, and says why when the instance can never get there', async () => {
    ec2.on(DescribeInstancesCommand).resolves(described({ InstanceId: 'i-1', State: { Name: 'running' } }));
    await ec2Port('eu-west-1', deadline(10_000)).waitRunning('i-1', 5000);
    ec2.reset();
    ec2
      .on(DescribeInstancesCommand)
      .resolves(described({ InstanceId: 'i-1', State: { Name: 'terminated' } }));
    await expect(ec2Port('eu-west-1', deadline(10_000)).waitRunning('i-1', 5000)).rejects.toThrow(
      /^instance i-1 will not be running: it is terminated$/,
    );
  });

  it('says which error EC2 kept giving when a wait runs out on it', async () => {
    const denied = Object.assign(new Error('You are not authorized to perform this operation.'), {
      name: 'UnauthorizedOperation',
      $metadata: { httpStatusCode: 403 },
    });
    ec2.on(DescribeInstancesCommand).rejects(denied);
    await expect(ec2Port('eu-west-1', deadline(60_000)).waitRunning('i-1', 1000)).rejects.toThrow(
      /^instance i-1 was not running within 1s \(wait-timeout\); EC2 answered 403: You are not authorized to perform this operation\. \(×\d+\)$/,
    );
  });

  it('waits until stopped and until the status checks pass', async () => {
    ec2.on(DescribeInstancesCommand).resolves(described({ InstanceId: 'i-1', State: { Name: 'stopped' } }));
    ec2.on(DescribeInstanceStatusCommand).resolves({
      InstanceStatuses: [
        { InstanceId: 'i-1', InstanceStatus: { Status: 'ok' }, SystemStatus: { Status: 'ok' } },
      ],
    });
    const port = ec2Port('eu-west-1', deadline(10_000));
    await port.waitStopped('i-1', 5000);
    await port.waitStatusOk('i-1', 5000);
    expect(ec2.commandCalls(DescribeInstanceStatusCommand)[0]?.args[0].input).toEqual({
      InstanceIds: ['i-1'],
    });
  });

  it("names wait-timeout when the waiter's own time runs out, however short the wait", async () => {
    ec2.on(DescribeInstancesCommand).resolves(described({ InstanceId: 'i-1', State: { Name: 'pending' } }));
    const started = Date.now();
    // One second is shorter than the SDK's first delay between polls: it used to refuse the wait outright.
    await expect(ec2Port('eu-west-1', deadline(60_000)).waitRunning('i-1', 1000)).rejects.toThrow(
      /^instance i-1 was not running within 1s \(wait-timeout\)$/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(ec2.commandCalls(DescribeInstancesCommand).length).toBeGreaterThan(1);
  });

  it('waits no longer than the deadline leaves, and names the state it waited for', async () => {
    ec2.on(DescribeInstancesCommand).resolves(described({ InstanceId: 'i-1', State: { Name: 'stopping' } }));
    await expect(ec2Port('eu-west-1', deadline(2500)).waitStopped('i-1', 600_000)).rejects.toThrow(
      /^instance i-1 was not stopped within 2s \(wait-timeout\)$/,
    );
    ec2.on(DescribeInstanceStatusCommand).resolves({
      InstanceStatuses: [
        { InstanceId: 'i-1', InstanceStatus: { Status: 'initializing' }, SystemStatus: { Status: 'ok' } },
      ],
    });
    await expect(ec2Port('eu-west-1', deadline(60_000)).waitStatusOk('i-1', 1000)).rejects.toThrow(
      /^instance i-1 was not passing its status checks within 1s \(wait-timeout\)$/,
    );
  });

  it('a call that hangs during a wait ends at the deadline, named as the wait', async () => {
    ec2.on(DescribeInstancesCommand).callsFake(() => new Promise(() => undefined));
    await expect(ec2Port('eu-west-1', deadline(300)).waitRunning('i-1', 60_000)).rejects.toThrow(
      new ApiDeadlineError('AWS did not answer while waiting for i-1 to be running within wait-timeout (0s)'),
    );
  });
});

describe("a waiter's limits", () => {
  it.each([
    [600_000, 1e9, 600, 2],
    [600_000, 30_999, 30, 2],
    [5000, 1e9, 5, 2],
    [4999, 1e9, 4, 2],
    [4000, 1e9, 4, 2],
    [3000, 1e9, 3, 1.5],
    [2000, 1e9, 2, 1],
    [1999, 1e9, 1, 0.5],
    [1000, 1e9, 1, 0.5],
    [300, 1e9, 1, 0.5],
    [0, 0, 1, 0.5],
  ])('%d ms asked, %d ms left: %d s, first delay %d s', (maxWaitMs, leftMs, seconds, minDelay) => {
    expect(waiterTiming(maxWaitMs, leftMs)).toEqual({ maxWaitTime: seconds, minDelay, maxDelay: 15 });
  });
});

describe('one deadline for every call', () => {
  it('is an error of its own kind', () => {
    expect(new ApiDeadlineError('x').name).toBe('ApiDeadlineError');
  });

  it('counts down what is left, never below zero', () => {
    let t = 1_000_000;
    const d = deadline(5000, () => t);
    expect(d.leftMs()).toBe(5000);
    t += 2000;
    expect(d.leftMs()).toBe(3000);
    t += 10_000;
    expect(d.leftMs()).toBe(0);
  });

  it('passes an error of the call through as it is, and a result as it is', async () => {
    const d = deadline(10_000);
    await expect(d.call('X', () => Promise.reject(new Error('AccessDenied')))).rejects.toThrow(
      'AccessDenied',
    );
    await expect(d.call('X', () => Promise.resolve(42))).resolves.toBe(42);
  });

  it('names the call and the wait-timeout in seconds when it is late', async () => {
    let t = 0;
    const d = deadline(90_500, () => t);
    t = 90_500;
    await expect(d.call('StartInstances', () => Promise.resolve(1))).rejects.toThrow(
      new ApiDeadlineError('AWS did not answer StartInstances within wait-timeout (91s)'),
    );
    const short = deadline(50);
    await expect(short.call('DescribeInstances', () => new Promise(() => undefined))).rejects.toThrow(
      'AWS did not answer DescribeInstances within wait-timeout (0s)',
    );
  });

  it('gives the call a signal that aborts at the deadline', async () => {
    let seen: AbortSignal | undefined;
    await expect(
      deadline(50).call('X', (signal) => {
        seen = signal;
        return new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      }),
    ).rejects.toBeInstanceOf(ApiDeadlineError);
    expect(seen?.aborted).toBe(true);
  });
});

describe('a role for the job (OIDC)', () => {
  it('exchanges the token for temporary credentials, for an hour, named for the run', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: { AccessKeyId: 'AKIA1', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date() },
    });
    const creds = await assumeRole(
      'eu-west-1',
      'arn:aws:iam::1:role/deploy',
      'runway-5',
      'oidc-token',
      deadline(10_000),
    );
    expect(creds).toEqual({ accessKeyId: 'AKIA1', secretAccessKey: 's', sessionToken: 't' });
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toEqual({
      RoleArn: 'arn:aws:iam::1:role/deploy',
      RoleSessionName: 'runway-5',
      WebIdentityToken: 'oidc-token',
      DurationSeconds: 3600,
    });
  });

  it.each([
    ['no credentials', {}],
    ['no key id', { Credentials: { SecretAccessKey: 's', SessionToken: 't' } }],
    ['no secret', { Credentials: { AccessKeyId: 'a', SessionToken: 't' } }],
    ['no session token', { Credentials: { AccessKeyId: 'a', SecretAccessKey: 's' } }],
  ])('fails on an answer with %s', async (_what, answer) => {
    // Answers STS would never give: the type says the fields are there when Credentials is.
    sts.on(AssumeRoleWithWebIdentityCommand).resolves(answer as AssumeRoleWithWebIdentityCommandOutput);
    await expect(assumeRole('eu-west-1', 'arn:r', 's', 't', deadline(10_000))).rejects.toThrow(
      'STS returned no credentials for arn:r',
    );
  });
});
