/**
 * The run's event payload and what several actions read from it: the pull request, and the run's URL. The
 * payload is the toolkit's (@actions/github's context), loaded when first asked for: after the inputs.
 */

/** The event's payload (GITHUB_EVENT_PATH's JSON), or `{}` outside a runner. */
export async function readEvent(): Promise<Record<string, unknown>> {
  const { toolkitGitHub } = await import('./github.js');
  const { context } = await toolkitGitHub();
  return context.payload;
}

export interface PullRequestTarget {
  number: number;
  /** Why no comment can be written, when it cannot. */
  blocked: string | undefined;
}

/** The PR to comment on: the event's own, or the one a workflow_run was triggered by. */
export function pullRequestTarget(
  event: Record<string, unknown>,
  repository: string,
  eventName: string,
): PullRequestTarget | undefined {
  const pr = event.pull_request as { number?: number; head?: { repo?: { full_name?: string } } } | undefined;
  if (pr?.number !== undefined) {
    const head = pr.head?.repo?.full_name;
    const fromFork = eventName === 'pull_request' && head !== undefined && head !== repository;
    return {
      number: pr.number,
      blocked: fromFork
        ? `the pull request comes from the fork ${head}, where GITHUB_TOKEN is read-only; publish from a workflow_run workflow instead`
        : undefined,
    };
  }
  const run = event.workflow_run as { pull_requests?: { number?: number }[] } | undefined;
  const number = run?.pull_requests?.[0]?.number;
  return number === undefined ? undefined : { number, blocked: undefined };
}

/** The link to this run, or undefined outside a runner. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_RUN_ID === undefined || env.GITHUB_REPOSITORY === undefined) return undefined;
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
