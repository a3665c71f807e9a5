/**
 * Bringing an existing instance to a state that can take a deploy, idempotently: running → nothing to do;
 * stopped → start; stopping → wait until stopped, then start; pending → wait; shutting-down or terminated →
 * a clear error. Then, when asked, wait for the instance and system status checks. The EC2 calls come
 * through a port, so this logic is tested without AWS.
 */
import { ActionFailure } from '../../../shared/errors.js';

export interface InstanceInfo {
  id: string;
  state: string;
  publicIp: string | undefined;
  publicDns: string | undefined;
  privateIp: string | undefined;
}

export interface Ec2Port {
  describe(id: string): Promise<InstanceInfo>;
  findByTags(tags: readonly [string, string][]): Promise<string[]>;
  start(id: string): Promise<void>;
  stop(id: string): Promise<void>;
  /** Each resolves when reached, or rejects after `maxWaitMs`. */
  waitRunning(id: string, maxWaitMs: number): Promise<void>;
  waitStopped(id: string, maxWaitMs: number): Promise<void>;
  waitStatusOk(id: string, maxWaitMs: number): Promise<void>;
}

export interface TimelineEvent {
  what: string;
  atMs: number;
}

export interface Started {
  info: InstanceInfo;
  /** Whether this run started it (so `stop-after` only stops what it started, unless told otherwise). */
  started: boolean;
  timeline: TimelineEvent[];
}

/** Exactly one instance with these tags, or a clear error naming how many matched. */
export async function resolveInstance(
  port: Ec2Port,
  id: string | undefined,
  tags: readonly [string, string][],
): Promise<string> {
  if (id !== undefined) return id;
  const ids = await port.findByTags(tags);
  const described = tags.map(([k, v]) => `${k}=${v}`).join(', ');
  if (ids.length === 1 && ids[0] !== undefined) return ids[0];
  if (ids.length === 0) throw new ActionFailure(`No instance (not terminated) has the tags ${described}.`);
  throw new ActionFailure(
    `${ids.length} instances have the tags ${described} (${ids.join(', ')}): add tags until exactly one matches, or give instance-id.`,
  );
}

export async function ensureStarted(
  port: Ec2Port,
  id: string,
  options: { waitFor: 'running' | 'status-ok'; timeoutMs: number },
  now: () => number = Date.now,
): Promise<Started> {
  const t0 = now();
  const timeline: TimelineEvent[] = [];
  const mark = (what: string): void => {
    timeline.push({ what, atMs: now() - t0 });
  };
  const left = (): number => Math.max(1000, options.timeoutMs - (now() - t0));
  let info = await port.describe(id);
  mark(`found ${id} ${info.state}`);
  let started = false;
  const startAndWait = async (): Promise<void> => {
    await port.start(id);
    started = true;
    mark('start requested');
    await port.waitRunning(id, left());
    mark('running');
  };
  switch (info.state) {
    case 'running':
      break;
    case 'pending':
      await port.waitRunning(id, left());
      mark('running');
      break;
    case 'stopping':
      // It cannot be started until it has stopped.
      await port.waitStopped(id, left());
      mark('stopped');
      await startAndWait();
      break;
    case 'stopped':
      await startAndWait();
      break;
    case 'shutting-down':
    case 'terminated':
      throw new ActionFailure(
        `Instance ${id} is ${info.state}: it cannot be started again. Launch a new one and update instance-id (or its tags).`,
      );
    default:
      throw new ActionFailure(`Instance ${id} is in the unexpected state '${info.state}'.`);
  }
  if (options.waitFor === 'status-ok') {
    await port.waitStatusOk(id, left());
    mark('status checks ok');
  }
  // Addresses change when a stopped instance starts: read them after.
  info = await port.describe(id);
  return { info, started, timeline };
}

export function addressOf(info: InstanceInfo, kind: 'public-ip' | 'public-dns' | 'private-ip'): string {
  const value =
    kind === 'public-ip' ? info.publicIp : kind === 'public-dns' ? info.publicDns : info.privateIp;
  if (value === undefined || value === '') {
    throw new ActionFailure(
      `Instance ${info.id} has no ${kind} (is it in a public subnet?): use address: private-ip from a runner in the VPC, or give host.`,
    );
  }
  return value;
}
