/**
 * The devices CUDA will see, at their edges: MIG slices in place of their GPU only where MIG is on, each
 * slice named by its listed profile and UUID (or its index when nvidia-smi -L did not list it), and
 * CUDA_VISIBLE_DEVICES read as CUDA reads it: indexes, UUIDs and unique prefixes, stopping at the first entry
 * that names nothing.
 */
import { describe, expect, it } from 'vitest';
import { applyVisibleDevices, type Device, devicesOf } from '../../../actions/verify-gpu/src/devices.js';
import type { GpuRow, ListedMig, QueryText } from '../../../actions/verify-gpu/src/nvidia-smi.js';

const row = (index: number, over: Partial<GpuRow> = {}): GpuRow =>
  ({
    index,
    name: 'NVIDIA H100 80GB HBM3',
    uuid: `GPU-${index}aaaaaaa-0000-0000-0000-000000000000`,
    memoryMiB: 81559,
    memoryUsedMiB: 10,
    utilization: 3,
    computeCapability: '9.0',
    temperature: 40,
    ...over,
  }) as GpuRow;

const query = (gpus: QueryText['gpus']): QueryText => ({ gpus }) as QueryText;
const slice = (index: number, memoryMiB: number) => ({ index, memoryMiB, memoryUsedMiB: 1 });

describe('devicesOf', () => {
  it('is each GPU as it is when MIG is off or unknown', () => {
    const devices = devicesOf([row(0), row(1)], undefined, []);
    expect(devices.map((d) => [d.id, d.gpuIndex, d.mig, d.utilization])).toEqual([
      ['0', 0, undefined, 3],
      ['1', 1, undefined, 3],
    ]);
    expect(devices[0]).toEqual({
      id: '0',
      gpuIndex: 0,
      name: 'NVIDIA H100 80GB HBM3',
      uuid: 'GPU-0aaaaaaa-0000-0000-0000-000000000000',
      memoryMiB: 81559,
      memoryUsedMiB: 10,
      utilization: 3,
      computeCapability: '9.0',
      temperature: 40,
      mig: undefined,
    });
    // MIG listed as slices but not enabled: still the whole GPU.
    expect(
      devicesOf([row(0)], query([{ migEnabled: false, mig: [slice(0, 40000)] }]), []).map((d) => d.id),
    ).toEqual(['0']);
  });

  it("is a MIG GPU's slices, with their own memory, profile and UUID, and no utilization", () => {
    const listed: ListedMig[] = [
      { gpuIndex: 0, index: 1, profile: '3g.40gb', uuid: 'MIG-bbbb' },
      { gpuIndex: 0, index: 0, profile: '4g.40gb', uuid: 'MIG-aaaa' },
      { gpuIndex: 1, index: 0, profile: '7g.80gb', uuid: 'MIG-other-gpu' },
    ];
    const devices = devicesOf(
      [row(0), row(1)],
      query([
        { migEnabled: true, mig: [slice(0, 40192), slice(1, 40192)] },
        { migEnabled: false, mig: [] },
      ]),
      listed,
    );
    expect(devices.map((d) => [d.id, d.name, d.uuid, d.mig, d.memoryMiB, d.utilization])).toEqual([
      ['0/0', 'NVIDIA H100 80GB HBM3 MIG 4g.40gb', 'MIG-aaaa', '4g.40gb', 40192, undefined],
      ['0/1', 'NVIDIA H100 80GB HBM3 MIG 3g.40gb', 'MIG-bbbb', '3g.40gb', 40192, undefined],
      ['1', 'NVIDIA H100 80GB HBM3', 'GPU-1aaaaaaa-0000-0000-0000-000000000000', undefined, 81559, 3],
    ]);
    expect(devices[0]).toMatchObject({
      gpuIndex: 0,
      computeCapability: '9.0',
      temperature: 40,
      memoryUsedMiB: 1,
    });
  });

  it('names a slice nvidia-smi -L did not list by its index, with no UUID', () => {
    const devices = devicesOf([row(2)], query([{ migEnabled: true, mig: [slice(5, 10000)] }]), [
      { gpuIndex: 0, index: 5, profile: '1g.10gb', uuid: 'MIG-of-gpu-0' },
    ]);
    expect(devices.map((d) => [d.id, d.name, d.uuid, d.mig])).toEqual([
      ['2/5', 'NVIDIA H100 80GB HBM3 MIG slice 5', '', undefined],
    ]);
  });

  it('is the GPU itself when MIG is on but has no slice yet', () => {
    expect(devicesOf([row(0)], query([{ migEnabled: true, mig: [] }]), []).map((d) => d.id)).toEqual(['0']);
  });

  it('pairs query sections with rows by order, and a missing section is MIG off', () => {
    expect(devicesOf([row(0), row(1)], query([{ migEnabled: false, mig: [] }]), []).map((d) => d.id)).toEqual(
      ['0', '1'],
    );
  });
});

describe('CUDA_VISIBLE_DEVICES', () => {
  const devices: Device[] = devicesOf(
    [row(0, { uuid: 'GPU-abc11111' }), row(1, { uuid: 'GPU-abc22222' }), row(2, { uuid: 'GPU-abd33333' })],
    query([
      { migEnabled: false, mig: [] },
      { migEnabled: true, mig: [slice(0, 1), slice(1, 1)] },
      { migEnabled: false, mig: [] },
    ]),
    [
      { gpuIndex: 1, index: 0, profile: '1g', uuid: 'MIG-x1' },
      { gpuIndex: 1, index: 1, profile: '1g', uuid: 'MIG-x2' },
    ],
  );
  const ids = (value: string | undefined) => {
    const v = applyVisibleDevices(devices, value);
    return v.kind === 'some' ? { ids: v.devices.map((d) => d.id), unknown: v.unknown } : v;
  };

  it('unset shows every device', () => {
    expect(applyVisibleDevices(devices, undefined)).toEqual({ kind: 'all' });
  });

  it.each(['', '  ', '-1', '-1,0', 'NoDevFiles', 'nodevfiles', ' NoDevFiles '])(
    '%j hides every GPU',
    (value) => {
      expect(applyVisibleDevices(devices, value)).toEqual({
        kind: 'none',
        reason: `CUDA_VISIBLE_DEVICES is '${value}', which hides every GPU from CUDA`,
      });
    },
  );

  it.each([
    ['0', ['0'], []],
    ['2,0', ['2', '0'], []],
    [' 2 , 0 ', ['2', '0'], []],
    ['1', ['1/0', '1/1'], []],
    ['0,0', ['0'], []],
    ['GPU-abd33333', ['2'], []],
    ['GPU-abd', ['2'], []],
    ['MIG-x2', ['1/1'], []],
    ['MIG-x', [], ['MIG-x']],
    ['GPU-ab', [], ['GPU-ab']],
    ['0,7,2', ['0'], ['7']],
    ['0,,2', ['0'], ['']],
    ['NoDevFiles2', [], ['NoDevFiles2']],
    ['xNoDevFiles', [], ['xNoDevFiles']],
    ['00', ['0'], []],
  ])('%j shows %j, stopping at %j', (value, shown, unknown) => {
    expect(ids(value)).toEqual({ ids: shown, unknown });
  });

  it('never takes a device with no UUID for a prefix', () => {
    const noUuid = devicesOf([row(0, { uuid: '' })], undefined, []);
    expect(applyVisibleDevices(noUuid, 'G')).toEqual({ kind: 'some', devices: [], unknown: ['G'] });
    // Not for an empty entry either, which every UUID starts with.
    expect(applyVisibleDevices(noUuid, ',')).toEqual({ kind: 'some', devices: [], unknown: [''] });
  });
});
