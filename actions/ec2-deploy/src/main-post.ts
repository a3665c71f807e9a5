/** The post step: stop the instance when stop-after says so, from what the main step saved. */
import * as core from '@actions/core';
import { deadline, ec2Port } from './aws.js';
import { roleCredentials } from './main-deploy.js';

export async function stopAfter(): Promise<void> {
  const policy = core.getState('stop-after');
  const id = core.getState('instance-id');
  const region = core.getState('region');
  const outcome = core.getState('outcome');
  if (policy === '' || policy === 'never' || id === '' || region === '') return;
  // No saved outcome means the main step died or the job was cancelled before it finished: a failure.
  const succeeded = outcome === 'success';
  const stop =
    policy === 'always' || (policy === 'success' && succeeded) || (policy === 'failure' && !succeeded);
  if (!stop) {
    core.info(
      `Leaving ${id} running: stop-after is ${policy} and the deploy ${succeeded ? 'succeeded' : 'did not succeed'}.`,
    );
    return;
  }
  const role = core.getState('role-to-assume');
  // The stop request is bounded by the same wait-timeout as the main step's calls.
  const saved = Number(core.getState('wait-timeout-ms'));
  const within = deadline(Number.isFinite(saved) && saved > 0 ? saved : 600_000);
  const credentials =
    role === ''
      ? undefined
      : await roleCredentials(
          region,
          role,
          core.getState('role-session-name') || 'runway-ec2-deploy',
          within,
        );
  await ec2Port(region, within, credentials).stop(id);
  core.info(
    `Stop requested for ${id} (stop-after: ${policy}; the deploy ${succeeded ? 'succeeded' : 'did not succeed'}).`,
  );
}
