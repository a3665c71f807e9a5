/** The job summary and the `gpus` output. */
import { SummaryBuilder } from '../../../shared/summary.js';
import type { Device } from './devices.js';
import type { ProbeResult } from './framework.js';
import type { Check } from './requirements.js';

const mib = (n: number | undefined): string =>
  n === undefined ? '–' : n >= 1024 ? `${(n / 1024).toFixed(1)} GiB` : `${n} MiB`;
const ICON: Readonly<Record<Check['status'], string>> = {
  pass: '✅ pass',
  fail: '❌ fail',
  unknown: '⚠️ unknown',
};

export function gpusJson(devices: readonly Device[]): string {
  return JSON.stringify(
    devices.map((d) => ({
      index: d.id,
      name: d.name,
      uuid: d.uuid,
      'memory-mib': d.memoryMiB ?? null,
      'memory-used-mib': d.memoryUsedMiB ?? null,
      utilization: d.utilization ?? null,
      'compute-capability': d.computeCapability ?? null,
      ...(d.mig !== undefined ? { mig: d.mig } : {}),
    })),
  );
}

export interface SummaryInput {
  ok: boolean;
  headline: string;
  devices: readonly Device[];
  usable: readonly Device[];
  driver: string | undefined;
  cuda: string | undefined;
  visibility: string | undefined;
  checks: readonly Check[];
  probe: ProbeResult | undefined;
  problems: readonly string[];
}

export function buildSummary(input: SummaryInput): SummaryBuilder {
  const summary = new SummaryBuilder();
  summary.heading(`${input.ok ? '✅' : '❌'} GPU: ${input.headline}`, 2);
  summary.raw(
    `Driver **${input.driver ?? 'unknown'}**, driver CUDA **${input.cuda ?? 'unknown'}**` +
      (input.visibility ? `; ${input.visibility}` : '') +
      '.',
  );
  if (input.devices.length > 0) {
    summary.table(
      ['GPU', 'Name', 'Memory', 'Used', 'Utilization', 'Compute capability', 'Temperature', 'Usable'],
      input.devices.map((d) => [
        d.id,
        d.name,
        mib(d.memoryMiB),
        mib(d.memoryUsedMiB),
        d.utilization === undefined ? '–' : `${d.utilization}%`,
        d.computeCapability ?? '–',
        d.temperature === undefined ? '–' : `${d.temperature} °C`,
        input.usable.includes(d) ? '✅' : '❌',
      ]),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'center'],
    );
  }
  if (input.checks.length > 0) {
    summary.heading('Requirements', 3);
    summary.table(
      ['Requirement', 'Subject', 'Expected', 'Found', 'Result'],
      input.checks.map((c) => [c.requirement, c.subject, c.expected, c.found, ICON[c.status]]),
    );
  }
  if (input.probe !== undefined) {
    const p = input.probe;
    summary.heading(`Framework: ${p.framework}`, 3);
    summary.table(
      ['Version', 'Built for CUDA', 'Sees GPUs', 'Devices', 'Smoke test'],
      [
        [
          p.version ?? '–',
          p.cuda ?? '–',
          p.error !== null ? `error: ${p.error}` : String(p.count),
          p.devices.join(', ') || '–',
          p.smoke.length === 0 ? '–' : p.smoke.map((s) => `${s.device}: ${s.ok ? '✅' : '❌'}`).join(' '),
        ],
      ],
    );
  }
  if (input.problems.length > 0) {
    summary.heading('Problems', 3);
    summary.raw(
      input.problems
        .map((p) => `- ${p.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)}`)
        .join('\n'),
    );
  }
  return summary;
}
