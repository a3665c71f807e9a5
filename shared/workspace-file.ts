/**
 * Files a workflow points an action at (a config, a report, a version file, an output path) are used only
 * when they are what they claim: a regular file inside the workspace or the runner's temp and tool folders,
 * links included once resolved. A link a pull request adds (`.python-version` → `/proc/self/environ`), a
 * directory, a device or a file outside is refused with a one-line error that names the input and never
 * quotes the file: an error message must not become a way to read the runner's files.
 */
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
import { oneLine } from './text.js';

/** Where files may be: the workspace, and the runner's own folders. */
export interface FileRoots {
  workspace: string;
  /** RUNNER_TEMP, RUNNER_TOOL_CACHE and the like: undefined entries are skipped. */
  others?: readonly (string | undefined)[];
}

/** The roots of a step run by the runner: its workspace, temp and tool-cache folders. */
export function runnerRoots(workspace: string): FileRoots {
  return { workspace, others: [process.env.RUNNER_TEMP, process.env.RUNNER_TOOL_CACHE] };
}

async function realRoots(roots: FileRoots): Promise<string[]> {
  const out: string[] = [];
  for (const root of [roots.workspace, ...(roots.others ?? [])]) {
    if (root === undefined || root === '') continue;
    try {
      out.push(await realpath(root));
    } catch {
      out.push(path.resolve(root));
    }
  }
  return out;
}

const within = (file: string, root: string): boolean => file === root || file.startsWith(root + path.sep);

/** `name` as the user wrote it, made safe to print: one line, at most 200 characters. */
export const shownName = (name: string): string => oneLine(name, 200);

/**
 * The real path of the file `name` (relative to the workspace, or absolute) when it is a regular file inside
 * the roots; else a ConfigurationError: `${what} names '<name>', which <why>.`
 */
export async function regularFile(name: string, what: string, roots: FileRoots): Promise<string> {
  const absolute = path.resolve(roots.workspace, name);
  const refuse = (why: string): never => {
    throw new ConfigurationError(`${what} names '${shownName(name)}', which ${why}.`);
  };
  try {
    await lstat(absolute);
  } catch {
    return refuse('does not exist');
  }
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return refuse('is a link to nothing');
  }
  const info = await stat(real);
  if (info.isDirectory()) refuse('is a folder, not a file');
  if (!info.isFile()) refuse('is not a regular file (a device, a pipe or a socket)');
  if (!(await realRoots(roots)).some((root) => within(real, root)))
    refuse('is outside the workspace (or a link to a file outside it)');
  return real;
}

/**
 * Where to write `name`: inside the roots, not an existing folder, with a parent that is (or can be made) a
 * folder. Makes the parent folders; returns the absolute path.
 */
export async function outputFile(name: string, what: string, roots: FileRoots): Promise<string> {
  const absolute = path.resolve(roots.workspace, name);
  const refuse = (why: string): never => {
    throw new ConfigurationError(`${what} names '${shownName(name)}', which ${why}.`);
  };
  const real = await realRoots(roots);
  // The nearest existing ancestor decides where the file really lands (a link in the path included).
  let existing = path.dirname(absolute);
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch {
      const up = path.dirname(existing);
      if (up === existing) break;
      existing = up;
    }
  }
  let resolved: string;
  try {
    resolved = await realpath(existing);
  } catch {
    return refuse('cannot be written');
  }
  if (!real.some((root) => within(resolved, root)))
    refuse('is outside the workspace and the runner’s temp folder');
  const ancestor = await stat(resolved);
  if (!ancestor.isDirectory())
    refuse(`cannot be written: ${path.relative(roots.workspace, existing) || existing} is a file`);
  try {
    const target = await stat(absolute);
    if (target.isDirectory()) refuse('is a folder');
    if (!target.isFile()) refuse('is not a regular file (a device, a pipe or a socket)');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
  }
  await mkdir(path.dirname(absolute), { recursive: true });
  return absolute;
}

/** Of files a glob found, those that are regular files inside the roots, and a one-line problem for each other. */
export async function regularFiles(
  files: readonly string[],
  what: (file: string) => string,
  roots: FileRoots,
): Promise<{ files: string[]; problems: string[] }> {
  const ok: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      await regularFile(file, what(file), roots);
      ok.push(file);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { files: ok, problems };
}
