/** coverage-gate against configs, reports, paths and servers made to leak, mislead or stall it. */
import type http from 'node:http';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { attack, hostileSuite, expectRefused, link, put } from './hostile.js';

const { c, serve } = hostileSuite();
beforeEach(async () => {
  await put(c, 'app.py', 'x = 1\n');
  await put(
    c,
    'coverage.xml',
    '<coverage version="7.6.0" line-rate="1"><packages><package name="."><classes>' +
      '<class name="app.py" filename="app.py" line-rate="1"><lines><line number="1" hits="1"/></lines></class>' +
      '</classes></package></packages></coverage>',
  );
});

const gate = (inputs: Record<string, string>) =>
  attack('coverage-gate', c, { inputs: { files: 'coverage.xml', comment: 'off', ...inputs } });

describe('coverage-gate reads only the workspace’s own files', () => {
  it("a config outside the workspace ('/etc/passwd')", async () => {
    const run = await gate({ config: '/etc/passwd' });
    expectRefused(run, c, { says: /Input 'config' names '\/etc\/passwd', which is outside the workspace/ });
    expect(run.stdout).not.toContain('root:');
  });

  it('a config that is a link to a private file', async () => {
    await link(c, 'codecov.yml', c.file);
    const run = await gate({});
    expectRefused(run, c, { says: /Input 'config' names 'codecov\.yml', which is outside the workspace/ });
  });

  it('a config that is a folder', async () => {
    await mkdir(path.join(c.workspace, 'conf'));
    const run = await gate({ config: 'conf' });
    expectRefused(run, c, { says: /Input 'config' names 'conf', which is a folder/ });
  });

  it('a report that is a link to a private file', async () => {
    await link(c, 'shard/coverage.xml', c.file);
    const run = await gate({ files: '**/coverage.xml' });
    expectRefused(run, c, { says: /shard\/coverage\.xml.*outside the workspace/ });
  });

  it("a pattern that climbs out with '..'", async () => {
    const run = await gate({ files: '../outside/*' });
    expectRefused(run, c, { says: /Input 'files' must match files inside the workspace/ });
  });

  it('a base that is a folder', async () => {
    await mkdir(path.join(c.workspace, 'base'));
    const run = await gate({ base: 'base' });
    expectRefused(run, c, { says: /Input 'base' names 'base', which is a folder/ });
  });

  it('a badge or summary path that cannot be written', async () => {
    await mkdir(path.join(c.workspace, 'badge.svg'));
    let run = await gate({ badge: 'badge.svg' });
    expectRefused(run, c, { says: /Input 'badge' names 'badge\.svg', which is a folder/ });
    run = await gate({ 'summary-json': 'app.py/summary.json' });
    expectRefused(run, c, {
      says: /Input 'summary-json' names 'app\.py\/summary\.json', which cannot be written: app\.py is a file/,
    });
    run = await gate({ 'summary-json': '/proc/self/summary.json' });
    expectRefused(run, c, { says: /Input 'summary-json' .* outside the workspace/ });
  });
});

describe('coverage-gate refuses a config it cannot read as Codecov would', () => {
  for (const [what, text] of [
    ['a plain string', 'just some words\n'],
    ['a list', '- coverage\n- status\n'],
    ['a number where a mapping belongs', 'coverage: 5\n'],
    ['a file of random bytes', '\u0000\u0001\u00ff{[\n'],
  ] as const) {
    it(what, async () => {
      await put(c, 'codecov.yml', text);
      const run = await gate({});
      expectRefused(run, c, { says: /codecov\.yml/ });
      expect(run.outputs.passed ?? '').not.toBe('true');
    });
  }
});

describe('coverage-gate’s Codecov upload is bounded and does not retry what cannot change', () => {
  const server = (answer: (res: http.ServerResponse) => void) =>
    serve((req, res) => {
      req.resume();
      answer(res);
    });

  it('an endpoint that accepts and never answers fails within upload-timeout', async () => {
    const s = await server(() => undefined);
    try {
      const run = await gate({
        'codecov-token': 'tok-0123456',
        'codecov-url': s.url,
        'upload-timeout': '3s',
      });
      expectRefused(run, c, { says: /Codecov upload failed: .*no complete response/, withinMs: 8000 });
      expect(run.durationMs).toBeGreaterThan(2500);
    } finally {
      await s.close();
    }
  });

  it('a 401 is asked once, not retried', async () => {
    const s = await server((res) => res.writeHead(401).end('bad token'));
    try {
      const run = await gate({ 'codecov-token': 'tok-0123456', 'codecov-url': s.url });
      expectRefused(run, c, { says: /Codecov upload request answered 401.*after 1 attempt\)/ });
      expect(s.requests).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('a URL with a user name and password is an input error, before any request', async () => {
    const run = await gate({
      'codecov-token': 'tok-0123456',
      'codecov-url': 'https://user:pass@codecov.example',
    });
    expectRefused(run, c, { says: /Input 'codecov-url' must not hold a user name or password/ });
  });
});
