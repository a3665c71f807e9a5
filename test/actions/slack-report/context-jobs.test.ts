/**
 * slack-report's reading of the run (the environment and the event), of the jobs (needs, the API), of
 * Slack's error words and of a user's template, at their edges; and the message built from them.
 */
import { describe, expect, it } from 'vitest';
import { placeholders, runContext } from '../../../actions/slack-report/src/context.js';
import {
  ApiShapeError,
  autoStatus,
  type Job,
  jobsFromApi,
  jobsFromNeeds,
} from '../../../actions/slack-report/src/jobs.js';
import {
  buildMessage,
  defaultTitle,
  jobSections,
  plainPreview,
} from '../../../actions/slack-report/src/message.js';
import { escapeMrkdwn, truncate } from '../../../actions/slack-report/src/mrkdwn.js';
import { explain } from '../../../actions/slack-report/src/slack-errors.js';
import {
  renderTemplate,
  TEMPLATE_ENVIRONMENT,
  templateEnvironment,
} from '../../../actions/slack-report/src/template.js';

const ENV = {
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_SERVER_URL: 'https://ghe.example',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_RUN_NUMBER: '9',
  GITHUB_RUN_ID: '5',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SHA: 'abcdef1234567890',
  GITHUB_REF_NAME: 'main',
  GITHUB_ACTOR: 'actor',
};

describe('the run, from the environment and the event', () => {
  it('reads a push: branch, commit, its first line and its author', () => {
    const c = runContext(ENV, {
      head_commit: { message: 'Fix it\n\nLong body', author: { name: 'Ada L', username: 'ada' } },
    });
    expect(c).toEqual({
      repository: 'o/r',
      serverUrl: 'https://ghe.example',
      workflow: 'CI',
      runNumber: '9',
      runUrl: 'https://ghe.example/o/r/actions/runs/5',
      eventName: 'push',
      branch: 'main',
      pr: undefined,
      sha: 'abcdef1234567890',
      commitUrl: 'https://ghe.example/o/r/commit/abcdef1234567890',
      commitMessage: 'Fix it',
      author: 'ada',
    });
  });

  it('reads a pull request: its head commit and branch, its number, title and link, its author', () => {
    const c = runContext(ENV, {
      pull_request: {
        number: 12,
        title: 'Add <thing>',
        html_url: 'https://ghe.example/o/r/pull/12',
        head: { sha: 'feedface', ref: 'feature' },
        user: { login: 'bob' },
      },
    });
    expect(c).toMatchObject({
      branch: 'feature',
      sha: 'feedface',
      commitUrl: 'https://ghe.example/o/r/commit/feedface',
      pr: { number: 12, title: 'Add <thing>', url: 'https://ghe.example/o/r/pull/12' },
      author: 'bob',
      commitMessage: '',
    });
    expect(runContext(ENV, { pull_request: { number: 3 } }).pr).toEqual({
      number: 3,
      title: '',
      url: 'https://ghe.example/o/r/pull/3',
    });
  });

  it('links a re-run attempt, not the first one', () => {
    expect(runContext({ ...ENV, GITHUB_RUN_ATTEMPT: '2' }, {}).runUrl).toBe(
      'https://ghe.example/o/r/actions/runs/5/attempts/2',
    );
    expect(runContext({ ...ENV, GITHUB_RUN_ATTEMPT: undefined }, {}).runUrl).toBe(
      'https://ghe.example/o/r/actions/runs/5',
    );
  });

  it('falls back in order: head ref, ref name, the ref without refs/heads or refs/tags', () => {
    const base = { ...ENV, GITHUB_REF_NAME: undefined };
    expect(runContext({ ...base, GITHUB_HEAD_REF: 'pr-branch' }, {}).branch).toBe('pr-branch');
    expect(runContext({ ...base, GITHUB_REF: 'refs/heads/dev' }, {}).branch).toBe('dev');
    expect(runContext({ ...base, GITHUB_REF: 'refs/tags/v1.2.3' }, {}).branch).toBe('v1.2.3');
    expect(runContext({ ...base, GITHUB_REF: 'refs/pull/3/merge' }, {}).branch).toBe('refs/pull/3/merge');
    expect(runContext(base, {}).branch).toBeUndefined();
  });

  it('has defaults for a bare environment, and takes the author from the name, then the actor', () => {
    expect(runContext({}, {})).toMatchObject({
      runUrl: 'https://github.com//actions/runs/',
      repository: '',
      serverUrl: 'https://github.com',
      workflow: 'Workflow',
      runNumber: '',
      eventName: '',
      sha: '',
      author: '',
    });
    expect(runContext(ENV, { head_commit: { author: { name: 'Ada L' } } }).author).toBe('Ada L');
    expect(runContext(ENV, {}).author).toBe('actor');
  });

  it('gives every placeholder, empty where the run has no such thing', () => {
    const push = placeholders(runContext(ENV, { head_commit: { message: 'm' } }), 'failure');
    expect(push).toEqual({
      REPOSITORY: 'o/r',
      WORKFLOW: 'CI',
      RUN_NUMBER: '9',
      RUN_URL: 'https://ghe.example/o/r/actions/runs/5',
      EVENT: 'push',
      BRANCH: 'main',
      PR_NUMBER: '',
      PR_TITLE: '',
      PR_URL: '',
      SHA: 'abcdef1234567890',
      SHORT_SHA: 'abcdef1',
      COMMIT_URL: 'https://ghe.example/o/r/commit/abcdef1234567890',
      COMMIT_MESSAGE: 'm',
      AUTHOR: 'actor',
      STATUS: 'failure',
    });
    const pr = placeholders(runContext({}, { pull_request: { number: 4, title: 't' } }), 'success');
    expect(pr).toMatchObject({
      PR_NUMBER: '4',
      PR_TITLE: 't',
      PR_URL: 'https://github.com//pull/4',
      BRANCH: '',
    });
  });
});

const job = (name: string, result: Job['result'], extra: Partial<Job> = {}): Job => ({
  name,
  result,
  durationMs: undefined,
  url: undefined,
  ...extra,
});

describe('jobs from needs', () => {
  it.each([
    ['not JSON', '{', "Input 'needs' must be the JSON of ${{ toJSON(needs) }}; it is not valid JSON."],
    ['a list', '[]', "Input 'needs' must be the JSON of ${{ toJSON(needs) }}, an object keyed by job id."],
    ['null', 'null', "Input 'needs' must be the JSON of ${{ toJSON(needs) }}, an object keyed by job id."],
    ['a string', '"x"', "Input 'needs' must be the JSON of ${{ toJSON(needs) }}, an object keyed by job id."],
    [
      'an unknown result',
      '{"a": {"result": "neutral"}}',
      "Input 'needs': job 'a' has result \"neutral\", expected one of success, failure, cancelled, skipped.",
    ],
    [
      'a job that is not an object',
      '{"a": 3}',
      "Input 'needs': job 'a' has no result (it is 3), expected one of success, failure, cancelled, skipped.",
    ],
    [
      'a job that is null',
      '{"a": null}',
      "Input 'needs': job 'a' has no result (it is null), expected one of success, failure, cancelled, skipped.",
    ],
    [
      'a job with no result',
      '{"a": {}}',
      "Input 'needs': job 'a' has result undefined, expected one of success, failure, cancelled, skipped.",
    ],
  ])('refuses %s', (_what, text, message) => {
    expect(() => jobsFromNeeds(text)).toThrow(message);
  });

  it('takes every result there is, with nothing else known', () => {
    expect(
      jobsFromNeeds(
        '{"a":{"result":"success"},"b":{"result":"failure"},"c":{"result":"cancelled"},"d":{"result":"skipped"}}',
      ),
    ).toEqual([job('a', 'success'), job('b', 'failure'), job('c', 'cancelled'), job('d', 'skipped')]);
    expect(jobsFromNeeds('{}')).toEqual([]);
  });
});

describe('jobs from the API', () => {
  const api = (conclusion: string | null, extra: Record<string, unknown> = {}) => ({
    name: `j-${String(conclusion)}`,
    status: 'completed',
    conclusion,
    started_at: '2026-01-01T00:00:00Z',
    completed_at: '2026-01-01T00:00:30Z',
    html_url: 'https://ghe.example/o/r/actions/runs/5/job/1',
    ...extra,
  });

  it('maps conclusions: only success, skipped, cancelled and neutral are not failures', () => {
    const conclusions = [
      'success',
      'skipped',
      'cancelled',
      'neutral',
      'failure',
      'timed_out',
      'action_required',
      'stale',
      null,
    ];
    expect(
      jobsFromApi(
        conclusions.map((c) => api(c)),
        undefined,
      ).map((j) => j.result),
    ).toEqual([
      'success',
      'skipped',
      'cancelled',
      'success',
      'failure',
      'failure',
      'failure',
      'failure',
      'failure',
    ]);
  });

  it('keeps durations and links, and leaves unknown times undefined', () => {
    expect(jobsFromApi([api('success')], undefined)).toEqual([
      job('j-success', 'success', {
        durationMs: 30_000,
        url: 'https://ghe.example/o/r/actions/runs/5/job/1',
      }),
    ]);
    const noTimes = jobsFromApi(
      [api('success', { started_at: null, completed_at: null, html_url: null })],
      undefined,
    );
    expect(noTimes).toEqual([job('j-success', 'success')]);
    expect(jobsFromApi([api('success', { completed_at: null })], undefined)[0]?.durationMs).toBeUndefined();
    expect(
      jobsFromApi([api('success', { started_at: 'not a date' })], undefined)[0]?.durationMs,
    ).toBeUndefined();
  });

  it('leaves out the jobs still running and the current one', () => {
    const listed = jobsFromApi(
      [
        api('success', { name: 'notify' }),
        api(null, { name: 'deploy', status: 'in_progress' }),
        api('success', { name: 'a' }),
      ],
      'notify',
    );
    expect(listed.map((j) => j.name)).toEqual(['a']);
  });

  it.each([null, 3, 'job', {}, { name: 'a' }, { status: 'completed' }, { name: 1, status: 'completed' }])(
    'refuses a listed job of another shape: %j',
    (item) => {
      expect(() => jobsFromApi([item], undefined)).toThrow(ApiShapeError);
      expect(() => jobsFromApi([item], undefined)).toThrow(/^the jobs API listed a job that is not one \(/);
    },
  );

  it('treats fields of the wrong type as absent', () => {
    const [j] = jobsFromApi([api(null, { conclusion: 7, html_url: 7, started_at: 7 })], undefined);
    expect(j).toEqual(job('j-null', 'failure'));
  });
});

describe('the overall status', () => {
  it.each([
    [[], 'success'],
    [['skipped'], 'success'],
    [['success', 'skipped'], 'success'],
    [['cancelled'], 'cancelled'],
    [['success', 'cancelled'], 'cancelled'],
    [['cancelled', 'failure'], 'failure'],
    [['failure'], 'failure'],
  ] as const)('%j is %s', (results, status) => {
    expect(autoStatus(results.map((r, i) => job(String(i), r)))).toBe(status);
  });
});

describe("Slack's error words", () => {
  const codes = [
    'invalid_payload',
    'invalid_blocks',
    'invalid_blocks_format',
    'no_text',
    'channel_not_found',
    'channel_is_archived',
    'action_prohibited',
    'too_many_attachments',
    'not_in_channel',
    'invalid_auth',
    'not_authed',
    'account_inactive',
    'token_revoked',
    'missing_scope',
    'msg_too_long',
    'msg_blocks_too_long',
    'message_not_found',
    'cant_update_message',
    'no_service',
    'no_team',
  ];
  it.each(codes)('%s is named and explained', (code) => {
    const text = explain(` ${code}\n`);
    expect(text.startsWith(`${code}: `)).toBe(true);
    expect(text.length).toBeGreaterThan(code.length + 10);
  });
  it('names what to do for the commonest ones', () => {
    expect(explain('missing_scope')).toBe(
      'missing_scope: the token lacks a scope: add chat:write to the app',
    );
    expect(explain('channel_not_found')).toContain('invite the app');
    expect(explain('no_service')).toContain('create a new one');
    expect(explain(' brand_new ')).toBe('brand_new');
  });
});

describe('a template at its edges', () => {
  it('escapes values for mrkdwn and for JSON, and leaves lookalikes alone', () => {
    const r = renderTemplate('{"text": "${A} $B ${1X} ${_ok}"}', 't.json', { A: 'a "<b>" & \\c', _ok: 'y' });
    expect(r.message.text).toBe('a "&lt;b&gt;" &amp; \\c $B ${1X} y');
    expect(r.unknown).toEqual([]);
  });

  it('does not take a value from the prototype chain', () => {
    const r = renderTemplate('{"text": "${constructor}"}', 't.json', {});
    expect(r.message.text).toBe('${constructor}');
    expect(r.unknown).toEqual(['constructor']);
  });

  it('takes text or blocks, and gives a message with only blocks a fallback text', () => {
    expect(renderTemplate('{"blocks": []}', 't.json', {}).message).toEqual({
      text: 'GitHub Actions report',
      blocks: [],
    });
    expect(renderTemplate('{"text": "x", "channel": "C1"}', 't.json', {}).message).toEqual({
      text: 'x',
      blocks: [],
      channel: 'C1',
    });
    expect(() => renderTemplate('{"blocks": {}}', 't.json', {})).toThrow(
      "Input 'payload-file' (t.json) must hold a message with 'text' or 'blocks'.",
    );
    expect(() => renderTemplate('[1]', 't.json', {})).toThrow("must hold a message with 'text' or 'blocks'");
  });

  it('takes 50 blocks, not 51', () => {
    const blocks = (n: number) =>
      JSON.stringify({ blocks: Array.from({ length: n }, () => ({ type: 'divider' })) });
    expect(renderTemplate(blocks(50), 't.json', {}).message.blocks).toHaveLength(50);
    expect(() => renderTemplate(blocks(51), 't.json', {})).toThrow(
      "Input 'payload-file' (t.json) has 51 blocks; Slack takes at most 50.",
    );
  });

  it('says what is wrong with JSON without quoting it', () => {
    expect(() => renderTemplate('{"text": "${A}" oops}', 'f.json', { A: 'hidden' })).toThrow(
      /^Input 'payload-file' \(f\.json\) is not valid JSON after replacing placeholders: (?!.*hidden).+\.$/,
    );
    // V8 quotes the text after an unexpected token: the reason is kept, the quote is not.
    expect(() => renderTemplate('{"text": ${A}}', 'f.json', { A: 'hidden' })).toThrow(
      /^Input 'payload-file' \(f\.json\) is not valid JSON after replacing placeholders: Unexpected token 'h'\.$/,
    );
  });

  it('takes from the environment exactly the allow-listed names that are set', () => {
    const names = [
      'GITHUB_ACTOR',
      'GITHUB_BASE_REF',
      'GITHUB_EVENT_NAME',
      'GITHUB_HEAD_REF',
      'GITHUB_JOB',
      'GITHUB_REF',
      'GITHUB_REF_NAME',
      'GITHUB_REF_TYPE',
      'GITHUB_REPOSITORY',
      'GITHUB_REPOSITORY_OWNER',
      'GITHUB_RUN_ATTEMPT',
      'GITHUB_RUN_ID',
      'GITHUB_RUN_NUMBER',
      'GITHUB_SERVER_URL',
      'GITHUB_SHA',
      'GITHUB_TRIGGERING_ACTOR',
      'GITHUB_WORKFLOW',
      'GITHUB_WORKFLOW_REF',
      'RUNNER_ARCH',
      'RUNNER_NAME',
      'RUNNER_OS',
    ];
    const env = Object.fromEntries(names.map((n) => [n, n.toLowerCase()]));
    expect(templateEnvironment({ ...env, HOME: '/root', GITHUB_TOKEN: 't' })).toStrictEqual(env);
    expect(Object.keys(templateEnvironment({ GITHUB_SHA: undefined, RUNNER_OS: 'Linux' }))).toEqual([
      'RUNNER_OS',
    ]);
    expect(TEMPLATE_ENVIRONMENT).not.toContain('GITHUB_TOKEN');
    expect(TEMPLATE_ENVIRONMENT).toHaveLength(21);
  });
});

describe('the message at its edges', () => {
  // Made in each test, not while the file loads (see test/MUTATION.md).
  const context = () => runContext(ENV, { head_commit: { message: 'Ship <it> & go' } });
  const build = (extra: Partial<Parameters<typeof buildMessage>[0]> = {}) =>
    buildMessage({
      context: context(),
      status: 'failure',
      title: undefined,
      text: undefined,
      mention: undefined,
      fields: [],
      jobs: [],
      ...extra,
    });

  it('has a header, a summary line with the run link, and the run fields in order', () => {
    const m = build({ mention: '<!here>' });
    expect(m.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'CI #9 failure in o/r', emoji: true },
    });
    expect(m.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '<!here> :x: *failure* · <https://ghe.example/o/r/actions/runs/5|view run>',
      },
    });
    expect(m.blocks[2]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Repository*\n<https://ghe.example/o/r|o/r>' },
        { type: 'mrkdwn', text: '*Branch*\nmain' },
        {
          type: 'mrkdwn',
          text: '*Commit*\n<https://ghe.example/o/r/commit/abcdef1234567890|abcdef1> Ship &lt;it&gt; &amp; go',
        },
        { type: 'mrkdwn', text: '*Author*\nactor' },
        { type: 'mrkdwn', text: '*Event*\npush' },
      ],
    });
    expect(m.blocks).toHaveLength(3);
    expect(m.text).toBe('<!here> CI #9 failure in o/r: Ship &lt;it&gt; &amp; go');
    expect(defaultTitle(context(), 'success')).toBe('CI #9 success in o/r');
  });

  it('shows the pull request instead of the branch, and leaves out what the run lacks', () => {
    const pr = runContext({ GITHUB_REPOSITORY: 'o/r' }, { pull_request: { number: 2, title: 'T & <u>' } });
    const m = buildMessage({
      context: pr,
      status: 'success',
      title: 'x',
      text: 'my *own* <b>',
      mention: undefined,
      fields: [['K&', 'v<']],
      jobs: [],
    });
    const fields = (m.blocks[2] as { fields: { text: string }[] }).fields.map((f) => f.text);
    expect(fields).toEqual([
      '*Repository*\n<https://github.com/o/r|o/r>',
      '*Pull request*\n<https://github.com/o/r/pull/2|#2 T &amp; &lt;u&gt;>',
      '*K&amp;*\nv&lt;',
    ]);
    // The user's own text is theirs: cut, not escaped.
    expect(m.blocks[3]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'my *own* <b>' } });
    expect(m.text).toBe('x');
  });

  it('counts the jobs by result, problems first, with durations and links', () => {
    const m = build({
      jobs: [
        job('ok', 'success', { durationMs: 61_000 }),
        job('bad', 'failure', { url: 'https://ghe.example/j/1' }),
        job('skip', 'skipped'),
        job('stop', 'cancelled'),
      ],
    });
    expect(m.blocks[3]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: ':x: 1 failure   :no_entry_sign: 1 cancelled   :white_check_mark: 1 success   :fast_forward: 1 skipped',
        },
      ],
    });
    expect((m.blocks[4] as { text: { text: string } }).text.text).toBe(
      ':x: <https://ghe.example/j/1|bad>\n:no_entry_sign: stop\n:white_check_mark: ok (1m 01s)\n:fast_forward: skip',
    );
    expect(plainPreview(m)).toContain('*Repository*: <https://ghe.example/o/r|o/r>');
    expect(plainPreview(m)).toContain(':x: 1 failure');
  });

  it('folds jobs that do not fit, counting each result, and keeps to the sections it was given', () => {
    const jobs = [
      ...Array.from({ length: 40 }, (_, i) => job(`fail-${i}-${'x'.repeat(90)}`, 'failure')),
      ...Array.from({ length: 40 }, (_, i) => job(`ok-${i}-${'x'.repeat(90)}`, 'success')),
      job('cancelled-one', 'cancelled'),
      job('skipped-one', 'skipped'),
    ];
    const one = jobSections(jobs, 1);
    expect(one).toHaveLength(1);
    const text = (one[0]?.text as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(
      /_and \d+ more failed, 1 more were cancelled, 40 more succeeded, 1 more were skipped_$/,
    );
    const two = jobSections(jobs, 2);
    expect(two).toHaveLength(2);
    const all = jobSections(jobs, 10, 100_000);
    expect(all.map((s) => (s.text as { text: string }).text).join('\n')).not.toContain('more');
    const capped = jobSections(jobs, 10, 1000);
    expect(capped.map((s) => (s.text as { text: string }).text).join('\n').length).toBeLessThan(1200);
    expect(jobSections([], 3)).toEqual([]);
  });

  it('fits jobs into the character budget and sections exactly: at the limit, and one past it', () => {
    const icon = ':white_check_mark: ';
    // A job whose line is `length` characters.
    const sized = (length: number, tag: string) =>
      job(tag + 'x'.repeat(length - icon.length - tag.length), 'success');
    const texts = (blocks: ReturnType<typeof jobSections>) =>
      blocks.map((b) => (b.text as { text: string }).text);
    // Each line costs its length and a newline: two lines of 99 fit 200 characters, not 199.
    const pair = [sized(99, 'a'), sized(99, 'b')];
    expect(texts(jobSections(pair, 5, 200))).toEqual([
      `${icon}a${'x'.repeat(79)}\n${icon}b${'x'.repeat(79)}`,
    ]);
    expect(texts(jobSections(pair, 5, 199))).toEqual([`${icon}a${'x'.repeat(79)}\n_and 1 more succeeded_`]);
    // A section holds 2,900 characters of lines (100 are kept for the "and N more" line): two lines of
    // 1,449 and their newlines fill one exactly; two of 1,450 take two sections.
    const exact = [sized(1449, 'a'), sized(1449, 'b')];
    expect(texts(jobSections(exact, 5))).toHaveLength(1);
    const over = [sized(1450, 'a'), sized(1450, 'b')];
    const split = texts(jobSections(over, 5));
    expect(split).toHaveLength(2);
    expect(split[1]?.startsWith(`${icon}b`)).toBe(true);
    expect(texts(jobSections(over, 1))).toEqual([`${icon}a${'x'.repeat(1430)}\n_and 1 more succeeded_`]);
  });

  it('a whole message shows every job that fits its 10,000 characters, not only the first thousand', () => {
    const jobs = Array.from({ length: 100 }, (_, i) => job(`job-${String(i).padStart(3, '0')}`, 'success'));
    const m = buildMessage({
      context: runContext(ENV, {}),
      status: 'success',
      title: undefined,
      text: undefined,
      mention: undefined,
      fields: [],
      jobs,
    });
    const shown = JSON.stringify(m.blocks);
    expect(shown).toContain('job-099');
    expect(shown).not.toContain('more succeeded');
  });

  it('counts only the results there are, and says no branch or commit it does not have', () => {
    const bare = runContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abcdef1234' }, {});
    const m = buildMessage({
      context: bare,
      status: 'failure',
      title: undefined,
      text: undefined,
      mention: undefined,
      fields: [],
      jobs: [job('a', 'failure'), job('b', 'failure')],
    });
    const texts = JSON.stringify(m.blocks);
    expect(texts).not.toContain('Branch');
    expect(texts).toContain('"*Commit*\\n<https://github.com/o/r/commit/abcdef1234|abcdef1>"');
    expect(m.blocks.find((b) => b.type === 'context')).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: ':x: 2 failure' }],
    });
    expect(m.blocks.at(-1)).toEqual({ type: 'section', text: { type: 'mrkdwn', text: ':x: a\n:x: b' } });
  });

  it("keeps a message with a thousand jobs within 50 blocks and Slack's text budget", () => {
    const jobs = Array.from({ length: 1000 }, (_, i) =>
      job(`job-${i}-${'y'.repeat(60)}`, i % 2 === 0 ? 'success' : 'failure'),
    );
    const m = build({
      jobs,
      fields: Array.from({ length: 30 }, (_, i): [string, string] => [`K${i}`, 'v'.repeat(50)]),
    });
    expect(m.blocks.length).toBeLessThanOrEqual(50);
    const text = m.blocks.map((b) => JSON.stringify(b)).join('');
    expect(text.length).toBeLessThan(12_000);
    expect(text).toContain('more succeeded');
  });

  it('puts ten fields in a section, and never more than 50 blocks in a message', () => {
    const tenInAll = build({ fields: Array.from({ length: 5 }, (_, i): [string, string] => [`K${i}`, 'v']) });
    expect(
      tenInAll.blocks.filter((b) => Array.isArray(b.fields)).map((b) => (b.fields as unknown[]).length),
    ).toEqual([10]);
    const many = build({ fields: Array.from({ length: 600 }, (_, i): [string, string] => [`K${i}`, 'v']) });
    expect(many.blocks).toHaveLength(50);
  });

  it('reads back as plain text: texts, fields as "name: value", context elements', () => {
    expect(
      plainPreview({
        text: 'x',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: 'one' } },
          {
            type: 'section',
            fields: [
              { type: 'mrkdwn', text: '*A*\n1\n2' },
              { type: 'mrkdwn', text: 'B' },
            ],
          },
          {
            type: 'context',
            elements: [{ type: 'mrkdwn', text: 'c1' }, { type: 'image' }, { type: 'mrkdwn', text: 'c2' }],
          },
          { type: 'divider' },
        ],
      }),
    ).toBe('one\n\n*A*: 1\n2\nB\n\nc1  c2');
  });

  it('cuts escapes and texts at their limits', () => {
    expect(escapeMrkdwn('&&<<>>')).toBe('&amp;&amp;&lt;&lt;&gt;&gt;');
    expect(truncate('ab&lt', 4)).toBe('ab…');
    expect(truncate('a'.repeat(3001), 3000)).toHaveLength(3000);
    // Only at the cut: an escape or an emoji earlier in the text is kept whole.
    expect(truncate(`&amp; ${'y'.repeat(20)}`, 10)).toBe('&amp; yyy…');
    expect(truncate(`😀${'y'.repeat(20)}`, 10)).toBe('😀yyyyyyy…');
    expect(truncate(`yyyyyyyy😀${'y'.repeat(20)}`, 10)).toBe('yyyyyyyy…');
  });
});
