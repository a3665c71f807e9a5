/** The adapter: inputs → nvidia-smi (and the framework's Python) → checks → outputs, summary, one verdict. */
import * as core from '@actions/core';
import { ActionFailure, ConfigurationError } from '../../../shared/errors.js';
import { execCapture } from '../../../shared/exec.js';
import { liveLog } from '../../../shared/live.js';
import { bounded, excerpt } from '../../../shared/text.js';
import type { Inputs } from '../../../shared/inputs.js';
import { writeJobSummary } from '../../../shared/job-summary.js';
import { runAction } from '../../../shared/run-action.js';
import { formatDuration } from '../../../shared/units.js';
import { applyVisibleDevices, type Device, devicesOf } from './devices.js';
import { type Framework, frameworkProblems, parseProbe, PROBE, type ProbeResult } from './framework.js';
import {
  diagnose,
  type GpuRow,
  parseList,
  parseQueryCsv,
  parseQueryText,
  QUERY_FIELDS,
  type QueryField,
  type QueryText,
  rejectedField,
} from './nvidia-smi.js';
import { buildSummary, gpusJson } from './report.js';
import { evaluate, isVersion, type Requirements, type Verdict } from './requirements.js';

interface Ran {
  exitCode: number | null;
  output: string;
  stdout: string;
  missing: boolean;
  timedOut: boolean;
  overflowed: boolean;
}

/** Far more than nvidia-smi -q prints for a node of 16 GPUs with MIG slices. */
const MAX_OUTPUT = 8 * 1024 * 1024;

async function runCommand(file: string, args: readonly string[], timeoutMs: number): Promise<Ran> {
  // Its output is parsed, not shown; a hung driver call still says it is waiting, once a minute.
  const ran = await execCapture(file, args, {
    timeoutMs,
    maxBuffer: MAX_OUTPUT,
    graceMs: 2000,
    live: liveLog(file.split('/').pop() ?? file, []),
  });
  return {
    exitCode: ran.code,
    output: `${ran.stdout}${ran.stderr}`,
    stdout: ran.stdout,
    missing: ran.missing,
    timedOut: ran.timedOut,
    overflowed: ran.overflowed,
  };
}

function checkVersion(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isVersion(value)) {
    throw new ConfigurationError(
      `Input '${name}' must be a version such as 12.2 or 535.104; got '${value}'.`,
    );
  }
  return value;
}

function readRequirements(inputs: Inputs): Requirements {
  const minGpus = inputs.integer('min-gpus', 1, { min: 1, max: 1024 });
  const minMemory = inputs.optionalSize('min-memory', { min: 1 });
  const minDriver = checkVersion('min-driver', inputs.optionalString('min-driver'));
  const minCuda = checkVersion('min-cuda', inputs.optionalString('min-cuda'));
  const minComputeCapability = checkVersion(
    'min-compute-capability',
    inputs.optionalString('min-compute-capability'),
  );
  const namePattern = inputs.optionalString('gpu-name');
  let gpuName: RegExp | undefined;
  if (namePattern !== undefined) {
    try {
      gpuName = new RegExp(namePattern, 'i');
    } catch (error) {
      throw new ConfigurationError(
        `Input 'gpu-name' must be a regular expression such as H100|A100; '${namePattern}' is not (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  const maxUtilization = inputs.optionalString('max-utilization');
  if (maxUtilization !== undefined && !/^\d+%?$/.test(maxUtilization)) {
    throw new ConfigurationError(
      `Input 'max-utilization' must be a percentage from 0 to 100, such as 10 or 10%; got '${maxUtilization}'.`,
    );
  }
  const utilization = maxUtilization === undefined ? undefined : Number(maxUtilization.replace('%', ''));
  if (utilization !== undefined && utilization > 100) {
    throw new ConfigurationError(
      `Input 'max-utilization' must be a percentage from 0 to 100; got '${maxUtilization ?? ''}'.`,
    );
  }
  const memoryUsed = inputs.optionalString('max-memory-used');
  let maxMemoryUsed: Requirements['maxMemoryUsed'];
  if (memoryUsed !== undefined) {
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(memoryUsed);
    if (percent) maxMemoryUsed = { percent: Number(percent[1]) };
    else {
      const bytes = inputs.optionalSize('max-memory-used');
      if (bytes === undefined) throw new ConfigurationError("Input 'max-memory-used' is required.");
      maxMemoryUsed = { mib: bytes / 2 ** 20 };
    }
  }
  return {
    minGpus,
    minMemoryMiB: minMemory === undefined ? undefined : minMemory / 2 ** 20,
    minDriver,
    minCuda,
    minComputeCapability,
    gpuName,
    maxUtilization: utilization,
    maxMemoryUsed,
  };
}

/** The CSV query, dropping fields an older driver rejects (compute_cap before 510). */
async function queryGpus(timeoutMs: number): Promise<{ ran: Ran; rows: GpuRow[]; rejected: string[] }> {
  let fields: QueryField[] = [...QUERY_FIELDS];
  for (;;) {
    const ran = await runCommand(
      'nvidia-smi',
      [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'],
      timeoutMs,
    );
    const rejected = ran.exitCode !== 0 ? rejectedField(ran.output) : undefined;
    if (rejected !== undefined && fields.includes(rejected as QueryField) && rejected !== 'index') {
      core.info(`nvidia-smi does not know the field ${rejected} (an older driver); querying without it.`);
      fields = fields.filter((f) => f !== rejected);
      continue;
    }
    const parsed =
      ran.exitCode === 0 || ran.exitCode === 14
        ? parseQueryCsv(ran.stdout, fields)
        : { rows: [], rejected: [] };
    return { ran, ...parsed };
  }
}

export async function run(): Promise<void> {
  await runAction('verify-gpu', async ({ inputs }) => {
    const required = inputs.boolean('required', true);
    const requirements = readRequirements(inputs);
    const waitForIdleMs = inputs.duration('wait-for-idle', 0, { max: 24 * 3_600_000 });
    const framework = inputs.enumeration('framework', ['none', 'torch', 'jax', 'cupy'], 'none');
    const python = inputs.optionalString('python') ?? 'python';
    const smoke = inputs.boolean('smoke-test', false);
    const timeoutMs = inputs.duration('timeout', 60_000, { min: 1000, max: 3_600_000 });
    const frameworkTimeoutMs = inputs.duration('framework-timeout', 300_000, { min: 1000, max: 3_600_000 });
    if (smoke && framework === 'none') {
      throw new ConfigurationError(
        "Input 'smoke-test' needs a 'framework' (torch, jax or cupy) to run the matrix product with.",
      );
    }

    /** No usable GPU: gpu-count 0 (what was seen still listed), then fail, or a notice when not required. */
    const noGpu = (message: string, seen: readonly Device[] = [], driver?: string, cuda?: string): void => {
      core.setOutput('gpu-count', '0');
      core.setOutput('gpus', gpusJson(seen));
      core.setOutput('driver-version', driver ?? '');
      core.setOutput('cuda-version', cuda ?? '');
      core.setOutput('framework-version', '');
      core.setOutput('framework-cuda-version', '');
      core.setOutput('framework-gpu-count', '');
      if (required) throw new ActionFailure(message);
      core.notice(`${message}. Continuing without a GPU because required is false.`, {
        title: 'No usable GPU',
      });
    };

    const first = await queryGpus(timeoutMs);
    if (first.rejected.length > 0)
      core.warning(
        `nvidia-smi printed ${first.rejected.length} line${first.rejected.length === 1 ? '' : 's'} that ${first.rejected.length === 1 ? 'is' : 'are'} not a GPU's row, not counted as GPUs: ${excerpt(first.rejected[0] ?? '', 200)}`,
        { title: 'nvidia-smi' },
      );
    const failure = diagnose(first.ran);
    if (failure !== undefined && !failure.usable) {
      const message = `${failure.message} — ${failure.hint}`;
      await writeJobSummary(
        buildSummary({
          ok: false,
          headline: 'nvidia-smi failed',
          devices: [],
          usable: [],
          driver: undefined,
          cuda: undefined,
          visibility: undefined,
          checks: [],
          probe: undefined,
          problems: [message],
        }),
      );
      noGpu(message);
      return;
    }
    if (failure !== undefined) core.warning(`${failure.message} — ${failure.hint}`, { title: 'nvidia-smi' });

    const queried = await runCommand('nvidia-smi', ['-q'], timeoutMs);
    const text: QueryText | undefined =
      queried.exitCode === 0 || queried.exitCode === 14 ? parseQueryText(queried.stdout) : undefined;
    if (text === undefined)
      core.warning(
        `nvidia-smi -q failed (${excerpt(queried.output.trim(), 200)}): the driver's CUDA version and MIG slices are unknown.`,
      );
    const listed =
      text?.gpus.some((g) => g.migEnabled) === true
        ? parseList((await runCommand('nvidia-smi', ['-L'], timeoutMs)).stdout)
        : [];
    const driver = first.rows[0]?.driverVersion ?? text?.driverVersion;
    const cuda = text?.cudaVersion;

    const visibleVar = process.env.CUDA_VISIBLE_DEVICES;
    const nvidiaVisible = process.env.NVIDIA_VISIBLE_DEVICES;
    const pick = (
      rows: GpuRow[],
    ): { devices: Device[]; note: string | undefined; none: string | undefined } => {
      const all = devicesOf(rows, text, listed);
      const visibility = applyVisibleDevices(all, visibleVar);
      if (visibility.kind === 'all') return { devices: all, note: undefined, none: undefined };
      if (visibility.kind === 'none')
        return { devices: [], note: visibility.reason, none: visibility.reason };
      const unknown =
        visibility.unknown.length > 0
          ? ` (CUDA ignores '${visibility.unknown.join(',')}' and what follows: no such device)`
          : '';
      return {
        devices: visibility.devices,
        note: `CUDA_VISIBLE_DEVICES=${visibleVar ?? ''} shows ${visibility.devices.length} of ${all.length}${unknown}`,
        none:
          visibility.devices.length === 0
            ? `CUDA_VISIBLE_DEVICES=${visibleVar ?? ''} names no device on this runner${unknown}`
            : undefined,
      };
    };

    let view = pick(first.rows);
    let verdict: Verdict = evaluate(view.devices, driver, cuda, requirements);
    if (!verdict.ok && verdict.onlyIdleFailures && waitForIdleMs > 0) {
      const started = Date.now();
      core.info(`Waiting up to ${formatDuration(waitForIdleMs)} for the GPUs to be idle enough...`);
      while (!verdict.ok && Date.now() - started < waitForIdleMs) {
        // Every 5s on a real wait; more often for a short one, so a 3s wait still gets several looks.
        const interval = Math.min(5000, Math.max(500, waitForIdleMs / 10));
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(interval, Math.max(0, waitForIdleMs - (Date.now() - started)))),
        );
        view = pick((await queryGpus(timeoutMs)).rows);
        verdict = evaluate(view.devices, driver, cuda, requirements);
      }
      core.info(
        verdict.ok
          ? `Idle after ${formatDuration(Date.now() - started)}.`
          : `Still busy after ${formatDuration(waitForIdleMs)}.`,
      );
    }

    let probe: ProbeResult | undefined;
    const problems = [...verdict.problems];
    if (view.none !== undefined) problems.unshift(view.none);
    else if (view.devices.length === 0) problems.unshift('nvidia-smi lists no GPU');
    if (framework !== 'none' && view.devices.length > 0) {
      probe = await probeFramework(python, framework, smoke, frameworkTimeoutMs);
      if (probe === undefined)
        problems.push(
          `${python} did not answer the ${framework} probe: is it a Python interpreter? (see the log)`,
        );
      else
        problems.push(
          ...frameworkProblems(probe, { python, visible: view.devices.length, driverCuda: cuda, smoke }),
        );
    }

    const ok = problems.length === 0;
    const headline = ok
      ? `${verdict.usable.length} usable: ${[...new Set(verdict.usable.map((d) => d.name))].join(', ')}`
      : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const visibility = [
      view.note,
      nvidiaVisible !== undefined ? `NVIDIA_VISIBLE_DEVICES=${nvidiaVisible}` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    await writeJobSummary(
      buildSummary({
        ok,
        headline,
        devices: view.devices,
        usable: verdict.usable,
        driver,
        cuda,
        visibility: visibility || undefined,
        checks: verdict.checks,
        probe,
        problems,
      }),
    );
    for (const check of verdict.checks.filter((c) => c.status === 'unknown')) {
      core.warning(`${check.requirement} cannot be verified for ${check.subject}: ${check.found}.`, {
        title: 'verify-gpu',
      });
    }
    core.info(
      `Driver ${driver ?? 'unknown'}, CUDA ${cuda ?? 'unknown'}; ${view.devices.length} visible: ${view.devices.map((d) => `${d.id} ${d.name}`).join(', ') || 'none'}`,
    );

    if (!ok) {
      noGpu(problems.join('; '), view.devices, driver, cuda);
      return;
    }
    core.setOutput('gpu-count', String(verdict.usable.length));
    core.setOutput('gpus', gpusJson(view.devices));
    core.setOutput('driver-version', driver ?? '');
    core.setOutput('cuda-version', cuda ?? '');
    core.setOutput('framework-version', probe?.version ?? '');
    core.setOutput('framework-cuda-version', probe?.cuda ?? '');
    core.setOutput('framework-gpu-count', probe === undefined ? '' : String(probe.count));
    core.info(`GPU ready: ${headline}.`);
  });
}

async function probeFramework(
  python: string,
  framework: Framework,
  smoke: boolean,
  timeoutMs: number,
): Promise<ProbeResult | undefined> {
  core.startGroup(`${framework} probe with ${python}`);
  try {
    const ran = await runCommand(python, ['-c', PROBE, framework, smoke ? '1' : '0'], timeoutMs);
    if (ran.timedOut)
      throw new ActionFailure(
        `The ${framework} probe did not finish within 'framework-timeout' and was stopped: importing ${framework} or initialising CUDA hangs.`,
      );
    if (ran.missing) {
      throw new ConfigurationError(
        `Input 'python' is '${python}', which was not found on PATH: run setup-python first or give the interpreter's path.`,
      );
    }
    core.info(bounded(ran.output.trim(), 64 * 1024));
    return parseProbe(ran.output);
  } finally {
    core.endGroup();
  }
}
