/** setup-python against version files and inputs made to leak the runner's environment or files. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attack, hostileSuite, expectRefused, link, put } from './hostile.js';

const { c } = hostileSuite();

describe('setup-python reads only the workspace’s own version and requirement files', () => {
  it('a .python-version that is a link to /proc/self/environ (the environment, tokens included)', async () => {
    await link(c, '.python-version', '/proc/self/environ');
    const run = await attack('setup-python', c);
    expectRefused(run, c, {
      says: /^The version file names '\.python-version', which is outside the workspace/,
    });
    expect(run.stdout).not.toContain('RUNWAY_CANARY_SECRET');
  });

  it('a .python-version that is a link to a private file', async () => {
    await link(c, '.python-version', c.file);
    const run = await attack('setup-python', c);
    expectRefused(run, c, {
      says: /^The version file names '\.python-version', which is outside the workspace/,
    });
  });

  it("python-version-file climbing out ('../../../etc/passwd')", async () => {
    const run = await attack('setup-python', c, { inputs: { 'python-version-file': '../../../etc/passwd' } });
    expectRefused(run, c, {
      says: /Input 'python-version-file' names '\.\.\/\.\.\/\.\.\/etc\/passwd', which is outside/,
    });
    expect(run.stdout).not.toContain('root:');
  });

  it('python-version-file that is a folder', async () => {
    await mkdir(path.join(c.workspace, 'versions'));
    const run = await attack('setup-python', c, { inputs: { 'python-version-file': 'versions' } });
    expectRefused(run, c, { says: /Input 'python-version-file' names 'versions', which is a folder/ });
  });

  it('a version file whose content is not a version is quoted short and on one line', async () => {
    await put(c, '.python-version', `${'3.11'.padEnd(5000, 'x')}\n${c.secret}\n`);
    const run = await attack('setup-python', c);
    expectRefused(run, c, { says: /must be a Python version/ });
    expect(Buffer.byteLength(run.errors[0]?.message ?? '')).toBeLessThan(400);
  });

  it('requirements that is a link to a private file', async () => {
    await put(c, '.python-version', 'system\n');
    await link(c, 'requirements.txt', c.file);
    const run = await attack('setup-python', c, {
      inputs: { 'python-version': '3', requirements: 'requirements.txt', cache: 'false' },
    });
    expectRefused(run, c, {
      says: /Input 'requirements' names 'requirements\.txt', which is outside/,
      withinMs: 30_000,
    });
  });

  it('a python-version of control characters and 10 kB', async () => {
    const run = await attack('setup-python', c, {
      inputs: { 'python-version': `\u001b[31m3.1\u0007${'9'.repeat(10_000)}` },
    });
    expectRefused(run, c, { says: /Input 'python-version' must be a Python version/ });
    expect(run.errors[0]?.message).not.toMatch(/\p{Cc}/u);
    expect(Buffer.byteLength(run.errors[0]?.message ?? '')).toBeLessThan(400);
  });

  it("a cache-dependency-path climbing out with '..'", async () => {
    const run = await attack('setup-python', c, {
      inputs: { 'python-version': '3', 'cache-dependency-path': '../outside/*' },
    });
    expectRefused(run, c, { says: /Input 'cache-dependency-path' must match files inside the workspace/ });
  });
});
