import * as core from '@actions/core';
import type { SummaryBuilder } from './summary.js';

/** Appends the summary to the step's summary file; outside a runner (no GITHUB_STEP_SUMMARY) it logs why not. */
export async function writeJobSummary(summary: SummaryBuilder): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary written: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
    return;
  }
  await core.summary.addRaw(summary.render(), true).write();
}
