/** Files a workflow points an action at: only regular files inside the workspace or the runner's folders. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  outputFile,
  regularFile,
  regularFiles,
  runnerRoots,
  shownName,
} from '../../shared/workspace-file.js';

const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'runway-wsfile-')));
afterAll(() => rmSync(top, { recursive: true, force: true }));
const ws = path.join(top, 'ws');
const temp = path.join(top, 'temp');
const outside = path.join(top, 'outside');
for (const d of [ws, temp, outside, path.join(ws, 'dir')]) mkdirSync(d, { recursive: true });
writeFileSync(path.join(ws, 'report.xml'), 'x');
writeFileSync(path.join(outside, 'secret'), 'SECRET');
writeFileSync(path.join(temp, 'runner.txt'), 'x');
symlinkSync(path.join(outside, 'secret'), path.join(ws, 'escape'));
symlinkSync(path.join(ws, 'report.xml'), path.join(ws, 'inside-link'));
symlinkSync(path.join(ws, 'gone'), path.join(ws, 'dangling'));
symlinkSync('/dev/null', path.join(ws, 'device'));
const roots = { workspace: ws, others: [temp, undefined] };

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('regularFile', () => {
  it('a file in the workspace, relative or absolute, or through a link inside it; a file in the runner’s temp', async () => {
    expect(await regularFile('report.xml', "Input 'files'", roots)).toBe(path.join(ws, 'report.xml'));
    expect(await regularFile(path.join(ws, 'report.xml'), "Input 'files'", roots)).toBe(
      path.join(ws, 'report.xml'),
    );
    expect(await regularFile('inside-link', "Input 'files'", roots)).toBe(path.join(ws, 'report.xml'));
    expect(await regularFile(path.join(temp, 'runner.txt'), "Input 'files'", roots)).toBe(
      path.join(temp, 'runner.txt'),
    );
  });

  it.each([
    ['missing.xml', 'does not exist'],
    ['dangling', 'is a link to nothing'],
    ['dir', 'is a folder, not a file'],
    ['device', 'is not a regular file (a device, a pipe or a socket)'],
    ['escape', 'is outside the workspace (or a link to a file outside it)'],
    ['../outside/secret', 'is outside the workspace (or a link to a file outside it)'],
  ])('%s: %s, never quoting the file', async (name, why) => {
    const message = await refusal(regularFile(name, "Input 'config'", roots));
    expect(message).toBe(`Input 'config' names '${name}', which ${why}.`);
    expect(message).not.toContain('SECRET');
  });

  it('an empty root is none, not the current folder', async () => {
    const here = path.join(process.cwd(), 'package.json');
    const message = await refusal(regularFile(here, "Input 'files'", { workspace: ws, others: [''] }));
    expect(message).toBe(
      `Input 'files' names '${here}', which is outside the workspace (or a link to a file outside it).`,
    );
  });

  it('a workspace named with a trailing part of another folder is not that folder', async () => {
    const sibling = `${ws}-other`;
    mkdirSync(sibling, { recursive: true });
    writeFileSync(path.join(sibling, 'f'), 'x');
    expect(await refusal(regularFile(path.join(sibling, 'f'), 'X', { workspace: ws }))).toContain(
      'is outside the workspace',
    );
  });

  it('the runner’s roots come from RUNNER_TEMP and RUNNER_TOOL_CACHE; a long or multi-line name is shown on one line', () => {
    const saved = [process.env.RUNNER_TEMP, process.env.RUNNER_TOOL_CACHE];
    process.env.RUNNER_TEMP = '/t';
    process.env.RUNNER_TOOL_CACHE = '/c';
    expect(runnerRoots('/w')).toEqual({ workspace: '/w', others: ['/t', '/c'] });
    [process.env.RUNNER_TEMP, process.env.RUNNER_TOOL_CACHE] = saved;
    expect(shownName('a\nb')).toBe('a b');
    expect(shownName('x'.repeat(201))).toBe(`${'x'.repeat(200)}…`);
  });
});

describe('outputFile', () => {
  it('makes the folders for a new file inside the workspace or the runner’s temp', async () => {
    expect(await outputFile('out/deep/summary.json', "Input 'summary-json'", roots)).toBe(
      path.join(ws, 'out/deep/summary.json'),
    );
    expect(await outputFile(path.join(temp, 'x/y.json'), 'X', roots)).toBe(path.join(temp, 'x/y.json'));
    expect(await outputFile('report.xml', 'X', roots)).toBe(path.join(ws, 'report.xml'));
  });

  it.each([
    ['../outside/new.json', 'is outside the workspace and the runner’s temp folder'],
    ['escape-dir/new.json', 'is outside the workspace and the runner’s temp folder'],
    ['dir', 'is a folder'],
    ['device', 'is not a regular file (a device, a pipe or a socket)'],
    ['report.xml/child.json', 'cannot be written: report.xml is a file'],
  ])('%s: %s', async (name, why) => {
    symlinkSync(outside, path.join(ws, 'escape-dir'), 'dir');
    try {
      expect(await refusal(outputFile(name, 'X', roots))).toBe(`X names '${name}', which ${why}.`);
    } finally {
      rmSync(path.join(ws, 'escape-dir'));
    }
  });
});

describe('regularFiles', () => {
  it('keeps the good ones and gives one line for each other', async () => {
    const found = await regularFiles(['report.xml', 'escape', 'dir'], (f) => `Report '${f}'`, roots);
    expect(found.files).toEqual(['report.xml']);
    expect(found.problems).toEqual([
      "Report 'escape' names 'escape', which is outside the workspace (or a link to a file outside it).",
      "Report 'dir' names 'dir', which is a folder, not a file.",
    ]);
  });
});
