/** Whether processes a test caused are still there. */
import { readFile } from 'node:fs/promises';

/** Whether `pid` is a live process (not a zombie waiting to be reaped), looking for up to a second. */
export async function running(pid: number): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    let state: string;
    try {
      state = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.[0] ?? '';
    } catch {
      return false;
    }
    if (state === 'Z') return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
