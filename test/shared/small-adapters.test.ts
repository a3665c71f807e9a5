/**
 * The small pieces every action's adapter uses: files found by glob in the workspace, the job summary
 * written (or why not), a program's live lines through the redactor, and the phase timer of the debug log.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findWorkspaceFiles } from '../../shared/find-files.js';
import { writeJobSummary } from '../../shared/job-summary.js';
import { HEARTBEAT_MS, liveLog } from '../../shared/live.js';
import { phaseTimer } from '../../shared/phases.js';
import { SummaryBuilder } from '../../shared/summary.js';
import { parseCommands } from '../harness/commands.js';

let dir = '';
let written = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'runway-adapters-'));
  written = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('findWorkspaceFiles', () => {
  it('finds the files the patterns match, sorted, never in node_modules or .git', async () => {
    const ws = path.join(dir, 'ws');
    // Made in an order that is not the sorted one.
    for (const file of [
      'z.xml',
      'b/report.xml',
      'B.xml',
      'a/report.xml',
      '_.xml',
      'node_modules/pkg/report.xml',
      '.git/report.xml',
      'results/inner.txt',
      'a/other.txt',
      'reports.xml/inner.txt',
    ]) {
      await mkdir(path.dirname(path.join(ws, file)), { recursive: true });
      await writeFile(path.join(ws, file), 'x');
    }
    await writeFile(path.join(dir, 'outside.xml'), 'x');
    // A folder the pattern matches gives what is in it, as @actions/glob does (implicit descendants).
    expect(await findWorkspaceFiles([`${ws}/**/*.xml`], ws)).toEqual(
      ['B.xml', '_.xml', 'a/report.xml', 'b/report.xml', 'reports.xml/inner.txt', 'z.xml'].map((f) =>
        path.join(ws, f),
      ),
    );
    // A folder whose name matches is not a file (what is in it is, as in @actions/glob); a file outside the
    // workspace is never found.
    expect(
      await findWorkspaceFiles([`${ws}/reports.xml`, `${dir}/outside.xml`, `${ws}/a/*.txt`], ws),
    ).toEqual([path.join(ws, 'a/other.txt'), path.join(ws, 'reports.xml/inner.txt')]);
    // A workspace whose name is a prefix of another folder's does not take that folder's files.
    await mkdir(`${ws}2`);
    await writeFile(path.join(`${ws}2`, 'x.xml'), 'x');
    expect(await findWorkspaceFiles([`${ws}2/*.xml`], ws)).toEqual([]);
  });

  it('finds nothing for no patterns, and for patterns that match nothing', async () => {
    expect(await findWorkspaceFiles([], dir)).toEqual([]);
    expect(await findWorkspaceFiles([`${dir}/*.none`], dir)).toEqual([]);
  });
});

describe('writeJobSummary', () => {
  const summary = (text: string): SummaryBuilder => new SummaryBuilder().raw(text);

  it('appends to the step summary file, after what earlier steps wrote', async () => {
    const file = path.join(dir, 'summary.md');
    await writeFile(file, 'earlier step\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    await writeJobSummary(summary('first'));
    await writeJobSummary(summary('second'));
    // Each summary a block of its own: a blank line between them, as GitHub's Markdown needs.
    expect(await readFile(file, 'utf8')).toBe('earlier step\nfirst\n\nsecond\n\n');
  });

  it('says why nothing was written outside a runner', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    await writeJobSummary(summary('lost'));
    expect(written).toBe(
      'No job summary written: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).\n',
    );
  });
});

describe('liveLog', () => {
  it('shows each line in the log as it comes, through the redactor, with a heartbeat each minute', () => {
    const live = liveLog('pytest', ['stdout', 'stderr'], (text) => text.replaceAll('hunter2', '***'));
    expect([live.label, live.streams, live.heartbeatMs, HEARTBEAT_MS]).toEqual([
      'pytest',
      ['stdout', 'stderr'],
      60_000,
      60_000,
    ]);
    live.write('password=hunter2');
    expect(written).toBe('password=***\n');
  });

  it('shows lines as they are without a redactor', () => {
    liveLog('pip', ['stdout']).write('Collecting torch');
    expect(written).toBe('Collecting torch\n');
  });
});

describe('phaseTimer', () => {
  it('logs each phase with the time since the one before, in debug', () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1000);
    const phase = phaseTimer();
    now.mockReturnValue(1250.4);
    phase('read reports');
    now.mockReturnValue(1300.6);
    phase('summary');
    expect(
      parseCommands(written)
        .filter((c) => c.command === 'debug')
        .map((c) => c.message),
    ).toEqual(['read reports: 250 ms', 'summary: 50 ms']);
  });
});
