/**
 * verify-gpu through its committed bundle, with a fake nvidia-smi on PATH that answers from real captures
 * (test/fixtures/nvidia-smi) and the real Python running the real probe against a stand-in torch module.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { havePythonModule, SYSTEM_PYTHON } from '../harness/python.js';
import { type ActionRun, runAction } from '../harness/run-action.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'nvidia-smi');
const FAKE = path.join(import.meta.dirname, '..', 'harness', 'fake-nvidia-smi.mjs');
const FAKE_TORCH = path.join(import.meta.dirname, '..', 'fixtures', 'python', 'fake_torch');
const H100 = 'nvidia_gpu_exporter__linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt';
const MIG = 'nvidia_gpu_exporter__linux-x86_64__nvidia-h100-mig__590.48.01.txt';
const L40S = 'nvidia_gpu_exporter__linux-x86_64__nvidia-l40s__595.80.txt';
const RTX4080 = 'nvidia_gpu_exporter__linux-x86_64__nvidia-geforce-rtx-4080-super__595.71.05.txt';
const H100x8 = 'gpud__nvidia-smi-query.535.161.08.out.0.valid.8xH100.txt';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Scenario {
  capture?: string;
  qtext?: string;
  xml?: string;
  failure?: string;
  exitCode?: number;
  phase?: 1 | 2;
  idleAfter?: number;
  rejectFields?: string[];
}

/** A bin folder with the fake nvidia-smi answering `scenario`; undefined scenario: no nvidia-smi at all. */
function fakeBin(scenario: Scenario | undefined): { PATH: string; FAKE_SMI: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'runway-smi-'));
  dirs.push(dir);
  const resolved: Record<string, unknown> = { calls: path.join(dir, 'calls') };
  for (const [k, v] of Object.entries(scenario ?? {})) {
    resolved[k] = ['capture', 'qtext', 'xml', 'failure'].includes(k) ? path.join(FIXTURES, String(v)) : v;
  }
  writeFileSync(path.join(dir, 'scenario.json'), JSON.stringify(resolved));
  if (scenario !== undefined) {
    writeFileSync(path.join(dir, 'nvidia-smi'), `#!/bin/sh\nexec "${process.execPath}" "${FAKE}" "$@"\n`);
    chmodSync(path.join(dir, 'nvidia-smi'), 0o755);
  }
  // Only the fake and the system folders: a real nvidia-smi elsewhere on PATH must not answer.
  return { PATH: `${dir}:/usr/local/bin:/usr/bin:/bin`, FAKE_SMI: path.join(dir, 'scenario.json') };
}

function verify(
  scenario: Scenario | undefined,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction('verify-gpu', { inputs, env: { ...fakeBin(scenario), ...env } });
}

function failure(run: ActionRun): string {
  expect(run.exitCode).toBe(1);
  expect(run.errors.length).toBeGreaterThanOrEqual(1);
  return run.errors.at(-1)?.message ?? '';
}

describe('verify-gpu on single-GPU captures', () => {
  it('passes an H100 that meets every requirement, with outputs for later steps', async () => {
    const run = await verify(
      { capture: H100 },
      {
        'min-memory': '79GiB',
        'min-compute-capability': '9.0',
        'gpu-name': 'H100|A100',
        'min-driver': '535.104',
        'min-cuda': '12.2',
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'gpu-count': '1',
      'driver-version': '590.48.01',
      'cuda-version': '13.1',
    });
    const [gpu] = JSON.parse(run.outputs.gpus ?? '[]') as Record<string, unknown>[];
    expect(gpu).toMatchObject({
      index: '0',
      name: 'NVIDIA H100 80GB HBM3',
      'memory-mib': 81559,
      'compute-capability': '9.0',
    });
    expect(run.summary).toContain('✅ GPU: 1 usable: NVIDIA H100 80GB HBM3');
    expect(run.summary).toMatch(
      /\| min-memory \| GPU 0 \(NVIDIA H100 80GB HBM3\) \| ≥ 79\.0 GiB \| 79\.6 GiB \| ✅ pass \|/,
    );
  });

  it.each([
    [
      { 'min-memory': '96GiB' },
      'min-memory: GPU 0 (NVIDIA H100 80GB HBM3) has 79.6 GiB, expected ≥ 96.0 GiB',
    ],
    [
      { 'min-compute-capability': '10.0' },
      'min-compute-capability: GPU 0 (NVIDIA H100 80GB HBM3) has 9.0, expected ≥ 10.0',
    ],
    [
      { 'gpu-name': 'A100' },
      'gpu-name: GPU 0 (NVIDIA H100 80GB HBM3) has NVIDIA H100 80GB HBM3, expected matches /A100/',
    ],
    [{ 'min-gpus': '2' }, '1 of 1 visible GPU usable, min-gpus is 2'],
    [{ 'min-driver': '600' }, "min-driver: the driver's version is 590.48.01, expected ≥ 600"],
    [{ 'min-cuda': '13.2' }, "min-cuda: the driver's CUDA version is 13.1, expected ≥ 13.2"],
  ])('fails %j naming the requirement, the GPU and the value', async (inputs, expected) => {
    const run = await verify({ capture: H100 }, inputs);
    expect(failure(run)).toContain(expected);
    expect(run.outputs['gpu-count']).toBe('0');
  });

  it('judges idleness from the load phase, and waits for idle when asked', async () => {
    const busy = await verify({ capture: H100, phase: 2 }, { 'max-utilization': '10' });
    expect(failure(busy)).toMatch(
      /max-utilization: GPU 0 \(NVIDIA H100 80GB HBM3\) has \d+%, expected ≤ 10%/,
    );
    const waited = await verify(
      { capture: H100, idleAfter: 2 },
      { 'max-utilization': '10', 'wait-for-idle': '5s' },
    );
    expect(waited.exitCode).toBe(0);
    expect(waited.log).toMatch(/Idle after/);
  });

  it.each([
    [L40S, 'NVIDIA L40S'],
    [RTX4080, 'NVIDIA GeForce RTX 4080 SUPER'],
  ])('reads %s', async (capture, name) => {
    const run = await verify({ capture }, { 'min-memory': '15GiB' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain(name);
  });

  it('sees MIG slices as devices, with their own memory', async () => {
    const run = await verify({ capture: MIG }, { 'min-memory': '19GiB', 'min-gpus': '2' });
    expect(run.exitCode).toBe(0);
    const gpus = JSON.parse(run.outputs.gpus ?? '[]') as {
      index: string;
      mig?: string;
      'memory-mib': number;
    }[];
    expect(gpus.map((g) => [g.index, g.mig, g['memory-mib']])).toEqual([
      ['0/0', '3g.40gb', 40448],
      ['0/1', '2g.20gb', 20096],
      ['0/2', '1g.10gb', expect.any(Number)],
      ['0/3', '1g.10gb', expect.any(Number)],
    ]);
    expect(run.outputs['gpu-count']).toBe('2');
    const picky = await verify({ capture: MIG }, { 'min-memory': '30GiB', 'min-gpus': '2' });
    expect(failure(picky)).toContain(
      '1 of 4 visible GPUs usable, min-gpus is 2: min-memory: GPU 0/1 (NVIDIA H100 80GB HBM3 MIG 2g.20gb) has 19.6 GiB',
    );
  });

  it('reports utilization it cannot read on a MIG slice as unknown, never as a pass', async () => {
    const run = await verify({ capture: MIG }, { 'max-utilization': '50' });
    expect(failure(run)).toContain(
      'max-utilization: GPU 0/0 (NVIDIA H100 80GB HBM3 MIG 3g.40gb) has not reported by nvidia-smi, expected ≤ 50% (cannot be verified)',
    );
    expect(run.summary).toContain('⚠️ unknown');
  });
});

describe('verify-gpu on multi-GPU hosts', () => {
  it('counts 8 H100s from -q, and reports a compute capability the source lacks as unknown', async () => {
    const run = await verify(
      { qtext: H100x8 },
      { 'min-gpus': '8', 'min-cuda': '12.2', 'min-memory': '79GiB' },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'gpu-count': '8',
      'driver-version': '535.161.08',
      'cuda-version': '12.2',
    });
    const cc = await verify({ qtext: H100x8 }, { 'min-compute-capability': '8.0' });
    expect(failure(cc)).toContain('0 of 8 visible GPUs usable');
  });

  it('reads two GPUs from an XML dump', async () => {
    const run = await verify(
      { xml: 'telegraf__dual_2080-v13.xml' },
      { 'min-gpus': '2', 'gpu-name': 'RTX 2080' },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs['gpu-count']).toBe('2');
  });

  it.each([
    ['1', 0, '1'],
    ['GPU-47daa2ad', 0, '1'],
    ['2,5', 0, '2'],
  ])('applies CUDA_VISIBLE_DEVICES=%s', async (value, exit, count) => {
    const run = await verify({ qtext: H100x8 }, {}, { CUDA_VISIBLE_DEVICES: value });
    expect(run.exitCode).toBe(exit);
    expect(run.outputs['gpu-count']).toBe(count);
  });

  it('fails when CUDA_VISIBLE_DEVICES hides every GPU, or names one that does not exist', async () => {
    expect(failure(await verify({ qtext: H100x8 }, {}, { CUDA_VISIBLE_DEVICES: '' }))).toContain(
      "CUDA_VISIBLE_DEVICES is '', which hides every GPU from CUDA",
    );
    expect(failure(await verify({ qtext: H100x8 }, {}, { CUDA_VISIBLE_DEVICES: '-1' }))).toContain(
      'hides every GPU',
    );
    const partial = await verify({ qtext: H100x8 }, { 'min-gpus': '2' }, { CUDA_VISIBLE_DEVICES: '0,9,1' });
    expect(failure(partial)).toContain('1 of 1 visible GPU usable, min-gpus is 2');
    expect(partial.summary).toContain("CUDA ignores '9' and what follows: no such device");
  });
});

describe('verify-gpu when nvidia-smi cannot help', () => {
  it('says nvidia-smi is missing and what that usually means', async () => {
    const run = await verify(undefined);
    expect(failure(run)).toBe(
      'nvidia-smi was not found on PATH — the NVIDIA driver is not installed on this runner, or the job is not on a GPU runner (check runs-on and the runner labels)',
    );
  });

  it('passes visibly on a CPU-only runner when required is false', async () => {
    const run = await verify(undefined, { required: 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['gpu-count']).toBe('0');
    expect(run.annotations.find((a) => a.level === 'notice')).toMatchObject({
      message: expect.stringMatching(
        /^nvidia-smi was not found on PATH .* Continuing without a GPU because required is false\.$/,
      ) as string,
      properties: { title: 'No usable GPU' },
    });
  });

  it('quotes the driver-not-loaded failure (exit 9)', async () => {
    const run = await verify({ failure: 'driver-not-loaded.stdout.txt', exitCode: 9 });
    expect(failure(run)).toBe(
      "nvidia-smi: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running. — the NVIDIA kernel driver is not loaded, often after a kernel upgrade left it unbuilt: reinstall the driver for the running kernel (dkms) and reboot",
    );
  });

  it('quotes the driver/library mismatch (exit 18) and says to reboot', async () => {
    const run = await verify({ failure: 'driver-library-mismatch.stdout.txt', exitCode: 18 });
    expect(failure(run)).toMatch(
      /^nvidia-smi: Failed to initialize NVML: Driver\/library version mismatch NVML library version: 535\.161 — .*reboot the runner/,
    );
  });

  it('drops compute_cap for an old driver that rejects it, then checks what it can', async () => {
    const run = await verify({ capture: H100, rejectFields: ['compute_cap'] }, { 'min-memory': '16GiB' });
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain(
      'nvidia-smi does not know the field compute_cap (an older driver); querying without it.',
    );
  });

  it.each([
    [
      { 'min-memory': '16' },
      "Input 'min-memory' must be a size with a unit, such as 512MiB, 16GiB or 1.5GB; got '16'.",
    ],
    [
      { 'min-driver': 'latest' },
      "Input 'min-driver' must be a version such as 12.2 or 535.104; got 'latest'.",
    ],
    [
      { 'gpu-name': 'H100(' },
      /^Input 'gpu-name' must be a regular expression such as H100\|A100; 'H100\(' is not/,
    ],
    [{ 'max-utilization': '150' }, "Input 'max-utilization' must be a percentage from 0 to 100; got '150'."],
    [
      { framework: 'tensorflow' },
      "Input 'framework' must be one of none, torch, jax, cupy; got 'tensorflow'.",
    ],
    [
      { 'smoke-test': 'true' },
      "Input 'smoke-test' needs a 'framework' (torch, jax or cupy) to run the matrix product with.",
    ],
  ])('rejects %j', async (inputs, expected) => {
    const run = await verify({ capture: H100 }, inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toMatch(
      typeof expected === 'string'
        ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
        : expected,
    );
  });
});

describe('verify-gpu framework probe (real Python, stand-in torch)', () => {
  const ready = havePythonModule('json');
  // No .pyc next to the committed stand-in: the suite must leave the working tree as it found it.
  const torch = (env: Record<string, string>) => ({
    PYTHONPATH: FAKE_TORCH,
    PYTHONDONTWRITEBYTECODE: '1',
    ...env,
  });
  const inputs = { framework: 'torch', python: SYSTEM_PYTHON };

  it('passes when torch sees the GPU and the smoke test agrees with the CPU', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await verify(
      { capture: H100 },
      { ...inputs, 'smoke-test': 'true' },
      torch({ FAKE_TORCH_DEVICES: 'NVIDIA H100 80GB HBM3', FAKE_TORCH_CUDA: '12.4' }),
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'framework-version': '2.4.0',
      'framework-cuda-version': '12.4',
      'framework-gpu-count': '1',
    });
    expect(run.summary).toContain('| 2.4.0 | 12.4 | 1 | NVIDIA H100 80GB HBM3 | 0: ✅ |');
  });

  it.each([
    [{ FAKE_TORCH_CUDA: 'none', FAKE_TORCH_VERSION: '2.4.0+cpu' }, 'torch 2.4.0+cpu was built without CUDA'],
    [
      { FAKE_TORCH_CUDA: '13.5', FAKE_TORCH_DEVICES: 'H100' },
      'torch 2.4.0 was built for CUDA 13.5, newer than the CUDA 13.1 the driver supports',
    ],
    [
      { FAKE_TORCH_DEVICES: '' },
      'torch 2.4.0 sees no GPU (cuda available: False): CUDA initialization: Found no NVIDIA driver on your system.',
    ],
    [{ FAKE_TORCH_DEVICES: 'a,b' }, 'torch 2.4.0 sees 2 GPUs but nvidia-smi shows 1 visible'],
    [
      { FAKE_TORCH_DEVICES: 'H100', FAKE_TORCH_BROKEN_DEVICE: '0' },
      "smoke test on device 0: the GPU's matrix product differs from the CPU's by 1",
    ],
  ])('fails for %j', async (env, expected) => {
    if (!ready) return; // havePythonModule printed why (and threw, in CI)
    const run = await verify({ capture: H100 }, { ...inputs, 'smoke-test': 'true' }, torch(env));
    expect(failure(run)).toContain(expected);
  });

  it('says when the framework is not installed for that interpreter', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await verify({ capture: H100 }, inputs);
    expect(failure(run)).toMatch(
      /^torch cannot be imported by \/usr\/bin\/python3 \(No module named 'torch'\)/,
    );
  });

  it('says when the python input is not there', async () => {
    const run = await verify({ capture: H100 }, { framework: 'torch', python: 'python9.9' });
    expect(failure(run)).toBe(
      "Input 'python' is 'python9.9', which was not found on PATH: run setup-python first or give the interpreter's path.",
    );
  });
});
