/**
 * nvidia-smi's outputs at their edges, in the shapes the tool prints them (indentation of `-q` by 4 and 8,
 * CRLF, values with units, its words for "no value"): the CSV rows that count as GPUs and those that do not,
 * MIG mode and slices from `-q`, slices from `-L`, and the field an old driver refuses.
 */
import { describe, expect, it } from 'vitest';
import {
  parseList,
  parseQueryCsv,
  parseQueryText,
  type QueryField,
  rejectedField,
  valueOf,
} from '../../../actions/verify-gpu/src/nvidia-smi.js';

const UUID = 'GPU-5f4d3c2b-1a09-8877-6655-44332211aabb';
const FIELDS: readonly QueryField[] = [
  'index',
  'name',
  'uuid',
  'memory.total',
  'memory.used',
  'utilization.gpu',
  'driver_version',
  'compute_cap',
  'temperature.gpu',
];

describe("nvidia-smi's values", () => {
  it.each([
    ['N/A', undefined],
    ['[N/A]', undefined],
    ['[Not Supported]', undefined],
    ['[Unknown Error]', undefined],
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
    [' 535.104.05 ', '535.104.05'],
    ['[x', '[x'],
    ['N/A/B', 'N/A/B'],
  ])('%j is %j', (raw, value) => {
    expect(valueOf(raw)).toBe(value);
  });
});

describe('CSV rows', () => {
  const csv = (...rows: string[]): string => rows.join('\n');
  const line = (over: Partial<Record<QueryField, string>> = {}): string => {
    const v: Record<string, string> = {
      index: '0',
      name: 'NVIDIA H100 80GB HBM3',
      uuid: UUID,
      'memory.total': '81559 MiB',
      'memory.used': '0 MiB',
      'utilization.gpu': '7 %',
      driver_version: '535.104.05',
      compute_cap: '9.0',
      'temperature.gpu': '41',
      ...over,
    };
    return FIELDS.map((f) => v[f]).join(', ');
  };

  it('reads every field, with or without units, CRLF and blank lines', () => {
    const parsed = parseQueryCsv(
      `${line()}\r\n\r\n${line({ index: '1', 'memory.total': '40960', 'utilization.gpu': '100' })}\r\n`,
      FIELDS,
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        index: 0,
        name: 'NVIDIA H100 80GB HBM3',
        uuid: UUID,
        memoryMiB: 81559,
        memoryUsedMiB: 0,
        utilization: 7,
        driverVersion: '535.104.05',
        computeCapability: '9.0',
        temperature: 41,
      },
      expect.objectContaining({ index: 1, memoryMiB: 40960, utilization: 100 }),
    ]);
  });

  it('reads the words for no value as unknown, and a nameless GPU as unknown GPU', () => {
    const [gpu] = parseQueryCsv(
      line({
        name: '[N/A]',
        'memory.total': '[Not Supported]',
        'utilization.gpu': 'N/A',
        compute_cap: '[N/A]',
        'temperature.gpu': 'hot',
      }),
      FIELDS,
    ).rows;
    expect(gpu).toMatchObject({
      name: 'unknown GPU',
      memoryMiB: undefined,
      utilization: undefined,
      computeCapability: undefined,
      temperature: undefined,
    });
  });

  it.each([
    ['a driver warning', 'WARNING: infoROM is corrupted at gpu 0000:41:00.0'],
    ['a row with a field missing', line().split(', ').slice(0, -1).join(', ')],
    ['a row with a field too many', `${line()}, extra`],
    ['an index that is not a whole number', line({ index: '0a' })],
    ['a negative index', line({ index: '-1' })],
    ['an empty index', line({ index: '' })],
    ['a UUID that is not a GPU UUID', line({ uuid: 'MIG-5f4d3c2b-1a09-8877-6655-44332211aabb' })],
    ['a short UUID', line({ uuid: 'GPU-5f4d3c2b' })],
    ['no UUID', line({ uuid: '' })],
  ])('never counts %s as a GPU', (_what, text) => {
    expect(parseQueryCsv(csv(line(), text), FIELDS)).toEqual({
      rows: [expect.objectContaining({ index: 0 })],
      rejected: [text],
    });
  });

  it('takes an upper-case UUID, and rows without a uuid field when it was not asked for', () => {
    expect(parseQueryCsv(line({ uuid: UUID.toUpperCase() }), FIELDS).rows).toHaveLength(1);
    const fields: QueryField[] = ['index', 'name'];
    expect(parseQueryCsv('3, Tesla T4', fields).rows).toEqual([
      expect.objectContaining({ index: 3, name: 'Tesla T4', uuid: '', memoryMiB: undefined }),
    ]);
    expect(parseQueryCsv('Tesla T4', ['name']).rejected).toEqual(['Tesla T4']);
  });

  it('reads GPU indexes of two digits, and passes over lines of spaces without calling them rejected', () => {
    const parsed = parseQueryCsv(csv(line({ index: '12' }), '   ', '\t'), FIELDS);
    expect(parsed.rows.map((r) => r.index)).toEqual([12]);
    expect(parsed.rejected).toEqual([]);
  });
});

describe('-q text', () => {
  const q = (...lines: string[]): string => lines.join('\n');
  const header = [
    '==============NVSMI LOG==============',
    '',
    'Timestamp                                 : Mon Dec  1 10:00:00 2026',
    'Driver Version                            : 535.104.05',
    'CUDA Version                              : 12.2',
    '',
    'Attached GPUs                             : 2',
  ];
  const migGpu = [
    'GPU 00000000:41:00.0',
    '    Product Name                          : NVIDIA A100-SXM4-40GB',
    '    MIG Mode',
    '        Current                           : Enabled',
    '        Pending                           : Enabled',
    '    MIG Device',
    '        Index                             : 2',
    '        GPU Instance ID                   : 1',
    '        FB Memory Usage',
    '            Total                         : 19968 MiB',
    '            Reserved                      : 0 MiB',
    '            Used                          : 13 MiB',
    '    MIG Device',
    '        Index                             : 5',
    '        Shared FB Memory Usage',
    '            Total                         : 9856 MiB',
    '            Used                          : 7 MiB',
    '        BAR1 Memory Usage',
    '            Total                         : 16384 MiB',
    '            Used                          : 1 MiB',
    '    FB Memory Usage',
    '        Total                             : 40960 MiB',
  ];
  const plainGpu = [
    'GPU 00000000:42:00.0',
    '    MIG Mode',
    '        Current                           : Disabled',
    '    FB Memory Usage',
    '        Total                             : 40960 MiB',
  ];

  it('reads the driver and CUDA versions, each GPU in order, MIG mode and each slice with its memory', () => {
    expect(parseQueryText(q(...header, '', ...migGpu, '', ...plainGpu))).toEqual({
      driverVersion: '535.104.05',
      cudaVersion: '12.2',
      gpus: [
        {
          migEnabled: true,
          mig: [
            { index: 2, memoryMiB: 19968, memoryUsedMiB: 13 },
            { index: 5, memoryMiB: 9856, memoryUsedMiB: 7 },
          ],
        },
        { migEnabled: false, mig: [] },
      ],
    });
  });

  it('reads the same with CRLF line ends', () => {
    const text = q(...header, ...migGpu).replace(/\n/g, '\r\n');
    expect(parseQueryText(text).gpus[0]?.mig.map((s) => s.index)).toEqual([2, 5]);
  });

  it('numbers slices in order when they have no Index, and keeps the count when Index is not a number', () => {
    const text = q(
      'GPU 00000000:41:00.0',
      '    MIG Mode',
      '        Current                           : Enabled',
      '    MIG Device',
      '        GPU Instance ID                   : 1',
      '    MIG Device',
      '        Index                             : N/A',
    );
    expect(parseQueryText(text).gpus[0]?.mig.map((s) => s.index)).toEqual([0, 1]);
  });

  it('takes MIG mode only from its Current line, and only Enabled as on', () => {
    const mode = (current: string, pendingFirst = false): boolean | undefined =>
      parseQueryText(
        q(
          'GPU 0000:01:00.0',
          '    MIG Mode',
          ...(pendingFirst ? ['        Pending                           : Enabled'] : []),
          `        Current                           : ${current}`,
        ),
      ).gpus[0]?.migEnabled;
    expect(mode('Enabled')).toBe(true);
    expect(mode('Disabled', true)).toBe(false);
    // A Pending line after Current does not change it either.
    expect(
      parseQueryText(
        q(
          'GPU 0000:01:00.0',
          '    MIG Mode',
          '        Current                           : Disabled',
          '        Pending                           : Enabled',
        ),
      ).gpus[0]?.migEnabled,
    ).toBe(false);
    expect(mode('N/A')).toBe(false);
    expect(mode('enabled')).toBe(false);
  });

  it('ignores a Current line outside MIG Mode, and slice-like lines outside a MIG Device', () => {
    const text = q(
      'GPU 0000:01:00.0',
      '    Clocks Event Reasons',
      '        Current                           : Enabled',
      '    FB Memory Usage',
      '        Index                             : 9',
      '        Total                             : 1 MiB',
    );
    expect(parseQueryText(text).gpus).toEqual([{ migEnabled: false, mig: [] }]);
  });

  it('ignores indented lines before the first GPU, and GPU-like lines that are no GPU header', () => {
    const text = q(
      '    MIG Mode',
      '        Current                           : Enabled',
      'GPU Count                                 : 1',
      'GPU 0000:01:00.0 extra',
      'Driver Version                            : [N/A]',
    );
    expect(parseQueryText(text)).toEqual({ driverVersion: undefined, cudaVersion: undefined, gpus: [] });
  });

  it('keeps a value that holds colons whole', () => {
    expect(parseQueryText('CUDA Version                              : 12.2:beta').cudaVersion).toBe(
      '12.2:beta',
    );
  });
});

describe('-L text', () => {
  it('lists MIG slices under their GPU, with profile and UUID', () => {
    const text = [
      'GPU 0: NVIDIA A100-SXM4-40GB (UUID: GPU-aaaa)',
      '  MIG 3g.20gb     Device  0: (UUID: MIG-1111)',
      '  MIG 1g.5gb      Device  1: (UUID: MIG-2222)',
      'GPU 1: NVIDIA A100-SXM4-40GB (UUID: GPU-bbbb)',
      'GPU 12: NVIDIA A100-SXM4-40GB (UUID: GPU-cccc)',
      '  MIG 7g.40gb     Device 10: (UUID: MIG-3333)',
      '',
    ].join('\r\n');
    expect(parseList(text)).toEqual([
      { gpuIndex: 0, index: 0, profile: '3g.20gb', uuid: 'MIG-1111' },
      { gpuIndex: 0, index: 1, profile: '1g.5gb', uuid: 'MIG-2222' },
      { gpuIndex: 12, index: 10, profile: '7g.40gb', uuid: 'MIG-3333' },
    ]);
  });

  it('ignores slices before any GPU, and lines that only look like slices', () => {
    const text = [
      '  MIG 3g.20gb     Device  0: (UUID: MIG-orphan)',
      'GPU 0: NVIDIA A100 (UUID: GPU-aaaa)',
      'MIG 3g.20gb     Device  0: (UUID: MIG-not-indented)',
      '  MIG 3g.20gb     Device  x: (UUID: MIG-bad-index)',
      '  MIG 3g.20gb     Device  1: (UUID: GPU-not-mig)',
      '  XMIG 3g.20gb     Device  2: (UUID: MIG-x)',
    ].join('\n');
    expect(parseList(text)).toEqual([]);
  });
});

describe('a field the driver refuses', () => {
  it('is named from its message, and nothing else is', () => {
    expect(rejectedField('Field "compute_cap" is not a valid field to query.\n\n')).toBe('compute_cap');
    expect(
      rejectedField('NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.'),
    ).toBeUndefined();
  });
});
