/**
 * The suite leaves nothing behind: every `runway-*` entry a test makes in the system's temp folder must be
 * gone when the run ends (a leftover is a test that does not clean up, or a step that leaks a file).
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ours = (): Set<string> => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('runway-')));

export default function setup(): () => void {
  const before = ours();
  return () => {
    const left = [...ours()].filter((name) => !before.has(name));
    if (left.length > 0) {
      // A throw here is only logged by vitest: fail the run through its exit code.
      console.error(`The tests left ${left.length} entries in ${tmpdir()}: ${left.slice(0, 10).join(', ')}`);
      process.exitCode = 1;
    }
  };
}
