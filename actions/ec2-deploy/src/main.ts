/**
 * The adapter's entry for both steps: the main step reads and checks every input and then loads the deploy;
 * the post step (runs.post, the same bundle; the main step leaves `isPost` in its state) stops the instance
 * when `stop-after` says so — after a failed script or a cancelled job too.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { excerpt } from '../../../shared/text.js';
import { parseFingerprints } from './host-keys.js';
import { parseEnvLines, secretLooking } from './remote-script.js';

export async function run(): Promise<void> {
  if (core.getState('isPost') === 'true') {
    await runAction('ec2-deploy (post)', async () => {
      const { stopAfter } = await import('./main-post.js');
      await stopAfter();
    });
    return;
  }
  await runAction('ec2-deploy', async ({ inputs, redactor }) => {
    core.saveState('isPost', 'true');
    const instanceId = inputs.optionalString('instance-id');
    if (instanceId !== undefined && !/^i-[0-9a-f]{8,17}$/.test(instanceId)) {
      throw new ConfigurationError(
        `Input 'instance-id' must look like i-0123456789abcdef0; got ${excerpt(instanceId)}.`,
      );
    }
    const tags = inputs.list('instance-tags').map((line): [string, string] => {
      const eq = line.indexOf('=');
      if (eq <= 0)
        throw new ConfigurationError(
          `Input 'instance-tags' must hold lines of the form Key=Value; got ${excerpt(line)}.`,
        );
      return [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
    });
    const host = inputs.optionalString('host');
    if (instanceId === undefined && tags.length === 0 && host === undefined) {
      throw new ConfigurationError(
        "Input 'instance-id', 'instance-tags' or 'host' is required: there is nothing to start or deploy to.",
      );
    }
    if (instanceId !== undefined && tags.length > 0)
      throw new ConfigurationError("Inputs 'instance-id' and 'instance-tags' are both set: use one.");
    const envLines = parseEnvLines(inputs.list('env'));
    if (envLines.bad !== undefined)
      throw new ConfigurationError(
        `Input 'env' must hold lines KEY=VALUE with shell variable names; got ${excerpt(envLines.bad)}.`,
      );
    for (const value of secretLooking(envLines.env)) redactor.add(value);
    const script = inputs.optionalString('script');
    const settings = {
      instanceId,
      tags,
      region: inputs.optionalString('region') ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
      roleToAssume: inputs.optionalString('role-to-assume'),
      roleSessionName: inputs.optionalString('role-session-name') ?? 'runway-ec2-deploy',
      waitFor: inputs.enumeration('wait-for', ['running', 'status-ok'], 'status-ok'),
      waitTimeoutMs: inputs.duration('wait-timeout', 600_000, { min: 1000 }),
      address: inputs.enumeration('address', ['public-ip', 'public-dns', 'private-ip'], 'public-ip'),
      host,
      username: inputs.optionalString('username'),
      sshKey: inputs.optionalSecret('ssh-key'),
      passphrase: inputs.optionalSecret('ssh-passphrase'),
      sshPort: inputs.integer('ssh-port', 22, { min: 1, max: 65535 }),
      fingerprints: parseFingerprints(inputs.list('host-fingerprint'), 'host-fingerprint'),
      knownHosts: inputs.optionalString('known-hosts'),
      hostKeyCheck: inputs.enumeration('host-key-check', ['strict', 'accept-new', 'off'], 'strict'),
      script,
      shell: inputs.optionalString('shell') ?? 'bash -e -s',
      workingDirectory: inputs.optionalString('working-directory'),
      env: envLines.env,
      commandTimeoutMs: inputs.duration('command-timeout', 30 * 60_000, { min: 1000 }),
      stopAfter: inputs.enumeration('stop-after', ['never', 'always', 'success', 'failure'], 'never'),
    };
    if ((instanceId !== undefined || tags.length > 0) && settings.region === undefined) {
      throw new ConfigurationError(
        "Input 'region' is required (or set AWS_REGION, e.g. with aws-actions/configure-aws-credentials).",
      );
    }
    if (
      settings.roleToAssume !== undefined &&
      !/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(settings.roleToAssume)
    ) {
      throw new ConfigurationError(
        `Input 'role-to-assume' must be a role ARN such as arn:aws:iam::123456789012:role/deploy; got ${excerpt(settings.roleToAssume)}.`,
      );
    }
    // A host alone asks for nothing: there is no instance to start and no script to run on it.
    if (host !== undefined && instanceId === undefined && tags.length === 0 && script === undefined) {
      throw new ConfigurationError(
        "Input 'script' is required with 'host': there is nothing to run there (to only start an instance, give 'instance-id' or 'instance-tags').",
      );
    }
    if (script !== undefined && (settings.username === undefined || settings.sshKey === undefined)) {
      throw new ConfigurationError("Inputs 'username' and 'ssh-key' are required to run 'script' over SSH.");
    }
    const { deploy } = await import('./main-deploy.js');
    await deploy(settings, redactor);
  });
}
