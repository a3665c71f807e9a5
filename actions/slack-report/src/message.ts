/**
 * The Block Kit message, built within Slack's limits before sending (50 blocks, 3000 characters a section,
 * 10 fields of 2000, a 150-character plain_text header, a fallback `text` always present): long job lists
 * are folded, long texts cut with `…`. Every piece of outside text is escaped for mrkdwn.
 */
import { formatDuration } from '../../../shared/units.js';
import type { RunContext } from './context.js';
import type { Job, JobResult } from './jobs.js';
import { escapeMrkdwn, LIMITS, link, truncate } from './mrkdwn.js';

export type Block = Record<string, unknown>;

export interface Message {
  text: string;
  blocks: Block[];
}

export const ICONS: Readonly<Record<JobResult, string>> = {
  success: ':white_check_mark:',
  failure: ':x:',
  cancelled: ':no_entry_sign:',
  skipped: ':fast_forward:',
};

const ORDER: readonly JobResult[] = ['failure', 'cancelled', 'success', 'skipped'];

export interface MessageInput {
  context: RunContext;
  status: JobResult;
  title: string | undefined;
  text: string | undefined;
  mention: string | undefined;
  fields: readonly [string, string][];
  jobs: readonly Job[];
}

function jobLine(job: Job): string {
  const name = job.url ? link(job.url, job.name) : escapeMrkdwn(job.name);
  return `${ICONS[job.result]} ${name}${job.durationMs !== undefined ? ` (${formatDuration(job.durationMs)})` : ''}`;
}

/**
 * Job lines in sections of ≤ 3000 characters, problems first, at most `maxChars` in all (Slack also rejects
 * a message whose blocks hold more than about 12,000 characters: msg_blocks_too_long); what does not fit
 * is counted by result.
 */
export function jobSections(jobs: readonly Job[], maxSections: number, maxChars = 8000): Block[] {
  const sorted = [...jobs].sort((a, b) => ORDER.indexOf(a.result) - ORDER.indexOf(b.result));
  const sections: string[][] = [[]];
  const sizes = [0];
  let shown = 0;
  let total = 0;
  const room = LIMITS.sectionText - 100; // space for the "and N more" line
  for (const job of sorted) {
    const line = jobLine(job);
    if (total + line.length + 1 > maxChars) break;
    total += line.length + 1;
    const last = sections.length - 1;
    if ((sizes[last] ?? 0) + line.length + 1 > room) {
      if (sections.length >= maxSections) break;
      sections.push([]);
      sizes.push(0);
    }
    sections[sections.length - 1]?.push(line);
    sizes[sections.length - 1] = (sizes[sections.length - 1] ?? 0) + line.length + 1;
    shown++;
  }
  const rest = sorted.slice(shown);
  if (rest.length > 0) {
    const counts = ORDER.map((r) => [r, rest.filter((j) => j.result === r).length] as const).filter(
      ([, n]) => n > 0,
    );
    const verbs: Record<JobResult, string> = {
      failure: 'failed',
      cancelled: 'were cancelled',
      success: 'succeeded',
      skipped: 'were skipped',
    };
    sections[sections.length - 1]?.push(
      `_and ${counts.map(([r, n]) => `${n} more ${verbs[r]}`).join(', ')}_`,
    );
  }
  return sections
    .filter((s) => s.length > 0)
    .map((lines) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(lines.join('\n'), LIMITS.sectionText) },
    }));
}

export function defaultTitle(context: RunContext, status: JobResult): string {
  return `${context.workflow} #${context.runNumber} ${status} in ${context.repository}`;
}

export function buildMessage(input: MessageInput): Message {
  const { context, status } = input;
  const title = truncate(input.title ?? defaultTitle(context, status), LIMITS.headerText);
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];

  const mention = input.mention !== undefined ? `${input.mention} ` : '';
  const summary = `${mention}${ICONS[status]} *${escapeMrkdwn(status)}* · ${link(context.runUrl, 'view run')}`;
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(summary, LIMITS.sectionText) } });

  const fields: string[] = [];
  fields.push(`*Repository*\n${link(`${context.serverUrl}/${context.repository}`, context.repository)}`);
  if (context.pr !== undefined)
    fields.push(`*Pull request*\n${link(context.pr.url, `#${context.pr.number} ${context.pr.title}`)}`);
  else if (context.branch !== undefined) fields.push(`*Branch*\n${escapeMrkdwn(context.branch)}`);
  if (context.sha !== '') {
    fields.push(
      `*Commit*\n${link(context.commitUrl, context.sha.slice(0, 7))}${context.commitMessage ? ` ${escapeMrkdwn(context.commitMessage)}` : ''}`,
    );
  }
  if (context.author !== '') fields.push(`*Author*\n${escapeMrkdwn(context.author)}`);
  if (context.eventName !== '') fields.push(`*Event*\n${escapeMrkdwn(context.eventName)}`);
  for (const [key, value] of input.fields) fields.push(`*${escapeMrkdwn(key)}*\n${escapeMrkdwn(value)}`);
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    blocks.push({
      type: 'section',
      fields: fields
        .slice(i, i + LIMITS.fields)
        .map((f) => ({ type: 'mrkdwn', text: truncate(f, LIMITS.fieldText) })),
    });
  }
  if (input.text !== undefined) {
    // `text` is the user's own mrkdwn: kept as written (they may link or mention on purpose), only cut to size.
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(input.text, LIMITS.sectionText) },
    });
  }
  if (input.jobs.length > 0) {
    const counts = ORDER.map((r) => [r, input.jobs.filter((j) => j.result === r).length] as const).filter(
      ([, n]) => n > 0,
    );
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: counts.map(([r, n]) => `${ICONS[r]} ${n} ${r}`).join('   ') }],
    });
    const used = JSON.stringify(blocks).length;
    blocks.push(
      ...jobSections(input.jobs, LIMITS.blocks - blocks.length - 1, Math.max(1000, LIMITS.blocksText - used)),
    );
  }
  const fallback = truncate(
    `${mention}${title}${context.commitMessage ? `: ${escapeMrkdwn(context.commitMessage)}` : ''}`,
    3000,
  );
  return { text: fallback, blocks: blocks.slice(0, LIMITS.blocks) };
}

/** The fallback text as a person reads it, for logs and the summary preview. */
export function plainPreview(message: Message): string {
  const out: string[] = [];
  for (const block of message.blocks) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text !== undefined) out.push(text);
    const fields = block.fields as { text: string }[] | undefined;
    if (fields !== undefined) out.push(fields.map((f) => f.text.replace('\n', ': ')).join('\n'));
    const elements = block.elements as { text?: string }[] | undefined;
    if (elements !== undefined) out.push(elements.map((e) => e.text ?? '').join(' '));
  }
  return out.join('\n\n');
}
