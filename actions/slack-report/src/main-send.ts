/** The adapter's second half: gather the run, build the message, send it (or preview it), and report. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { IncomingWebhook, IncomingWebhookHTTPError } from '@slack/webhook';
import { proxiedFetch } from '../../../shared/fetch.js';
import { LogLevel, WebClient, type WebAPICallResult } from '@slack/web-api';
import { ActionFailure, errorMessage } from '../../../shared/errors.js';
import { readEvent } from '../../../shared/event.js';
import { gitHubClient, GitHubApiError } from '../../../shared/github.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { codeBlock } from '../../../shared/markdown.js';
import { isRetryableStatus } from '../../../shared/http.js';
import { retry } from '../../../shared/retry.js';
import type { Redactor } from '../../../shared/secrets.js';
import { SummaryBuilder } from '../../../shared/summary.js';
import { bounded } from '../../../shared/text.js';
import { regularFile, runnerRoots } from '../../../shared/workspace-file.js';
import { placeholders, runContext } from './context.js';
import { ApiShapeError, autoStatus, type Job, jobsFromApi, type JobResult } from './jobs.js';
import { buildMessage, type Message, plainPreview } from './message.js';
import { explain } from './slack-errors.js';
import { renderTemplate, templateEnvironment } from './template.js';

export interface Settings {
  webhook: string | undefined;
  token: string | undefined;
  channel: string | undefined;
  apiUrl: string;
  /** The jobs of `needs`, already read. */
  needs: Job[];
  jobsFromApi: boolean;
  githubToken: string | undefined;
  status: 'auto' | JobResult;
  title: string | undefined;
  text: string | undefined;
  mention: string | undefined;
  mentionOn: string[];
  fields: [string, string][];
  payloadFile: string | undefined;
  /** `variables`: NAME=value pairs a payload-file's placeholders may use. */
  variables: Readonly<Record<string, string>>;
  threadTs: string | undefined;
  updateTs: string | undefined;
  failOnError: boolean;
  timeoutMs: number;
  retries: number;
}

interface Sent {
  ts: string;
  channel: string;
}

const RECOVERABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Whether a request that got no answer may get one if tried again (not a bad URL or certificate). */
function mayRecover(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && RECOVERABLE_CODES.has(code)) return true;
  }
  return false;
}

async function sendWebhook(url: string, message: Message, settings: Settings): Promise<Sent> {
  const last: { retryAfter: string | null } = { retryAfter: null };
  const readRetryAfter = (): string | null => last.retryAfter;
  const hook = new IncomingWebhook(url, {
    timeout: Math.min(settings.timeoutMs, 30_000),
    retryConfig: { retries: 0 },
    // Slack's client drops the response headers on an error; keep Retry-After to honour it.
    fetch: async (input, init) => {
      const response = await proxiedFetch(Math.min(settings.timeoutMs, 30_000))(input, init);
      last.retryAfter = response.headers.get('retry-after');
      return response;
    },
  });
  const outcome = await retry<string>(
    async () => {
      last.retryAfter = null;
      try {
        const result = await hook.send(message as unknown as Parameters<IncomingWebhook['send']>[0]);
        if (result.text.trim() === 'ok') return { kind: 'done', value: 'ok' };
        return {
          kind: 'fatal',
          value: '',
          reason: `Slack answered without "ok": ${result.text.slice(0, 200)}`,
        };
      } catch (error) {
        if (error instanceof IncomingWebhookHTTPError) {
          const reason = `Slack answered ${error.statusCode}: ${explain(error.body || error.statusMessage)}`;
          if (error.statusCode === 429) {
            // Read through a call: the header was set by the fetch above, which TypeScript cannot see.
            const header = readRetryAfter();
            const seconds = Number(header ?? '');
            return Number.isFinite(seconds) && header !== null
              ? { kind: 'retry', value: '', reason, delayMs: seconds * 1000 }
              : { kind: 'retry', value: '', reason };
          }
          if (isRetryableStatus(error.statusCode)) return { kind: 'retry', value: '', reason };
          return { kind: 'fatal', value: '', reason };
        }
        // No response: retried only when the network may recover (refused, reset, DNS, timeout).
        const cause =
          error instanceof Error && error.cause instanceof Error ? error.cause.message : errorMessage(error);
        const reason = `no answer from Slack (${cause})`;
        return mayRecover(error)
          ? { kind: 'retry', value: '', reason }
          : { kind: 'fatal', value: '', reason };
      }
    },
    {
      maxAttempts: settings.retries + 1,
      initialDelayMs: 1000,
      factor: 2,
      maxDelayMs: 15_000,
      deadlineMs: settings.timeoutMs,
      jitter: 'full',
    },
  );
  if (!outcome.ok)
    throw new ActionFailure(
      `${outcome.reason} (after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'})`,
    );
  return { ts: '', channel: '' };
}

async function sendApi(token: string, message: Message, settings: Settings): Promise<Sent> {
  const client = new WebClient(token, {
    fetch: proxiedFetch(Math.min(settings.timeoutMs, 30_000)),
    slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`,
    timeout: Math.min(settings.timeoutMs, 30_000),
    retryConfig: {
      retries: settings.retries,
      factor: 2,
      minTimeout: 1000,
      maxTimeout: 15_000,
      maxRetryTime: settings.timeoutMs,
    },
    logLevel: LogLevel.ERROR,
  });
  const channel = settings.channel ?? '';
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(
      () => reject(new Error(`no answer within ${settings.timeoutMs / 1000}s`)),
      settings.timeoutMs,
    ).unref();
  });
  let result: WebAPICallResult & { ts?: string; channel?: string };
  try {
    const call =
      settings.updateTs !== undefined
        ? client.chat.update({
            channel,
            ts: settings.updateTs,
            text: message.text,
            blocks: message.blocks as never,
          })
        : client.chat.postMessage({
            channel,
            text: message.text,
            blocks: message.blocks as never,
            ...(settings.threadTs !== undefined ? { thread_ts: settings.threadTs } : {}),
          });
    result = await Promise.race([call, deadline]);
  } catch (error) {
    const data = (error as { data?: { error?: string } }).data;
    if (data?.error !== undefined) throw new ActionFailure(`Slack answered: ${explain(data.error)}`);
    throw new ActionFailure(`Slack could not be reached: ${errorMessage(error)}`);
  }
  if (!result.ok)
    throw new ActionFailure(`Slack answered: ${explain((result as { error?: string }).error ?? 'not ok')}`);
  return { ts: result.ts ?? '', channel: result.channel ?? channel };
}

export async function report(settings: Settings, redactor: Redactor): Promise<void> {
  const event = await readEvent();
  const context = runContext(process.env, event);

  let jobs: Job[] = settings.needs;
  if (settings.jobsFromApi && settings.githubToken !== undefined) {
    const [owner = '', repo = ''] = context.repository.split('/');
    try {
      const api = await gitHubClient(settings.githubToken);
      const listed = await api.list<unknown>(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
        {
          owner,
          repo,
          run_id: process.env.GITHUB_RUN_ID ?? '',
          attempt_number: process.env.GITHUB_RUN_ATTEMPT ?? '1',
        },
      );
      jobs = jobsFromApi(listed, process.env.GITHUB_JOB);
    } catch (error) {
      if (!(error instanceof GitHubApiError || error instanceof ApiShapeError)) throw error;
      // The token, the permission or the API: the user's to fix, said in one line.
      throw new ActionFailure(
        redactor.redact(
          `Input 'jobs-from-api' is true, but the run's jobs could not be listed: ${error.message}. Grant 'actions: read', or pass 'needs' instead.`,
        ),
      );
    }
  }
  const status: JobResult = settings.status === 'auto' ? autoStatus(jobs) : settings.status;
  const mention =
    settings.mention !== undefined && settings.mentionOn.includes(status) ? settings.mention : undefined;

  let message: Message;
  if (settings.payloadFile !== undefined) {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const file = await regularFile(settings.payloadFile, "Input 'payload-file'", runnerRoots(workspace));
    const rendered = renderTemplate(await readFile(file, 'utf8'), settings.payloadFile, {
      ...templateEnvironment(process.env),
      ...placeholders(context, status),
      ...settings.variables,
    });
    if (rendered.unknown.length > 0)
      core.warning(
        bounded(
          `Input 'payload-file' (${settings.payloadFile}) uses ${rendered.unknown.map((n) => `\${${n}}`).join(', ')}, which ${rendered.unknown.length === 1 ? 'is not a known placeholder' : 'are not known placeholders'}: left as written. Give values with 'variables' (NAME=value lines).`,
        ),
        { title: 'slack-report' },
      );
    message = rendered.message;
  } else {
    message = buildMessage({
      context,
      status,
      title: settings.title,
      text: settings.text,
      mention,
      fields: settings.fields,
      jobs,
    });
  }

  const summary = new SummaryBuilder();
  const transport =
    settings.webhook !== undefined
      ? 'incoming webhook'
      : settings.token !== undefined
        ? `Web API, channel ${settings.channel ?? ''}`
        : undefined;
  summary.heading(`Slack report: ${status}${transport === undefined ? ' (preview, not sent)' : ''}`, 2);
  summary.raw(codeBlock(plainPreview(message)));
  summary.details(
    'Block Kit JSON',
    codeBlock(JSON.stringify({ text: message.text, blocks: message.blocks }, null, 2), 'json'),
  );

  core.setOutput('status', status);
  if (transport === undefined) {
    await writeJobSummary(summary);
    core.setOutput('sent', 'false');
    core.setOutput('ts', '');
    core.setOutput('channel', '');
    core.setOutput('thread-ts', '');
    core.notice(
      'No Slack message sent: neither webhook-url nor token is set. The job summary shows what would have been posted.',
      { title: 'slack-report' },
    );
    return;
  }

  try {
    const sent =
      settings.webhook !== undefined
        ? await sendWebhook(settings.webhook, message, settings)
        : await sendApi(settings.token ?? '', message, settings);
    core.setOutput('sent', 'true');
    core.setOutput('ts', sent.ts);
    core.setOutput('channel', sent.channel);
    core.setOutput('thread-ts', settings.threadTs ?? sent.ts);
    summary.raw(`Sent through the ${transport}${sent.ts ? ` (ts ${sent.ts})` : ''}.`);
    await writeJobSummary(summary);
    core.info(`Slack message ${settings.updateTs !== undefined ? 'updated' : 'sent'} (${status}).`);
  } catch (error) {
    const message = redactor.redact(`Slack report not sent: ${errorMessage(error)}`);
    core.setOutput('sent', 'false');
    core.setOutput('ts', '');
    core.setOutput('channel', '');
    core.setOutput('thread-ts', '');
    summary.raw(`**Not sent**: ${message}`);
    await writeJobSummary(summary);
    if (settings.failOnError) throw new ActionFailure(message);
    core.warning(`${message} (fail-on-error is false)`, { title: 'slack-report' });
  }
}
