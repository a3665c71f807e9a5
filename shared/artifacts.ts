/**
 * Reports read straight from workflow artifacts, through the toolkit's @actions/artifact: this run's
 * artifacts by name pattern (the runner's artifact service, ACTIONS_RUNTIME_TOKEN), and one artifact of the
 * base branch's latest successful run of this workflow (the REST API; the token needs `actions: read`).
 * Everything a download writes lands in a fresh folder under RUNNER_TEMP; nothing loads until a step asks.
 */
import { mkdtemp, readdir, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import type { ArtifactClient, Artifact } from '@actions/artifact';
import { relativeGlobs } from './artifact-files.js';
import {
  artifactsNotes,
  type BaseArtifactRef,
  chooseBaseFile,
  matchArtifacts,
  type NamePattern,
  pickBaseRun,
  type WorkflowRun,
} from './artifact-names.js';
import { ActionFailure, ConfigurationError, errorMessage } from './errors.js';
import { gitHubClient, GitHubApiError, toolkitGitHub } from './github.js';
import { oneLine } from './text.js';
import { formatDuration } from './units.js';
import { shownName } from './workspace-file.js';

/** A file that came out of an artifact: where it is, and how to name it to the user. */
export interface ArtifactFile {
  absolute: string;
  /** `artifact:<name>/<path in it>`. */
  display: string;
  /** Its forward-slash path inside the artifact. */
  relative: string;
}

/**
 * How a file of an artifact is named in logs: its names come from whoever uploaded it (a pull request can),
 * so they are made one line and bounded before they reach a log line that could read as a workflow command.
 */
const shownAs = (artifact: string, file: string): string =>
  `artifact:${shownName(artifact)}/${shownName(file)}`;

/** The client, after the undici the toolkit's GitHub client needs (see shared/github.ts). */
async function artifactClient(): Promise<ArtifactClient> {
  await toolkitGitHub();
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/**
 * `work`, or an ActionFailure naming `input` when it has not finished within `timeoutMs`. The package's own
 * retries cannot be cancelled: once the deadline has passed the step fails, and the process is ended shortly
 * after rather than left waiting on them.
 */
async function withinDeadline<T>(
  work: Promise<T>,
  timeoutMs: number,
  what: string,
  input: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      setTimeout(() => process.exit(), 2000).unref();
      reject(
        new ActionFailure(
          `${what} did not finish within ${formatDuration(timeoutMs)} ('${input}'): GitHub's artifact storage is slow or unreachable from this runner.`,
        ),
      );
    }, timeoutMs);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every regular file under `root`, as sorted forward-slash paths relative to it. */
async function filesUnder(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true });
  const files: string[] = [];
  for (const name of names) {
    if ((await lstat(path.join(root, name))).isFile()) files.push(name.split(path.sep).join('/'));
  }
  return files.sort();
}

/** A fresh folder for downloads, under the runner's temp folder (readable by later checks as a runner root). */
async function downloadFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(process.env.RUNNER_TEMP ?? tmpdir(), `runway-${prefix}-`));
}

/** Downloads one artifact into `into/<id>` and checks its digest when the listing gave one. */
async function download(
  client: ArtifactClient,
  artifact: Artifact,
  into: string,
  findBy?: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string },
): Promise<{ folder: string; files: string[] }> {
  const folder = path.join(into, String(artifact.id));
  const result = await client.downloadArtifact(artifact.id, {
    path: folder,
    ...(artifact.digest !== undefined && artifact.digest !== '' ? { expectedHash: artifact.digest } : {}),
    ...(findBy === undefined ? {} : { findBy }),
  });
  if (result.digestMismatch === true)
    throw new ActionFailure(
      `The artifact '${shownName(artifact.name)}' (id ${artifact.id}) does not match the digest GitHub recorded when it was uploaded: not read.`,
    );
  return { folder, files: await filesUnder(folder) };
}

/** Says why this run's artifacts cannot be read here, before anything loads. */
function checkRuntime(): void {
  for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if ((process.env[name] ?? '') === '')
      throw new ConfigurationError(
        `Input 'artifacts' reads this run's artifacts through the runner, but ${name} is not set: it is set for JavaScript actions in a workflow job on GitHub Actions (this step may run elsewhere).`,
      );
  }
}

export interface ArtifactReports {
  /** The files the step's report patterns match inside the artifacts. */
  files: ArtifactFile[];
  /** Each pattern that matched no artifact and each artifact that held no such file, said in words. */
  notes: string[];
}

/**
 * The reports in this run's artifacts whose names match `artifacts` (the `artifacts` input): each matching
 * artifact is downloaded and the files `reportPatterns` match inside it (relative to its root) are returned.
 * Matching nothing is not an error here: the action decides, as it does for report patterns that match
 * nothing. With no `artifacts`, nothing is loaded or fetched.
 */
export async function artifactReports(
  artifacts: readonly NamePattern[],
  reportPatterns: readonly string[],
  timeoutMs: number,
): Promise<ArtifactReports> {
  if (artifacts.length === 0) return { files: [], notes: [] };
  checkRuntime();
  const wanted = relativeGlobs(reportPatterns);
  const client = await artifactClient();
  const work = core.group(`Artifacts of this run: ${artifacts.map((p) => p.text).join(', ')}`, async () => {
    const { artifacts: listed } = await client.listArtifacts({ latest: true });
    const { matched, unmatched } = matchArtifacts(listed, artifacts);
    const into = await downloadFolder('artifacts');
    const files: ArtifactFile[] = [];
    const read: { name: string; wanted: number }[] = [];
    // By name, so reports and their summary come in the same order whatever order the service lists them in.
    const byName = [...matched].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const artifact of byName) {
      const { folder, files: inside } = await download(client, artifact, into);
      const kept = inside.filter(wanted);
      core.info(
        `artifact '${shownName(artifact.name)}': ${inside.length} file${inside.length === 1 ? '' : 's'}, ${kept.length} read`,
      );
      read.push({ name: artifact.name, wanted: kept.length });
      for (const file of kept)
        files.push({
          absolute: path.join(folder, file),
          display: shownAs(artifact.name, file),
          relative: file,
        });
    }
    const available = listed.map((a) => a.name).sort();
    const what = `file matching ${reportPatterns.join(', ')}`;
    return { files, notes: artifactsNotes({ read, unmatched, available }, what) };
  });
  try {
    return await withinDeadline(work, timeoutMs, "Reading this run's artifacts", 'artifacts-timeout');
  } catch (error) {
    throw artifactFailure(error, 'artifacts');
  }
}

/** A failure of the artifact service as one line naming the input; our own failures pass through. */
function artifactFailure(error: unknown, input: string): Error {
  if (error instanceof ActionFailure || error instanceof ConfigurationError) return error;
  if (error instanceof GitHubApiError) return new ActionFailure(`Input '${input}': ${error.message}`);
  const status = (error as { status?: unknown }).status;
  const message = oneLine(errorMessage(error), 400);
  const permission =
    status === 401 || status === 403 || status === 404
      ? ' (the token needs `actions: read` under `permissions:`)'
      : '';
  return new ActionFailure(`Input '${input}': the artifacts could not be read: ${message}${permission}`);
}

export interface BaseArtifactRequest {
  ref: BaseArtifactRef;
  input: string;
  timeoutInput: string;
  timeoutMs: number;
  token: string;
  /** `owner/name`. */
  repository: string;
  /** This run's id (GITHUB_RUN_ID). */
  runId: number;
  /** The branch whose latest successful run holds the base. */
  branch: string;
}

export type BaseArtifact =
  { found: true; file: ArtifactFile; run: WorkflowRun } | { found: false; reason: string };

/**
 * The file of `ref` in the latest successful run of this run's workflow on `branch`. No such run, no such
 * artifact (never uploaded, or expired) or no such file is `found: false` with the reason; an API that
 * refuses the token, or a deadline passed, is an error.
 */
export async function baseArtifactFile(request: BaseArtifactRequest): Promise<BaseArtifact> {
  const { ref, repository, runId, branch, token } = request;
  const [owner = '', repo = ''] = repository.split('/');
  const work = core.group(`Base from artifact '${shownName(ref.name)}' on ${branch}`, async () => {
    const api = await gitHubClient(token, { deadlineMs: request.timeoutMs });
    const current = await api.call<{ workflow_id: number; path?: string; name?: string }>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
      { owner, repo, run_id: runId },
    );
    const workflow = current.path ?? current.name ?? `workflow ${current.workflow_id}`;
    const { workflow_runs: runs } = await api.call<{ workflow_runs: WorkflowRun[] }>(
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      { owner, repo, workflow_id: current.workflow_id, branch, status: 'success', per_page: 30 },
    );
    const run = pickBaseRun(runs, branch, runId);
    if (run === undefined)
      return { found: false, reason: `${workflow} has no successful run on ${branch} yet` } as const;
    const where = `the latest successful run of ${workflow} on ${branch} (${run.html_url ?? `run ${run.id}`})`;
    core.info(`Base run: ${where}`);
    const client = await artifactClient();
    const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
    const { artifacts } = await client.listArtifacts({ latest: true, findBy });
    const artifact = artifacts.find((a) => a.name === ref.name);
    if (artifact === undefined)
      return {
        found: false,
        reason: `${where} has no artifact '${shownName(ref.name)}' (not uploaded, or expired)`,
      } as const;
    const { folder, files } = await download(client, artifact, await downloadFolder('base'), findBy);
    const chosen = chooseBaseFile(files, ref, request.input);
    if ('missing' in chosen) return { found: false, reason: `${where}: ${chosen.missing}` } as const;
    return {
      found: true,
      run,
      file: {
        absolute: path.join(folder, chosen.file),
        display: shownAs(ref.name, chosen.file),
        relative: chosen.file,
      },
    } as const;
  });
  try {
    return await withinDeadline(work, request.timeoutMs, 'Fetching the base artifact', request.timeoutInput);
  } catch (error) {
    throw artifactFailure(error, request.input);
  }
}
