/**
 * Installing Python from the actions/python-versions manifest into the runner tool cache, the way
 * actions/setup-python does (download the archive, extract it, run its setup.sh, which copies it to
 * RUNNER_TOOL_CACHE/Python/<version>/<arch> and marks it complete), with the manifest fetched with retries
 * and the token sent only to GitHub's own hosts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { ActionFailure } from '../../../shared/errors.js';
import { execCapture } from '../../../shared/exec.js';
import { liveLog } from '../../../shared/live.js';
import {
  HttpRequestError,
  httpRequest,
  isRetryableStatus,
  isTransientNetworkError,
} from '../../../shared/http.js';
import { retry } from '../../../shared/retry.js';
import { redactUrl } from '../../../shared/secrets.js';
import {
  chooseFromManifest,
  describeMiss,
  linuxPlatformVersion,
  type ManifestChoice,
  parseManifest,
  type Platform,
} from './manifest.js';
import { type Candidate, formatVersion, type VersionSpec } from './version-spec.js';

export interface ManifestSettings {
  url: string;
  token: string | undefined;
  architecture: string;
}

/** GitHub's hosts, and this server's (GHES): the only ones that see the token. */
function trusted(url: string): boolean {
  const host = new URL(url).hostname;
  const server = process.env.GITHUB_SERVER_URL;
  const own = server === undefined ? [] : [new URL(server).hostname, `api.${new URL(server).hostname}`];
  return (
    ['github.com', 'api.github.com', 'raw.githubusercontent.com', 'objects.githubusercontent.com'].includes(
      host,
    ) || own.includes(host)
  );
}

function authHeader(url: string, token: string | undefined): string | undefined {
  return token !== undefined && trusted(url) ? `token ${token}` : undefined;
}

export function currentPlatform(architecture: string): Platform {
  const platform = process.platform;
  let version: string | undefined;
  if (platform === 'linux' && existsSync('/etc/os-release'))
    version = linuxPlatformVersion(readFileSync('/etc/os-release', 'utf8'));
  return { platform, version, arch: architecture };
}

async function fetchManifest(settings: ManifestSettings): Promise<string> {
  const auth = authHeader(settings.url, settings.token);
  const shown = redactUrl(settings.url);
  const outcome = await retry<string>(
    async ({ remainingMs }) => {
      try {
        const res = await httpRequest({
          url: settings.url,
          headers: { accept: 'application/json', ...(auth === undefined ? {} : { authorization: auth }) },
          timeoutMs: Math.min(30_000, remainingMs),
          maxBodyBytes: 32 * 1024 * 1024,
        });
        if (res.status === 200) return { kind: 'done', value: res.body };
        const reason = `HTTP ${res.status}`;
        return isRetryableStatus(res.status)
          ? { kind: 'retry', value: '', reason }
          : { kind: 'fatal', value: '', reason };
      } catch (error) {
        if (!(error instanceof HttpRequestError)) throw error;
        // A bad URL or certificate fails the same way every time: no retry.
        return isTransientNetworkError(error.kind)
          ? { kind: 'retry', value: '', reason: error.message }
          : { kind: 'fatal', value: '', reason: error.message };
      }
    },
    {
      maxAttempts: 4,
      initialDelayMs: 1000,
      factor: 2,
      maxDelayMs: 8000,
      deadlineMs: 60_000,
      jitter: 'equal',
    },
    undefined,
    (delayMs, attempt) =>
      core.info(`Fetching the manifest at ${shown} failed (attempt ${attempt}); retrying in ${delayMs} ms.`),
  );
  if (!outcome.ok)
    throw new ActionFailure(
      `Could not fetch the Python versions manifest at ${shown}: ${outcome.reason} after ${outcome.attempts} attempt(s).`,
    );
  return outcome.value;
}

async function install(
  choice: ManifestChoice,
  settings: ManifestSettings,
  toolCache: string,
): Promise<string> {
  const version = formatVersion(choice.version);
  const url = choice.file.download_url;
  core.info(`Downloading Python ${version} (${choice.file.filename}) from ${redactUrl(url)}.`);
  let archive: string;
  try {
    archive = await tc.downloadTool(url, undefined, authHeader(url, settings.token));
  } catch (error) {
    throw new ActionFailure(
      `Downloading Python ${version} from ${redactUrl(url)} failed: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  const extracted = await tc.extractTar(archive);
  const setupScript = path.join(extracted, 'setup.sh');
  if (!existsSync(setupScript))
    throw new ActionFailure(
      `The archive ${choice.file.filename} has no setup.sh: it is not an actions/python-versions build.`,
    );
  // setup.sh installs into RUNNER_TOOL_CACHE/Python/<version>/<arch> and writes <arch>.complete.
  const ran = await execCapture('bash', ['./setup.sh'], {
    cwd: extracted,
    timeoutMs: 10 * 60_000,
    live: liveLog("Python's setup.sh", ['stdout', 'stderr']),
  });
  if (ran.code !== 0)
    throw new ActionFailure(
      `Installing Python ${version} (setup.sh) failed with exit code ${String(ran.code)}: ${(ran.stderr || ran.stdout).trim().split('\n').slice(-3).join(' ')}`,
    );
  const home = path.join(toolCache, 'Python', version, settings.architecture);
  for (const exe of ['bin/python3', 'bin/python', 'python']) {
    const file = path.join(home, exe);
    if (existsSync(file)) return file;
  }
  throw new ActionFailure(
    `Python ${version}'s setup.sh finished, but there is no interpreter under ${home}.`,
  );
}

export type ManifestOutcome =
  | { kind: 'installed'; candidate: Candidate }
  | { kind: 'missing'; reason: string }
  | { kind: 'unavailable'; reason: string };

/**
 * The interpreter from the manifest, installed into the tool cache; or why not. A manifest that cannot be
 * fetched is `unavailable` (the machine's interpreters may still do); a download or install that fails
 * after the manifest offered the version is an error.
 */
export async function fromManifest(
  spec: VersionSpec,
  settings: ManifestSettings,
  toolCache: string,
): Promise<ManifestOutcome> {
  let text: string;
  try {
    text = await fetchManifest(settings);
  } catch (error) {
    return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
  const target = currentPlatform(settings.architecture);
  const releases = parseManifest(text, redactUrl(settings.url));
  const choice = chooseFromManifest(releases, spec, target);
  if (choice === undefined) return { kind: 'missing', reason: describeMiss(releases, spec, target) };
  const file = await install(choice, settings, toolCache);
  return { kind: 'installed', candidate: { path: file, version: choice.version, source: 'manifest' } };
}
