/**
 * Where a failure happened, as a repository-relative file and line, so its annotation lands on the code:
 * the deepest traceback frame inside the repository first (pytest's `path.py:13: AssertionError`, a JS
 * stack's `(src/a.test.ts:12:5)`), then the report's own `file`/`line`, then the module named by the
 * classname. Every candidate is checked against the repository, so an annotation never points at a file
 * that is not there (site-packages, node_modules, another machine's absolute path).
 */
import path from 'node:path';
import type { TestOutcome } from './aggregate.js';

export interface SourceLocation {
  file: string;
  line: number | undefined;
}

const PY_FRAME = /^\s*(\S+?\.py):(\d+):/gm;
const JS_FRAME = /\(?((?:[A-Za-z]:)?[^\s()'"]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\)?/g;

/**
 * Makes a path from a report repository-relative: strips the workspace (or any `/home/runner/work/<repo>/<repo>/`
 * prefix from another checkout) and leading `./` and `../`.
 */
export function relativeCandidates(raw: string, workspace: string): string[] {
  const file = raw.replace(/\\/g, '/');
  const out: string[] = [];
  const ws = workspace.replace(/\\/g, '/').replace(/\/$/, '');
  if (ws !== '' && file.startsWith(`${ws}/`)) out.push(file.slice(ws.length + 1));
  const runner = /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/.exec(file);
  if (runner?.[1] !== undefined) out.push(runner[1]);
  if (!path.posix.isAbsolute(file)) {
    const stripped = file.replace(/^(?:\.\.?\/)+/, '');
    out.push(stripped);
    // ../collect_err/x.py from a test run in a subfolder: the file may be found under any of its tails.
    const parts = stripped.split('/');
    for (let i = 1; i < parts.length; i++) out.push(parts.slice(i).join('/'));
  }
  return [...new Set(out.map((p) => path.posix.normalize(p)).filter((p) => p !== '' && !p.startsWith('..')))];
}

function framesIn(details: string): { file: string; line: number }[] {
  const frames: { file: string; line: number }[] = [];
  for (const m of details.matchAll(PY_FRAME)) frames.push({ file: m[1] ?? '', line: Number(m[2]) });
  for (const m of details.matchAll(JS_FRAME)) frames.push({ file: m[1] ?? '', line: Number(m[2]) });
  return frames;
}

export function locate(
  test: Pick<TestOutcome, 'details' | 'file' | 'line' | 'classname'>,
  isRepoFile: (relativePath: string) => boolean,
  workspace: string,
): SourceLocation | undefined {
  const frames = framesIn(test.details ?? '').reverse();
  for (const frame of frames) {
    const file = relativeCandidates(frame.file, workspace).find(isRepoFile);
    if (file !== undefined) return { file, line: frame.line };
  }
  if (test.file !== undefined) {
    const file = relativeCandidates(test.file, workspace).find(isRepoFile);
    if (file !== undefined) {
      // pytest writes the 0-based line of the test function.
      const line = test.line === undefined ? undefined : file.endsWith('.py') ? test.line + 1 : test.line;
      return { file, line };
    }
  }
  const parts = test.classname.split('.').filter(Boolean);
  for (let n = parts.length; n > 0; n--) {
    const candidate = `${parts.slice(0, n).join('/')}.py`;
    if (isRepoFile(candidate)) return { file: candidate, line: undefined };
  }
  return undefined;
}
