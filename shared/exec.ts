/** Runs a program and captures its output, without throwing: the caller reads the exit code. */
import { execFile } from 'node:child_process';

export interface Executed {
  /** The exit code; null when it was killed by a signal or timed out. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** The program was not found (ENOENT). */
  missing: boolean;
}

export function execCapture(
  file: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number; maxBuffer?: number } = {},
): Promise<Executed> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        encoding: 'utf8',
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
      },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : null,
          stdout,
          stderr,
          missing: error !== null && error.code === 'ENOENT',
        });
      },
    );
  });
}
