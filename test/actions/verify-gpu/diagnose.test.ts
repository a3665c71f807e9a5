/** Why nvidia-smi failed, as verify-gpu says it: each exit code and message NVIDIA documents, and the rest. */
import { describe, expect, it } from 'vitest';
import {
  diagnose,
  parseList,
  parseQueryCsv,
  rejectedField,
  valueOf,
} from '../../../actions/verify-gpu/src/nvidia-smi.js';

const run = (
  exitCode: number | null,
  output = '',
  extra: { timedOut?: boolean; overflowed?: boolean; missing?: boolean } = {},
) => diagnose({ exitCode, output, missing: extra.missing ?? false, ...extra });

const HINTS = {
  rom: 'exit 14 means the infoROM is corrupted',
  mismatch: 'the loaded kernel module and the user-space NVIDIA libraries differ',
  driver: 'the NVIDIA kernel driver is not loaded',
  none: 'the driver is loaded but sees no GPU',
  perms: 'the runner user may not open /dev/nvidia*',
};

describe('diagnose', () => {
  it('exit 0 is no failure', () => {
    expect(run(0, 'anything')).toBeUndefined();
  });

  it('a stopped run, an endless one and a missing tool are said before any exit code', () => {
    expect(run(0, '', { timedOut: true })).toEqual({
      message: 'nvidia-smi did not answer in time (it was stopped)',
      hint: "the driver may be hung, often on a GPU that fell off the bus (Xid 79 in dmesg): reboot the runner; raise 'timeout' if it is only slow",
      usable: false,
    });
    expect(run(0, '', { overflowed: true })).toEqual({
      message: 'nvidia-smi printed far more than any GPU list (it was stopped)',
      hint: 'nvidia-smi on PATH is not the NVIDIA tool, or it is broken: check `command -v nvidia-smi`',
      usable: false,
    });
    expect(run(null, '', { missing: true })).toEqual({
      message: 'nvidia-smi was not found on PATH',
      hint: 'the NVIDIA driver is not installed on this runner, or the job is not on a GPU runner (check runs-on and the runner labels)',
      usable: false,
    });
    expect(run(0, '', { timedOut: false, overflowed: false })).toBeUndefined();
    // What it printed over several lines is one line, blank lines and indentation gone.
    expect(run(3, '  first line  \n\n\tsecond line\r\n')?.message).toBe('nvidia-smi: first line second line');
  });

  it.each([
    [14, 'WARNING: infoROM is corrupted at gpu 0000:00:1E.0', 'rom', true],
    [18, 'Failed to initialize NVML: Driver/library version mismatch', 'mismatch', false],
    [255, 'Failed to initialize NVML: Driver/library version mismatch', 'mismatch', false],
    [18, '', 'mismatch', false],
    [9, '', 'driver', false],
    [255, "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.", 'driver', false],
    [6, '', 'none', false],
    [255, 'No devices were found', 'none', false],
    [4, '', 'perms', false],
    [255, 'Failed to initialize NVML: Insufficient Permissions', 'perms', false],
  ] as const)('exit %s with %j: %s', (code, output, hint, usable) => {
    const failure = run(code, output);
    expect(failure?.hint).toContain(HINTS[hint]);
    expect(failure?.usable).toBe(usable);
    expect(failure?.message).toBe(output === '' ? `nvidia-smi exited with ${code}` : `nvidia-smi: ${output}`);
  });

  it('anything else names the exit code, or the signal, and points at NVIDIA’s list', () => {
    expect(run(2, 'odd')).toEqual({
      message: 'nvidia-smi: odd',
      hint: "exit code 2: see NVIDIA's nvidia-smi documentation for its return values",
      usable: false,
    });
    expect(run(null, '')).toEqual({
      message: 'nvidia-smi exited with a signal',
      hint: "exit code none: see NVIDIA's nvidia-smi documentation for its return values",
      usable: false,
    });
  });

  it('quotes the output on one line, blank lines and indentation folded, cut short', () => {
    expect(run(3, '  first  \r\n\n   second\n')?.message).toBe('nvidia-smi: first second');
    const long = run(3, 'x'.repeat(2000))?.message ?? '';
    expect(long.length).toBeLessThan(520);
    expect(long.startsWith('nvidia-smi: xxx')).toBe(true);
  });

  it('reads only the start of a flood of output', () => {
    // The words past 64 KiB are not read: a mismatch said there is not seen.
    const flood = `${'y'.repeat(70 * 1024)}\nDriver/library version mismatch`;
    expect(run(3, flood)?.hint).toContain('exit code 3');
  });
});

describe('reading nvidia-smi’s values', () => {
  it('its words for no value are no value; anything else is kept, trimmed', () => {
    for (const none of [undefined, '', '  ', 'N/A', '[N/A]', '[Not Supported]', '[Unknown Error]'])
      expect(valueOf(none), String(none)).toBeUndefined();
    expect(valueOf(' 535.104.05 ')).toBe('535.104.05');
    expect(valueOf('[x] y')).toBe('[x] y');
    expect(valueOf('x [y]')).toBe('x [y]');
    expect(valueOf('n/a')).toBe('n/a');
  });

  const UUID = 'GPU-12345678-abcd-ef01-2345-6789abcdef01';
  const FIELDS = [
    'index',
    'uuid',
    'name',
    'memory.total',
    'memory.used',
    'utilization.gpu',
    'temperature.gpu',
  ] as const;

  it('CSV rows: units are dropped, a value nvidia-smi cannot read is undefined, a missing name is said', () => {
    const { rows, rejected } = parseQueryCsv(
      `0, ${UUID}, NVIDIA A10G, 23028 MiB, 1 MiB, 0 %, 30 C\n\n1, ${UUID.replace('1234', '4321')}, [N/A], [N/A], N/A, [Not Supported], x\n`,
      FIELDS,
    );
    expect(rejected).toEqual([]);
    expect(rows[0]).toMatchObject({
      index: 0,
      uuid: UUID,
      name: 'NVIDIA A10G',
      memoryMiB: 23028,
      memoryUsedMiB: 1,
      utilization: 0,
      temperature: 30,
    });
    expect(rows[1]).toMatchObject({
      index: 1,
      name: 'unknown GPU',
      memoryMiB: undefined,
      memoryUsedMiB: undefined,
      utilization: undefined,
      temperature: undefined,
    });
  });

  it('CSV rows: a line is a GPU only with every field, a whole-number index and a GPU UUID', () => {
    const lines = [
      'WARNING: infoROM is corrupted at gpu 0000:41:00.0',
      `0, ${UUID}, A10G, 1, 1, 1`,
      `x0, ${UUID}, A10G, 1, 1, 1, 1`,
      `0x, ${UUID}, A10G, 1, 1, 1, 1`,
      `0, MIG-${UUID.slice(4)}, A10G, 1, 1, 1, 1`,
      `0, ${UUID}x, A10G, 1, 1, 1, 1`,
      `0, x${UUID}, A10G, 1, 1, 1, 1`,
    ];
    const { rows, rejected } = parseQueryCsv(lines.join('\n'), FIELDS);
    expect(rows).toEqual([]);
    expect(rejected).toEqual(lines);
    // Without the uuid field asked for, the index alone identifies the row.
    expect(parseQueryCsv('3, A10G', ['index', 'name']).rows[0]).toMatchObject({
      index: 3,
      name: 'A10G',
      uuid: '',
    });
  });

  it('the field an old nvidia-smi refuses is named', () => {
    expect(rejectedField('Field "compute_cap" is not a valid field to query.\n')).toBe('compute_cap');
    expect(rejectedField('something else')).toBeUndefined();
  });

  it('MIG slices from nvidia-smi -L, only under a GPU line', () => {
    const text = [
      '  MIG 1g.10gb     Device  0: (UUID: MIG-orphan)',
      'GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-1)',
      '  MIG 3g.40gb     Device  0: (UUID: MIG-aaa)',
      '  MIG 1g.10gb     Device 12: (UUID: MIG-bbb)',
      'GPU 10: NVIDIA H100 80GB HBM3 (UUID: GPU-2)',
      '  MIG 7g.80gb     Device  0: (UUID: MIG-ccc)',
      'MIG 7g.80gb     Device  1: (UUID: MIG-not-indented)',
    ].join('\r\n');
    expect(parseList(text)).toEqual([
      { gpuIndex: 0, index: 0, profile: '3g.40gb', uuid: 'MIG-aaa' },
      { gpuIndex: 0, index: 12, profile: '1g.10gb', uuid: 'MIG-bbb' },
      { gpuIndex: 10, index: 0, profile: '7g.80gb', uuid: 'MIG-ccc' },
    ]);
  });
});
