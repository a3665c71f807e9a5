/** benchmark-gate against files, names, branches and remotes made to leak, inject or stall it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../harness/git.js';
import {
  attack,
  expectBoundedLines,
  expectNoLeak,
  expectRefused,
  hostileSuite,
  link,
  put,
} from './hostile.js';

const { c, serve } = hostileSuite();
const remotes: string[] = [];
afterEach(() => {
  for (const dir of remotes.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bare repository standing in for github.com; its file:// URL is the server URL. */
function remote(): { server: string; bare: string } {
  const server = mkdtempSync(path.join(tmpdir(), 'runway-hostile-remote-'));
  remotes.push(server);
  const bare = path.join(server, 'runway-ci', 'example.git');
  git(server, 'init', '-q', '--bare', bare);
  return { server: `file://${server}`, bare };
}

const custom = (entries: { name: string; value: number; unit?: string }[]) =>
  JSON.stringify(entries.map((e) => ({ unit: 'ms', ...e })));

function gate(
  inputs: Record<string, string>,
  server = 'file:///nonexistent',
  env: Record<string, string> = {},
) {
  return attack('benchmark-gate', c, {
    inputs: { files: 'bench.json', format: 'customSmallerIsBetter', 'github-token': c.secret, ...inputs },
    env: { GITHUB_SERVER_URL: server, GITHUB_REF_NAME: 'main', ...env },
    event: { repository: { default_branch: 'main' } },
  });
}

describe('benchmark-gate reads only the workspace’s own files', () => {
  it('a benchmark file that is a link to a private file', async () => {
    await link(c, 'bench.json', c.file);
    const run = await gate({});
    expectRefused(run, c, { says: /bench\.json.*outside the workspace/ });
  });

  it("an import outside the workspace ('/etc/passwd')", async () => {
    const { server } = remote();
    await put(c, 'bench.json', custom([{ name: 'a', value: 1 }]));
    const run = await gate({ import: '/etc/passwd' }, server);
    expectRefused(run, c, { says: /Input 'import' names '\/etc\/passwd', which is outside the workspace/ });
    expect(run.stdout).not.toContain('root:');
  });

  it('an import that is a link to a private file', async () => {
    const { server } = remote();
    await put(c, 'bench.json', custom([{ name: 'a', value: 1 }]));
    await link(c, 'data.js', c.file);
    const run = await gate({ import: 'data.js' }, server);
    expectRefused(run, c, { says: /Input 'import' names 'data\.js', which is outside the workspace/ });
  });

  it('a json path outside the workspace', async () => {
    const { server } = remote();
    await put(c, 'bench.json', custom([{ name: 'a', value: 1 }]));
    const run = await gate({ json: '/etc/benchmark.json', 'save-on': 'never' }, server);
    expectRefused(run, c, { says: /Input 'json' names '\/etc\/benchmark\.json'/ });
  });
});

describe('benchmark-gate never lets an input reach git as an option or a path out of the branch', () => {
  it.each([
    ['data-branch', '--upload-pack=touch /tmp/pwned', /Input 'data-branch' must be a branch name/],
    ['data-branch', 'a..b', /Input 'data-branch' must be a branch name/],
    ['data-dir', '../outside', /Input 'data-dir' must be a folder inside the data branch/],
    ['data-dir', '/abs', /Input 'data-dir' must be a folder inside the data branch/],
    ['save-on', 'push; rm -rf /', /Input 'save-on' must list event names/],
    ['thresholds', 'no ratio here', /Input 'thresholds' must hold lines of name-glob=ratio/],
    ['alert-threshold', '90%', /Input 'alert-threshold' must be a ratio above 100%/],
    ['fail-threshold', '120%', /Input 'fail-threshold' \(120%\) must be at least 'alert-threshold' \(150%\)/],
    ['baseline-window', '2000', /Input 'baseline-window' must be a whole number from 1 to 1000/],
  ])('%s: %s', async (input, value, says) => {
    await put(c, 'bench.json', custom([{ name: 'a', value: 1 }]));
    const run = await gate({ [input]: value });
    expectRefused(run, c, { says, withinMs: 5000 });
  });
});

describe('benchmark-gate keeps names from the files in their place', () => {
  it('markup and newlines in a benchmark name are escaped in the summary and kept to one line', async () => {
    const { server } = remote();
    const evil = 'x<img src=x onerror=alert(1)>|`\n::error::forged';
    await put(c, 'bench.json', custom([{ name: evil, value: 1 }]));
    await gate({}, server, { GITHUB_SHA: 'a'.repeat(40) });
    await put(c, 'bench.json', custom([{ name: evil, value: 5 }]));
    const run = await gate({ 'fail-on-alert': 'false', charts: '*' }, server, { GITHUB_SHA: 'b'.repeat(40) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.regressions).toBe('1');
    expect(run.summary).not.toContain('<img');
    expect(run.errors).toEqual([]);
    expect(run.stdout).not.toMatch(/^::error::forged/m);
    expectBoundedLines(run);
    expectNoLeak(run, c);
  });

  it('a name like __proto__ is a benchmark like any other', async () => {
    const { server, bare } = remote();
    await put(
      c,
      'bench.json',
      custom([
        { name: '__proto__', value: 1 },
        { name: 'constructor', value: 2 },
      ]),
    );
    const run = await gate({}, server);
    expect(run.errors).toEqual([]);
    const stored = JSON.parse(git(bare, 'show', 'benchmarks:data.json')) as { series: { median: object } };
    expect(Object.getOwnPropertyNames(stored.series.median).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('a glob made to backtrack over a long name answers at once', async () => {
    const { server } = remote();
    await put(c, 'bench.json', custom([{ name: 'a'.repeat(5000), value: 1 }]));
    const run = await gate(
      { thresholds: `${'*a'.repeat(40)}*b=200%`, charts: `${'*a'.repeat(40)}*b` },
      server,
    );
    expect(run.errors).toEqual([]);
    expect(run.durationMs).toBeLessThan(10_000);
  });
});

describe('benchmark-gate is bounded and keeps the token out of the log', () => {
  it('a git server that never answers is given up at the timeout, without the token', async () => {
    const silent = await serve(() => undefined);
    await put(c, 'bench.json', custom([{ name: 'a', value: 1 }]));
    const run = await gate({ timeout: '2s' }, silent.url);
    expectRefused(run, c, {
      says: /^Could not read the history from benchmarks:data\.json: git ls-remote .*took longer than the timeout \(2000 ms\)/,
      withinMs: 12_000,
    });
    // The token went to the configured server only, as an Authorization header.
    expect(silent.requests[0]?.headers.authorization ?? '').toMatch(/^basic /i);
  });

  it('a server that refuses the token: one line, no token', async () => {
    const refusing = await serve((_req, res) => res.writeHead(403).end(`denied ${c.secret}`));
    await put(c, 'bench.json', custom([{ name: 'a', value: 1 }]));
    const run = await gate({ timeout: '10s' }, refusing.url);
    expectRefused(run, c, { says: /^Could not read the history from benchmarks:data\.json: git ls-remote/ });
  });
});
