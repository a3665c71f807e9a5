/** The adapter's second half: start and wait for the instance, then run the script over verified SSH. */
import { randomBytes } from 'node:crypto';
import './esm-dirname.js';
import * as core from '@actions/core';
import { ActionFailure, ConfigurationError, errorMessage } from '../../../shared/errors.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { codeBlock } from '../../../shared/markdown.js';
import type { Redactor } from '../../../shared/secrets.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import { formatDuration } from '../../../shared/units.js';
import { assumeRole, type Deadline, deadline, ec2Port, type TemporaryCredentials } from './aws.js';
import { fingerprintsFromKnownHosts } from './host-keys.js';
import {
  addressOf,
  ensureStarted,
  type InstanceInfo,
  resolveInstance,
  type TimelineEvent,
} from './instance.js';
import { remoteScript } from './remote-script.js';
import {
  createOutputFile,
  OUTPUT_LIMIT_BYTES,
  parseScriptOutputs,
  readBackCommand,
} from './script-outputs.js';
import { connect, HostKeyError, type HostKeyPolicy, runScript } from './ssh.js';

export interface Settings {
  instanceId: string | undefined;
  tags: [string, string][];
  region: string | undefined;
  roleToAssume: string | undefined;
  roleSessionName: string;
  waitFor: 'running' | 'status-ok';
  waitTimeoutMs: number;
  address: 'public-ip' | 'public-dns' | 'private-ip';
  host: string | undefined;
  username: string | undefined;
  sshKey: string | undefined;
  passphrase: string | undefined;
  sshPort: number;
  fingerprints: string[];
  knownHosts: string | undefined;
  hostKeyCheck: 'strict' | 'accept-new' | 'off';
  script: string | undefined;
  shell: string;
  workingDirectory: string | undefined;
  env: [string, string][];
  commandTimeoutMs: number;
  stopAfter: 'never' | 'always' | 'success' | 'failure';
}

/** The SDK found no credentials anywhere in its chain (its CredentialsProviderError). */
function noCredentials(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'CredentialsProviderError' ||
      /Could not load credentials from any providers/.test(error.message))
  );
}

/** The job's OIDC token exchanged for the role's credentials (masked at once). */
export async function roleCredentials(
  region: string,
  role: string,
  session: string,
  within: Deadline,
  mark: (what: string) => void = () => undefined,
): Promise<TemporaryCredentials> {
  let token: string;
  try {
    token = await core.getIDToken('sts.amazonaws.com');
  } catch (error) {
    throw new ConfigurationError(
      `Input 'role-to-assume' needs the job's OIDC token, which could not be had (${errorMessage(error).split('\n')[0] ?? ''}): give the job permissions: id-token: write.`,
    );
  }
  try {
    const credentials = await assumeRole(region, role, session, token, within);
    core.setSecret(credentials.secretAccessKey);
    core.setSecret(credentials.sessionToken);
    mark(`assumed ${role}`);
    return credentials;
  } catch (error) {
    throw new ActionFailure(
      `Could not assume ${role} with the job's OIDC token: ${errorMessage(error)} (check the role's trust policy for token.actions.githubusercontent.com and this repository).`,
    );
  }
}

export async function deploy(settings: Settings, redactor: Redactor): Promise<void> {
  const t0 = Date.now();
  const timeline: TimelineEvent[] = [];
  const mark = (what: string): void => {
    timeline.push({ what, atMs: Date.now() - t0 });
  };
  const summary = new SummaryBuilder();
  const finish = async (ok: boolean, headline: string): Promise<void> => {
    core.setOutput('duration-seconds', String(Math.round((Date.now() - t0) / 1000)));
    summary.raw(`${ok ? '✅' : '❌'} ${headline}`);
    summary.table(
      ['Step', 'At', 'Took'],
      timeline.map((e, i) => [
        e.what,
        `+${formatDuration(e.atMs)}`,
        formatDuration(e.atMs - (timeline[i - 1]?.atMs ?? 0)),
      ]),
      ['left', 'right', 'right'],
    );
    await writeJobSummary(summary);
  };
  summary.heading('EC2 deploy', 2);
  core.saveState('stop-after', settings.stopAfter);

  let info: InstanceInfo | undefined;
  if (settings.instanceId !== undefined || settings.tags.length > 0) {
    const region = settings.region ?? '';
    // One deadline for every AWS call of the step, from the role to a ready instance.
    const within = deadline(settings.waitTimeoutMs);
    const credentials =
      settings.roleToAssume === undefined
        ? undefined
        : await roleCredentials(region, settings.roleToAssume, settings.roleSessionName, within, mark);
    if (settings.roleToAssume !== undefined) {
      core.saveState('role-to-assume', settings.roleToAssume);
      core.saveState('role-session-name', settings.roleSessionName);
    }
    const port = ec2Port(region, within, credentials);
    core.saveState('wait-timeout-ms', String(settings.waitTimeoutMs));
    let id: string;
    try {
      id = await resolveInstance(port, settings.instanceId, settings.tags);
      core.saveState('instance-id', id);
      core.saveState('region', region);
      const started = await ensureStarted(port, id, {
        waitFor: settings.waitFor,
        timeoutMs: settings.waitTimeoutMs,
      });
      info = started.info;
      timeline.push(...started.timeline);
      core.setOutput('started', String(started.started));
    } catch (error) {
      mark(`failed: ${errorMessage(error)}`);
      await finish(false, 'The instance could not be made ready.');
      if (error instanceof ActionFailure || error instanceof ConfigurationError) throw error;
      if (noCredentials(error))
        throw new ConfigurationError(
          `No AWS credentials for EC2 in ${region}: give 'role-to-assume' (the job needs permissions: id-token: write), run aws-actions/configure-aws-credentials before this step, or use a runner with an instance profile.`,
        );
      throw new ActionFailure(redactor.redact(`EC2 in ${region}: ${errorMessage(error)}`));
    }
    core.setOutput('instance-id', info.id);
    core.setOutput('instance-state', info.state);
    core.setOutput('public-ip', info.publicIp ?? '');
    core.setOutput('public-dns', info.publicDns ?? '');
    core.setOutput('private-ip', info.privateIp ?? '');
    core.info(
      `${info.id} is ${info.state} (public ${info.publicIp ?? '–'}, private ${info.privateIp ?? '–'}).`,
    );
  } else {
    core.setOutput('started', 'false');
  }
  const host = settings.host ?? (info !== undefined ? addressOf(info, settings.address) : '');
  core.setOutput('host', host);

  if (settings.script === undefined) {
    core.saveState('outcome', 'success');
    await finish(true, info ? `${info.id} is ready at ${host}.` : 'Nothing to run.');
    return;
  }

  const pinned = [
    ...settings.fingerprints,
    ...(settings.knownHosts ? fingerprintsFromKnownHosts(settings.knownHosts, host, settings.sshPort) : []),
  ];
  const policy: HostKeyPolicy = {
    mode: settings.hostKeyCheck === 'strict' ? 'pinned' : settings.hostKeyCheck,
    fingerprints: pinned,
  };
  let connection;
  try {
    connection = await connect({
      host,
      port: settings.sshPort,
      username: settings.username ?? '',
      privateKey: settings.sshKey ?? '',
      passphrase: settings.passphrase,
      policy,
      waitTimeoutMs: settings.waitTimeoutMs,
      log: (line) => {
        core.info(redactor.redact(line));
      },
    });
  } catch (error) {
    mark('SSH refused');
    await finish(false, 'SSH could not be used.');
    if (error instanceof HostKeyError) {
      const advice =
        pinned.length === 0
          ? `No host key is pinned, so nothing was run. Check the fingerprint out of band, then add to the step:\n  host-fingerprint: ${error.seen}\n(or choose host-key-check: accept-new to trust on first use).`
          : `It matches none of the pinned fingerprints (${pinned.join(', ')}): the host changed, or someone is in the middle. Nothing was run.`;
      throw new ActionFailure(`Host key not verified: ${error.message}. ${advice}`.replace(/\n\s*/g, ' '));
    }
    throw new ActionFailure(
      redactor.redact(`SSH to ${host}:${settings.sshPort} failed: ${errorMessage(error)}`),
    );
  }
  core.setOutput('host-fingerprint', connection.fingerprint);
  mark(`SSH ready (${connection.attempts} attempt${connection.attempts === 1 ? '' : 's'})`);
  if (settings.hostKeyCheck === 'accept-new')
    core.notice(
      `Trusted ${host}'s host key on first use: ${connection.fingerprint}. Pin it with host-fingerprint.`,
      { title: 'ec2-deploy' },
    );
  if (settings.hostKeyCheck === 'off') {
    core.warning(
      `Host key checking is off: ${host} presented ${connection.fingerprint}, which was not verified.`,
      { title: 'ec2-deploy' },
    );
    summary.raw(`> [!WARNING]\n> Host key checking is off: ${connection.fingerprint} was not verified.`);
  }

  core.startGroup(`Running the script on ${settings.username ?? ''}@${host}`);
  const outputFile = `/tmp/runway-output-${randomBytes(8).toString('hex')}`;
  let result;
  let written: string | undefined;
  try {
    result = await runScript(
      connection,
      settings.shell,
      remoteScript(settings.script, settings.env, settings.workingDirectory, createOutputFile(outputFile)),
      settings.commandTimeoutMs,
      (chunk) => {
        process.stdout.write(redactor.redact(chunk));
      },
      undefined,
      [outputFile],
    );
    // What the script wrote to RUNWAY_OUTPUT, after a failure too (a rollback needs what it recorded).
    if (!result.timedOut) written = (await connection.ssh.execCommand(readBackCommand(outputFile))).stdout;
  } finally {
    core.endGroup();
    connection.ssh.dispose();
  }
  const code = result.code;
  core.setOutput('exit-code', code === null ? '' : String(code));
  const outputsError = setScriptOutputs(written, summary, redactor);
  if (outputsError !== undefined && code !== 0)
    core.warning(`RUNWAY_OUTPUT on ${host} was not read: ${outputsError}.`, { title: 'ec2-deploy' });
  if (outputsError !== undefined && code === 0) {
    mark('outputs refused');
    await finish(false, `The script's outputs could not be read: ${outputsError}`);
    throw new ActionFailure(`RUNWAY_OUTPUT on ${host}: ${outputsError}.`);
  }
  if (result.timedOut) {
    mark('script timed out');
    await finish(
      false,
      `The script ran past command-timeout (${formatDuration(settings.commandTimeoutMs)}) and was stopped.`,
    );
    throw new ActionFailure(
      `The script on ${host} ran longer than command-timeout (${formatDuration(settings.commandTimeoutMs)}) and was stopped.`,
    );
  }
  if (code !== 0) {
    mark(`script failed (${code === null ? `signal ${result.signal ?? '?'}` : `exit ${code}`})`);
    summary.details('Last lines of output', codeBlock(redactor.redact(result.tail.slice(-20).join('\n'))));
    await finish(false, `The script failed on ${host}.`);
    throw new ActionFailure(
      `The script on ${host} ${code === null ? `was killed by signal ${result.signal ?? '?'}` : `exited with ${code}`}` +
        (result.tail.length > 0 ? `; last line: ${redactor.redact(result.tail.at(-1) ?? '')}` : ''),
    );
  }
  mark('script done');
  core.saveState('outcome', 'success');
  await finish(true, `Deployed to ${host}.`);
}

/**
 * Sets each output the script wrote (and `outputs`, all of them as JSON); says which in the log and summary.
 * Returns why the file was refused, if it was.
 */
function setScriptOutputs(
  written: string | undefined,
  summary: SummaryBuilder,
  redactor: Redactor,
): string | undefined {
  if (written === undefined) return undefined;
  if (Buffer.byteLength(written) > OUTPUT_LIMIT_BYTES)
    return `the file is larger than ${OUTPUT_LIMIT_BYTES / 1024} KiB (outputs are for tags and ids, not logs)`;
  const parsed = parseScriptOutputs(written);
  if (!parsed.ok) return parsed.error;
  if (parsed.outputs.length === 0) return undefined;
  for (const [name, value] of parsed.outputs) core.setOutput(name, value);
  core.setOutput('outputs', JSON.stringify(Object.fromEntries(parsed.outputs)));
  core.info(`The script set ${parsed.outputs.map(([name]) => name).join(', ')}.`);
  summary.table(
    ['Output', 'Value'],
    parsed.outputs.map(([name, value]) => [name, redactor.redact(value)]),
  );
  return undefined;
}
