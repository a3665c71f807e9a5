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
import type { Ec2Port, InstanceInfo } from './instance.js';

/** Between polls of a waiter: quick at first, as an instance often needs under a minute. */
const WAIT = { minDelay: 2, maxDelay: 15 };

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
): Promise<TemporaryCredentials> {
  const sts = new STSClient({ region, maxAttempts: 6 });
  const out = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: sessionName,
      WebIdentityToken: webIdentityToken,
      DurationSeconds: 3600,
    }),
  );
  const c = out.Credentials;
  if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined) {
    throw new Error(`STS returned no credentials for ${roleArn}`);
  }
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

export function ec2Port(region: string, credentials?: TemporaryCredentials): Ec2Port {
  const client = new EC2Client({
    region,
    maxAttempts: 6,
    ...(credentials !== undefined ? { credentials } : {}),
  });
  const waitFor = async (
    waiter: typeof waitUntilInstanceRunning,
    what: string,
    id: string,
    maxWaitMs: number,
  ): Promise<void> => {
    try {
      await waiter(
        { client, maxWaitTime: Math.max(1, Math.round(maxWaitMs / 1000)), ...WAIT },
        { InstanceIds: [id] },
      );
    } catch (error) {
      const state = (error as { state?: string }).state;
      throw new Error(
        state === 'TIMEOUT'
          ? `instance ${id} was not ${what} within ${Math.round(maxWaitMs / 1000)}s (wait-timeout)`
          : `waiting for instance ${id} to be ${what} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return {
    async describe(id): Promise<InstanceInfo> {
      const out = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
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
      const out = await client.send(
        new DescribeInstancesCommand({
          Filters: [
            ...tags.map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
            { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
          ],
        }),
      );
      return (out.Reservations ?? [])
        .flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId ?? ''))
        .filter(Boolean);
    },
    async start(id): Promise<void> {
      await client.send(new StartInstancesCommand({ InstanceIds: [id] }));
    },
    async stop(id): Promise<void> {
      await client.send(new StopInstancesCommand({ InstanceIds: [id] }));
    },
    waitRunning: (id, ms) => waitFor(waitUntilInstanceRunning, 'running', id, ms),
    waitStopped: (id, ms) => waitFor(waitUntilInstanceStopped, 'stopped', id, ms),
    waitStatusOk: (id, ms) => waitFor(waitUntilInstanceStatusOk, 'passing its status checks', id, ms),
  };
}
