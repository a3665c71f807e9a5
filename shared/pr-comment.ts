/**
 * The PR comment as every action writes it: one comment per marker, updated in place; a fork's read-only
 * token or an API failure is told (notice or warning) and never fails the step, whose verdict stands.
 */
import * as core from '@actions/core';
import { errorMessage } from './errors.js';
import type { PullRequestTarget } from './event.js';
import { gitHubClient, upsertComment } from './github.js';

export interface CommentRequest {
  token: string;
  repository: string;
  target: PullRequestTarget;
  marker: string;
  body: string;
  redact: (text: string) => string;
  /** false: only update an earlier comment; `notCreated` then says why none was written. */
  create?: boolean;
  notCreated?: string;
}

/** Writes or updates the comment; returns its URL, or '' when there is none. */
export async function publishComment(request: CommentRequest): Promise<string> {
  if (request.target.blocked !== undefined) {
    core.notice(`No PR comment: ${request.target.blocked}.`);
    return '';
  }
  try {
    const outcome = await upsertComment(
      await gitHubClient(request.token),
      request.repository,
      request.target.number,
      request.marker,
      request.body,
      { create: request.create !== false },
    );
    if (outcome === undefined) {
      core.info(`No PR comment: ${request.notCreated ?? 'there was no earlier comment to update'}.`);
      return '';
    }
    core.info(`PR comment ${outcome.action}: ${outcome.url}`);
    return outcome.url;
  } catch (error) {
    core.warning(request.redact(`Could not write the PR comment: ${errorMessage(error)}`), {
      title: 'PR comment',
    });
    return '';
  }
}
