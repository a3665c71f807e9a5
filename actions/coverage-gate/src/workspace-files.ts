/**
 * The workspace's files, for checking report paths: git's list (tracked and untracked, not ignored), else a
 * walk of the folder that stops at a bound, so a workspace of millions of files (a node_modules the
 * checkout did not ignore) never holds the step; past the bound, paths are checked one by one instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PathLookup } from './collect.js';
import { RepositoryIndex, SKIPPED_FOLDERS } from './repository-index.js';

/** Files a walk lists before giving up on an index. */
export const MAX_WALKED_FILES = 200_000;

export type ListWithGit = () => Promise<string[] | undefined>;

/** Every file below `root`, relative with `/`, or undefined past `limit` files or on an unreadable folder. */
export function walkFiles(root: string, limit = MAX_WALKED_FILES): string[] | undefined {
  const files: string[] = [];
  const walk = (dir: string, prefix: string): boolean => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !walk(path.join(dir, entry.name), `${prefix}${entry.name}/`))
          return false;
      } else if (entry.isFile()) {
        files.push(`${prefix}${entry.name}`);
        if (files.length > limit) return false;
      }
    }
    return true;
  };
  try {
    return walk(root, '') ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Report paths checked against the index; without one (too many files), against the file system. */
export async function pathLookup(
  workspace: string,
  listWithGit: ListWithGit,
  limit = MAX_WALKED_FILES,
): Promise<{ lookup: PathLookup; indexed: boolean }> {
  const files = (await listWithGit()) ?? walkFiles(workspace, limit);
  if (files !== undefined) {
    const index = new RepositoryIndex(files);
    return {
      indexed: true,
      lookup: {
        exists: (f) => index.has(f),
        bySuffix: (f) => index.bySuffix(f),
        hasName: (name) => index.hasName(name),
      },
    };
  }
  const known = new Map<string, boolean>();
  return {
    indexed: false,
    lookup: {
      exists: (rel) => {
        let v = known.get(rel);
        if (v === undefined) {
          const abs = path.join(workspace, rel);
          v = existsSync(abs) && statSync(abs).isFile();
          known.set(rel, v);
        }
        return v;
      },
    },
  };
}
