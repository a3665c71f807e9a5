import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NO_REQUIREMENTS } from './fixtures.js';
import { describe, expect, it } from 'vitest';
import { applyVisibleDevices, type Device, devicesOf } from '../../../actions/verify-gpu/src/devices.js';
import {
  frameworkProblems,
  parseProbe,
  type ProbeResult,
} from '../../../actions/verify-gpu/src/framework.js';
import {
  diagnose,
  parseList,
  parseQueryCsv,
  parseQueryText,
  QUERY_FIELDS,
  rejectedField,
  valueOf,
} from '../../../actions/verify-gpu/src/nvidia-smi.js';
import {
  compareVersions,
  evaluate,
  type Requirements,
} from '../../../actions/verify-gpu/src/requirements.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'nvidia-smi');
const read = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The body of the first `# $ nvidia-smi <command>` section of a capture. */
function section(capture: string, command: string): string {
  const lines = read(capture).split('\n');
  const start = lines.indexOf(`# $ nvidia-smi ${command}`);
  const end = lines.findIndex((l, i) => i > start + 1 && l.startsWith('####'));
  return lines.slice(start + 2, end).join('\n');
}

const MIG = 'nvidia_gpu_exporter__linux-x86_64__nvidia-h100-mig__590.48.01.txt';

describe('nvidia-smi parsing', () => {
  it("treats nvidia-smi's no-value words as missing", () => {
    for (const v of [
      '[N/A]',
      '[Not Supported]',
      '[Requested functionality has been deprecated]',
      'N/A',
      '',
    ]) {
      expect(valueOf(v)).toBeUndefined();
    }
    expect(valueOf(' 9.0 ')).toBe('9.0');
  });

  it('parses the CSV query, with missing values', () => {
    const { rows, rejected } = parseQueryCsv(
      '0, NVIDIA A100-SXM4-80GB, GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f, 81920, 4, [N/A], 535.104.05, 8.0, 31\n',
      QUERY_FIELDS,
    );
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      {
        index: 0,
        name: 'NVIDIA A100-SXM4-80GB',
        uuid: 'GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f',
        memoryMiB: 81920,
        memoryUsedMiB: 4,
        utilization: undefined,
        driverVersion: '535.104.05',
        computeCapability: '8.0',
        temperature: 31,
      },
    ]);
    expect(rejectedField('Field "compute_cap" is not a valid field to query.\n')).toBe('compute_cap');
  });

  it('never takes a line that is not a GPU row for a GPU', () => {
    const good = '0, NVIDIA A100, GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f, 81920, 4, 0, 535.104.05, 8.0, 31';
    const { rows, rejected } = parseQueryCsv(
      [
        'WARNING: infoROM is corrupted at gpu 0000:41:00.0',
        good,
        '1, NVIDIA A100, not-a-uuid, 81920, 4, 0, 535.104.05, 8.0, 31',
        '2, NVIDIA A100, GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f, 81920',
        'x, NVIDIA A100, GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f, 81920, 4, 0, 535.104.05, 8.0, 31',
        '\u0000\u00ff random bytes, , , , , , , ,',
      ].join('\n'),
      QUERY_FIELDS,
    );
    expect(rows).toHaveLength(1);
    expect(rejected).toHaveLength(5);
  });

  it('reads the CUDA version and MIG slices from a real -q', () => {
    const q = parseQueryText(section(MIG, '-q'));
    expect(q.cudaVersion).toBe('13.1');
    expect(q.driverVersion).toBe('590.48.01');
    expect(q.gpus).toHaveLength(1);
    expect(q.gpus[0]?.migEnabled).toBe(true);
    expect(q.gpus[0]?.mig.map((m) => [m.index, m.memoryMiB, m.memoryUsedMiB])).toEqual([
      [0, 40448, 26],
      [1, 20096, 17],
      [2, expect.any(Number), expect.any(Number)],
      [3, expect.any(Number), expect.any(Number)],
    ]);
    const eight = parseQueryText(read('gpud__nvidia-smi-query.535.161.08.out.0.valid.8xH100.txt'));
    expect(eight.cudaVersion).toBe('12.2');
    expect(eight.gpus.map((g) => g.migEnabled)).toEqual(Array(8).fill(false));
  });

  it('reads MIG UUIDs and profiles from a real -L', () => {
    expect(parseList(section(MIG, '-L'))).toEqual([
      { gpuIndex: 0, index: 0, profile: '3g.40gb', uuid: 'MIG-00000000-0000-0000-0000-000000000000' },
      { gpuIndex: 0, index: 1, profile: '2g.20gb', uuid: 'MIG-00000001-0000-0000-0000-000000000001' },
      { gpuIndex: 0, index: 2, profile: '1g.10gb', uuid: 'MIG-00000002-0000-0000-0000-000000000002' },
      { gpuIndex: 0, index: 3, profile: '1g.10gb', uuid: 'MIG-00000003-0000-0000-0000-000000000003' },
    ]);
  });

  it('diagnoses failures from their words and exit codes', () => {
    expect(diagnose({ exitCode: 0, output: '', missing: false })).toBeUndefined();
    expect(diagnose({ exitCode: null, output: '', missing: true })?.message).toBe(
      'nvidia-smi was not found on PATH',
    );
    expect(
      diagnose({ exitCode: 18, output: read('driver-library-mismatch.stdout.txt'), missing: false })?.hint,
    ).toMatch(/reboot/);
    expect(
      diagnose({ exitCode: 9, output: read('driver-not-loaded.stdout.txt'), missing: false })?.hint,
    ).toMatch(/not loaded/);
    expect(
      diagnose({ exitCode: 14, output: 'WARNING: infoROM is corrupted at gpu 0000:00:04.0', missing: false })
        ?.usable,
    ).toBe(true);
    expect(diagnose({ exitCode: 255, output: '', missing: false })).toMatchObject({
      message: 'nvidia-smi exited with 255',
      usable: false,
    });
  });
});

const gpu = (over: Partial<Device>): Device => ({
  id: '0',
  gpuIndex: 0,
  name: 'NVIDIA A100-SXM4-80GB',
  uuid: 'GPU-aaaa-1111',
  memoryMiB: 81920,
  memoryUsedMiB: 10,
  utilization: 0,
  computeCapability: '8.0',
  temperature: 30,
  mig: undefined,
  ...over,
});

describe('visible devices', () => {
  const devices = [gpu({}), gpu({ id: '1', gpuIndex: 1, uuid: 'GPU-bbbb-2222' })];

  it('follows CUDA_VISIBLE_DEVICES like CUDA does', () => {
    expect(applyVisibleDevices(devices, undefined)).toEqual({ kind: 'all' });
    expect(applyVisibleDevices(devices, 'NoDevFiles').kind).toBe('none');
    const some = applyVisibleDevices(devices, 'GPU-bbbb,0');
    expect(some.kind === 'some' && some.devices.map((d) => d.id)).toEqual(['1', '0']);
    const stops = applyVisibleDevices(devices, '1,7,0');
    expect(stops.kind === 'some' && [stops.devices.map((d) => d.id), stops.unknown]).toEqual([['1'], ['7']]);
    // An ambiguous prefix names no device.
    expect(
      applyVisibleDevices(devices, 'GPU-').kind === 'some' && applyVisibleDevices(devices, 'GPU-'),
    ).toMatchObject({ unknown: ['GPU-'] });
  });

  it('turns a MIG-enabled GPU into its slices', () => {
    const { rows } = parseQueryCsv(
      '0, NVIDIA H100 80GB HBM3, GPU-2f9d1b4c-6e3a-4f7b-9c1d-0a1b2c3d4e5f, 81559, 60, [N/A], 590.48.01, 9.0, 35',
      QUERY_FIELDS,
    );
    const q = parseQueryText(section(MIG, '-q'));
    const devices = devicesOf(rows, q, parseList(section(MIG, '-L')));
    expect(devices.map((d) => [d.id, d.name, d.memoryMiB, d.utilization])).toEqual([
      ['0/0', 'NVIDIA H100 80GB HBM3 MIG 3g.40gb', 40448, undefined],
      ['0/1', 'NVIDIA H100 80GB HBM3 MIG 2g.20gb', 20096, undefined],
      ['0/2', 'NVIDIA H100 80GB HBM3 MIG 1g.10gb', expect.any(Number), undefined],
      ['0/3', 'NVIDIA H100 80GB HBM3 MIG 1g.10gb', expect.any(Number), undefined],
    ]);
  });
});

describe('requirements', () => {
  const none: Requirements = NO_REQUIREMENTS;

  it('compares versions numerically', () => {
    expect(compareVersions('535.104.05', '535.54')).toBe(1);
    expect(compareVersions('12.10', '12.2')).toBe(1);
    expect(compareVersions('12.2', '12.2.0')).toBe(0);
    expect(compareVersions('8.6', '9.0')).toBe(-1);
  });

  it('counts a GPU usable only when it meets every per-GPU requirement', () => {
    const devices = [
      gpu({}),
      gpu({ id: '1', name: 'NVIDIA T4', memoryMiB: 15360, computeCapability: '7.5' }),
    ];
    const v = evaluate(devices, '535.104', '12.2', { ...none, minMemoryMiB: 40_000, minGpus: 1 });
    expect(v.ok).toBe(true);
    expect(v.usable.map((d) => d.id)).toEqual(['0']);
    const two = evaluate(devices, '535.104', '12.2', { ...none, minComputeCapability: '8.0', minGpus: 2 });
    expect(two.problems).toEqual([
      '1 of 2 visible GPUs usable, min-gpus is 2: min-compute-capability: GPU 1 (NVIDIA T4) has 7.5, expected ≥ 8.0',
    ]);
  });

  it('reads max-memory-used as MiB or as a percentage, and knows which failures waiting can fix', () => {
    const busy = gpu({ memoryUsedMiB: 40960, utilization: 90 });
    const v = evaluate([busy], '535', '12.2', {
      ...none,
      maxMemoryUsed: { percent: 10 },
      maxUtilization: 20,
    });
    expect(v.ok).toBe(false);
    expect(v.onlyIdleFailures).toBe(true);
    expect(v.checks.map((c) => c.found)).toEqual(['90%', '50.0% (40.0 GiB)']);
    const hard = evaluate([busy], '535', '12.2', { ...none, maxUtilization: 20, minMemoryMiB: 100_000 });
    expect(hard.onlyIdleFailures).toBe(false);
  });

  it('reports a value nvidia-smi did not give as unknown and not usable', () => {
    const v = evaluate([gpu({ computeCapability: undefined })], undefined, undefined, {
      ...none,
      minComputeCapability: '8.0',
      minCuda: '12.0',
    });
    expect(v.checks.map((c) => c.status)).toEqual(['unknown', 'unknown']);
    expect(v.ok).toBe(false);
  });
});

describe('framework probe', () => {
  const base: ProbeResult = {
    framework: 'torch',
    version: '2.4.0',
    cuda: '12.4',
    available: true,
    count: 1,
    devices: ['H100'],
    smoke: [{ device: 0, ok: true, max_abs_error: 0 }],
    warnings: [],
    error: null,
  };
  const context = { python: 'python', visible: 1, driverCuda: '12.4', smoke: true };

  it('reads the JSON line among other output', () => {
    expect(parseProbe(`noise\nRUNWAY_PROBE ${JSON.stringify(base)}\n`)).toEqual(base);
    expect(parseProbe('Traceback (most recent call last):')).toBeUndefined();
  });

  it('accepts a healthy framework and names each problem', () => {
    expect(frameworkProblems(base, context)).toEqual([]);
    expect(frameworkProblems({ ...base, cuda: '12.6' }, context)[0]).toMatch(
      /built for CUDA 12\.6, newer than the CUDA 12\.4/,
    );
    expect(frameworkProblems({ ...base, smoke: [] }, context)).toEqual(['smoke test ran on 0 of 1 devices']);
    expect(frameworkProblems({ ...base, error: "import: No module named 'torch'" }, context)[0]).toMatch(
      /^torch cannot be imported by python/,
    );
  });
});
