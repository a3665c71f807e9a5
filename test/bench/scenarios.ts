/**
 * What `npm run bench` runs for each action: an input-error run (the fastest possible failure) and a
 * successful run against something real on this machine. A new action adds its entry here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Scenario {
  /** Inputs for the run. */
  inputs: Record<string, string>;
  /** Starts what the run talks to; returns the inputs to add and how to stop it. */
  setup?: () => Promise<{ inputs: Record<string, string>; stop: () => Promise<void> }>;
  /** The exit code the scenario must end with, or the measurement is void. */
  exitCode: number;
}

export interface ActionScenarios {
  inputError: Scenario;
  success?: Scenario;
}

async function healthServer(): Promise<{ inputs: Record<string, string>; stop: () => Promise<void> }> {
  const server = http.createServer((_req, res) => res.end('{"status":"ok"}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    inputs: { url: `http://127.0.0.1:${port}/health` },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const SCENARIOS: Readonly<Record<string, ActionScenarios>> = {
  'health-check': {
    inputError: { inputs: { url: '' }, exitCode: 1 },
    success: { inputs: { 'expect-json': 'status=ok' }, setup: healthServer, exitCode: 0 },
  },
};
