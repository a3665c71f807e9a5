/**
 * The EC2 port over @aws-sdk/client-ec2: credentials from the SDK's default chain (so
 * aws-actions/configure-aws-credentials and OIDC work), the SDK's own retries for throttling, and its
 * waiters for the states. AWS_ENDPOINT_URL_EC2 points it elsewhere (a VPC endpoint, or a test server).
 */
import {
  DescribeInstancesCommand,
  EC2Client,
  StartInstancesCommand,
  StopInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceStatusOk,
  waitUntilInstanceStopped,
} from '@aws-sdk/client-ec2';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Agent } from 'node:http';
import type { Ec2Port, InstanceInfo } from './instance.js';
import { proxyAgent } from '../../../shared/proxy.js';
import { waiterError } from './waiter-error.js';

/**
 * A waiter's limits, in the whole seconds the SDK takes: at most `maxWaitMs` and what is left of the
 * deadline (rounded down, so the waiter's own timeout comes first and says which state was not reached; at
 * least a second), polled quickly at first as an instance often needs under a minute. The SDK refuses a
 * wait no longer than its first delay, so a short one (the end of a nearly spent wait-timeout) polls sooner
 * rather than failing with the SDK's configuration error.
 */
export function waiterTiming(
  maxWaitMs: number,
  leftMs: number,
): { maxWaitTime: number; minDelay: number; maxDelay: number } {
  const maxWaitTime = Math.max(1, Math.floor(Math.min(maxWaitMs, leftMs) / 1000));
  return { maxWaitTime, minDelay: Math.min(2, maxWaitTime / 2), maxDelay: 15 };
}

/** The SDK's options for its Node.js HTTP handler that are set here: at most one agent, for the endpoint's scheme. */
export interface RequestHandlerOptions {
  connectionTimeout: number;
  requestTimeout: number;
  httpsAgent?: Agent;
  httpAgent?: Agent;
}

/**
 * One attempt at one API call: an endpoint that accepts and never answers costs this, then a retry. The SDK
 * ignores HTTPS_PROXY: the runner's proxy, when it has one for the service's endpoint, is given as its agent.
 */
export function requestHandler(
  service: 'ec2' | 'sts',
  region: string,
  env: NodeJS.ProcessEnv = process.env,
): RequestHandlerOptions {
  const configured = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL ?? '';
  let endpoint: URL;
  try {
    endpoint = new URL(configured);
  } catch {
    // None set (''), or not a URL: the SDK's own endpoint for the region.
    endpoint = new URL(`https://${service}.${region}.amazonaws.com`);
  }
  const agent = proxyAgent(endpoint);
  return {
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
    ...(agent === undefined
      ? {}
      : endpoint.protocol === 'https:'
        ? { httpsAgent: agent }
        : { httpAgent: agent }),
  };
}

/** The API did not answer before the step's own deadline (`wait-timeout`). */
export class ApiDeadlineError extends Error {
  override readonly name = 'ApiDeadlineError';
}

/**
 * Every call to AWS within one deadline: each call gets what is left of it as an abort signal, so a hung
 * endpoint or a throttling storm ends with the deadline the user set, not the SDK's retries.
 */
export function deadline(totalMs: number, now: () => number = Date.now) {
  const end = now() + totalMs;
  return {
    leftMs: (): number => Math.max(0, end - now()),
    async call<T>(what: string, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
      const left = end - now();
      const late = (): ApiDeadlineError =>
        new ApiDeadlineError(
          `AWS did not answer ${what} within wait-timeout (${Math.round(totalMs / 1000)}s)`,
        );
      if (left <= 0) throw late();
      const signal = AbortSignal.timeout(left);
      // Raced as well as passed on: a call that ignores the signal still ends at the deadline.
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_resolve, reject) => {
        onAbort = () => reject(late());
        signal.addEventListener('abort', onAbort, { once: true });
      });
      try {
        return await Promise.race([send(signal), aborted]);
      } catch (error) {
        if (signal.aborted) throw late();
        throw error;
      } finally {
        if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
export type Deadline = ReturnType<typeof deadline>;

export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

/** Exchanges the job's OIDC token for a role's temporary credentials: no long-lived keys in the repository. */
export async function assumeRole(
  region: string,
  roleArn: string,
  sessionName: string,
  webIdentityToken: string,
  within: Deadline,
): Promise<TemporaryCredentials> {
  const sts = new STSClient({ region, maxAttempts: 6, requestHandler: requestHandler('sts', region) });
  const out = await within.call('AssumeRoleWithWebIdentity', (abortSignal) =>
    sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: sessionName,
        WebIdentityToken: webIdentityToken,
        DurationSeconds: 3600,
      }),
      { abortSignal },
    ),
  );
  const c = out.Credentials;
  if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined) {
    throw new Error(`STS returned no credentials for ${roleArn}`);
  }
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

export function ec2Port(region: string, within: Deadline, credentials?: TemporaryCredentials): Ec2Port {
  const client = new EC2Client({
    region,
    maxAttempts: 6,
    requestHandler: requestHandler('ec2', region),
    ...(credentials !== undefined ? { credentials } : {}),
  });
  const waitFor = async (
    waiter: typeof waitUntilInstanceRunning,
    what: string,
    id: string,
    maxWaitMs: number,
  ): Promise<void> => {
    const timing = waiterTiming(maxWaitMs, within.leftMs());
    try {
      await within.call(`while waiting for ${id} to be ${what}`, (abortSignal) =>
        waiter({ client, abortSignal, ...timing }, { InstanceIds: [id] }),
      );
    } catch (error) {
      if (error instanceof ApiDeadlineError) throw error;
      throw waiterError(id, what, timing.maxWaitTime, error);
    }
  };
  return {
    async describe(id): Promise<InstanceInfo> {
      const out = await within.call('DescribeInstances', (abortSignal) =>
        client.send(new DescribeInstancesCommand({ InstanceIds: [id] }), { abortSignal }),
      );
      const instance = out.Reservations?.[0]?.Instances?.[0];
      if (instance === undefined) throw new Error(`instance ${id} was not found in ${region}`);
      return {
        id,
        state: instance.State?.Name ?? 'unknown',
        publicIp: instance.PublicIpAddress,
        publicDns: instance.PublicDnsName || undefined,
        privateIp: instance.PrivateIpAddress,
      };
    },
    async findByTags(tags): Promise<string[]> {
      const out = await within.call('DescribeInstances', (abortSignal) =>
        client.send(
          new DescribeInstancesCommand({
            Filters: [
              ...tags.map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
              { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
            ],
          }),
          { abortSignal },
        ),
      );
      return (out.Reservations ?? [])
        .flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId ?? ''))
        .filter(Boolean);
    },
    async start(id): Promise<void> {
      await within.call('StartInstances', (abortSignal) =>
        client.send(new StartInstancesCommand({ InstanceIds: [id] }), { abortSignal }),
      );
    },
    async stop(id): Promise<void> {
      await within.call('StopInstances', (abortSignal) =>
        client.send(new StopInstancesCommand({ InstanceIds: [id] }), { abortSignal }),
      );
    },
    waitRunning: (id, ms) => waitFor(waitUntilInstanceRunning, 'running', id, ms),
    waitStopped: (id, ms) => waitFor(waitUntilInstanceStopped, 'stopped', id, ms),
    waitStatusOk: (id, ms) => waitFor(waitUntilInstanceStatusOk, 'passing its status checks', id, ms),
  };
}
