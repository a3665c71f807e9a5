/** What verify-gpu says about the framework, and which GPUs CUDA_VISIBLE_DEVICES leaves, at their edges. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../actions/verify-gpu/src/devices.js';
import { applyVisibleDevices } from '../../../actions/verify-gpu/src/devices.js';
import {
  frameworkProblems,
  parseProbe,
  PROBE,
  type ProbeResult,
} from '../../../actions/verify-gpu/src/framework.js';
import { havePythonModule, SYSTEM_PYTHON } from '../../harness/python.js';
import { H100 } from './fixtures.js';

const probe: ProbeResult = {
  framework: 'torch',
  version: '2.3.0',
  cuda: '12.1',
  available: true,
  count: 1,
  devices: ['NVIDIA H100 80GB HBM3'],
  smoke: [{ device: 0, ok: true, max_abs_error: 0 }],
  warnings: [],
  error: null,
};
const context: { python: string; visible: number; driverCuda: string | undefined; smoke: boolean } = {
  python: '/venv/bin/python',
  visible: 1,
  driverCuda: '12.2',
  smoke: true,
};
const problems = (p: Partial<ProbeResult>, c: Partial<typeof context> = {}): string[] =>
  frameworkProblems({ ...probe, ...p }, { ...context, ...c });

describe('frameworkProblems', () => {
  it('none when the framework sees the GPUs and the smoke test passes', () => {
    expect(problems({})).toEqual([]);
  });

  it('an import failure names the interpreter; another error names the framework and version', () => {
    expect(problems({ error: "import: No module named 'torch'" })).toEqual([
      "torch cannot be imported by /venv/bin/python (No module named 'torch'): install it in the environment the job uses, or point 'python' at that interpreter",
    ]);
    expect(problems({ error: 'CUDA error: out of memory' })).toEqual([
      'torch 2.3.0 failed while probing the GPU: CUDA error: out of memory',
    ]);
    expect(problems({ error: 'boom', version: null })).toEqual(['torch failed while probing the GPU: boom']);
  });

  it('a CPU-only build is one problem, whatever else; JAX reports no CUDA version and is not one', () => {
    expect(problems({ cuda: null, available: false })).toEqual([
      'torch 2.3.0 was built without CUDA: install a CUDA build (for torch, e.g. pip install torch --index-url https://download.pytorch.org/whl/cu124)',
    ]);
    expect(problems({ cuda: '' })).toHaveLength(1);
    expect(problems({ framework: 'jax', cuda: null })).toEqual([]);
  });

  it('a build for a newer CUDA than the driver has: said; the same or older is fine; unknown driver CUDA says nothing', () => {
    expect(problems({ cuda: '12.4' })).toEqual([
      'torch 2.3.0 was built for CUDA 12.4, newer than the CUDA 12.2 the driver supports: upgrade the driver, or install a torch build for CUDA 12.2 or older',
    ]);
    expect(problems({ cuda: '12.2' })).toEqual([]);
    expect(problems({ cuda: '12.4' }, { driverCuda: undefined })).toEqual([]);
  });

  it('sees no GPU (with its warnings), or another count than nvidia-smi', () => {
    expect(problems({ available: false, count: 0, smoke: [] })).toEqual([
      'torch 2.3.0 sees no GPU (cuda available: False)',
    ]);
    expect(
      problems({
        available: false,
        count: 0,
        smoke: [],
        warnings: ['CUDA driver too old.', 'Found no GPU.'],
      }),
    ).toEqual(['torch 2.3.0 sees no GPU (cuda available: False): CUDA driver too old. Found no GPU.']);
    expect(problems({}, { visible: 2 })).toEqual(['torch 2.3.0 sees 1 GPU but nvidia-smi shows 2 visible']);
    expect(problems({ count: 2, smoke: [probe.smoke[0] as never, { device: 1, ok: true }] })).toEqual([
      'torch 2.3.0 sees 2 GPUs but nvidia-smi shows 1 visible',
    ]);
  });

  it('a failed smoke test says why, device by device; fewer devices tested than seen is said; off means unchecked', () => {
    const smoke = [
      { device: 0, ok: false, error: 'CUBLAS_STATUS_EXECUTION_FAILED' },
      { device: 1, ok: false, max_abs_error: 0.5 },
      { device: 2, ok: false },
    ];
    expect(problems({ count: 4, smoke }, { visible: 4 })).toEqual([
      'smoke test on device 0 failed: CUBLAS_STATUS_EXECUTION_FAILED',
      "smoke test on device 1: the GPU's matrix product differs from the CPU's by 0.5 (more than 0.01)",
      "smoke test on device 2: the GPU's matrix product differs from the CPU's by ? (more than 0.01)",
      'smoke test ran on 3 of 4 devices',
    ]);
    expect(problems({ count: 4, smoke }, { visible: 4, smoke: false })).toEqual([]);
  });
});

describe('parseProbe', () => {
  it('reads the probe’s JSON line among other output; nothing when it never printed one, or a broken one', () => {
    const line = `RUNWAY_PROBE ${JSON.stringify(probe)}`;
    expect(parseProbe(`warning: x\r\n${line}\nmore`)).toEqual(probe);
    expect(parseProbe('Traceback (most recent call last):')).toBeUndefined();
    expect(parseProbe('RUNWAY_PROBE {not json')).toBeUndefined();
    expect(parseProbe(` ${line}`)).toBeUndefined();
  });
});

describe('CUDA_VISIBLE_DEVICES', () => {
  const gpu = (index: number, uuid: string): Device => ({
    ...H100,
    id: String(index),
    gpuIndex: index,
    uuid,
  });
  const devices = [gpu(0, 'GPU-aaaa1111'), gpu(1, 'GPU-bbbb2222'), gpu(2, 'GPU-aaaa3333'), gpu(3, '')];

  it('unset is every GPU; empty, -1 or NoDevFiles hide them all', () => {
    expect(applyVisibleDevices(devices, undefined)).toEqual({ kind: 'all' });
    for (const value of ['', ' ', '-1', '-1,0', 'NoDevFiles', ' nodevfiles '])
      expect(applyVisibleDevices(devices, value), value).toEqual({
        kind: 'none',
        reason: `CUDA_VISIBLE_DEVICES is '${value}', which hides every GPU from CUDA`,
      });
  });

  it('indexes and unique UUID prefixes pick GPUs once each, in the order given', () => {
    const v = applyVisibleDevices(devices, ' 1 , GPU-aaaa3, 1');
    expect(v).toEqual({ kind: 'some', devices: [devices[1], devices[2]], unknown: [] });
  });

  it('stops at the first entry that names no device, as CUDA does, and reports it', () => {
    expect(applyVisibleDevices(devices, '0,7,1')).toEqual({
      kind: 'some',
      devices: [devices[0]],
      unknown: ['7'],
    });
    // An ambiguous prefix names no device; a device without a UUID is never matched by one.
    expect(applyVisibleDevices(devices, 'GPU-aaaa,1')).toEqual({
      kind: 'some',
      devices: [],
      unknown: ['GPU-aaaa'],
    });
    expect(applyVisibleDevices(devices, '0,-1')).toEqual({
      kind: 'some',
      devices: [devices[0]],
      unknown: ['-1'],
    });
  });
});

describe('the probe script, under the real Python and a stand-in torch', () => {
  const FAKE_TORCH = path.join(import.meta.dirname, '..', '..', 'fixtures', 'python', 'fake_torch');
  const runProbe = (args: string[], env: Record<string, string>): ProbeResult | undefined => {
    const ran = spawnSync(SYSTEM_PYTHON, ['-c', PROBE, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PYTHONDONTWRITEBYTECODE: '1', ...env },
    });
    return parseProbe(ran.stdout);
  };

  it('says when the framework cannot be imported', () => {
    if (!havePythonModule('json')) return;
    expect(runProbe(['torch', '0'], {})).toMatchObject({
      framework: 'torch',
      available: false,
      error: "import: No module named 'torch'",
    });
  });

  it("reports torch's build and devices, and what it warned of", () => {
    if (!havePythonModule('json')) return;
    expect(runProbe(['torch', '0'], { PYTHONPATH: FAKE_TORCH, FAKE_TORCH_DEVICES: 'GPU A,GPU B' })).toEqual({
      framework: 'torch',
      version: '2.4.0',
      cuda: '12.4',
      available: true,
      count: 2,
      devices: ['GPU A', 'GPU B'],
      smoke: [],
      warnings: [],
      error: null,
    });
    expect(runProbe(['torch', '0'], { PYTHONPATH: FAKE_TORCH, FAKE_TORCH_DEVICES: '' })).toMatchObject({
      available: false,
      count: 0,
      devices: [],
      warnings: ['CUDA initialization: Found no NVIDIA driver on your system.'],
      error: null,
    });
  });

  it('the smoke test compares each GPU with the CPU, and fails the one that differs', () => {
    if (!havePythonModule('json')) return;
    const result = runProbe(['torch', '1'], {
      PYTHONPATH: FAKE_TORCH,
      FAKE_TORCH_DEVICES: 'GPU A',
      FAKE_TORCH_BROKEN_DEVICE: '0',
    });
    expect(result?.smoke).toEqual([{ device: 0, max_abs_error: expect.closeTo(1, 6) as number, ok: false }]);
  }, 60_000);
});
