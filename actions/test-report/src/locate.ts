/**
 * Where a failure happened, as a repository-relative file and line, so its annotation lands on the code:
 * the deepest traceback frame inside the repository first (pytest's `path.py:13: AssertionError`, a JS
 * stack's `(src/a.test.ts:12:5)`), then the report's own `file`/`line`, then the module named by the
 * classname. Every candidate is checked against the repository, so an annotation never points at a file
 * that is not there (site-packages, node_modules, another machine's absolute path).
 */
import { relativeCandidates } from '../../../shared/paths.js';
import type { TestOutcome } from './aggregate.js';

export interface SourceLocation {
  file: string;
  line: number | undefined;
}

const PY_FRAME = /^\s*(\S+?\.py):(\d+):/gm;
const JS_FRAME = /\(?((?:[A-Za-z]:)?[^\s()'"]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\)?/g;

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
