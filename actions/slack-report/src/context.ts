/** What the message says about the run, from the runner's environment and the event payload. */

export interface RunContext {
  repository: string;
  serverUrl: string;
  workflow: string;
  runNumber: string;
  runUrl: string;
  eventName: string;
  branch: string | undefined;
  pr: { number: number; title: string; url: string } | undefined;
  sha: string;
  commitUrl: string;
  commitMessage: string;
  author: string;
}

export function runContext(
  env: Readonly<Record<string, string | undefined>>,
  event: Record<string, unknown>,
): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const pr = event.pull_request as
    | {
        number?: number;
        title?: string;
        html_url?: string;
        head?: { sha?: string; ref?: string };
        user?: { login?: string };
      }
    | undefined;
  const head = event.head_commit as
    { message?: string; author?: { name?: string; username?: string } } | undefined;
  const sha = pr?.head?.sha ?? env.GITHUB_SHA ?? '';
  return {
    repository,
    serverUrl,
    workflow: env.GITHUB_WORKFLOW ?? 'Workflow',
    runNumber: env.GITHUB_RUN_NUMBER ?? '',
    runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID ?? ''}${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    branch:
      pr?.head?.ref ??
      env.GITHUB_HEAD_REF ??
      env.GITHUB_REF_NAME ??
      env.GITHUB_REF?.replace(/^refs\/(heads|tags)\//, ''),
    pr:
      pr?.number !== undefined
        ? {
            number: pr.number,
            title: pr.title ?? '',
            url: pr.html_url ?? `${serverUrl}/${repository}/pull/${pr.number}`,
          }
        : undefined,
    sha,
    commitUrl: `${serverUrl}/${repository}/commit/${sha}`,
    commitMessage: (head?.message ?? '').split('\n')[0] ?? '',
    author: head?.author?.username ?? head?.author?.name ?? pr?.user?.login ?? env.GITHUB_ACTOR ?? '',
  };
}

/** Values for `${NAME}` placeholders in a payload template. */
export function placeholders(context: RunContext, status: string): Record<string, string> {
  return {
    REPOSITORY: context.repository,
    WORKFLOW: context.workflow,
    RUN_NUMBER: context.runNumber,
    RUN_URL: context.runUrl,
    EVENT: context.eventName,
    BRANCH: context.branch ?? '',
    PR_NUMBER: context.pr ? String(context.pr.number) : '',
    PR_TITLE: context.pr?.title ?? '',
    PR_URL: context.pr?.url ?? '',
    SHA: context.sha,
    SHORT_SHA: context.sha.slice(0, 7),
    COMMIT_URL: context.commitUrl,
    COMMIT_MESSAGE: context.commitMessage,
    AUTHOR: context.author,
    STATUS: status,
  };
}
