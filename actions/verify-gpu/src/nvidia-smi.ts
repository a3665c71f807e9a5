import { oneLine } from '../../../shared/text.js';

/**
 * What nvidia-smi says, parsed: the per-GPU CSV query, `-q` for the driver's CUDA version and MIG slices,
 * `-L` for MIG UUIDs and profiles, and, when it fails, what its words and exit code usually mean.
 */

/** The fields of the CSV query, in order; `compute_cap` needs driver 510 or later and is dropped before that. */
export const QUERY_FIELDS = [
  'index',
  'name',
  'uuid',
  'memory.total',
  'memory.used',
  'utilization.gpu',
  'driver_version',
  'compute_cap',
  'temperature.gpu',
] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export interface GpuRow {
  index: number;
  name: string;
  uuid: string;
  memoryMiB: number | undefined;
  memoryUsedMiB: number | undefined;
  utilization: number | undefined;
  driverVersion: string | undefined;
  computeCapability: string | undefined;
  temperature: number | undefined;
}

/** nvidia-smi's words for "no value": not available, not supported, deprecated, an error reading it. */
export function valueOf(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (text === undefined || text === '' || /^\[.*\]$/.test(text) || text === 'N/A') return undefined;
  return text;
}

function numberOf(raw: string | undefined): number | undefined {
  const text = valueOf(raw)?.replace(/\s*(MiB|%|C|W|MHz)$/i, '');
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export interface QueryRows {
  rows: GpuRow[];
  /** Lines that are not a GPU's row (a driver warning, noise): never counted as a GPU. */
  rejected: string[];
}

/** What a GPU's UUID looks like: `GPU-` and hex groups. */
const GPU_UUID = /^GPU-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

/**
 * `--format=csv,noheader,nounits` rows for the given fields. A row counts only when it has every field asked
 * for, an integer index and a GPU UUID: nvidia-smi also prints lines such as `WARNING: infoROM is corrupted
 * at gpu 0000:41:00.0`, and a line taken for a GPU would let `min-gpus: 2` pass on one.
 */
export function parseQueryCsv(text: string, fields: readonly QueryField[]): QueryRows {
  const rows: GpuRow[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells = line.split(',').map((c) => c.trim());
    const get = (field: QueryField): string | undefined => {
      const i = fields.indexOf(field);
      return i < 0 ? undefined : cells[i];
    };
    const index = get('index');
    const uuid = get('uuid');
    if (
      cells.length !== fields.length ||
      index === undefined ||
      !/^\d+$/.test(index) ||
      (fields.includes('uuid') && (uuid === undefined || !GPU_UUID.test(uuid)))
    ) {
      rejected.push(line);
      continue;
    }
    rows.push({
      index: Number(index),
      name: valueOf(get('name')) ?? 'unknown GPU',
      uuid: valueOf(uuid) ?? '',
      memoryMiB: numberOf(get('memory.total')),
      memoryUsedMiB: numberOf(get('memory.used')),
      utilization: numberOf(get('utilization.gpu')),
      driverVersion: valueOf(get('driver_version')),
      computeCapability: valueOf(get('compute_cap')),
      temperature: numberOf(get('temperature.gpu')),
    });
  }
  return { rows, rejected };
}

/** The field nvidia-smi rejected, from `Field "compute_cap" is not a valid field to query.` */
export function rejectedField(output: string): string | undefined {
  return /Field "([^"]+)" is not a valid field to query/.exec(output)?.[1];
}

export interface MigSlice {
  index: number;
  memoryMiB: number | undefined;
  memoryUsedMiB: number | undefined;
}

export interface QueryText {
  driverVersion: string | undefined;
  cudaVersion: string | undefined;
  /** Per GPU, in the order nvidia-smi lists them. */
  gpus: { migEnabled: boolean; mig: MigSlice[] }[];
}

/** The parts of `nvidia-smi -q` that the CSV query cannot give: the driver's CUDA version and MIG slices. */
export function parseQueryText(text: string): QueryText {
  const result: QueryText = { driverVersion: undefined, cudaVersion: undefined, gpus: [] };
  let gpu: QueryText['gpus'][number] | undefined;
  let slice: MigSlice | undefined;
  let section = '';
  for (const line of text.split(/\r?\n/)) {
    const indent = line.length - line.trimStart().length;
    const [rawKey = '', ...rest] = line.split(':');
    const key = rawKey.trim();
    const value = rest.join(':').trim();
    if (indent === 0) {
      if (key === 'Driver Version') result.driverVersion = valueOf(value);
      else if (key === 'CUDA Version') result.cudaVersion = valueOf(value);
      else if (/^GPU [0-9A-Fa-f:.]+$/.test(line.trim())) {
        gpu = { migEnabled: false, mig: [] };
        result.gpus.push(gpu);
        slice = undefined;
      }
      continue;
    }
    if (gpu === undefined) continue;
    if (indent === 4) {
      section = key;
      if (key === 'MIG Device') {
        slice = { index: gpu.mig.length, memoryMiB: undefined, memoryUsedMiB: undefined };
        gpu.mig.push(slice);
      } else {
        slice = undefined;
      }
      continue;
    }
    if (section === 'MIG Mode' && key === 'Current') gpu.migEnabled = value === 'Enabled';
    if (slice !== undefined) {
      if (indent === 8 && key === 'Index') slice.index = numberOf(value) ?? slice.index;
      if (indent === 8) section = `MIG Device/${key}`;
      if (section === 'MIG Device/Shared FB Memory Usage' || section === 'MIG Device/FB Memory Usage') {
        if (key === 'Total') slice.memoryMiB = numberOf(value);
        if (key === 'Used') slice.memoryUsedMiB = numberOf(value);
      }
    }
  }
  return result;
}

export interface ListedMig {
  gpuIndex: number;
  index: number;
  /** `3g.40gb` */
  profile: string;
  uuid: string;
}

/** MIG slices from `nvidia-smi -L`: `  MIG 3g.40gb     Device  0: (UUID: MIG-…)` under `GPU 0: …`. */
export function parseList(text: string): ListedMig[] {
  const out: ListedMig[] = [];
  let gpuIndex = -1;
  for (const line of text.split(/\r?\n/)) {
    const gpu = /^GPU (\d+):/.exec(line);
    if (gpu) {
      gpuIndex = Number(gpu[1]);
      continue;
    }
    const mig = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: (MIG-[^)]+)\)/.exec(line);
    if (mig && gpuIndex >= 0)
      out.push({ gpuIndex, index: Number(mig[2]), profile: mig[1] ?? '', uuid: mig[3] ?? '' });
  }
  return out;
}

export interface SmiFailure {
  /** One line: what happened, in nvidia-smi's own words where it said any. */
  message: string;
  /** What it usually means and what to do. */
  hint: string;
  /** 14 (infoROM corrupted) still works: PyTorch's CI accepts it. */
  usable: boolean;
}

/** Why nvidia-smi failed, from its exit code and output; undefined when it did not. */
export function diagnose(run: {
  exitCode: number | null;
  output: string;
  missing: boolean;
  timedOut?: boolean;
  overflowed?: boolean;
}): SmiFailure | undefined {
  if (run.timedOut === true) {
    return {
      message: 'nvidia-smi did not answer in time (it was stopped)',
      hint: "the driver may be hung, often on a GPU that fell off the bus (Xid 79 in dmesg): reboot the runner; raise 'timeout' if it is only slow",
      usable: false,
    };
  }
  if (run.overflowed === true) {
    return {
      message: 'nvidia-smi printed far more than any GPU list (it was stopped)',
      hint: 'nvidia-smi on PATH is not the NVIDIA tool, or it is broken: check `command -v nvidia-smi`',
      usable: false,
    };
  }
  if (run.missing) {
    return {
      message: 'nvidia-smi was not found on PATH',
      hint: 'the NVIDIA driver is not installed on this runner, or the job is not on a GPU runner (check runs-on and the runner labels)',
      usable: false,
    };
  }
  if (run.exitCode === 0) return undefined;
  const words = run.output
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  // What it said, quoted short: its output is not ours to flood a log line with.
  const said =
    words === ''
      ? `nvidia-smi exited with ${run.exitCode ?? 'a signal'}`
      : `nvidia-smi: ${oneLine(words, 500)}`;
  if (run.exitCode === 14) {
    return {
      message: said,
      hint: 'exit 14 means the infoROM is corrupted; the GPU usually still works, but have it checked',
      usable: true,
    };
  }
  if (run.exitCode === 18 || /Driver\/library version mismatch/i.test(words)) {
    return {
      message: said,
      hint: 'the loaded kernel module and the user-space NVIDIA libraries differ, usually after a driver upgrade without a reboot: reboot the runner (or reload the nvidia kernel modules)',
      usable: false,
    };
  }
  if (run.exitCode === 9 || /couldn't communicate with the NVIDIA driver/i.test(words)) {
    return {
      message: said,
      hint: 'the NVIDIA kernel driver is not loaded, often after a kernel upgrade left it unbuilt: reinstall the driver for the running kernel (dkms) and reboot',
      usable: false,
    };
  }
  if (/No devices were found/i.test(words) || run.exitCode === 6) {
    return {
      message: said,
      hint: 'the driver is loaded but sees no GPU: check that the instance type has one and that it is not passed to another VM',
      usable: false,
    };
  }
  if (/Insufficient Permissions/i.test(words) || run.exitCode === 4) {
    return {
      message: said,
      hint: 'the runner user may not open /dev/nvidia*: add it to the video group or fix the device permissions',
      usable: false,
    };
  }
  return {
    message: said,
    hint: `exit code ${run.exitCode ?? 'none'}: see NVIDIA's nvidia-smi documentation for its return values`,
    usable: false,
  };
}
