/**
 * The adapter's first half: read and check every input (registering the webhook URL and tokens as secrets
 * the moment they are read), then load the Slack clients only when there is something to send.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { excerpt } from '../../../shared/text.js';
import { jobsFromNeeds, RESULTS } from './jobs.js';

export async function run(): Promise<void> {
  await runAction('slack-report', async ({ inputs, redactor }) => {
    const webhook = inputs.optionalSecret('webhook-url');
    if (webhook !== undefined) {
      let url: URL;
      try {
        url = new URL(webhook);
      } catch {
        throw new ConfigurationError(
          "Input 'webhook-url' must be a Slack incoming webhook URL (https://hooks.slack.com/services/...).",
        );
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new ConfigurationError("Input 'webhook-url' must be an https URL.");
      if (url.username !== '' || url.password !== '')
        throw new ConfigurationError(
          "Input 'webhook-url' must not hold a user name or password: a Slack webhook URL is https://hooks.slack.com/services/...",
        );
      // The path is the secret: mask it on its own too, in case an error quotes the path alone.
      redactor.add(url.pathname);
    }
    const token = inputs.optionalSecret('token');
    const channel = inputs.optionalString('channel');
    if (webhook !== undefined && token !== undefined)
      throw new ConfigurationError("Inputs 'webhook-url' and 'token' are both set: use one transport.");
    if (token !== undefined && channel === undefined)
      throw new ConfigurationError(
        "Input 'channel' is required with 'token' (a channel ID such as C0123456789, or #name).",
      );
    const fieldLines = inputs.list('fields').map((line): [string, string] => {
      const eq = line.indexOf('=');
      if (eq <= 0)
        throw new ConfigurationError(
          `Input 'fields' must hold lines of the form Key=value; got ${excerpt(line)}.`,
        );
      return [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
    });
    const variables: Record<string, string> = {};
    for (const line of inputs.list('variables')) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(line);
      if (!m)
        throw new ConfigurationError(
          `Input 'variables' must hold lines of the form NAME=value (NAME of letters, digits and _); got ${excerpt(line)}.`,
        );
      variables[m[1] ?? ''] = (m[2] ?? '').trim();
    }
    const mentionOn = inputs.list('mention-on').flatMap((l) =>
      l
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    );
    for (const m of mentionOn) {
      if (!RESULTS.includes(m as (typeof RESULTS)[number]))
        throw new ConfigurationError(
          `Input 'mention-on' must list statuses among ${RESULTS.join(', ')}; got ${excerpt(m)}.`,
        );
    }
    const settings = {
      webhook,
      token,
      channel,
      apiUrl: inputs.urls('api-url', ['http:', 'https:'])[0]?.toString() ?? 'https://slack.com/api/',
      // Checked here, before Slack's clients load: a mistake in it fails at once.
      needs: jobsFromNeeds(inputs.optionalString('needs')),
      jobsFromApi: inputs.boolean('jobs-from-api', false),
      githubToken: inputs.optionalSecret('github-token'),
      status: inputs.enumeration('status', ['auto', ...RESULTS], 'auto'),
      title: inputs.optionalString('title'),
      text: inputs.optionalString('text'),
      mention: inputs.optionalString('mention'),
      mentionOn: mentionOn.length > 0 ? mentionOn : ['failure', 'cancelled'],
      fields: fieldLines,
      payloadFile: inputs.optionalString('payload-file'),
      variables,
      threadTs: inputs.optionalString('thread-ts'),
      updateTs: inputs.optionalString('update-ts'),
      failOnError: inputs.boolean('fail-on-error', true),
      timeoutMs: inputs.duration('timeout', 60_000, { min: 1000, max: 15 * 60_000 }),
      retries: inputs.integer('retries', 5, { min: 0, max: 20 }),
    };
    if (settings.jobsFromApi && settings.githubToken === undefined) {
      throw new ConfigurationError(
        "Input 'github-token' is required with 'jobs-from-api: true'; pass ${{ github.token }}.",
      );
    }
    if ((settings.threadTs !== undefined || settings.updateTs !== undefined) && token === undefined) {
      throw new ConfigurationError(
        "Inputs 'thread-ts' and 'update-ts' need 'token' (the Web API): incoming webhooks cannot reply or edit.",
      );
    }
    const { report } = await import('./main-send.js');
    await report(settings, redactor);
  });
}
