import { describe, expect, it } from 'vitest';
import { pullRequestTarget, runUrl } from '../../shared/event.js';

describe('event', () => {
  it('finds the PR, says when a fork blocks commenting, and reads workflow_run PRs', () => {
    const pr = (head: string) => ({ pull_request: { number: 4, head: { repo: { full_name: head } } } });
    expect(pullRequestTarget(pr('o/r'), 'o/r', 'pull_request')).toEqual({ number: 4, blocked: undefined });
    expect(pullRequestTarget(pr('x/fork'), 'o/r', 'pull_request')?.blocked).toMatch(
      /^the pull request comes from the fork x\/fork/,
    );
    expect(pullRequestTarget(pr('x/fork'), 'o/r', 'pull_request_target')?.blocked).toBeUndefined();
    expect(
      pullRequestTarget({ workflow_run: { pull_requests: [{ number: 9 }] } }, 'o/r', 'workflow_run'),
    ).toEqual({ number: 9, blocked: undefined });
    expect(pullRequestTarget({}, 'o/r', 'push')).toBeUndefined();
  });

  it('a pull request without its head, or a head without its repository, is not taken for a fork', () => {
    expect(pullRequestTarget({ pull_request: { number: 4 } }, 'o/r', 'pull_request')).toEqual({
      number: 4,
      blocked: undefined,
    });
    expect(pullRequestTarget({ pull_request: { number: 4, head: {} } }, 'o/r', 'pull_request')).toEqual({
      number: 4,
      blocked: undefined,
    });
  });

  it('a workflow_run with no pull requests, or without the list, names none', () => {
    expect(pullRequestTarget({ workflow_run: { pull_requests: [] } }, 'o/r', 'workflow_run')).toBeUndefined();
    expect(pullRequestTarget({ workflow_run: {} }, 'o/r', 'workflow_run')).toBeUndefined();
  });

  it('links the run', () => {
    expect(runUrl({ GITHUB_RUN_ID: '5', GITHUB_REPOSITORY: 'o/r' })).toBe(
      'https://github.com/o/r/actions/runs/5',
    );
    expect(runUrl({})).toBeUndefined();
    expect(runUrl({ GITHUB_RUN_ID: '5' })).toBeUndefined();
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r' })).toBeUndefined();
    expect(
      runUrl({ GITHUB_RUN_ID: '5', GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://ghe.example' }),
    ).toBe('https://ghe.example/o/r/actions/runs/5');
  });
});
