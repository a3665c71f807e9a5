/** Live output for the log: a program's lines as they come, and a heartbeat while it is silent. */
import * as core from '@actions/core';
import type { LiveOutput } from './exec.js';

/** A silent program gets a line at least this often: a step silent for minutes looks hung. */
export const HEARTBEAT_MS = 60_000;

/** Shows `streams` of the program named `label` in the log, each line through `redact`. */
export function liveLog(
  label: string,
  streams: LiveOutput['streams'],
  redact: (text: string) => string = (text) => text,
): LiveOutput {
  return { label, streams, heartbeatMs: HEARTBEAT_MS, write: (line) => core.info(redact(line)) };
}
