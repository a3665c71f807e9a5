/**
 * The requirements a job sets, checked against each visible device and against the host. A device that
 * meets every per-device requirement is usable; the job needs `minGpus` usable devices. A value nvidia-smi
 * cannot report makes its check `unknown`: never a silent pass.
 */
import type { Device } from './devices.js';

export interface Requirements {
  minGpus: number;
  minMemoryMiB: number | undefined;
  minDriver: string | undefined;
  minCuda: string | undefined;
  minComputeCapability: string | undefined;
  gpuName: RegExp | undefined;
  maxUtilization: number | undefined;
  /** Either MiB, or a percentage of the device's memory. */
  maxMemoryUsed: { mib: number } | { percent: number } | undefined;
}

export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface Check {
  requirement: string;
  /** `GPU 0 (NVIDIA H100 80GB HBM3)`, or `host` for driver and CUDA. */
  subject: string;
  expected: string;
  found: string;
  status: CheckStatus;
  /** Idle requirements can change by waiting (wait-for-idle). */
  idle: boolean;
}

/** Compares dotted versions numerically: 535.104.05 > 535.54, 12.10 > 12.2. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function isVersion(text: string): boolean {
  return /^\d+(\.\d+)*$/.test(text);
}

export function describeDevice(d: Device): string {
  return `GPU ${d.id} (${d.name})`;
}

const mib = (n: number): string => (n >= 1024 ? `${(n / 1024).toFixed(1)} GiB` : `${n} MiB`);

export function deviceChecks(device: Device, r: Requirements): Check[] {
  const subject = describeDevice(device);
  const checks: Check[] = [];
  const add = (
    requirement: string,
    expected: string,
    value: string | undefined,
    ok: (() => boolean) | undefined,
    idle = false,
  ): void => {
    const status: CheckStatus = value === undefined || ok === undefined ? 'unknown' : ok() ? 'pass' : 'fail';
    checks.push({
      requirement,
      subject,
      expected,
      found: value ?? 'not reported by nvidia-smi',
      status,
      idle,
    });
  };
  if (r.minMemoryMiB !== undefined) {
    const min = r.minMemoryMiB;
    const total = device.memoryMiB;
    add(
      'min-memory',
      `≥ ${mib(min)}`,
      total === undefined ? undefined : mib(total),
      total === undefined ? undefined : () => total >= min,
    );
  }
  if (r.minComputeCapability !== undefined) {
    const min = r.minComputeCapability;
    const cc = device.computeCapability;
    add(
      'min-compute-capability',
      `≥ ${min}`,
      cc,
      cc === undefined ? undefined : () => compareVersions(cc, min) >= 0,
    );
  }
  if (r.gpuName !== undefined) {
    const pattern = r.gpuName;
    add('gpu-name', `matches /${pattern.source}/`, device.name, () => pattern.test(device.name));
  }
  if (r.maxUtilization !== undefined) {
    const max = r.maxUtilization;
    const u = device.utilization;
    add(
      'max-utilization',
      `≤ ${max}%`,
      u === undefined ? undefined : `${u}%`,
      u === undefined ? undefined : () => u <= max,
      true,
    );
  }
  if (r.maxMemoryUsed !== undefined) {
    const limit = r.maxMemoryUsed;
    const used = device.memoryUsedMiB;
    const total = device.memoryMiB;
    if ('mib' in limit) {
      add(
        'max-memory-used',
        `≤ ${mib(limit.mib)}`,
        used === undefined ? undefined : mib(used),
        used === undefined ? undefined : () => used <= limit.mib,
        true,
      );
    } else {
      const percent =
        used === undefined || total === undefined || total === 0 ? undefined : (used / total) * 100;
      add(
        'max-memory-used',
        `≤ ${limit.percent}% of memory`,
        percent === undefined ? undefined : `${percent.toFixed(1)}% (${mib(used ?? 0)})`,
        percent === undefined ? undefined : () => percent <= limit.percent,
        true,
      );
    }
  }
  return checks;
}

export function hostChecks(driver: string | undefined, cuda: string | undefined, r: Requirements): Check[] {
  const checks: Check[] = [];
  for (const [requirement, min, value] of [
    ['min-driver', r.minDriver, driver],
    ['min-cuda', r.minCuda, cuda],
  ] as const) {
    if (min === undefined) continue;
    checks.push({
      requirement,
      subject: 'host',
      expected: `≥ ${min}`,
      found: value ?? 'not reported by nvidia-smi',
      status:
        value === undefined || !isVersion(value)
          ? 'unknown'
          : compareVersions(value, min) >= 0
            ? 'pass'
            : 'fail',
      idle: false,
    });
  }
  return checks;
}

export interface Verdict {
  checks: Check[];
  usable: Device[];
  ok: boolean;
  /** One line per problem, naming the requirement, the GPU and the value found. */
  problems: string[];
  /** Whether every failure is one that waiting for idle could fix. */
  onlyIdleFailures: boolean;
}

export function evaluate(
  devices: readonly Device[],
  driver: string | undefined,
  cuda: string | undefined,
  r: Requirements,
): Verdict {
  const host = hostChecks(driver, cuda, r);
  const perDevice = devices.map((d) => ({ device: d, checks: deviceChecks(d, r) }));
  const usable = perDevice.filter((p) => p.checks.every((c) => c.status === 'pass')).map((p) => p.device);
  const checks = [...host, ...perDevice.flatMap((p) => p.checks)];
  const problems: string[] = [];
  for (const c of host) {
    if (c.status === 'fail')
      problems.push(
        `${c.requirement}: the driver's ${c.requirement === 'min-cuda' ? 'CUDA version' : 'version'} is ${c.found}, expected ${c.expected}`,
      );
    if (c.status === 'unknown')
      problems.push(
        `${c.requirement}: nvidia-smi did not report it (${c.found}), so ${c.expected} cannot be verified`,
      );
  }
  if (usable.length < r.minGpus) {
    const reasons = perDevice
      .flatMap((p) => p.checks.filter((c) => c.status !== 'pass'))
      .map(
        (c) =>
          `${c.requirement}: ${c.subject} has ${c.found}, expected ${c.expected}${c.status === 'unknown' ? ' (cannot be verified)' : ''}`,
      );
    const counted = `${usable.length} of ${devices.length} visible GPU${devices.length === 1 ? '' : 's'} usable, min-gpus is ${r.minGpus}`;
    problems.push(reasons.length > 0 ? `${counted}: ${reasons.join('; ')}` : counted);
  }
  const failing = checks.filter((c) => c.status !== 'pass');
  return {
    checks,
    usable,
    ok: problems.length === 0,
    problems,
    // The host's checks are among them and never idle: a host that fails is no idle failure.
    onlyIdleFailures: failing.length > 0 && failing.every((c) => c.idle) && devices.length >= r.minGpus,
  };
}
