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

  it('links the run', () => {
    expect(runUrl({ GITHUB_RUN_ID: '5', GITHUB_REPOSITORY: 'o/r' })).toBe(
      'https://github.com/o/r/actions/runs/5',
    );
    expect(runUrl({})).toBeUndefined();
  });
});
