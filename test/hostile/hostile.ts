/**
 * The hostile-input suites' common ground. Every case runs a committed bundle the way the runner does, with
 * two canaries planted: a secret in the step's environment (as a workflow's `env:` would put one) and a file
 * outside the workspace (as the runner's own files are). A case then asserts what a user sees: the exit code,
 * one error line that names what was wrong, no stack trace, no "internal error", neither canary anywhere in
 * the log, the summary or the outputs, and the time it took.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { type ActionRun, runAction, type RunOptions } from '../harness/run-action.js';
import { startServer, type TestServer } from '../harness/servers.js';

export interface Canaries {
  /** The scratch folder: `workspace/` and `outside/` are in it. */
  root: string;
  workspace: string;
  /** A value planted in the step's environment as RUNWAY_CANARY_SECRET (and GITHUB_TOKEN). */
  secret: string;
  /** A file outside the workspace, holding `fileText`. */
  file: string;
  fileText: string;
}

/** A fresh scratch folder with a workspace and both canaries; remove it with `cleanup`. */
export async function plantCanaries(): Promise<Canaries> {
  const root = await mkdtemp(path.join(tmpdir(), 'runway-hostile-'));
  const workspace = path.join(root, 'workspace');
  await mkdir(workspace);
  await mkdir(path.join(root, 'outside'));
  const tag = randomBytes(6).toString('hex');
  const fileText = `canaryfile${tag}\nsecond line of a private file\n`;
  const file = path.join(root, 'outside', 'private.txt');
  await writeFile(file, fileText);
  return { root, workspace, secret: `canarysecret${tag}`, file, fileText };
}

export async function cleanup(canaries: Canaries): Promise<void> {
  await rm(canaries.root, { recursive: true, force: true });
}

/**
 * A suite's fresh canaries for each test (the same object, refilled) and servers that are stopped after
 * each test, with everything the test made.
 */
export function hostileSuite(): { c: Canaries; serve: typeof startServer } {
  const c: Canaries = { root: '', workspace: '', secret: '', file: '', fileText: '' };
  const servers: TestServer[] = [];
  beforeEach(async () => {
    Object.assign(c, await plantCanaries());
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await cleanup(c);
  });
  const serve: typeof startServer = async (...args) => {
    const server = await startServer(...args);
    servers.push(server);
    return server;
  };
  return { c, serve };
}

/** Writes `text` at `name` in the workspace, making folders. */
export async function put(canaries: Canaries, name: string, text: string | Buffer): Promise<string> {
  const file = path.join(canaries.workspace, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** A link at `name` in the workspace pointing at `target`. */
export async function link(canaries: Canaries, name: string, target: string): Promise<void> {
  const file = path.join(canaries.workspace, name);
  await mkdir(path.dirname(file), { recursive: true });
  await symlink(target, file);
}

/** Runs `action` in the canaries' workspace with the canary secret in its environment. */
export function attack(action: string, canaries: Canaries, options: RunOptions = {}): Promise<ActionRun> {
  return runAction(action, {
    workspace: canaries.workspace,
    timeoutMs: 30_000,
    ...options,
    env: { RUNWAY_CANARY_SECRET: canaries.secret, GITHUB_TOKEN: canaries.secret, ...options.env },
  });
}

/** Everything a person or a later step can read from the run. */
function everything(run: ActionRun): string {
  // `::add-mask::` lines are read by the runner and never shown: that is where a secret is meant to go.
  const shown = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [shown, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.env)].join('\n');
}

/** Neither canary anywhere: not the secret, not a line of the private file. */
export function expectNoLeak(run: ActionRun, canaries: Canaries): void {
  const text = everything(run);
  expect(text).not.toContain(canaries.secret);
  for (const line of canaries.fileText.split('\n').filter(Boolean)) expect(text).not.toContain(line);
}

export interface Refusal {
  /** What the one error line must say (the input's name, the reason). */
  says: RegExp;
  /** The most the step may take, in ms. */
  withinMs?: number;
  /** The exit code; 1 unless said. */
  exitCode?: number;
}

/**
 * The step failed the way a user mistake or an attack should fail: one error line that says `says`, at most
 * 4 KiB, no "internal error", no stack trace, no canary, and in time.
 */
export function expectRefused(run: ActionRun, canaries: Canaries, refusal: Refusal): void {
  const context = `log:\n${run.stdout.slice(0, 3000)}\nstderr:\n${run.stderr.slice(0, 2000)}`;
  expect(run.timedOut, context).toBe(false);
  expect(run.exitCode, context).toBe(refusal.exitCode ?? 1);
  expect(run.errors, context).toHaveLength(1);
  const [error] = run.errors;
  expect(error?.message).toMatch(refusal.says);
  expect(error?.message).not.toMatch(/internal error|bug in Runway/i);
  expect(error?.message).not.toContain('\n');
  expect(Buffer.byteLength(error?.message ?? '')).toBeLessThanOrEqual(4096);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expectNoLeak(run, canaries);
  expect(run.durationMs).toBeLessThan(refusal.withinMs ?? 15_000);
}

/** Every error and warning line is one line of at most 4 KiB. */
export function expectBoundedLines(run: ActionRun): void {
  for (const a of run.annotations) {
    expect(a.message).not.toContain('\n');
    expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(4096);
  }
}
