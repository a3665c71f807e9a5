import { describe, expect, it } from 'vitest';
import { runContext } from '../../../actions/slack-report/src/context.js';
import { autoStatus, type Job, jobsFromApi, jobsFromNeeds } from '../../../actions/slack-report/src/jobs.js';
import { buildMessage, jobSections } from '../../../actions/slack-report/src/message.js';
import { escapeMrkdwn, truncate } from '../../../actions/slack-report/src/mrkdwn.js';
import { explain } from '../../../actions/slack-report/src/slack-errors.js';
import { renderTemplate, templateEnvironment } from '../../../actions/slack-report/src/template.js';

const job = (name: string, result: Job['result']): Job => ({
  name,
  result,
  durationMs: undefined,
  url: undefined,
});

describe('mrkdwn', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> *bold* _it_ `code`')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U1&gt; *bold* _it_ `code`',
    );
  });
  it('cuts with an ellipsis, never through an escape or a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
    expect(truncate('a😀b', 3)).toBe('a…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('jobs and status', () => {
  it('reads needs, and computes auto status', () => {
    const jobs = jobsFromNeeds('{"a": {"result": "success"}, "b (3.11)": {"result": "cancelled"}}');
    expect(jobs.map((j) => j.name)).toEqual(['a', 'b (3.11)']);
    expect(autoStatus(jobs)).toBe('cancelled');
    expect(autoStatus([...jobs, job('c', 'failure')])).toBe('failure');
    expect(autoStatus([job('s', 'skipped')])).toBe('success');
    expect(jobsFromNeeds(undefined)).toEqual([]);
  });

  it('reads API jobs with durations, leaving out the running one', () => {
    const listed = jobsFromApi(
      [
        {
          name: 'build',
          status: 'completed',
          conclusion: 'timed_out',
          started_at: '2026-01-01T00:00:00Z',
          completed_at: '2026-01-01T00:02:00Z',
          html_url: null,
        },
        {
          name: 'notify',
          status: 'in_progress',
          conclusion: null,
          started_at: null,
          completed_at: null,
          html_url: null,
        },
      ],
      'notify',
    );
    expect(listed).toEqual([{ name: 'build', result: 'failure', durationMs: 120_000, url: undefined }]);
  });

  it('folds what does not fit, saying how many of each', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      job(`job-${i}-${'x'.repeat(40)}`, i < 3 ? 'failure' : 'success'),
    );
    const sections = jobSections(many, 1);
    expect(sections).toHaveLength(1);
    const text = (sections[0]?.text as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/^:x: job-0/);
    expect(text).toMatch(/_and \d+ more succeeded_$/);
  });
});

describe('message', () => {
  // Made in each test, not while the file loads (see test/MUTATION.md).
  const context = () =>
    runContext(
      {
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '5',
        GITHUB_RUN_NUMBER: '9',
        GITHUB_WORKFLOW: 'CI',
        GITHUB_SHA: 'abcdef1234567',
        GITHUB_REF_NAME: 'feature/<x>',
        GITHUB_EVENT_NAME: 'push',
      },
      {},
    );

  it('keeps the header within 150 characters and always has a fallback text', () => {
    const m = buildMessage({
      context: context(),
      status: 'success',
      title: 'T'.repeat(400),
      text: undefined,
      mention: undefined,
      fields: [],
      jobs: [],
    });
    expect((m.blocks[0]?.text as { text: string }).text).toHaveLength(150);
    expect(m.text.length).toBeGreaterThan(0);
    expect(JSON.stringify(m.blocks)).toContain('feature/&lt;x&gt;');
  });

  it('splits more than 10 fields into several sections', () => {
    const fields = Array.from({ length: 12 }, (_, i): [string, string] => [`K${i}`, 'v']);
    const m = buildMessage({
      context: context(),
      status: 'success',
      title: undefined,
      text: undefined,
      mention: undefined,
      fields,
      jobs: [],
    });
    const withFields = m.blocks.filter((b) => Array.isArray(b.fields)) as { fields: unknown[] }[];
    expect(withFields.map((b) => b.fields.length)).toEqual([10, 6]);
  });
});

describe('template and errors', () => {
  it('leaves unknown placeholders as written and names them', () => {
    const rendered = renderTemplate('{"text": "${NOPE} ${STATUS} ${GITHUB_TOKEN}"}', 't.json', {
      STATUS: 'ok',
    });
    expect(rendered.message.text).toBe('${NOPE} ok ${GITHUB_TOKEN}');
    expect(rendered.unknown).toEqual(['NOPE', 'GITHUB_TOKEN']);
  });
  it('takes from the environment only the allow-listed context variables', () => {
    const env = templateEnvironment({
      GITHUB_TOKEN: 'ghs_x',
      GITHUB_SHA: 'abc',
      AWS_SECRET_ACCESS_KEY: 'k',
      RUNNER_OS: 'Linux',
    });
    expect(env).toEqual({ GITHUB_SHA: 'abc', RUNNER_OS: 'Linux' });
  });
  it('does not quote the template in a JSON error', () => {
    expect(() => renderTemplate('{"text": secret-value}', 't.json', {})).toThrow(
      /^(?!.*secret-value).*not valid JSON/,
    );
  });
  it('explains Slack error words', () => {
    expect(explain('invalid_auth')).toBe('invalid_auth: the token is not valid: check the secret');
    expect(explain('something_new')).toBe('something_new');
  });
});
