/** The files a step's glob patterns match in the workspace: never a folder, nothing outside it, sorted. */
import path from 'node:path';
import * as glob from '@actions/glob';

const ALWAYS_EXCLUDED = ['!**/node_modules/**', '!**/.git/**'];

export async function findWorkspaceFiles(patterns: readonly string[], workspace: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const globber = await glob.create([...patterns, ...ALWAYS_EXCLUDED].join('\n'), {
    matchDirectories: false,
  });
  const found = await globber.glob();
  return found.filter((f) => f.startsWith(workspace + path.sep)).sort();
}
