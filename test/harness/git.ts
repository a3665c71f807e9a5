/** Real git repositories made in a test. */
import { execFileSync } from 'node:child_process';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_AUTHOR_NAME: 'Runway Test',
      GIT_AUTHOR_EMAIL: 'test@runway.invalid',
      GIT_COMMITTER_NAME: 'Runway Test',
      GIT_COMMITTER_EMAIL: 'test@runway.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

/** A repository with everything in `cwd` committed on main; returns the commit. */
export function initRepo(cwd: string): string {
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'base');
  return git(cwd, 'rev-parse', 'HEAD');
}

export function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}
