/**
 * Every action's outbound HTTP(S) through a real forward proxy (tinyproxy) when the runner sets
 * HTTPS_PROXY/HTTP_PROXY, and straight to the host when NO_PROXY names it: shared HTTP (health-check), the
 * GitHub API (a PR comment), Slack's webhook, the AWS SDK (EC2). Proxy credentials never reach the log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeArtifacts, zipOf } from '../harness/fake-artifacts.js';
import { type FakeEc2, startFakeEc2 } from '../harness/fake-ec2.js';
import { type FakeGitHub, startFakeGitHub } from '../harness/fake-github.js';
import { type FakeSlack, startFakeSlack } from '../harness/fake-slack.js';
import { startProxy, type TestProxy, TINYPROXY, viaProxy } from '../harness/proxy.js';
import { runAction } from '../harness/run-action.js';
import {
  makeCertificates,
  requireProgram,
  requireTool,
  startServer,
  type TestServer,
} from '../harness/servers.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});
async function proxy(credentials?: { user: string; password: string }): Promise<TestProxy> {
  const p = await startProxy(credentials);
  stops.push(() => p.stop());
  return p;
}
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  stops.push(() => s.close());
  return s;
}
const portOf = (url: string): string => new URL(url).port;
const proxyEnv = (url: string, extra: Record<string, string> = {}) => ({
  HTTPS_PROXY: url,
  http_proxy: url,
  ...extra,
});

describe.runIf(requireProgram(TINYPROXY, 'tinyproxy') && requireTool('openssl', ['version']))(
  'through the runner’s proxy',
  () => {
    it('health-check reaches an HTTP endpoint through the proxy', async () => {
      const p = await proxy();
      const server = await serve((_req, res) => res.end('{"status":"ok"}'));
      const run = await runAction('health-check', {
        inputs: { url: `${viaProxy(server.url)}/health`, 'expect-json': 'status=ok', timeout: '5s' },
        env: proxyEnv(p.url),
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.outputs.healthy).toBe('true');
      expect((await p.reached()).some((r) => r.includes(`:${portOf(server.url)}`))).toBe(true);
    });

    it('health-check reaches an HTTPS endpoint with its own CA through a CONNECT tunnel', async () => {
      const p = await proxy();
      const certs = makeCertificates();
      stops.push(() => {
        certs.dispose();
        return Promise.resolve();
      });
      const server = await serve((_req, res) => res.end('ok'), { tls: certs.tls });
      const run = await runAction('health-check', {
        inputs: { url: viaProxy(server.url), 'ca-cert': certs.caPem, timeout: '5s' },
        env: proxyEnv(p.url),
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(await p.reached()).toContain(`[::ffff:7f00:1]:${portOf(server.url)}`);
    });

    it('NO_PROXY hosts are reached directly, the others through the proxy', async () => {
      const p = await proxy();
      const inside = await serve((_req, res) => res.end('ok'));
      const outside = await serve((_req, res) => res.end('ok'));
      const run = await runAction('health-check', {
        inputs: { url: `${viaProxy(inside.url)}/\n${viaProxy(outside.url)}/`, timeout: '5s' },
        env: proxyEnv(p.url, { NO_PROXY: `example.internal, [::ffff:7f00:1]:${portOf(inside.url)}` }),
      });
      expect(run.errors, run.stdout).toEqual([]);
      const reached = await p.reached();
      expect(reached.some((r) => r.includes(`:${portOf(outside.url)}`))).toBe(true);
      expect(reached.some((r) => r.includes(`:${portOf(inside.url)}`))).toBe(false);
      expect(inside.requests).toHaveLength(1);
    });

    it("the proxy's password is masked and never shown, even when the endpoint fails", async () => {
      const password = 'proxy-pass-7c1e9a';
      const p = await proxy({ user: 'runner', password });
      const server = await serve((_req, res) => res.writeHead(503).end('down'));
      const run = await runAction('health-check', {
        inputs: { url: viaProxy(server.url), timeout: '2s', deadline: '3s', 'retry-delay': '200ms' },
        env: proxyEnv(p.url),
      });
      expect(run.exitCode).toBe(1);
      expect(server.requests.length).toBeGreaterThan(0);
      expect(run.masks).toContain(password);
      expect(run.log + run.stderr + run.summary).not.toContain(password);
    });

    it('a PR comment reaches the GitHub API through the proxy', async () => {
      const p = await proxy();
      const github: FakeGitHub = await startFakeGitHub({ token: 'ghs_proxy_token' });
      stops.push(() => github.close());
      const { mkdtemp, writeFile } = await import('node:fs/promises');
      const { tmpdir } = await import('node:os');
      const path = await import('node:path');
      const ws = await mkdtemp(path.join(tmpdir(), 'runway-proxy-ws-'));
      const { rm } = await import('node:fs/promises');
      stops.push(() => rm(ws, { recursive: true, force: true }));
      await writeFile(
        path.join(ws, 'junit.xml'),
        '<testsuite name="t" tests="1" failures="1"><testcase classname="a" name="b"><failure message="x"/></testcase></testsuite>',
      );
      const run = await runAction('test-report', {
        workspace: ws,
        inputs: { files: 'junit.xml', comment: 'always', 'github-token': 'ghs_proxy_token' },
        event: { pull_request: { number: 5, head: { repo: { full_name: 'runway-ci/example' } } } },
        eventName: 'pull_request',
        env: proxyEnv(p.url, { GITHUB_API_URL: viaProxy(github.url) }),
      });
      expect(run.outputs['comment-url'], run.stdout).not.toBe('');
      expect(github.comments).toHaveLength(1);
      expect((await p.reached()).some((r) => r.includes(`:${portOf(github.url)}`))).toBe(true);
    });

    it("artifacts (this run's through the runner's service, the base's through the API, and their blobs) through the proxy", async () => {
      const p = await proxy();
      const token = 'ghs_proxy_token';
      const fake = await startFakeArtifacts({ token, currentRunId: 1001 });
      stops.push(() => fake.close());
      fake.url = viaProxy(fake.url);
      const coverage = (hits: string) =>
        `<coverage version="7" line-rate="1" branch-rate="0"><packages><package name="a"><classes><class name="a.py" filename="a.py"><lines>${hits}</lines></class></classes></package></packages></coverage>`;
      const summary = {
        version: 1,
        metric: 'lines',
        files: { 'a.py': { linesValid: 2, linesCovered: 1, branchesValid: 0, branchesCovered: 0 } },
      };
      fake.runs.push(
        {
          id: 1001,
          workflowId: 7,
          path: '.github/workflows/ci.yml',
          headBranch: 'feature',
          event: 'pull_request',
          conclusion: null,
        },
        {
          id: 990,
          workflowId: 7,
          path: '.github/workflows/ci.yml',
          headBranch: 'main',
          event: 'push',
          conclusion: 'success',
        },
      );
      fake.artifacts.push(
        {
          id: 1,
          name: 'coverage-unit',
          runId: 1001,
          zip: zipOf({ 'coverage.xml': coverage('<line number="1" hits="1"/><line number="2" hits="1"/>') }),
        },
        {
          id: 2,
          name: 'coverage-summary',
          runId: 990,
          zip: zipOf({ 'coverage-summary.json': JSON.stringify(summary) }),
        },
      );
      const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
      const { tmpdir } = await import('node:os');
      const path = await import('node:path');
      const ws = await mkdtemp(path.join(tmpdir(), 'runway-proxy-ws-'));
      stops.push(() => rm(ws, { recursive: true, force: true }));
      await writeFile(path.join(ws, 'a.py'), 'a = 1\nb = 2\n');
      const run = await runAction('coverage-gate', {
        workspace: ws,
        inputs: {
          artifacts: 'coverage-*',
          base: 'artifact:coverage-summary',
          'github-token': token,
          comment: 'off',
        },
        event: { pull_request: { number: 5, base: { ref: 'main' } } },
        eventName: 'pull_request',
        env: proxyEnv(p.url, fake.env()),
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.outputs).toMatchObject({ coverage: '100', 'base-coverage': '50' });
      // Every request is tunnelled (CONNECT), so the proxy's log holds the host and port, not the path:
      // @actions/http-client (the artifact service, blob storage) opens one tunnel per request, and
      // Octokit's pooled connection for the REST calls at least one more.
      const port = portOf(fake.server.url);
      const tunnels = (await p.reached()).filter((r) => r.endsWith(`:${port}`)).length;
      const ownRequests = fake.calls.filter((c) => !c.includes(' /repos/'));
      // The list, then the package's own lookup by id and the signed URL for the one download.
      expect(ownRequests.filter((c) => c.includes('/twirp/'))).toHaveLength(3);
      expect(ownRequests.filter((c) => c.includes('/blob/'))).toHaveLength(2);
      expect(tunnels).toBeGreaterThanOrEqual(ownRequests.length + 1);
    });

    it("Slack's webhook is reached through the proxy", async () => {
      const p = await proxy();
      const slack: FakeSlack = await startFakeSlack();
      stops.push(() => slack.close());
      const run = await runAction('slack-report', {
        inputs: {
          'webhook-url': `${viaProxy(slack.url)}/services/T0/B0/secret`,
          needs: JSON.stringify({ build: { result: 'success', outputs: {} } }),
        },
        env: proxyEnv(p.url),
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(slack.received).toHaveLength(1);
      expect((await p.reached()).some((r) => r.includes(`:${portOf(slack.url)}`))).toBe(true);
    });

    it('the AWS SDK reaches EC2 through the proxy', async () => {
      const p = await proxy();
      const ec2: FakeEc2 = await startFakeEc2('i-0123456789abcdef0', 'running');
      stops.push(() => ec2.close());
      const run = await runAction('ec2-deploy', {
        inputs: { 'instance-id': 'i-0123456789abcdef0', region: 'eu-west-1', 'wait-timeout': '20s' },
        env: proxyEnv(p.url, {
          ...ec2.env,
          AWS_ENDPOINT_URL_EC2: viaProxy(ec2.env.AWS_ENDPOINT_URL_EC2 ?? ''),
        }),
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(ec2.actions).toContain('DescribeInstances');
      expect((await p.reached()).some((r) => r.includes(`:${portOf(ec2.server.url)}`))).toBe(true);
    }, 60_000);
  },
);
