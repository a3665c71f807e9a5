/**
 * One report file read from disk: the format its first bytes call for, a file larger than one read (the two
 * buffers taking turns), and each way a file can be wrong, named with the file and, for XML, the place.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalsOf } from '../../../actions/coverage-gate/src/model.js';
import { readReport } from '../../../actions/coverage-gate/src/read-report.js';
import { ConfigurationError } from '../../../shared/errors.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'runway-read-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const file = async (name: string, content: string): Promise<string> => {
  const at = path.join(dir, name);
  await writeFile(at, content);
  return at;
};
const cobertura = (lines: string): string =>
  `<?xml version="1.0" ?>\n<coverage version="7.6.0">\n<packages><package name="p"><classes><class name="a.py" filename="a.py"><lines>${lines}</lines></class></classes></package></packages>\n</coverage>\n`;

/** File descriptors this process holds (Linux). */
const openFiles = async (): Promise<number> => (await readdir('/proc/self/fd')).length;

describe('readReport', () => {
  it('closes the file whether it was read or refused', async () => {
    const good = await file('closed.xml', cobertura('<line number="1" hits="1"/>'));
    const bad = await file('closed-bad.xml', '<?xml version="1.0"?>\n<coverage><oops</coverage>\n');
    const empty = await file('closed-empty.xml', '');
    const before = await openFiles();
    for (let i = 0; i < 20; i++) {
      await readReport(good, 'closed.xml');
      await expect(readReport(bad, 'closed-bad.xml')).rejects.toThrow(ConfigurationError);
      await expect(readReport(empty, 'closed-empty.xml')).rejects.toThrow('the file is empty');
    }
    expect(await openFiles()).toBe(before);
  });

  it('reads each format its first bytes call for', async () => {
    const xml = await readReport(await file('c.xml', cobertura('<line number="1" hits="1"/>')), 'c.xml');
    expect(xml.format).toBe('cobertura');
    const lcov = await readReport(await file('l.info', 'SF:a.py\nDA:1,0\nend_of_record\n'), 'l.info');
    expect([lcov.format, totalsOf(lcov.files).linesValid]).toEqual(['lcov', 1]);
    const json = await readReport(
      await file(
        'c.json',
        JSON.stringify({
          meta: { version: '7.6.0', branch_coverage: false },
          files: { 'a.py': { executed_lines: [1], missing_lines: [2], excluded_lines: [] } },
        }),
      ),
      'c.json',
    );
    expect([json.format, totalsOf(json.files).linesCovered]).toEqual(['coveragepy-json', 1]);
  });

  it('reads a report of several megabytes whole, across reads', async () => {
    const lines = Array.from(
      { length: 120_000 },
      (_, i) => `<line number="${i + 1}" hits="${i % 3 === 0 ? 0 : 1}"/>`,
    );
    const big = await file('big.xml', cobertura(lines.join('\n')));
    const parsed = await readReport(big, 'big.xml');
    expect(totalsOf(parsed.files)).toEqual({
      linesValid: 120_000,
      linesCovered: 80_000,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });

  it('names a file that is no report, and an empty one', async () => {
    await expect(readReport(await file('x.txt', 'hello'), 'reports/x.txt')).rejects.toThrow(
      new ConfigurationError('reports/x.txt: not a Cobertura XML, LCOV or coverage.py JSON report'),
    );
    await expect(readReport(await file('empty.xml', ''), 'reports/empty.xml')).rejects.toThrow(
      new ConfigurationError('reports/empty.xml: the file is empty'),
    );
  });

  it('names the line and column where XML stops being well-formed', async () => {
    const broken = await file(
      'broken.xml',
      `${cobertura('<line number="1" hits="1"/>').slice(0, 60)}\n<oops <\n`,
    );
    const error = await readReport(broken, 'reports/broken.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^reports\/broken\.xml:4:\d+: not well-formed XML: /);
  });

  it('tells a reader error as the file and the reason', async () => {
    const beyond = await file('beyond.xml', cobertura('<line number="99999999" hits="1"/>'));
    await expect(readReport(beyond, 'reports/beyond.xml')).rejects.toThrow(
      /^reports\/beyond\.xml: line number 99999999 is beyond \d+: not a line of a source file$/,
    );
  });
});
