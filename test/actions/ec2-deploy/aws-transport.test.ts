/**
 * The EC2 and STS clients as the SDK really sends their requests: the Query protocol to a local endpoint
 * (AWS_ENDPOINT_URL_EC2 / _STS), signed with the credentials given, in the region given, and through the
 * runner's proxy when it has one for the endpoint. The answers and waiters are in aws-port.test.ts.
 */
import http from 'node:http';
import https from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { assumeRole, deadline, ec2Port, requestHandler } from '../../../actions/ec2-deploy/src/aws.js';
import { type FakeEc2, startFakeEc2 } from '../../harness/fake-ec2.js';
import { startConnectProxy, viaProxy } from '../../harness/proxy.js';
import { startServer } from '../../harness/servers.js';

const NAMES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_EC2',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
];
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
/** Only `values` of the variables the SDK and the proxy decision read; no config files, no metadata. */
function setEnv(values: Record<string, string>): void {
  for (const n of NAMES) Reflect.deleteProperty(process.env, n);
  Object.assign(
    process.env,
    {
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/nonexistent/runway-test-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/runway-test-credentials',
    },
    values,
  );
}
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  for (const n of NAMES) {
    const value = saved[n];
    if (value === undefined) Reflect.deleteProperty(process.env, n);
    else process.env[n] = value;
  }
});

describe('how each request is sent', () => {
  it('bounds each attempt, 10 s to connect and 30 s to answer, and goes direct without a proxy', () => {
    setEnv({});
    expect(requestHandler('ec2', 'eu-west-1', {})).toEqual({
      connectionTimeout: 10_000,
      requestTimeout: 30_000,
    });
  });

  it("takes AWS's own endpoint (https) of the service and region when none is set", () => {
    setEnv({ HTTPS_PROXY: 'http://proxy.test:3128' });
    const handler = requestHandler('ec2', 'eu-west-1', {});
    expect(handler.httpsAgent).toBeInstanceOf(https.Agent);
    expect(handler).not.toHaveProperty('httpAgent');
    // NO_PROXY names the host, so these show which one was taken.
    setEnv({ HTTPS_PROXY: 'http://proxy.test:3128', NO_PROXY: 'ec2.eu-west-1.amazonaws.com' });
    expect(requestHandler('ec2', 'eu-west-1', {})).not.toHaveProperty('httpsAgent');
    expect(requestHandler('ec2', 'us-east-2', {}).httpsAgent).toBeInstanceOf(https.Agent);
    expect(requestHandler('sts', 'eu-west-1', {}).httpsAgent).toBeInstanceOf(https.Agent);
    setEnv({ HTTPS_PROXY: 'http://proxy.test:3128', NO_PROXY: 'sts.eu-west-1.amazonaws.com' });
    expect(requestHandler('sts', 'eu-west-1', {})).not.toHaveProperty('httpsAgent');
    // HTTP_PROXY is not for an https endpoint.
    setEnv({ HTTP_PROXY: 'http://proxy.test:3128' });
    expect(requestHandler('ec2', 'eu-west-1', {})).toEqual({
      connectionTimeout: 10_000,
      requestTimeout: 30_000,
    });
  });

  it("AWS_ENDPOINT_URL_<SERVICE> before AWS_ENDPOINT_URL; an http endpoint's proxy is HTTP_PROXY", () => {
    setEnv({ HTTP_PROXY: 'http://proxy.test:3128', NO_PROXY: 'general.internal' });
    const env = {
      AWS_ENDPOINT_URL_EC2: 'http://ec2.internal:8080',
      AWS_ENDPOINT_URL: 'http://general.internal',
    };
    const ec2 = requestHandler('ec2', 'eu-west-1', env);
    expect(ec2.httpAgent).toBeInstanceOf(http.Agent);
    expect(ec2.httpAgent).not.toBeInstanceOf(https.Agent);
    expect(ec2).not.toHaveProperty('httpsAgent');
    // STS has no endpoint of its own here: the general one, which NO_PROXY names.
    expect(requestHandler('sts', 'eu-west-1', env)).not.toHaveProperty('httpAgent');
    expect(
      requestHandler('sts', 'eu-west-1', { ...env, AWS_ENDPOINT_URL_STS: 'http://sts.internal' }).httpAgent,
    ).toBeInstanceOf(http.Agent);
    // The service's own variable counts only for its service.
    expect(requestHandler('ec2', 'eu-west-1', { AWS_ENDPOINT_URL_STS: 'http://sts.internal' })).toEqual({
      connectionTimeout: 10_000,
      requestTimeout: 30_000,
    });
  });

  it('an endpoint that is empty or not a URL is taken as the default one', () => {
    setEnv({ HTTPS_PROXY: 'http://proxy.test:3128', NO_PROXY: 'ec2.eu-west-1.amazonaws.com' });
    for (const value of ['', 'not a url']) {
      expect(requestHandler('ec2', 'eu-west-1', { AWS_ENDPOINT_URL_EC2: value })).not.toHaveProperty(
        'httpsAgent',
      );
    }
    setEnv({ HTTPS_PROXY: 'http://proxy.test:3128' });
    expect(requestHandler('ec2', 'eu-west-1', { AWS_ENDPOINT_URL: 'not a url' }).httpsAgent).toBeInstanceOf(
      https.Agent,
    );
  });
});

describe('EC2 over its own protocol', () => {
  async function fake(): Promise<FakeEc2> {
    const ec2 = await startFakeEc2('i-0abc', 'stopped');
    closers.push(() => ec2.close());
    return ec2;
  }

  it('in the region it is given (none in the environment), signed by the default chain', async () => {
    const ec2 = await fake();
    setEnv(Object.fromEntries(Object.entries(ec2.env).filter(([name]) => name !== 'AWS_REGION')));
    const port = ec2Port('eu-west-1', deadline(10_000));
    expect((await port.describe('i-0abc')).state).toBe('stopped');
    await port.start('i-0abc');
    await port.stop('i-0abc');
    expect(ec2.actions).toEqual(['DescribeInstances', 'StartInstances', 'StopInstances']);
    expect(ec2.signedBy).toEqual(['AKIDEXAMPLE', 'AKIDEXAMPLE', 'AKIDEXAMPLE']);
  });

  it("a wait that runs out on EC2's real answers says only that", async () => {
    const ec2 = await fake();
    setEnv(ec2.env);
    // A stopped instance never becomes running by itself: the waiter polls until its second is up.
    await expect(ec2Port('eu-west-1', deadline(10_000)).waitRunning('i-0abc', 1000)).rejects.toThrow(
      /^instance i-0abc was not running within 1s \(wait-timeout\)$/,
    );
    expect(ec2.actions.length).toBeGreaterThan(1);
  });

  it("signed with the role's temporary credentials when it has them", async () => {
    const ec2 = await fake();
    setEnv(ec2.env);
    await ec2Port('eu-west-1', deadline(10_000), {
      accessKeyId: 'ASIAROLEKEY',
      secretAccessKey: 'role-secret',
      sessionToken: 'role-session',
    }).describe('i-0abc');
    expect(ec2.signedBy).toEqual(['ASIAROLEKEY']);
  });

  it("through the runner's proxy to the endpoint set for EC2", async () => {
    const ec2 = await fake();
    const proxy = await startConnectProxy();
    closers.push(proxy.close);
    setEnv({ ...ec2.env, AWS_ENDPOINT_URL_EC2: viaProxy(ec2.server.url), HTTP_PROXY: proxy.url });
    const port = ec2Port('eu-west-1', deadline(10_000));
    expect((await port.describe('i-0abc')).id).toBe('i-0abc');
    await port.start('i-0abc');
    // A tunnel for each request: none is kept open for the proxy to time out between calls.
    expect(proxy.asked).toEqual([`[::ffff:7f00:1]:${ec2.server.port}`, `[::ffff:7f00:1]:${ec2.server.port}`]);
  });
});

describe('a call cut off at the deadline', () => {
  /** An endpoint that takes every request and never answers, counting the requests whose connection closed. */
  async function silent(): Promise<{ url: string; received: () => number; closed: () => number }> {
    let received = 0;
    let closed = 0;
    const server = await startServer((req) => {
      received++;
      req.socket.once('close', () => closed++);
    });
    closers.push(() => server.close());
    return { url: server.url, received: () => received, closed: () => closed };
  }
  const until = async (done: () => boolean, ms: number): Promise<boolean> => {
    const end = Date.now() + ms;
    while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    return done();
  };

  it('is aborted, not left open until the SDK gives up on it', async () => {
    const endpoint = await silent();
    setEnv({
      AWS_ENDPOINT_URL_EC2: endpoint.url,
      AWS_ENDPOINT_URL_STS: endpoint.url,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'x',
    });
    const calls: ((d: ReturnType<typeof deadline>) => Promise<unknown>)[] = [
      (d) => ec2Port('eu-west-1', d).describe('i-1'),
      (d) => ec2Port('eu-west-1', d).findByTags([['Name', 'web']]),
      (d) => ec2Port('eu-west-1', d).start('i-1'),
      (d) => ec2Port('eu-west-1', d).stop('i-1'),
      (d) => assumeRole('eu-west-1', 'arn:r', 's', 't', d),
    ];
    for (const [index, call] of calls.entries()) {
      await expect(call(deadline(500))).rejects.toThrow(
        /^AWS did not answer \w+ within wait-timeout \(1s\)$/,
      );
      expect(endpoint.received()).toBe(index + 1);
      // The SDK would wait 30 s (requestTimeout) for an answer; aborted, the connection goes at once.
      expect(await until(() => endpoint.closed() === index + 1, 2000)).toBe(true);
    }
  });
});

describe("STS's AssumeRoleWithWebIdentity over its own protocol", () => {
  /** A local STS that answers every AssumeRoleWithWebIdentity with one set of credentials. */
  async function fakeSts(): Promise<{ url: string; port: number; actions: string[] }> {
    const actions: string[] = [];
    const server = await startServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        actions.push(new URLSearchParams(body).get('Action') ?? '');
        res
          .writeHead(200, { 'content-type': 'text/xml' })
          .end(
            `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAFROMSTS</AccessKeyId><SecretAccessKey>sts-secret</SecretAccessKey><SessionToken>sts-token</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
          );
      });
    });
    closers.push(() => server.close());
    return { url: server.url, port: server.port, actions };
  }

  it('in the region it is given, without any credentials of its own', async () => {
    const sts = await fakeSts();
    setEnv({ AWS_ENDPOINT_URL_STS: sts.url });
    expect(await assumeRole('eu-west-1', 'arn:aws:iam::1:role/r', 'run', 'oidc', deadline(10_000))).toEqual({
      accessKeyId: 'ASIAFROMSTS',
      secretAccessKey: 'sts-secret',
      sessionToken: 'sts-token',
    });
    expect(sts.actions).toEqual(['AssumeRoleWithWebIdentity']);
  });

  it("through the runner's proxy to the endpoint set for STS", async () => {
    const sts = await fakeSts();
    const proxy = await startConnectProxy();
    closers.push(proxy.close);
    setEnv({ AWS_ENDPOINT_URL_STS: viaProxy(sts.url), HTTP_PROXY: proxy.url });
    await assumeRole('eu-west-1', 'arn:aws:iam::1:role/r', 'run', 'oidc', deadline(10_000));
    expect(proxy.asked).toEqual([`[::ffff:7f00:1]:${sts.port}`]);
  });
});
