/**
 * workflows/deploy.yml's deploy job, step by step through the committed bundles, against a real OpenSSH server
 * standing in for the instance: the deploy script records the tag running before (RUNWAY_OUTPUT), deploys
 * the new one, health-check finds it unhealthy, and the rollback step deploys the previous tag again, which
 * the second health check finds healthy; then the Slack job's message (to a local webhook) says both.
 *
 * What runs is the workflow's own YAML: its `if:` conditions, inputs and scripts, evaluated with the job's
 * contexts. Four things are changed, and only these: there is no EC2 (the instance-id/role inputs are replaced
 * by `host` and the sshd's port: ec2-deploy's AWS path is tested in ec2-deploy.test.ts), `docker` is a
 * stand-in (test/fixtures/deploy/docker) running the starter service (templates/python-service) instead of
 * containers, /opt/app is a scratch folder, and the service's port 55433 is a free port.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, interpolate, shouldRun } from '../harness/expressions.js';
import { type FakeSlack, startFakeSlack } from '../harness/fake-slack.js';
import { REPO_ROOT, type ActionRun, runAction } from '../harness/run-action.js';
import { freePort, requireProgram } from '../harness/servers.js';
import { prepareSshd, SSHD, type Sshd } from '../harness/sshd.js';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; outputs: Record<string, string> }>;
}

const workflow = parse(readFileSync(path.join(REPO_ROOT, 'workflows/deploy.yml'), 'utf8')) as Workflow;
const scratch = mkdtempSync(path.join(tmpdir(), 'runway-rollback-'));
const state = path.join(scratch, 'docker-state');
const app = path.join(scratch, 'opt-app');
const TOKEN = 'ghp_registrytoken0123456789abcdef';
let sshd: Sshd | undefined;
let slack: FakeSlack | undefined;
let port = 0;
let ready = false;

beforeAll(async () => {
  ready = requireProgram(SSHD, 'openssh-server') && requireProgram('/usr/bin/ssh-keygen', 'openssh-client');
  if (!ready) return;
  port = await freePort();
  mkdirSync(path.join(state, 'registry'), { recursive: true });
  mkdirSync(app);
  const env = {
    PATH: `${path.join(REPO_ROOT, 'test/fixtures/deploy')}:/usr/bin:/bin`,
    FAKE_DOCKER_STATE: state,
    FAKE_SERVICE_DIR: path.join(REPO_ROOT, 'templates/python-service/backend'),
    FAKE_SERVICE_PORT: String(port),
  };
  sshd = await prepareSshd(scratch, [
    `SetEnv ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  ]);
  await sshd.start();
  slack = await startFakeSlack();
});

afterAll(async () => {
  try {
    const pid = Number(readFileSync(path.join(state, 'running.pid'), 'utf8'));
    process.kill(pid, 'SIGTERM');
  } catch {
    // nothing running
  }
  await sshd?.dispose();
  await slack?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** An image the registry has: its environment when it runs. v2 cannot reach its database. */
function publish(tag: string, env = ''): void {
  writeFileSync(path.join(state, 'registry', tag), env);
}

interface StepRun {
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  run?: ActionRun;
}

/** Runs the deploy job's steps as the runner would, with these contexts; returns each step's result. */
async function deployJob(
  ref: string,
): Promise<{ steps: Record<string, StepRun>; outputs: Record<string, string> }> {
  const s = sshd;
  if (s === undefined) throw new Error('no sshd');
  const steps: Record<string, StepRun> = {};
  const context = (): Context => ({
    github: { repository: 'runway-ci/example', actor: 'deployer', sha: 'f'.repeat(40), event: {} },
    inputs: { ref },
    vars: { EC2_HOST_FINGERPRINT: s.hostFingerprint, AWS_REGION: 'eu-west-1' },
    secrets: { EC2_SSH_KEY: s.keys.ed25519, REGISTRY_TOKEN: TOKEN },
    steps,
  });
  let failed = false;
  for (const step of workflow.jobs.deploy?.steps ?? []) {
    const id = step.id ?? '';
    if (!shouldRun(step.if, context(), failed)) {
      steps[id] = { outcome: 'skipped', outputs: {} };
      continue;
    }
    const action = (step.uses ?? '').replace(/^runway-ci\/runway\/actions\/([^@]+)@v1$/, '$1');
    // No EC2 here: the instance is the sshd (ec2-deploy's AWS side is tested in ec2-deploy.test.ts).
    const aws = ['instance-id', 'region', 'role-to-assume', 'wait-for'];
    const given = Object.entries(step.with ?? {}).filter(
      ([k]) => action !== 'ec2-deploy' || !aws.includes(k),
    );
    const inputs = Object.fromEntries(
      given.map(([k, v]) => [
        k,
        interpolate(v, context(), failed)
          .replaceAll(':55433/', `:${port}/`)
          .replaceAll('cd /opt/app', `cd '${app}'`),
      ]),
    );
    if (action === 'ec2-deploy') {
      // The workflow's user is ubuntu; the test's sshd runs as whoever runs the tests.
      Object.assign(inputs, {
        host: '127.0.0.1',
        'ssh-port': String(s.port),
        username: s.user,
        'wait-timeout': '20s',
      });
    } else if (action === 'health-check') {
      // The workflow waits minutes for a slow start; here the service is up in well under a second.
      Object.assign(inputs, { deadline: '4s', 'initial-delay': '0s', 'retry-delay': '200ms' });
    }
    const run = await runAction(action, { inputs, timeoutMs: 60_000 });
    const outcome = run.exitCode === 0 ? 'success' : 'failure';
    steps[id] = { outcome, outputs: run.outputs, run };
    failed ||= outcome === 'failure';
  }
  const outputs = Object.fromEntries(
    Object.entries(workflow.jobs.deploy?.outputs ?? {}).map(([k, v]) => [k, interpolate(v, context())]),
  );
  return { steps, outputs };
}

/** The slack job's step, with the deploy job's result and outputs as `needs`. */
async function slackJob(result: string, outputs: Record<string, string>): Promise<Record<string, unknown>> {
  const hook = `${slack?.url ?? ''}/services/T0/B0/secret`;
  const needs = { deploy: { result, outputs } };
  const context: Context = { needs, secrets: { SLACK_WEBHOOK_URL: hook }, github: {} };
  const step = workflow.jobs.slack?.steps[0];
  const inputs = Object.fromEntries(
    Object.entries(step?.with ?? {}).map(([k, v]) => [k, interpolate(v, context)]),
  );
  const before = slack?.received.length ?? 0;
  const run = await runAction('slack-report', { inputs: { ...inputs, 'github-token': '' } });
  expect(run.exitCode, run.log).toBe(0);
  expect(slack?.received.length).toBe(before + 1);
  return slack?.received.at(-1)?.payload ?? {};
}

const version = async (): Promise<string> =>
  ((await (await fetch(`http://127.0.0.1:${port}/version`)).json()) as { version: string }).version;

describe('workflows/deploy.yml: deploy, health check, rollback, Slack (real sshd, the starter service)', () => {
  it('a healthy first deploy: nothing ran before, no rollback', async (ctx) => {
    if (!ready) return ctx.skip();
    publish('v1');
    const { steps, outputs } = await deployJob('v1');
    expect(steps.deploy?.outcome, steps.deploy?.run?.stdout).toBe('success');
    expect(steps.deploy?.outputs['previous-tag']).toBe('');
    expect(steps.deploy?.outputs['deployed-tag']).toBe('v1');
    expect(JSON.parse(steps.deploy?.outputs.outputs ?? '{}')).toEqual({
      'previous-tag': '',
      'deployed-tag': 'v1',
    });
    expect(steps.health?.outcome, steps.health?.run?.stdout).toBe('success');
    expect(steps.rollback?.outcome).toBe('skipped');
    expect(steps['rollback-health']?.outcome).toBe('skipped');
    expect(outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false', 'deployed-tag': 'v1' });
    expect(await version()).toBe('v1');
    // The registry token was masked and never printed.
    expect(steps.deploy?.run?.masks).toContain(TOKEN);
    const printed = (steps.deploy?.run?.stdout ?? '')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(TOKEN);
  });

  it('an unhealthy new version is rolled back to the tag that ran before, and Slack says both', async (ctx) => {
    if (!ready) return ctx.skip();
    // v2 is built fine but misconfigured: its database is unreachable, so /health says degraded (503).
    const closed = await freePort();
    publish('v2', `DATABASE_URL=postgresql://127.0.0.1:${closed}/app\n`);
    const { steps, outputs } = await deployJob('v2');
    expect(steps.deploy?.outcome, steps.deploy?.run?.stdout).toBe('success');
    expect(steps.deploy?.outputs['previous-tag']).toBe('v1');
    expect(steps.health?.outcome).toBe('failure');
    expect(steps.health?.outputs.healthy).toBe('false');
    expect(steps.rollback?.outcome, steps.rollback?.run?.stdout).toBe('success');
    expect(steps.rollback?.run?.stdout).toContain('Login Succeeded');
    expect(steps['rollback-health']?.outcome, steps['rollback-health']?.run?.stdout).toBe('success');
    expect(outputs).toMatchObject({
      'deployed-tag': 'v2',
      'previous-tag': 'v1',
      healthy: 'false',
      'rolled-back': 'true',
      'rollback-healthy': 'true',
    });
    expect(await version()).toBe('v1');

    const message = JSON.stringify(await slackJob('failure', outputs));
    expect(message).toContain('v2 (healthy: false)');
    expect(message).toContain('to v1 (healthy: true)');
  });

  it('a deploy that fails half-way (the image cannot be pulled) is rolled back too', async (ctx) => {
    if (!ready) return ctx.skip();
    const { steps, outputs } = await deployJob('v3-never-pushed');
    expect(steps.deploy?.outcome).toBe('failure');
    expect(steps.deploy?.run?.stdout).toContain('manifest unknown');
    // Recorded before the failure, so still an output of the failed step.
    expect(steps.deploy?.outputs['previous-tag']).toBe('v1');
    expect(steps.deploy?.outputs['deployed-tag']).toBeUndefined();
    expect(steps.health?.outcome).toBe('skipped');
    expect(steps.rollback?.outcome, steps.rollback?.run?.stdout).toBe('success');
    expect(steps['rollback-health']?.outcome).toBe('success');
    expect(outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
    expect(await version()).toBe('v1');
  });
});
