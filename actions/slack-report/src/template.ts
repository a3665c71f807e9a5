/** A user's own Block Kit template: `${NAME}` placeholders replaced, each value escaped for JSON and mrkdwn. */
import { ConfigurationError } from '../../../shared/errors.js';
import type { Message } from './message.js';
import { escapeMrkdwn } from './mrkdwn.js';

export function renderTemplate(
  template: string,
  file: string,
  values: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string | undefined>>,
): Message {
  const missing = new Set<string>();
  const text = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const value = values[name] ?? env[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    // Inside a JSON string: escape for mrkdwn, then for JSON (without the surrounding quotes).
    return JSON.stringify(escapeMrkdwn(value)).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new ConfigurationError(
      `Input 'payload-file' (${file}) uses placeholders with no value: ${[...missing].map((m) => `\${${m}}`).join(', ')}.`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Input 'payload-file' (${file}) is not valid JSON after replacing placeholders: ${error instanceof Error ? error.message : String(error)}.`,
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
    ...(o as Record<string, unknown>),
    text: typeof o.text === 'string' ? o.text : 'GitHub Actions report',
    blocks,
  };
}
