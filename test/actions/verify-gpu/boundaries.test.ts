/** verify-gpu's requirements exactly at, below and above their limits, and versions of unequal length. */
import { NO_REQUIREMENTS } from './fixtures.js';
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../actions/verify-gpu/src/devices.js';
import {
  compareVersions,
  evaluate,
  type Requirements,
} from '../../../actions/verify-gpu/src/requirements.js';

const gpu = (over: Partial<Device> = {}): Device => ({
  id: '0',
  gpuIndex: 0,
  name: 'NVIDIA A100-SXM4-80GB',
  uuid: 'GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f',
  memoryMiB: 81920,
  memoryUsedMiB: 10,
  utilization: 5,
  computeCapability: '8.0',
  temperature: 30,
  mig: undefined,
  ...over,
});
const none: Requirements = NO_REQUIREMENTS;
const ok = (r: Partial<Requirements>, devices = [gpu()], driver = '535.104.05', cuda = '12.2') =>
  evaluate(devices, driver, cuda, { ...none, ...r }).ok;

describe('versions of unequal length', () => {
  it('orders 12.4 < 12.4.1 and 535 < 535.104.05, and equal only when every part is', () => {
    expect(compareVersions('12.4', '12.4.1')).toBe(-1);
    expect(compareVersions('12.4.1', '12.4')).toBe(1);
    expect(compareVersions('535', '535.104.05')).toBe(-1);
    expect(compareVersions('12.4', '12.4.0')).toBe(0);
    expect(compareVersions('12.10', '12.9')).toBe(1);
  });

  it('min-cuda and min-driver pass exactly at the minimum and fail just below', () => {
    expect(ok({ minCuda: '12.2' })).toBe(true);
    expect(ok({ minCuda: '12.2.1' })).toBe(false);
    expect(ok({ minCuda: '12.1' })).toBe(true);
    expect(ok({ minDriver: '535.104.05' })).toBe(true);
    expect(ok({ minDriver: '535.104.06' })).toBe(false);
    expect(ok({ minDriver: '535' })).toBe(true);
  });

  it('min-compute-capability at, below and above', () => {
    expect(ok({ minComputeCapability: '8.0' })).toBe(true);
    expect(ok({ minComputeCapability: '8.6' })).toBe(false);
    expect(ok({ minComputeCapability: '7.5' })).toBe(true);
  });
});

describe('per-device limits', () => {
  it('min-memory passes with exactly the memory asked for, fails one MiB short', () => {
    expect(ok({ minMemoryMiB: 81920 })).toBe(true);
    expect(ok({ minMemoryMiB: 81921 })).toBe(false);
  });

  it('max-utilization and max-memory-used pass exactly at the limit, fail one above', () => {
    expect(ok({ maxUtilization: 5 })).toBe(true);
    expect(ok({ maxUtilization: 4 })).toBe(false);
    expect(ok({ maxMemoryUsed: { mib: 10 } })).toBe(true);
    expect(ok({ maxMemoryUsed: { mib: 9 } })).toBe(false);
    expect(ok({ maxMemoryUsed: { percent: 50 } }, [gpu({ memoryMiB: 100, memoryUsedMiB: 50 })])).toBe(true);
    expect(ok({ maxMemoryUsed: { percent: 49.9 } }, [gpu({ memoryMiB: 100, memoryUsedMiB: 50 })])).toBe(
      false,
    );
  });

  it('a value nvidia-smi did not report never passes', () => {
    expect(ok({ minMemoryMiB: 1 }, [gpu({ memoryMiB: undefined })])).toBe(false);
    expect(ok({ minCuda: '11.0' }, [gpu()], '535.104.05', 'N/A')).toBe(false);
  });
});

describe('min-gpus counts usable devices: 0, 1, 2', () => {
  it('needs exactly as many usable GPUs as asked', () => {
    expect(ok({ minGpus: 1 }, [])).toBe(false);
    expect(ok({ minGpus: 1 }, [gpu()])).toBe(true);
    expect(ok({ minGpus: 2 }, [gpu()])).toBe(false);
    expect(ok({ minGpus: 2 }, [gpu(), gpu({ id: '1', gpuIndex: 1 })])).toBe(true);
    expect(
      ok({ minGpus: 2, minMemoryMiB: 81920 }, [gpu(), gpu({ id: '1', gpuIndex: 1, memoryMiB: 40960 })]),
    ).toBe(false);
  });
});
