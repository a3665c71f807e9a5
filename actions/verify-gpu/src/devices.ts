/**
 * The devices a CUDA program on this runner will see: every GPU, or its MIG slices when MIG is on,
 * narrowed by CUDA_VISIBLE_DEVICES (indexes, GPU- or MIG- UUIDs, unique UUID prefixes as CUDA accepts).
 */
import type { GpuRow, ListedMig, QueryText } from './nvidia-smi.js';

export interface Device {
  /** How people and CUDA_VISIBLE_DEVICES name it: `0`, or `0/1` for MIG slice 1 of GPU 0. */
  id: string;
  gpuIndex: number;
  name: string;
  uuid: string;
  memoryMiB: number | undefined;
  memoryUsedMiB: number | undefined;
  utilization: number | undefined;
  computeCapability: string | undefined;
  temperature: number | undefined;
  /** MIG profile such as `3g.40gb`, for slices. */
  mig: string | undefined;
}

export function devicesOf(
  rows: readonly GpuRow[],
  query: QueryText | undefined,
  listed: readonly ListedMig[],
): Device[] {
  const devices: Device[] = [];
  rows.forEach((row, order) => {
    const info = query?.gpus[order];
    const slices = info?.migEnabled === true ? info.mig : [];
    const gpu: Device = {
      id: String(row.index),
      gpuIndex: row.index,
      name: row.name,
      uuid: row.uuid,
      memoryMiB: row.memoryMiB,
      memoryUsedMiB: row.memoryUsedMiB,
      utilization: row.utilization,
      computeCapability: row.computeCapability,
      temperature: row.temperature,
      mig: undefined,
    };
    if (slices.length === 0) {
      devices.push(gpu);
      return;
    }
    for (const slice of slices) {
      const l = listed.find((m) => m.gpuIndex === row.index && m.index === slice.index);
      devices.push({
        ...gpu,
        id: `${row.index}/${slice.index}`,
        name: `${row.name} MIG ${l?.profile ?? `slice ${slice.index}`}`,
        uuid: l?.uuid ?? '',
        memoryMiB: slice.memoryMiB,
        memoryUsedMiB: slice.memoryUsedMiB,
        // nvidia-smi cannot report utilization for MIG-enabled GPUs.
        utilization: undefined,
        mig: l?.profile,
      });
    }
  });
  return devices;
}

export type Visibility =
  { kind: 'all' } | { kind: 'none'; reason: string } | { kind: 'some'; devices: Device[]; unknown: string[] };

/**
 * Applies CUDA_VISIBLE_DEVICES as CUDA does: unset means all; empty, `-1` or `NoDevFiles` means none; a list
 * stops at the first entry that names no device (CUDA ignores the rest), and that entry is reported.
 */
export function applyVisibleDevices(devices: readonly Device[], value: string | undefined): Visibility {
  if (value === undefined) return { kind: 'all' };
  const entries = value.split(',').map((e) => e.trim());
  if (value.trim() === '' || entries[0] === '-1' || /^NoDevFiles$/i.test(value.trim())) {
    return { kind: 'none', reason: `CUDA_VISIBLE_DEVICES is '${value}', which hides every GPU from CUDA` };
  }
  const chosen: Device[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    // An index names a GPU (all of its slices when MIG is on); a UUID or a unique prefix names one device.
    const byUuid = devices.filter((d) => d.uuid !== '' && d.uuid.startsWith(entry));
    const found = /^\d+$/.test(entry)
      ? devices.filter((d) => d.gpuIndex === Number(entry))
      : byUuid.length === 1
        ? byUuid
        : [];
    if (found.length === 0) {
      unknown.push(entry);
      break;
    }
    for (const device of found) if (!chosen.includes(device)) chosen.push(device);
  }
  return { kind: 'some', devices: chosen, unknown };
}
