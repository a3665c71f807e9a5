/** The files a step's glob patterns match in the workspace: never a folder, nothing outside it, sorted. */
import path from 'node:path';
import * as glob from '@actions/glob';

/** Never reports: dependencies and git's own files. Rooted at the workspace, not wherever the step runs. */
const alwaysExcluded = (workspace: string): string[] =>
  ['node_modules', '.git'].map((folder) => `!${workspace}/**/${folder}/**`);

export async function findWorkspaceFiles(patterns: readonly string[], workspace: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const globber = await glob.create([...patterns, ...alwaysExcluded(workspace)].join('\n'), {
    matchDirectories: false,
  });
  const found = await globber.glob();
  return found.filter((f) => f.startsWith(workspace + path.sep)).sort();
}
