/** slack-report through its committed bundle, against a local server that speaks Slack's protocols. */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../harness/fake-slack.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { freePort, startServer } from '../harness/servers.js';

const CANARY = 'canary-9f3e1d-secret';
let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

const needs = (jobs: Record<string, string>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(jobs).map(([k, v]) => [k, { result: v, outputs: {} }])));
const event = {
  head_commit: {
    message: 'Fix the <!channel> & <b>bold</b> bug\n\nlonger body',
    author: { name: 'Ada', username: 'ada' },
  },
};

function hookUrl(): string {
  return `${slack.url}/services/T0000/B0000/${CANARY}`;
}

function report(
  inputs: Record<string, string>,
  extra: Parameters<typeof runAction>[1] = {},
): Promise<ActionRun> {
  return runAction('slack-report', { inputs: { 'github-token': '', ...inputs }, event, ...extra });
}

/** The canary never shows: not in the log (but for the mask command), stderr, summary or outputs. */
function expectNoCanary(run: ActionRun): void {
  const log = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const text of [log, run.stderr, run.summary, JSON.stringify(run.outputs)])
    expect(text).not.toContain(CANARY);
}

describe('slack-report over an incoming webhook', () => {
  it("posts one message with every job's result, escaped, block by block", async () => {
    const run = await report({
      'webhook-url': hookUrl(),
      needs: needs({ 'unit-tests': 'success', 'integration-tests': 'failure', 'e2e-tests': 'skipped' }),
      mention: '<!here>',
      fields: 'Environment=staging <prod>',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ sent: 'true', status: 'failure' });
    expect(slack.received).toHaveLength(1);
    const payload: Record<string, unknown> = slack.received[0]?.payload ?? {};
    const blocks = payload.blocks as {
      type: string;
      text?: { text: string; type: string };
      fields?: { text: string }[];
    }[];
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'CI #7 failure in runway-ci/example', emoji: true },
    });
    expect(blocks[1]?.text?.text).toBe(
      '<!here> :x: *failure* · <https://github.com/runway-ci/example/actions/runs/1001|view run>',
    );
    const fields = blocks[2]?.fields?.map((f) => f.text) ?? [];
    expect(fields).toContain(
      '*Commit*\n<https://github.com/runway-ci/example/commit/0123456789abcdef0123456789abcdef01234567|0123456> Fix the &lt;!channel&gt; &amp; &lt;b&gt;bold&lt;/b&gt; bug',
    );
    expect(fields).toContain('*Author*\nada');
    expect(fields).toContain('*Environment*\nstaging &lt;prod&gt;');
    expect(blocks.at(-1)?.text?.text).toBe(
      ':x: integration-tests\n:white_check_mark: unit-tests\n:fast_forward: e2e-tests',
    );
    expect(payload.text).toBe(
      '<!here> CI #7 failure in runway-ci/example: Fix the &lt;!channel&gt; &amp; &lt;b&gt;bold&lt;/b&gt; bug',
    );
    expectNoCanary(run);
  });

  it('waits out a 429 Retry-After, then sends', async () => {
    slack.script({ status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } });
    const run = await report({ 'webhook-url': hookUrl(), needs: needs({ build: 'success' }) });
    expect(run.exitCode).toBe(0);
    expect(slack.received).toHaveLength(2);
    expect((slack.received[1]?.at ?? 0) - (slack.received[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retries 500s with backoff, then sends', async () => {
    slack.script({ status: 500, body: 'oops' }, { status: 500, body: 'oops' });
    const run = await report({ 'webhook-url': hookUrl(), needs: needs({ build: 'success' }) });
    expect(run.exitCode).toBe(0);
    expect(slack.received).toHaveLength(3);
  });

  it.each([
    [
      400,
      'invalid_blocks',
      'Slack answered 400: invalid_blocks: Slack rejected the blocks: check payload-file against the Block Kit reference (after 1 attempt)',
    ],
    [
      404,
      'channel_not_found',
      'Slack answered 404: channel_not_found: the channel does not exist, or the app is not in it: check channel and invite the app (after 1 attempt)',
    ],
    [
      410,
      'channel_is_archived',
      'Slack answered 410: channel_is_archived: the channel is archived: unarchive it or post elsewhere (after 1 attempt)',
    ],
  ])(
    'turns a %d %s into one line that says what to fix, without retrying',
    async (status, body, expected) => {
      slack.script({ status, body });
      const run = await report({ 'webhook-url': hookUrl(), needs: needs({ build: 'success' }) });
      expect(run.exitCode).toBe(1);
      expect(run.errors.map((e) => e.message)).toEqual([`Slack report not sent: ${expected}`]);
      expect(slack.received).toHaveLength(1);
      expect(run.outputs.sent).toBe('false');
      expectNoCanary(run);
    },
  );

  it('gives up on a hanging server within the timeout', async () => {
    slack.script(
      { status: 0, body: '', hang: true },
      { status: 0, body: '', hang: true },
      { status: 0, body: '', hang: true },
    );
    const run = await report({ 'webhook-url': hookUrl(), timeout: '2s', needs: needs({ build: 'success' }) });
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(6000);
    expect(run.errors[0]?.message).toMatch(/^Slack report not sent: no answer from Slack/);
    expectNoCanary(run);
  });

  it('never leaks the webhook URL when the connection fails, and warns instead of failing when asked', async () => {
    const port = await freePort();
    const run = await report({
      'webhook-url': `http://127.0.0.1:${port}/services/T1/B1/${CANARY}`,
      timeout: '2s',
      retries: '1',
      'fail-on-error': 'false',
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /^Slack report not sent: no answer from Slack .* \(fail-on-error is false\)$/,
    );
    expect(run.masks).toContain(`http://127.0.0.1:${port}/services/T1/B1/${CANARY}`);
    expectNoCanary(run);
  });

  it('folds a 300-job run within 50 blocks, 3000 characters a section and 12,000 in all, failures first', async () => {
    const jobs: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      jobs[`unit-tests (group ${i}, python 3.${10 + (i % 3)}, a long matrix name to fill the message)`] =
        i === 42 ? 'failure' : 'success';
    const run = await report({
      'webhook-url': hookUrl(),
      needs: JSON.stringify(Object.fromEntries(Object.entries(jobs).map(([k, v]) => [k, { result: v }]))),
    });
    expect(run.exitCode).toBe(0);
    const blocks = (slack.received[0]?.payload.blocks ?? []) as { text?: { text: string } }[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
    // Slack's undocumented total (msg_blocks_too_long at about 12,000 characters).
    expect(JSON.stringify(blocks).length).toBeLessThan(12_000);
    const jobText = blocks.map((b) => b.text?.text ?? '').join('\n');
    expect(jobText.indexOf(':x: unit-tests (group 42')).toBeGreaterThan(-1);
    expect(jobText.indexOf(':x:')).toBeLessThan(jobText.indexOf(':white_check_mark: unit-tests'));
    expect(jobText, jobText.slice(-300)).toMatch(/_and \d+ more succeeded_/);
  });

  it('escapes and cuts a 10,000-character commit message that tries to ping everyone', async () => {
    const long = `<!channel> & deploy ${'x'.repeat(10_000)}`;
    const run = await report(
      { 'webhook-url': hookUrl(), needs: needs({ build: 'success' }) },
      { event: { head_commit: { message: long, author: { name: 'Bob' } } } },
    );
    expect(run.exitCode).toBe(0);
    const body = JSON.stringify(slack.received[0]?.payload);
    expect(body).not.toContain('<!channel>');
    expect(body).toContain('&lt;!channel&gt; &amp; deploy');
    const blocks = (slack.received[0]?.payload.blocks ?? []) as { fields?: { text: string }[] }[];
    for (const f of blocks.flatMap((b) => b.fields ?? [])) expect(f.text.length).toBeLessThanOrEqual(2000);
    expect((slack.received[0]?.payload.text as string).length).toBeLessThanOrEqual(3000);
  });

  it('fills a payload-file template, escaping every value for JSON and mrkdwn', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'runway-slack-'));
    scratch.push(ws);
    writeFileSync(
      path.join(ws, 'slack.json'),
      '{"text": "${STATUS}: ${COMMIT_MESSAGE}", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "${REPOSITORY} by ${AUTHOR} on ${DEPLOY_ENV}"}}]}',
    );
    const run = await report(
      {
        'webhook-url': hookUrl(),
        'payload-file': 'slack.json',
        status: 'success',
        variables: 'DEPLOY_ENV=prod "eu"',
      },
      { workspace: ws },
    );
    expect(run.exitCode).toBe(0);
    expect(slack.received[0]?.payload).toEqual({
      text: 'success: Fix the &lt;!channel&gt; &amp; &lt;b&gt;bold&lt;/b&gt; bug',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'runway-ci/example by ada on prod "eu"' } }],
    });
  });
});

describe('slack-report through the Web API', () => {
  it('posts with a bot token and returns ts and channel, then updates that message', async () => {
    const run = await report({
      token: 'xoxb-test-token',
      channel: '#ci',
      'api-url': `${slack.url}/api/`,
      needs: needs({ build: 'success' }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ sent: 'true', channel: 'C0TEST', status: 'success' });
    expect(run.outputs.ts).toMatch(/^\d+\.000100$/);
    expect(slack.received[0]?.path).toBe('/api/chat.postMessage');
    expect(slack.received[0]?.payload.channel).toBe('#ci');
    expect(run.masks).toContain('xoxb-test-token');
    const update = await report({
      token: 'xoxb-test-token',
      channel: 'C0TEST',
      'api-url': `${slack.url}/api/`,
      'update-ts': run.outputs.ts ?? '',
      status: 'failure',
    });
    expect(update.exitCode).toBe(0);
    expect(slack.received[1]?.path).toBe('/api/chat.update');
    expect(slack.received[1]?.payload.ts).toBe(run.outputs.ts);
  });

  it("reports Slack's error word with what to fix", async () => {
    slack.script({
      status: 200,
      body: JSON.stringify({ ok: false, error: 'not_in_channel' }),
      headers: { 'content-type': 'application/json' },
    });
    const run = await report({
      token: 'xoxb-test-token',
      channel: 'C1',
      'api-url': `${slack.url}/api/`,
      retries: '0',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([
      'Slack report not sent: Slack answered: not_in_channel: the bot is not in the channel: invite it (/invite @app)',
    ]);
  });
});

describe('slack-report without a transport, and its inputs', () => {
  it('previews the message in the job summary and says nothing was sent', async () => {
    const run = await report({ needs: needs({ 'unit-tests': 'success', 'e2e-tests': 'cancelled' }) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ sent: 'false', status: 'cancelled' });
    expect(run.summary).toContain('## Slack report: cancelled (preview, not sent)');
    expect(run.summary).toContain('<details><summary>Block Kit JSON</summary>');
    expect(run.summary).toContain(':no_entry_sign: e2e-tests');
    expect(run.annotations[0]).toMatchObject({ level: 'notice' });
  });

  it('lists the jobs through the REST API with pagination and durations', async () => {
    const jobs = Array.from({ length: 35 }, (_, i) => ({
      name: `job ${i}`,
      status: 'completed',
      conclusion: i === 3 ? 'failure' : 'success',
      started_at: '2026-11-26T10:00:00Z',
      completed_at: '2026-11-26T10:01:30Z',
      html_url: `https://github.com/runway-ci/example/actions/runs/1001/job/${i}`,
    }));
    const api = await startServer((req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1');
      const slice = jobs.slice((page - 1) * 30, page * 30);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page === 1)
        headers.link = `<${api.url}/repos/runway-ci/example/actions/runs/1001/attempts/1/jobs?per_page=30&page=2>; rel="next"`;
      res.writeHead(200, headers).end(JSON.stringify({ total_count: jobs.length, jobs: slice }));
    });
    try {
      const run = await report(
        { 'webhook-url': hookUrl(), 'jobs-from-api': 'true', 'github-token': 'ghs_x' },
        { env: { GITHUB_API_URL: api.url } },
      );
      expect(run.exitCode).toBe(0);
      expect(run.outputs.status).toBe('failure');
      const text = ((slack.received[0]?.payload.blocks ?? []) as { text?: { text: string } }[])
        .map((b) => b.text?.text ?? '')
        .join('\n');
      expect(text).toContain(
        ':x: <https://github.com/runway-ci/example/actions/runs/1001/job/3|job 3> (1m 30s)',
      );
      expect(text.match(/:white_check_mark:/g)?.length).toBe(34);
    } finally {
      await api.close();
    }
  });

  it.each([
    [{ needs: '{not json' }, "Input 'needs' must be the JSON of ${{ toJSON(needs) }}; it is not valid JSON."],
    [
      { needs: '{"a": {"result": "green"}}' },
      "Input 'needs': job 'a' has result \"green\", expected one of success, failure, cancelled, skipped.",
    ],
    [
      { token: 'xoxb-1' },
      "Input 'channel' is required with 'token' (a channel ID such as C0123456789, or #name).",
    ],
    [
      { 'webhook-url': 'not a url' },
      "Input 'webhook-url' must be a Slack incoming webhook URL (https://hooks.slack.com/services/...).",
    ],
    [
      { 'thread-ts': '123.4' },
      "Inputs 'thread-ts' and 'update-ts' need 'token' (the Web API): incoming webhooks cannot reply or edit.",
    ],
    [
      { timeout: 'soon' },
      "Input 'timeout' must be a duration with a unit, such as 500ms, 30s, 5m or 1m30s; got 'soon'.",
    ],
  ])('rejects %j', async (inputs, message) => {
    const run = await report(inputs);
    expect(run.errors.map((e) => e.message)).toEqual([message]);
  });
});
