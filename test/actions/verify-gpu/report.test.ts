/** verify-gpu's job summary and `gpus` output, pinned as a user reads them. */
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../actions/verify-gpu/src/devices.js';
import { H100 } from './fixtures.js';
import { buildSummary, gpusJson, type SummaryInput } from '../../../actions/verify-gpu/src/report.js';

const h100: Device = { ...H100, memoryUsedMiB: 512 };
const slice: Device = {
  ...h100,
  id: '0/1',
  name: 'NVIDIA H100 80GB HBM3 MIG 3g.40gb',
  uuid: 'MIG-1',
  memoryMiB: undefined,
  memoryUsedMiB: undefined,
  utilization: undefined,
  computeCapability: undefined,
  temperature: undefined,
  mig: '3g.40gb',
};
const base: SummaryInput = {
  ok: true,
  headline: '1 of 1 GPU usable',
  devices: [h100],
  usable: [h100],
  driver: '535.104.05',
  cuda: '12.2',
  visibility: undefined,
  checks: [],
  probe: undefined,
  problems: [],
};

describe('gpusJson', () => {
  it('lists each device with nulls for what nvidia-smi did not report, and the MIG profile only for slices', () => {
    expect(JSON.parse(gpusJson([h100, slice]))).toEqual([
      {
        index: '0',
        name: 'NVIDIA H100 80GB HBM3',
        uuid: 'GPU-1',
        'memory-mib': 81559,
        'memory-used-mib': 512,
        utilization: 3,
        'compute-capability': '9.0',
      },
      {
        index: '0/1',
        name: 'NVIDIA H100 80GB HBM3 MIG 3g.40gb',
        uuid: 'MIG-1',
        'memory-mib': null,
        'memory-used-mib': null,
        utilization: null,
        'compute-capability': null,
        mig: '3g.40gb',
      },
    ]);
  });
});

describe('buildSummary', () => {
  it('exactly 1 GiB is shown in GiB, just under in MiB', () => {
    const text = buildSummary({
      ...base,
      devices: [{ ...h100, memoryMiB: 1024, memoryUsedMiB: 1023 }],
    }).render();
    expect(text).toContain('| 1.0 GiB | 1023 MiB |');
  });

  it('a passing run: the headline, the driver, and one row per GPU', () => {
    const text = buildSummary(base).render();
    expect(text).toContain('## ✅ GPU: 1 of 1 GPU usable');
    expect(text).toContain('Driver **535.104.05**, driver CUDA **12.2**.');
    expect(text).toContain(
      '| GPU | Name | Memory | Used | Utilization | Compute capability | Temperature | Usable |',
    );
    expect(text).toContain('| 0 | NVIDIA H100 80GB HBM3 | 79.6 GiB | 512 MiB | 3% | 9.0 | 30 °C | ✅ |');
    // Names left, numbers right, the verdict centred.
    expect(text).toContain('| --- | --- | ---: | ---: | ---: | ---: | ---: | :---: |');
    expect(text).not.toContain('### Requirements');
    expect(text).not.toContain('### Problems');
    expect(text).not.toContain('### Framework');
  });

  it('a failing run: unknown values as –, the visibility, the requirements, the framework and the problems', () => {
    const text = buildSummary({
      ...base,
      ok: false,
      headline: 'no usable GPU',
      devices: [h100, slice],
      usable: [],
      driver: undefined,
      cuda: undefined,
      visibility: 'CUDA_VISIBLE_DEVICES=0',
      checks: [
        {
          requirement: 'min-memory',
          subject: 'GPU 0',
          expected: '≥ 90 GiB',
          found: '79.6 GiB',
          status: 'fail',
          idle: false,
        },
        {
          requirement: 'max-utilization',
          subject: 'GPU 0/1',
          expected: '≤ 5%',
          found: 'not reported by nvidia-smi',
          status: 'unknown',
          idle: true,
        },
        {
          requirement: 'gpu-name',
          subject: 'GPU 0',
          expected: 'matches /H100/',
          found: 'NVIDIA H100',
          status: 'pass',
          idle: false,
        },
      ],
      probe: {
        framework: 'torch',
        version: '2.3.0',
        cuda: '12.1',
        available: true,
        count: 1,
        devices: ['NVIDIA H100 80GB HBM3', 'NVIDIA H100 80GB HBM3'],
        smoke: [
          { device: 0, ok: true },
          { device: 1, ok: false },
        ],
        warnings: [],
        error: null,
      },
      problems: ['min-memory: GPU 0 has 79.6 GiB, expected ≥ 90 GiB', 'a <b> & c'],
    }).render();
    expect(text).toContain('## ❌ GPU: no usable GPU');
    expect(text).toContain('Driver **unknown**, driver CUDA **unknown**; CUDA_VISIBLE_DEVICES=0.');
    expect(text).toContain('| 0/1 | NVIDIA H100 80GB HBM3 MIG 3g.40gb | – | – | – | – | – | ❌ |');
    expect(text).toContain('### Requirements');
    expect(text).toContain('| Requirement | Subject | Expected | Found | Result |');
    expect(text).toContain('| min-memory | GPU 0 | ≥ 90 GiB | 79.6 GiB | ❌ fail |');
    expect(text).toContain('| max-utilization | GPU 0/1 | ≤ 5% | not reported by nvidia-smi | ⚠️ unknown |');
    expect(text).toContain('| gpu-name | GPU 0 | matches /H100/ | NVIDIA H100 | ✅ pass |');
    expect(text).toContain('### Framework: torch');
    expect(text).toContain('| Version | Built for CUDA | Sees GPUs | Devices | Smoke test |');
    expect(text).toContain(
      '| 2.3.0 | 12.1 | 1 | NVIDIA H100 80GB HBM3, NVIDIA H100 80GB HBM3 | 0: ✅ 1: ❌ |',
    );
    expect(text).toContain('### Problems');
    expect(text).toContain('- min-memory: GPU 0 has 79.6 GiB, expected ≥ 90 GiB\n- a &lt;b&gt; &amp; c');
  });

  it('a framework that failed to load: its error in place of the count, – for what it could not say', () => {
    const text = buildSummary({
      ...base,
      devices: [],
      usable: [],
      probe: {
        framework: 'jax',
        version: null,
        cuda: null,
        available: false,
        count: 0,
        devices: [],
        smoke: [],
        warnings: [],
        error: 'No module named jax',
      },
    }).render();
    expect(text).not.toContain('| GPU | Name |');
    expect(text).toContain('| – | – | error: No module named jax | – | – |');
  });
});
