/**
 * A user's own Block Kit template: `${NAME}` placeholders replaced, each value escaped for JSON and mrkdwn.
 * Values come only from the run's context, an allow-list of the runner's non-secret variables and the
 * step's own `variables`, never from the whole environment: a template a pull request edits must not be a
 * way to post `${GITHUB_TOKEN}` or a deploy key to a channel.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import type { Message } from './message.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** The runner's variables a template may use: context, never secrets or local paths. */
export const TEMPLATE_ENVIRONMENT: readonly string[] = [
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

/** The allow-listed variables that are set in `env`. */
export function templateEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of TEMPLATE_ENVIRONMENT) {
    const value = env[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

export interface Rendered {
  message: Message;
  /** Placeholders with no value, left as written. */
  unknown: string[];
}

export function renderTemplate(
  template: string,
  file: string,
  values: Readonly<Record<string, string>>,
): Rendered {
  const unknown = new Set<string>();
  const text = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (literal, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      unknown.add(name);
      return literal;
    }
    // Inside a JSON string: escape for mrkdwn, then for JSON (without the surrounding quotes).
    return JSON.stringify(escapeMrkdwn(value)).slice(1, -1);
  });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Input 'payload-file' (${file}) is not valid JSON after replacing placeholders: ${jsonProblem(error)}.`,
    );
  }
  const o = doc as { text?: unknown; blocks?: unknown };
  if (typeof o.text !== 'string' && !Array.isArray(o.blocks)) {
    throw new ConfigurationError(
      `Input 'payload-file' (${file}) must hold a message with 'text' or 'blocks'.`,
    );
  }
  const blocks = Array.isArray(o.blocks) ? (o.blocks as Record<string, unknown>[]) : [];
  if (blocks.length > 50)
    throw new ConfigurationError(
      `Input 'payload-file' (${file}) has ${blocks.length} blocks; Slack takes at most 50.`,
    );
  return {
    message: {
      ...(o as Record<string, unknown>),
      text: typeof o.text === 'string' ? o.text : 'GitHub Actions report',
      blocks,
    },
    unknown: [...unknown],
  };
}

/** V8's JSON error without the excerpt of the text it quotes (the text may hold values from the run). */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : 'unreadable';
  return message.replace(/, ".*" is not valid JSON$/s, '').slice(0, 200);
}
