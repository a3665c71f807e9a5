/**
 * Runs an action's committed bundle exactly as the GitHub runner does: `node actions/<name>/dist/index.js`
 * in a child process, inputs as INPUT_<NAME> (uppercased, spaces to `_`, hyphens kept) with action.yml's
 * defaults applied, fresh runner files, and a clean environment (nothing leaks in from the test process,
 * which matters when the suite itself runs on GitHub Actions). Then it reads back what the runner would:
 * outputs, env, path, state, summary, annotations, masks and the exit code.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type Annotation, parseCommands, parseKeyValueFile, type WorkflowCommand } from './commands.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: string | number | boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string; pre?: string };
}

export async function readMetadata(
  action: string,
  actionsRoot = path.join(REPO_ROOT, 'actions'),
): Promise<ActionMetadata> {
  const text = await readFile(path.join(actionsRoot, action, 'action.yml'), 'utf8');
  return parse(text) as ActionMetadata;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment for the step (e.g. secrets the workflow maps into env). */
  env?: Record<string, string>;
  /** Run the post step too, with the state the main step saved. */
  post?: boolean;
  /** The workspace; a fresh temporary folder when omitted. */
  workspace?: string;
  /** RUNNER_TEMP, kept after the run when given (files an action leaves there for later steps). */
  runnerTemp?: string;
  /** The webhook event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** Kill the step after this long (ms). */
  timeoutMs?: number;
  /** Node binary; RUNWAY_TEST_NODE, else the one running the tests. */
  node?: string;
  /** The folder holding the action folders (the harness's own tests use a scratch action). */
  actionsRoot?: string;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  annotations: Annotation[];
  errors: Annotation[];
  masks: string[];
  /** stdout without workflow commands: what a person reads in the log. */
  log: string;
}

export interface ActionRun extends StepResult {
  post?: StepResult;
}

function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The inputs the runner would pass: the given ones, then action.yml's defaults for the rest. */
export function inputEnvironment(
  metadata: ActionMetadata,
  inputs: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec.default === undefined) continue;
    const value = String(spec.default);
    if (value.includes('${{')) continue; // expressions need a real runner; tests pass such inputs explicitly
    env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  return env;
}

/** Steps running now, so a caller that is interrupted (the demo on Ctrl-C) can stop them. */
const running = new Set<ChildProcess>();
let stopped = false;

/** Kills every step still running and waits until they are gone (their runAction calls resolve as killed). */
export async function stopRunningSteps(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  // A step between its checks and its spawn must not start after this.
  stopped = true;
  await Promise.all(
    [...running].map(async (child) => {
      const closed = new Promise((resolve) => child.once('close', resolve));
      child.kill(signal);
      await closed;
    }),
  );
}

async function runStep(
  script: string,
  env: Record<string, string>,
  files: Record<'output' | 'env' | 'path' | 'state' | 'summary', string>,
  options: RunOptions,
  cwd: string,
): Promise<StepResult> {
  for (const file of Object.values(files)) await writeFile(file, '');
  if (stopped) throw new Error('the steps were stopped (stopRunningSteps)');
  const started = performance.now();
  const child = spawn(options.node ?? process.env.RUNWAY_TEST_NODE ?? process.execPath, [script], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('close', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  clearTimeout(timer);
  const durationMs = performance.now() - started;
  const commands = parseCommands(stdout);
  const annotations = commands
    .filter((c): c is WorkflowCommand & { command: Annotation['level'] } =>
      ['error', 'warning', 'notice'].includes(c.command),
    )
    .map((c) => ({ level: c.command, message: c.message, properties: c.properties }));
  const read = (file: string): Promise<string> => readFile(file, 'utf8');
  return {
    exitCode,
    signal,
    timedOut,
    durationMs,
    stdout,
    stderr,
    outputs: parseKeyValueFile(await read(files.output)),
    env: parseKeyValueFile(await read(files.env)),
    path: (await read(files.path)).split('\n').filter(Boolean),
    state: parseKeyValueFile(await read(files.state)),
    summary: await read(files.summary),
    commands,
    annotations,
    errors: annotations.filter((a) => a.level === 'error'),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    log: stdout
      .split('\n')
      .filter((line) => !line.startsWith('::'))
      .join('\n'),
  };
}

/** Runs actions/<action>/dist (main, then post when asked) the way the runner does. */
export async function runAction(action: string, options: RunOptions = {}): Promise<ActionRun> {
  const actionsRoot = options.actionsRoot ?? path.join(REPO_ROOT, 'actions');
  const metadata = await readMetadata(action, actionsRoot);
  const actionDir = path.join(actionsRoot, action);
  const root = await mkdtemp(path.join(tmpdir(), `runway-${action}-`));
  try {
    const workspace = options.workspace ?? path.join(root, 'workspace');
    const temp = options.runnerTemp ?? path.join(root, 'runner-temp');
    const toolCache = path.join(root, 'tool-cache');
    await mkdir(workspace, { recursive: true });
    await mkdir(temp, { recursive: true });
    await mkdir(toolCache, { recursive: true });
    const eventPath = path.join(root, 'event.json');
    await writeFile(eventPath, JSON.stringify(options.event ?? {}));
    const files = {
      output: path.join(root, 'output'),
      env: path.join(root, 'env'),
      path: path.join(root, 'path'),
      state: path.join(root, 'state'),
      summary: path.join(root, 'summary.md'),
    };
    const base: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? root,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: action,
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_REPOSITORY: 'runway-ci/example',
      GITHUB_REPOSITORY_OWNER: 'runway-ci',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '1001',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'test',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'runway-harness',
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: toolCache,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      ...inputEnvironment(metadata, options.inputs ?? {}),
      ...options.env,
    };
    const mainScript = path.join(actionDir, metadata.runs.main);
    if (!existsSync(mainScript)) throw new Error(`${mainScript} does not exist: run npm run build`);
    const main = await runStep(mainScript, base, files, options, workspace);
    if (options.post !== true) return main;
    if (metadata.runs.post === undefined) throw new Error(`${action} has no runs.post`);
    const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
    const post = await runStep(
      path.join(actionDir, metadata.runs.post),
      { ...base, ...stateEnv },
      files,
      options,
      workspace,
    );
    return { ...main, post };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
