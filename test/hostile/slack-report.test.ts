/** slack-report against templates, job lists, APIs and URLs made to leak secrets or pass by mistake. */
import { describe, expect, it } from 'vitest';
import { freePort } from '../harness/servers.js';
import { attack, hostileSuite, expectNoLeak, expectRefused, link, put } from './hostile.js';

const { c, serve } = hostileSuite();

const needs = JSON.stringify({ build: { result: 'success', outputs: {} } });

describe('slack-report puts no secret in a message', () => {
  it('a template naming ${GITHUB_TOKEN} or any other variable keeps it literal and says so', async () => {
    await put(
      c,
      'slack.json',
      '{"text": "${STATUS} ${GITHUB_TOKEN} ${RUNWAY_CANARY_SECRET} ${HOME} ${GITHUB_SHA}"}',
    );
    const run = await attack('slack-report', c, { inputs: { 'payload-file': 'slack.json', needs } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('${GITHUB_TOKEN} ${RUNWAY_CANARY_SECRET} ${HOME} 0123456789abcdef');
    const warning = run.annotations.find((a) => a.level === 'warning')?.message ?? '';
    expect(warning).toMatch(
      /uses \$\{GITHUB_TOKEN\}, \$\{RUNWAY_CANARY_SECRET\}, \$\{HOME\}, which are not known placeholders/,
    );
    expectNoLeak(run, c);
  });

  it('a payload-file that is a link to a private file', async () => {
    await link(c, 'slack.json', c.file);
    const run = await attack('slack-report', c, { inputs: { 'payload-file': 'slack.json', needs } });
    expectRefused(run, c, {
      says: /Input 'payload-file' names 'slack\.json', which is outside the workspace/,
    });
  });

  it('a template that is not JSON is refused without quoting it', async () => {
    await put(c, 'slack.json', `{"text": ${c.secret}}`);
    const run = await attack('slack-report', c, { inputs: { 'payload-file': 'slack.json', needs } });
    expectRefused(run, c, { says: /Input 'payload-file' \(slack\.json\) is not valid JSON/ });
  });
});

describe('slack-report tells user mistakes apart from its own bugs', () => {
  for (const [what, value, says] of [
    ['a null job', '{"build": null}', /Input 'needs': job 'build' has no result \(it is null\)/],
    ['a job that is a number', '{"build": 7}', /Input 'needs': job 'build' has no result/],
    ['a result it does not know', '{"build": {"result": "green"}}', /job 'build' has result "green"/],
    ['a list', '[1, 2]', /Input 'needs' must be the JSON of/],
    ['not JSON', '{"build": ', /Input 'needs' must be the JSON of .* not valid JSON/],
  ] as const) {
    it(`needs with ${what}`, async () => {
      const run = await attack('slack-report', c, { inputs: { needs: value } });
      expectRefused(run, c, { says });
    });
  }

  it('a jobs API that answers 401', async () => {
    const api = await serve((_req, res) =>
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}'),
    );
    const run = await attack('slack-report', c, {
      inputs: { 'jobs-from-api': 'true', 'github-token': c.secret },
      env: { GITHUB_API_URL: api.url },
    });
    expectRefused(run, c, {
      says: /jobs could not be listed: .*401: Bad credentials \(the token is missing, expired or invalid\)/,
    });
    expect(api.requests).toHaveLength(1);
  });

  it('a jobs API whose answer is cut off', async () => {
    const api = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"total_count": 2, "jobs": [{"na'),
    );
    const run = await attack('slack-report', c, {
      inputs: { 'jobs-from-api': 'true', 'github-token': c.secret },
      env: { GITHUB_API_URL: api.url },
    });
    expectRefused(run, c, { says: /jobs could not be listed: .*not JSON/ });
  });

  it('a jobs API that lists jobs of another shape', async () => {
    const api = await serve((_req, res) => res.end('{"total_count": 1, "jobs": [null]}'));
    const run = await attack('slack-report', c, {
      inputs: { 'jobs-from-api': 'true', 'github-token': c.secret },
      env: { GITHUB_API_URL: api.url },
    });
    expectRefused(run, c, { says: /jobs could not be listed: the jobs API listed a job that is not one/ });
  });

  it('a Link header pointing at another host does not get the token', async () => {
    const elsewhere = await serve((_req, res) => res.end('{"jobs": []}'));
    const api = await serve((_req, res) =>
      res.writeHead(200, { link: `<${elsewhere.url}/page2>; rel="next"` }).end('{"jobs": []}'),
    );
    const run = await attack('slack-report', c, {
      inputs: { 'jobs-from-api': 'true', 'github-token': c.secret },
      env: { GITHUB_API_URL: api.url },
    });
    expectRefused(run, c, { says: /next page is on another host/ });
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe('slack-report retries only what may pass, within its timeout', () => {
  it('a webhook URL with a user name and password is an input error, before any request', async () => {
    const run = await attack('slack-report', c, {
      inputs: { 'webhook-url': `https://user:${c.secret}@hooks.slack.com/services/T/B/X`, needs },
    });
    expectRefused(run, c, { says: /Input 'webhook-url' must not hold a user name or password/ });
  });

  it('a 404 from the webhook is asked once', async () => {
    const hook = await serve((_req, res) => res.writeHead(404).end('no_service'));
    const run = await attack('slack-report', c, {
      inputs: { 'webhook-url': `${hook.url}/services/T/B/X`, needs },
    });
    expectRefused(run, c, { says: /Slack answered 404.*after 1 attempt/ });
    expect(hook.requests).toHaveLength(1);
  });

  it('a refused connection is retried, and the whole stays within the timeout', async () => {
    const port = await freePort();
    const run = await attack('slack-report', c, {
      inputs: {
        'webhook-url': `http://127.0.0.1:${port}/services/T/B/X`,
        needs,
        timeout: '3s',
        retries: '20',
      },
    });
    expectRefused(run, c, { says: /no answer from Slack/, withinMs: 6000 });
    expect(run.errors[0]?.message).toMatch(/after [2-9]\d* attempts/);
  });
});
