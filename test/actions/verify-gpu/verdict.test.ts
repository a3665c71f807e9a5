/**
 * What verify-gpu tells a user, pinned whole: each check's requirement, subject, expected and found text and
 * status, and each problem line — for the values nvidia-smi reports and for those it leaves out.
 */
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../actions/verify-gpu/src/devices.js';
import { H100, NO_REQUIREMENTS as none } from './fixtures.js';
import {
  compareVersions,
  deviceChecks,
  evaluate,
  hostChecks,
  isVersion,
  type Requirements,
} from '../../../actions/verify-gpu/src/requirements.js';

const h100: Device = H100;
const blank: Device = {
  ...h100,
  id: '1',
  gpuIndex: 1,
  name: 'NVIDIA A10G',
  memoryMiB: undefined,
  memoryUsedMiB: undefined,
  utilization: undefined,
  computeCapability: undefined,
};

describe('versions', () => {
  it('compares every part, the longer one padded with zeros', () => {
    expect(compareVersions('12.4', '12.4.1')).toBe(-1);
    expect(compareVersions('12.4.1', '12.4')).toBe(1);
    expect(compareVersions('12.4.0', '12.4')).toBe(0);
    expect(compareVersions('535', '535.104.05')).toBe(-1);
    expect(compareVersions('12.10', '12.9')).toBe(1);
  });

  it('is a version only when the whole text is dotted numbers', () => {
    expect(isVersion('535.104.05')).toBe(true);
    expect(isVersion('12')).toBe(true);
    for (const text of ['v12.4', '12.4-beta', '12.', 'N/A', '', ' 12.4'])
      expect(isVersion(text), text).toBe(false);
  });
});

describe('device checks', () => {
  const all: Requirements = {
    ...none,
    minMemoryMiB: 40_000,
    minComputeCapability: '8.0',
    gpuName: /H100/,
    maxUtilization: 10,
    maxMemoryUsed: { mib: 2048 },
  };

  it('each requirement becomes one check with what was expected and found', () => {
    expect(deviceChecks(h100, all)).toEqual([
      {
        requirement: 'min-memory',
        subject: 'GPU 0 (NVIDIA H100 80GB HBM3)',
        expected: '≥ 39.1 GiB',
        found: '79.6 GiB',
        status: 'pass',
        idle: false,
      },
      {
        requirement: 'min-compute-capability',
        subject: 'GPU 0 (NVIDIA H100 80GB HBM3)',
        expected: '≥ 8.0',
        found: '9.0',
        status: 'pass',
        idle: false,
      },
      {
        requirement: 'gpu-name',
        subject: 'GPU 0 (NVIDIA H100 80GB HBM3)',
        expected: 'matches /H100/',
        found: 'NVIDIA H100 80GB HBM3',
        status: 'pass',
        idle: false,
      },
      {
        requirement: 'max-utilization',
        subject: 'GPU 0 (NVIDIA H100 80GB HBM3)',
        expected: '≤ 10%',
        found: '3%',
        status: 'pass',
        idle: true,
      },
      {
        requirement: 'max-memory-used',
        subject: 'GPU 0 (NVIDIA H100 80GB HBM3)',
        expected: '≤ 2.0 GiB',
        found: '1.0 GiB',
        status: 'pass',
        idle: true,
      },
    ]);
  });

  it('a value nvidia-smi leaves out is unknown, never a pass; the name is always known', () => {
    const checks = deviceChecks(blank, { ...all, gpuName: /A10G/ });
    expect(checks.map((c) => [c.requirement, c.found, c.status])).toEqual([
      ['min-memory', 'not reported by nvidia-smi', 'unknown'],
      ['min-compute-capability', 'not reported by nvidia-smi', 'unknown'],
      ['gpu-name', 'NVIDIA A10G', 'pass'],
      ['max-utilization', 'not reported by nvidia-smi', 'unknown'],
      ['max-memory-used', 'not reported by nvidia-smi', 'unknown'],
    ]);
  });

  it('memory under 1 GiB is shown in MiB; exactly 1024 MiB as GiB', () => {
    const small = { ...h100, memoryMiB: 1023, memoryUsedMiB: 1024 };
    const checks = deviceChecks(small, { ...none, minMemoryMiB: 512, maxMemoryUsed: { mib: 1024 } });
    expect(checks.map((c) => [c.requirement, c.expected, c.found, c.status])).toEqual([
      ['min-memory', '≥ 512 MiB', '1023 MiB', 'pass'],
      ['max-memory-used', '≤ 1.0 GiB', '1.0 GiB', 'pass'],
    ]);
  });

  it('each limit is inclusive: exactly at it passes, one past it fails', () => {
    const at = (d: Partial<Device>, r: Partial<Requirements>): string | undefined =>
      deviceChecks({ ...h100, ...d }, { ...none, ...r })[0]?.status;
    expect(at({ memoryMiB: 40_000 }, { minMemoryMiB: 40_000 })).toBe('pass');
    expect(at({ memoryMiB: 39_999 }, { minMemoryMiB: 40_000 })).toBe('fail');
    expect(at({ computeCapability: '8.0' }, { minComputeCapability: '8.0' })).toBe('pass');
    expect(at({ computeCapability: '7.5' }, { minComputeCapability: '8.0' })).toBe('fail');
    expect(at({ utilization: 10 }, { maxUtilization: 10 })).toBe('pass');
    expect(at({ utilization: 11 }, { maxUtilization: 10 })).toBe('fail');
    expect(at({ memoryUsedMiB: 2048 }, { maxMemoryUsed: { mib: 2048 } })).toBe('pass');
    expect(at({ memoryUsedMiB: 2049 }, { maxMemoryUsed: { mib: 2048 } })).toBe('fail');
    expect(at({ name: 'Tesla T4' }, { gpuName: /H100/ })).toBe('fail');
  });

  it('a percentage of memory used: shown with the MiB, at the limit passes, unknown without both numbers', () => {
    const check = (d: Partial<Device>) =>
      deviceChecks({ ...h100, ...d }, { ...none, maxMemoryUsed: { percent: 50 } })[0];
    expect(check({ memoryMiB: 2000, memoryUsedMiB: 1000 })).toMatchObject({
      requirement: 'max-memory-used',
      expected: '≤ 50% of memory',
      found: '50.0% (1000 MiB)',
      status: 'pass',
      idle: true,
    });
    expect(check({ memoryMiB: 2000, memoryUsedMiB: 1001 })?.status).toBe('fail');
    for (const d of [{ memoryUsedMiB: undefined }, { memoryMiB: undefined }, { memoryMiB: 0 }])
      expect(check(d)).toMatchObject({ found: 'not reported by nvidia-smi', status: 'unknown' });
  });
});

describe('host checks', () => {
  it('driver and CUDA: pass at the minimum, fail under it, unknown when missing or not a version', () => {
    const r = { ...none, minDriver: '535.104', minCuda: '12.2' };
    expect(hostChecks('535.104', '12.2', r)).toEqual([
      {
        requirement: 'min-driver',
        subject: 'host',
        expected: '≥ 535.104',
        found: '535.104',
        status: 'pass',
        idle: false,
      },
      {
        requirement: 'min-cuda',
        subject: 'host',
        expected: '≥ 12.2',
        found: '12.2',
        status: 'pass',
        idle: false,
      },
    ]);
    expect(hostChecks('535.54', '12.1', r).map((c) => c.status)).toEqual(['fail', 'fail']);
    expect(hostChecks(undefined, 'N/A', r).map((c) => [c.found, c.status])).toEqual([
      ['not reported by nvidia-smi', 'unknown'],
      ['N/A', 'unknown'],
    ]);
    expect(hostChecks('535', '12', none)).toEqual([]);
  });
});

describe('the verdict', () => {
  it('names each host problem: a failed driver or CUDA version, or one that could not be read', () => {
    const v = evaluate([h100], '535.54', undefined, { ...none, minDriver: '535.104', minCuda: '12.2' });
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([
      "min-driver: the driver's version is 535.54, expected ≥ 535.104",
      'min-cuda: nvidia-smi did not report it (not reported by nvidia-smi), so ≥ 12.2 cannot be verified',
    ]);
    expect(evaluate([h100], '535.104', '12.1', { ...none, minCuda: '12.2' }).problems).toEqual([
      "min-cuda: the driver's CUDA version is 12.1, expected ≥ 12.2",
    ]);
  });

  it('too few usable GPUs: counts them and gives each failing check, unknown ones marked', () => {
    const v = evaluate([h100, blank], '535', '12', { ...none, minGpus: 2, minMemoryMiB: 100_000 });
    expect(v.usable).toEqual([]);
    expect(v.problems).toEqual([
      '0 of 2 visible GPUs usable, min-gpus is 2: min-memory: GPU 0 (NVIDIA H100 80GB HBM3) has 79.6 GiB, expected ≥ 97.7 GiB; min-memory: GPU 1 (NVIDIA A10G) has not reported by nvidia-smi, expected ≥ 97.7 GiB (cannot be verified)',
    ]);
  });

  it('one GPU is "GPU", and with no failing check the count alone is said', () => {
    expect(evaluate([], '535', '12', { ...none, minGpus: 1 }).problems).toEqual([
      '0 of 0 visible GPUs usable, min-gpus is 1',
    ]);
    expect(evaluate([h100], '535', '12', { ...none, minGpus: 2 }).problems).toEqual([
      '1 of 1 visible GPU usable, min-gpus is 2',
    ]);
  });

  it('enough usable GPUs is ok even when another fails its checks', () => {
    const v = evaluate([h100, blank], '535', '12', { ...none, minGpus: 1, gpuName: /H100/ });
    expect(v.ok).toBe(true);
    expect(v.usable.map((d) => d.id)).toEqual(['0']);
    expect(v.problems).toEqual([]);
  });

  it('waiting for idle helps only when every failure is an idle one, the host passes and there are enough GPUs', () => {
    const busy = { ...h100, utilization: 90 };
    const idleOnly = { ...none, maxUtilization: 10 };
    expect(evaluate([busy], '535', '12', idleOnly).onlyIdleFailures).toBe(true);
    // Nothing failing: nothing to wait for.
    expect(evaluate([h100], '535', '12', idleOnly).onlyIdleFailures).toBe(false);
    // A failure waiting cannot fix.
    expect(evaluate([busy], '535', '12', { ...idleOnly, minMemoryMiB: 100_000 }).onlyIdleFailures).toBe(
      false,
    );
    // The host fails.
    expect(evaluate([busy], '470', '12', { ...idleOnly, minDriver: '535' }).onlyIdleFailures).toBe(false);
    // Too few GPUs, however idle they become.
    expect(evaluate([busy], '535', '12', { ...idleOnly, minGpus: 2 }).onlyIdleFailures).toBe(false);
  });
});
