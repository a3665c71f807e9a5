/** verify-gpu against an nvidia-smi that lies, floods or hangs, through its bundle. */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { running } from '../harness/processes.js';
import { attack, hostileSuite, expectBoundedLines, expectNoLeak, expectRefused } from './hostile.js';

const { c } = hostileSuite();

const ROW =
  '0, NVIDIA A100-SXM4-80GB, GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f, 81920, 4, 0, 535.104.05, 8.0, 31';

/** An `nvidia-smi` on PATH that runs `script` (sh) for every call. */
async function smi(script: string): Promise<Record<string, string>> {
  const bin = path.join(c.root, 'bin');
  await import('node:fs/promises').then((fs) => fs.mkdir(bin, { recursive: true }));
  const file = path.join(bin, 'nvidia-smi');
  await writeFile(file, `#!/bin/sh\n${script}\n`);
  await chmod(file, 0o755);
  return { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}` };
}

describe('verify-gpu counts only what is a GPU', () => {
  it("a driver's WARNING line is not a second GPU: min-gpus 2 fails on one", async () => {
    const env = await smi(
      `case "$1" in --query-gpu=*) echo 'WARNING: infoROM is corrupted at gpu 0000:41:00.0'; echo '${ROW}';; *) echo 'CUDA Version : 12.2';; esac`,
    );
    const run = await attack('verify-gpu', c, { inputs: { 'min-gpus': '2' }, env });
    expectRefused(run, c, { says: /1 usable GPU|at least 2|min-gpus/i });
    expect(
      run.annotations.some((a) => a.level === 'warning' && /not a GPU's row.*infoROM/.test(a.message)),
    ).toBe(true);
  });

  it('random bytes are no GPU at all', async () => {
    const env = await smi(`head -c 4096 /dev/urandom; exit 0`);
    const run = await attack('verify-gpu', c, { env });
    expectRefused(run, c, { says: /GPU/ });
    expectBoundedLines(run);
  });
});

describe('verify-gpu is bounded by its own inputs', () => {
  it('100 MB of output stops nvidia-smi and gives one short error, in bounded memory', async () => {
    const env = await smi(`head -c 100000000 /dev/zero | tr '\\\\0' 'x'`);
    const run = await attack('verify-gpu', c, { env: { ...env, NODE_OPTIONS: '--max-old-space-size=128' } });
    expectRefused(run, c, { says: /nvidia-smi printed far more than any GPU list/, withinMs: 10_000 });
    expect(run.stdout.length).toBeLessThan(200_000);
  });

  it('a hanging nvidia-smi and the child it started are stopped at the timeout, even when they trap TERM', async () => {
    const pids = path.join(c.root, 'pids');
    const env = await smi(
      `trap '' TERM; echo $$ >> ${pids}; (trap '' TERM; echo $(exec sh -c 'echo $PPID') >> ${pids}; sleep 600) & sleep 600`,
    );
    const run = await attack('verify-gpu', c, { inputs: { timeout: '2s' }, env });
    expectRefused(run, c, { says: /nvidia-smi did not answer in time/, withinMs: 8000 });
    const started = (await readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number);
    expect(started.length).toBeGreaterThanOrEqual(2);
    for (const pid of started) expect(await running(pid), `process ${pid} is still running`).toBe(false);
  });

  it('a framework probe that hangs is stopped at framework-timeout', async () => {
    const env = await smi(`case "$1" in --query-gpu=*) echo '${ROW}';; *) echo 'CUDA Version : 12.2';; esac`);
    const python = path.join(c.root, 'bin', 'python-hangs');
    await writeFile(python, "#!/bin/sh\ntrap '' TERM\nsleep 600\n");
    await chmod(python, 0o755);
    const run = await attack('verify-gpu', c, {
      inputs: { framework: 'torch', python, 'framework-timeout': '2s' },
      env,
    });
    expectRefused(run, c, { says: /torch probe did not finish within 'framework-timeout'/, withinMs: 8000 });
    expectNoLeak(run, c);
  });
});
