/** Slack's error codes, as one line that says what to fix. */
const FIXES: Readonly<Record<string, string>> = {
  invalid_payload: 'the message is not valid JSON for Slack: check payload-file',
  invalid_blocks: 'Slack rejected the blocks: check payload-file against the Block Kit reference',
  invalid_blocks_format: 'Slack rejected the blocks: check payload-file against the Block Kit reference',
  no_text: 'the message has no text: give payload-file a top-level "text"',
  channel_not_found: 'the channel does not exist, or the app is not in it: check channel and invite the app',
  channel_is_archived: 'the channel is archived: unarchive it or post elsewhere',
  action_prohibited: 'a workspace admin blocks this webhook or app: ask them, or use another channel',
  too_many_attachments: 'the message has too many attachments',
  not_in_channel: 'the bot is not in the channel: invite it (/invite @app)',
  invalid_auth: 'the token is not valid: check the secret',
  not_authed: 'no token reached Slack: check the secret',
  account_inactive: 'the token belongs to a deactivated user or app',
  token_revoked: 'the token was revoked: create a new one',
  missing_scope: 'the token lacks a scope: add chat:write to the app',
  msg_too_long: 'the message is too long',
  msg_blocks_too_long: 'the blocks hold too much text in all (Slack allows about 12,000 characters)',
  message_not_found: 'update-ts names no message in that channel',
  cant_update_message: 'the token may not edit that message (it was posted by another app?)',
  no_service: 'the webhook is disabled or removed: create a new one',
  no_team: 'the webhook is disabled or removed: create a new one',
};

export function explain(code: string): string {
  const fix = FIXES[code.trim()];
  return fix === undefined ? code.trim() : `${code.trim()}: ${fix}`;
}
