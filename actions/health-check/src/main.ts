/** The adapter: inputs → health checks → outputs, log, job summary, and one failure message. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { ActionFailure, ConfigurationError } from '../../../shared/errors.js';
import type { Inputs } from '../../../shared/inputs.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { runAction } from '../../../shared/run-action.js';
import { redactUrl, type Redactor } from '../../../shared/secrets.js';
import { formatDuration } from '../../../shared/units.js';
import { regularFile, runnerRoots } from '../../../shared/workspace-file.js';
import type { CheckConfig } from './check-config.js';
import { parseJsonExpectations } from './expectations.js';
import { parseHeaderLines } from './headers.js';
import { pollUntilHealthy, type AttemptRecord } from './poll.js';
import { probe } from './probe.js';
import { buildSummary, failureMessage, resultEntries } from './report.js';
import { parseStatusSpec } from './status-spec.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export async function run(): Promise<void> {
  await runAction('health-check', async ({ inputs, redactor }) => {
    const urls = inputs.urls('url', ['http:', 'https:'], { required: true, credentials: 'allowed' });
    for (const url of urls) {
      if (url.password !== '') redactor.add(decodeURIComponent(url.password));
    }
    const config = await readConfig(inputs, redactor);
    const failOnUnhealthy = inputs.boolean('fail-on-unhealthy', true);

    core.info(
      `Checking ${urls.length} URL${urls.length === 1 ? '' : 's'} (${config.method}, expecting ${config.expectedStatus.text}; ` +
        `up to ${config.policy.maxAttempts} attempts within ${formatDuration(config.policy.deadlineMs)}, ` +
        `${formatDuration(config.timeoutMs)} each)`,
    );
    const log = (url: string) => (a: AttemptRecord) => {
      const answered = a.status === undefined ? '' : `HTTP ${a.status} in ${a.responseTimeMs ?? '?'} ms`;
      const outcome = a.healthy ? answered : [answered, a.error ?? 'unhealthy'].filter(Boolean).join(': ');
      core.info(redactor.redact(`${redactUrl(url)} attempt ${a.attempt}: ${outcome} → ${a.next}`));
    };
    const results = await Promise.all(
      urls.map((url) =>
        pollUntilHealthy(
          url.toString(),
          config,
          (u, timeoutMs) => probe(u, config, timeoutMs, Date.now),
          log(url.toString()),
        ),
      ),
    );

    const redact = (text: string): string => redactor.redact(text);
    const first = results[0];
    const allHealthy = results.every((r) => r.healthy);
    core.setOutput('healthy', String(allHealthy));
    core.setOutput('status', first?.status === undefined ? '' : String(first.status));
    core.setOutput('attempts', String(first?.attempts ?? 0));
    core.setOutput(
      'response-time-ms',
      first?.responseTimeMs === undefined ? '' : String(first.responseTimeMs),
    );
    core.setOutput('results', JSON.stringify(resultEntries(results, redact)));
    await writeJobSummary(buildSummary(results, redact));

    const message = failureMessage(results, redact);
    if (message === undefined) {
      core.info(`All ${results.length} URL${results.length === 1 ? '' : 's'} healthy.`);
    } else if (failOnUnhealthy) {
      throw new ActionFailure(message);
    } else {
      core.warning(`${message} (fail-on-unhealthy is false, so the step passes)`);
    }
  });
}

async function readConfig(inputs: Inputs, redactor: Redactor): Promise<CheckConfig> {
  const method = inputs.enumeration('method', METHODS, 'GET');
  const headers = parseHeaderLines(inputs.list('headers'), 'headers');
  for (const value of Object.values(headers)) redactor.add(value);
  const expectedStatus = parseStatusSpec(
    inputs.optionalString('expected-status') ?? '200-299',
    'expected-status',
  );
  const expectBody = inputs.optionalString('expect-body');
  const expectJson = parseJsonExpectations(inputs.list('expect-json'), 'expect-json');
  if (method === 'HEAD' && (expectBody !== undefined || expectJson.length > 0)) {
    throw new ConfigurationError(
      "Inputs 'expect-body' and 'expect-json' need a response body, which method HEAD never has: use GET.",
    );
  }
  const timeoutMs = inputs.duration('timeout', 10_000, { min: 1 });
  const maxAttempts = inputs.integer('max-attempts', 10, { min: 1, max: 10_000 });
  const initialDelayMs = inputs.duration('retry-delay', 2000);
  const factor = inputs.number('backoff-factor', 2, { min: 1, max: 10 });
  const maxDelayMs = inputs.duration('max-delay', 30_000);
  const deadlineMs = inputs.duration('deadline', 300_000, { min: 1 });
  const startDelayMs = inputs.duration('initial-delay', 0);
  const consecutiveSuccesses = inputs.integer('consecutive-successes', 1, { min: 1, max: 1000 });
  if (consecutiveSuccesses > maxAttempts) {
    throw new ConfigurationError(
      `Input 'consecutive-successes' (${consecutiveSuccesses}) must not exceed 'max-attempts' (${maxAttempts}).`,
    );
  }
  const retryOn = inputs.enumeration('retry-on', ['transient', 'all'], 'transient');
  const followRedirects = inputs.boolean('follow-redirects', true);
  const insecure = inputs.boolean('insecure', false);
  const ca = await readCaCert(inputs.optionalString('ca-cert'));
  if (insecure && ca !== undefined) core.warning("Input 'insecure' is true, so 'ca-cert' is not used.");
  const maxResponseTimeMs = inputs.optionalDuration('max-response-time', { min: 1 });
  return {
    method,
    headers,
    expectedStatus,
    expectBody,
    expectJson,
    timeoutMs,
    maxResponseTimeMs,
    policy: { maxAttempts, initialDelayMs, factor, maxDelayMs, deadlineMs, jitter: 'equal' },
    initialDelayMs: startDelayMs,
    consecutiveSuccesses,
    retryOn,
    followRedirects,
    ca: insecure ? undefined : ca,
    insecure,
  };
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/** PEM text as it is, or a path (relative to the workspace) to a PEM file. */
async function readCaCert(value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined;
  if (value.includes('-----BEGIN')) {
    if (!PEM.test(value)) {
      throw new ConfigurationError("Input 'ca-cert' holds a PEM block that is not a complete CERTIFICATE.");
    }
    return value;
  }
  // Only a regular file of the workspace or the runner's temp folder, and never quoted: a link to a private
  // key must not end up in an error message.
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const file = await regularFile(value, "Input 'ca-cert'", runnerRoots(workspace));
  const text = await readFile(file, 'utf8');
  if (!PEM.test(text)) {
    throw new ConfigurationError(
      `Input 'ca-cert' points at '${value}', which holds no PEM CERTIFICATE block.`,
    );
  }
  return text;
}
