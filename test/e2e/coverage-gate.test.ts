/**
 * coverage-gate through its committed bundle: reports written by the real coverage.py and pytest-cov, the
 * shared real-world reports, real git repositories for patch coverage, and local stand-ins for the GitHub
 * REST API and Codecov's upload API.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { commitAll, git, initRepo } from '../harness/git.js';
import { coverage, COVERAGE_PACKAGE, havePythonModule, writeTree } from '../harness/python.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { startServer, type TestServer } from '../harness/servers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'coverage');
const scratch: string[] = [];
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'runway-cg-'));
  scratch.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

function gateRun(
  ws: string,
  inputs: Record<string, string> = {},
  extra: Parameters<typeof runAction>[1] = {},
): Promise<ActionRun> {
  return runAction('coverage-gate', {
    workspace: ws,
    runnerTemp: ws,
    inputs: { 'github-token': '', ...inputs },
    ...extra,
  });
}

/** `coverage report`'s TOTAL with two decimals, the figure `combined` must reproduce. */
function reportTotal(ws: string, args: string[] = []): string {
  const report = coverage(ws, ['report', '--precision=2', ...args]);
  const total = /^TOTAL\s.*?(\d+\.\d+)%$/m.exec(report.output);
  if (!total) throw new Error(report.output);
  return total[1] ?? '';
}

describe('coverage-gate on reports from the real coverage.py', () => {
  let ws = '';
  let ready = false;
  beforeAll(async () => {
    ready = havePythonModule('coverage') && havePythonModule('pytest_cov');
    if (!ready) return;
    ws = await workspace();
    writeTree(ws, COVERAGE_PACKAGE);
    // Two shards, as a test matrix writes them, each with its own data file and report.
    for (const [shard, tests] of [
      ['sign', 'tests/test_sign.py'],
      ['clamp', 'tests/test_clamp.py'],
    ] as const) {
      const run = coverage(ws, [
        'run',
        '--branch',
        '--source=calc',
        `--data-file=.coverage.${shard}`,
        '-m',
        'pytest',
        '-q',
        '-p',
        'no:cacheprovider',
        tests,
      ]);
      expect(run.status, run.output).toBe(0);
      const xml = coverage(ws, [
        'xml',
        `--data-file=.coverage.${shard}`,
        '-o',
        `reports/${shard}/coverage.xml`,
      ]);
      expect(xml.status, xml.output).toBe(0);
    }
    const combined = coverage(ws, ['combine', '--keep', '.coverage.sign', '.coverage.clamp']);
    expect(combined.status, combined.output).toBe(0);
  });

  it('merges two shards line by line to exactly what coverage combine reports', async (ctx) => {
    if (!ready) return ctx.skip();
    const lines = await gateRun(ws, { files: 'reports/**/coverage.xml', 'if-no-files': 'error' });
    expect(lines.exitCode).toBe(0);
    // coverage combine of the same two data files, as the reference.
    coverage(ws, ['xml', '-o', 'combined.xml']);
    const root =
      /lines-valid="(\d+)" lines-covered="(\d+)" line-rate="[\d.]+" branches-valid="(\d+)" branches-covered="(\d+)"/.exec(
        readFileSync(path.join(ws, 'combined.xml'), 'utf8'),
      );
    expect(root).not.toBeNull();
    expect(lines.outputs).toMatchObject({
      'lines-valid': root?.[1],
      'lines-covered': root?.[2],
      'branches-valid': root?.[3],
      'branches-covered': root?.[4],
      files: '2',
    });
    const combined = await gateRun(ws, { files: 'reports/**/coverage.xml', metric: 'combined' });
    expect(combined.outputs.coverage).toBe(reportTotal(ws).replace(/0$/, '').replace(/\.$/, ''));
    expect(combined.summary).toContain(
      "lines and branches together (as coverage.py's `coverage report` TOTAL)",
    );
  });

  it('matches one shard on its own, and a shard is never averaged in', async (ctx) => {
    if (!ready) return ctx.skip();
    const one = await gateRun(ws, { files: 'reports/sign/coverage.xml' });
    const xml = readFileSync(path.join(ws, 'reports/sign/coverage.xml'), 'utf8');
    const [, valid, covered] = /lines-valid="(\d+)" lines-covered="(\d+)"/.exec(xml) ?? [];
    expect(one.outputs['lines-covered']).toBe(covered);
    expect(one.outputs['lines-valid']).toBe(valid);
  });

  it('fails a project target with the numbers in the message, and writes a badge', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await gateRun(ws, {
      files: 'reports/**/coverage.xml',
      target: '95%',
      threshold: '1%',
      badge: 'badges/coverage.svg',
      'badge-json': 'badges/coverage.json',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toMatch(
      /^Coverage gate failed: project coverage [\d.]+% < target 95% − threshold 1% = 94%$/,
    );
    expect(run.outputs.passed).toBe('false');
    const badge = readFileSync(path.join(ws, 'badges/coverage.svg'), 'utf8');
    expect(badge).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(badge).toContain(`coverage: ${run.outputs.coverage ?? ''}%`);
    // The shields.io endpoint form of the same badge.
    expect(JSON.parse(readFileSync(path.join(ws, 'badges/coverage.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      label: 'coverage',
      message: `${run.outputs.coverage ?? ''}%`,
      color: expect.stringMatching(/^(hsl\(\d+, 70%, 42%\)|[0-9a-f]{3,6})$/) as string,
    });
  });
});

describe('coverage-gate on the shared real-world reports', () => {
  let ws = '';
  beforeAll(async () => {
    ws = await workspace();
    await cp(FIXTURES, path.join(ws, 'reports'), { recursive: true });
  });

  it.each([
    ['pytest-coverage-comment__coverage_1.xml', { 'lines-valid': '1530' }],
    [
      'pytest-coverage-comment__coverage_2.xml',
      {
        'lines-valid': '1759',
        'lines-covered': '1565',
        'branches-valid': '436',
        'branches-covered': '361',
        coverage: '88.97',
      },
    ],
    ['generated__coverage.xml', { 'lines-valid': '28', 'lines-covered': '24', coverage: '85.71' }],
    ['coveragepy-gold__y_xml_branch.coverage.xml', {}],
  ])("reproduces the producer's totals for %s", async (file, expected) => {
    const run = await gateRun(ws, { files: `reports/${file}` });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject(expected);
    const xml = readFileSync(path.join(ws, 'reports', file), 'utf8');
    const declared =
      /lines-valid="(\d+)"[^>]*?lines-covered="(\d+)"|lines-covered="(\d+)"[^>]*?lines-valid="(\d+)"/.exec(
        xml,
      );
    if (declared)
      expect([run.outputs['lines-valid'], run.outputs['lines-covered']]).toEqual(
        declared[1] ? [declared[1], declared[2]] : [declared[4], declared[3]],
      );
  });

  it("reproduces coverage report's TOTAL (82%) with metric combined, and coverage 6.5's LCOV from DA lines", async () => {
    const combined = await gateRun(ws, {
      files: 'reports/generated__coverage.xml',
      metric: 'combined',
      config: '',
    });
    // The generated report's `coverage report` says 82% (28 statements, 4 missed, 6 branches, 4 taken).
    expect(
      readFileSync(path.join(ws, 'reports/generated__coverage-report-fail-under-95.txt'), 'utf8'),
    ).toMatch(/TOTAL\s+28\s+4\s+6\s+0\s+82%/);
    expect(combined.outputs.coverage).toBe('82.35');
    const lcov = await gateRun(ws, { files: 'reports/generated__coverage.lcov' });
    const text = readFileSync(path.join(ws, 'reports/generated__coverage.lcov'), 'utf8');
    const da = [...text.matchAll(/^DA:\d+,(\d+)/gm)];
    expect(lcov.outputs['lines-valid']).toBe(String(da.length));
    expect(lcov.outputs['lines-covered']).toBe(String(da.filter((m) => m[1] !== '0').length));
    const json = await gateRun(ws, { files: 'reports/generated__coverage.json' });
    expect(json.outputs).toMatchObject({ 'lines-valid': '28', 'lines-covered': '24' });
  });

  it('reads an LCOV hit count that overflowed 64 bits as covered', async () => {
    const run = await gateRun(ws, { files: 'reports/coveralls-coverage-reporter__test.lcov' });
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs['lines-covered'])).toBeGreaterThan(0);
  });

  it('names a malformed shard among good ones, and never drops it', async () => {
    const dir = await workspace();
    await cp(path.join(FIXTURES, 'generated__coverage.xml'), path.join(dir, 'good', 'coverage.xml'), {
      recursive: true,
    });
    await mkdir(path.join(dir, 'bad'), { recursive: true });
    writeFileSync(
      path.join(dir, 'bad', 'coverage.xml'),
      '<?xml version="1.0"?>\n<coverage>\n<packages><package>\n</coverage>\n',
    );
    const run = await gateRun(dir);
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toMatch(
      /^1 coverage report could not be read: bad\/coverage\.xml:4:1: not well-formed XML: closing tag <\/coverage> does not match <package>/,
    );
    expect(run.outputs).toEqual({});
  });

  it('refuses XXE and billion-laughs reports without reading a file or hanging', async () => {
    const dir = await workspace();
    writeFileSync(
      path.join(dir, 'coverage.xml'),
      '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><coverage><sources><source>&x;&b;</source></sources></coverage>',
    );
    const run = await gateRun(dir);
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(5000);
    expect(run.errors.at(-1)?.message).toMatch(/coverage\.xml:1:34: not well-formed XML: .*entity/i);
    expect(run.stdout).not.toContain('root:x:0');
  });

  it('fails when no report matched, unless told otherwise', async () => {
    const dir = await workspace();
    const run = await gateRun(dir);
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toBe(
      `No coverage report matched **/coverage.xml, **/lcov.info under ${dir}. Check that the tests wrote one (pytest --cov --cov-report=xml) before this step, or set 'if-no-files'.`,
    );
    const warn = await gateRun(dir, { 'if-no-files': 'warn' });
    expect(warn.exitCode).toBe(0);
    expect(warn.annotations[0]?.level).toBe('warning');
  });

  it.each([
    [{ target: 'eighty' }, "Input 'target' must be a percentage such as 80% or 80, or auto; got 'eighty'."],
    [{ threshold: 'auto' }, "Input 'threshold' must be a percentage such as 80% or 80; got 'auto'."],
    [{ metric: 'statements' }, "Input 'metric' must be one of lines, combined; got 'statements'."],
    [{ informational: 'maybe' }, "Input 'informational' must be true or false, or empty; got 'maybe'."],
    [{ config: 'nope.yml' }, /^Input 'config' names 'nope\.yml', which does not exist/],
  ])('rejects %j', async (inputs, expected) => {
    const run = await gateRun(ws, { files: 'reports/generated__coverage.xml', ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    if (typeof expected === 'string') expect(run.errors[0]?.message).toBe(expected);
    else expect(run.errors[0]?.message).toMatch(expected);
  });
});

describe("coverage-gate with the seed's codecov.yml and a real git history", () => {
  const SEED_CODECOV = [
    'coverage:',
    '  precision: 2',
    '  round: down',
    '  range: "70...100"',
    '  status:',
    '    project:',
    '      default:',
    '        target: 80%',
    '        threshold: 2%',
    '    patch:',
    '      default:',
    '        target: 70%',
    '        threshold: 5%',
    'ignore:',
    '  - "tests"',
    '  - "migrations"',
    '  - "config.py"',
    '',
  ].join('\n');

  let ws = '';
  let base = '';
  let ready = false;
  beforeAll(async () => {
    ready = havePythonModule('coverage') && havePythonModule('pytest');
    if (!ready) return;
    ws = await workspace();
    writeTree(ws, {
      ...COVERAGE_PACKAGE,
      '.codecov.yml': SEED_CODECOV,
      'config.py': 'DEBUG = False\n',
      '.gitignore': '.coverage*\nreports/\n*.pyc\n__pycache__/\n',
    });
    base = initRepo(ws);
    // The change: a new function, half of it tested.
    writeTree(ws, {
      'calc/ops.py': `${COVERAGE_PACKAGE['calc/ops.py'] ?? ''}\ndef parity(n):\n    if n % 2 == 0:\n        return "even"\n    return "odd"\n`,
      'tests/test_parity.py':
        'from calc.ops import parity\n\n\ndef test_even():\n    assert parity(2) == "even"\n',
    });
    commitAll(ws, 'add parity');
    const run = coverage(ws, [
      'run',
      '--branch',
      '--source=.',
      '-m',
      'pytest',
      '-q',
      '-p',
      'no:cacheprovider',
    ]);
    expect(run.status, run.output).toBe(0);
    expect(coverage(ws, ['xml', '-o', 'reports/coverage.xml']).status).toBe(0);
  });

  it('computes patch coverage from the diff, annotates the untested added line, and ignores config paths', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await gateRun(ws, { files: 'reports/coverage.xml', 'patch-base': base });
    // parity(): 4 coverable lines added, `return "odd"` never ran: 75% ≥ 70% − 5%.
    expect(run.outputs['patch-coverage']).toBe('75');
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([
      {
        level: 'warning',
        message: 'Line 23 was added or changed and no test ran it.',
        properties: { title: 'Not covered by tests', file: 'calc/ops.py', line: '23', endLine: '23' },
      },
    ]);
    expect(run.summary).toMatch(/\| `calc\/ops\.py` \| 23 \|/);
    expect(run.log).toContain('Read the gate from .codecov.yml.');
    // tests/ and config.py are ignored by the seed's config.
    expect(run.outputs.files).toBe('2');
    expect(run.summary).toContain('ignored file');
  });

  it('measures the patch of a file whose name git quotes (café.py)', async (ctx) => {
    if (!ready) return ctx.skip();
    const dir = await workspace();
    writeTree(dir, {
      'shop/__init__.py': '',
      'shop/café.py': 'def price(n):\n    return n\n',
      'tests/__init__.py': '',
      'tests/test_cafe.py': 'from shop.café import price\n\n\ndef test_price():\n    assert price(2) == 2\n',
      '.gitignore': '.coverage*\nreports/\n*.pyc\n__pycache__/\n',
    });
    const start = initRepo(dir);
    writeTree(dir, {
      'shop/café.py': 'def price(n):\n    if n < 0:\n        raise ValueError(n)\n    return n\n',
    });
    commitAll(dir, 'refuse negative prices');
    expect(git(dir, 'diff', '--name-only', `${start}...HEAD`)).toBe('"shop/caf\\303\\251.py"');
    const ran = coverage(dir, ['run', '--source=shop', '-m', 'pytest', '-q', '-p', 'no:cacheprovider']);
    expect(ran.status, ran.output).toBe(0);
    expect(coverage(dir, ['xml', '-o', 'reports/coverage.xml']).status).toBe(0);
    const run = await gateRun(dir, { files: 'reports/coverage.xml', 'patch-base': start, target: '0%' });
    // Lines 2 and 3 changed; the test never passes a negative price: 1 of 2 covered.
    expect(run.outputs['patch-coverage']).toBe('50');
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.properties)).toEqual([
      { title: 'Not covered by tests', file: 'shop/café.py', line: '3', endLine: '3' },
    ]);
  });

  it('passes a PR base from the event, and says clearly when the clone is too shallow', async (ctx) => {
    if (!ready) return ctx.skip();
    const fromEvent = await gateRun(
      ws,
      { files: 'reports/coverage.xml' },
      { event: { pull_request: { number: 3, base: { sha: base } } }, eventName: 'pull_request' },
    );
    expect(fromEvent.outputs['patch-coverage']).toBe('75');
    const shallow = await workspace();
    git(shallow, 'clone', '-q', '--depth', '1', `file://${ws}`, '.');
    await cp(path.join(ws, 'reports'), path.join(shallow, 'reports'), { recursive: true });
    const run = await gateRun(shallow, { files: 'reports/coverage.xml', 'patch-base': base });
    expect(run.exitCode).toBe(1);
    expect(run.errors.at(-1)?.message).toBe(
      `Patch coverage needs the base commit ${base}, which is not in this clone (a shallow clone): use actions/checkout with fetch-depth: 0, or set 'patch-base'.`,
    );
  });

  it('compares with a base summary from an earlier run (target auto and the delta)', async (ctx) => {
    if (!ready) return ctx.skip();
    const first = await gateRun(ws, {
      files: 'reports/coverage.xml',
      'summary-json': 'base/coverage-summary.json',
    });
    expect(first.outputs['summary-json']).toBe(path.join(ws, 'base/coverage-summary.json'));
    const summary = JSON.parse(readFileSync(path.join(ws, 'base/coverage-summary.json'), 'utf8')) as {
      version: number;
      files: Record<string, unknown>;
    };
    expect(summary.version).toBe(1);
    expect(Object.keys(summary.files)).toEqual(['calc/__init__.py', 'calc/ops.py']);
    const again = await gateRun(ws, {
      files: 'reports/coverage.xml',
      base: 'base/coverage-summary.json',
      target: 'auto',
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ delta: '0', 'base-coverage': first.outputs.coverage });
  });
});

describe('coverage-gate PR comments and Codecov upload', () => {
  let github: FakeGitHub | undefined;
  let codecov: TestServer | undefined;
  afterEach(async () => {
    await github?.close();
    await codecov?.close();
    github = undefined;
    codecov = undefined;
  });

  async function withReport(): Promise<string> {
    const dir = await workspace();
    await cp(path.join(FIXTURES, 'generated__coverage.xml'), path.join(dir, 'coverage.xml'));
    return dir;
  }

  it('writes one comment and edits it on the next run', async () => {
    github = await startFakeGitHub({ token: 'ghs_cov_token_1' });
    const dir = await withReport();
    const options = {
      event: { pull_request: { number: 9, head: { repo: { full_name: 'runway-ci/example' } } } },
      eventName: 'pull_request',
      env: { GITHUB_API_URL: github.url },
    };
    const first = await gateRun(
      dir,
      { 'github-token': 'ghs_cov_token_1', 'comment-id': 'unit', target: '80%' },
      options,
    );
    expect(first.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('<!-- runway:coverage-gate:unit -->');
    expect(github.comments[0]?.body).toContain('### ✅ Coverage 85.71%');
    const second = await gateRun(
      dir,
      { 'github-token': 'ghs_cov_token_1', 'comment-id': 'unit', target: '90%' },
      options,
    );
    expect(second.exitCode).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('### ❌ Coverage 85.71%');
    expect(github.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
  });

  /** What the fake storage received, in order (the upload's body). */
  const bodies: string[] = [];
  function fakeCodecov(failFirst: number, status = 429): Promise<TestServer> {
    return startServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const postCount = codecovPosts(server).length;
        if (req.method === 'POST' && req.url?.startsWith('/upload/v4') === true) {
          if (postCount <= failFirst)
            return void res.writeHead(status, { 'retry-after': '1' }).end('slow down');
          return void res.end(
            `https://codecov.test/report/1\nhttp://127.0.0.1:${(server as unknown as { port: number }).port}/storage/abc`,
          );
        }
        if (req.method === 'PUT' && req.url === '/storage/abc') {
          bodies.push(body);
          return void res.end();
        }
        res.writeHead(404).end();
      });
    }).then((s) => {
      server = s;
      return s;
    });
  }
  let server: TestServer;
  const codecovPosts = (s: TestServer): string[] =>
    s.requests.filter((r) => r.method === 'POST').map((r) => r.url);

  it('uploads to Codecov after a 429 with Retry-After, with the token masked', async () => {
    codecov = await fakeCodecov(1);
    const dir = await withReport();
    const run = await gateRun(dir, {
      'codecov-token': 'cc-token-0123',
      'codecov-url': codecov.url,
      flags: 'unit,py311',
      name: 'unit tests',
    });
    expect(run.exitCode).toBe(0);
    const posts = codecov.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    const query = new URL(posts[1]?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      token: 'cc-token-0123',
      flags: 'unit,py311',
      name: 'unit tests',
      slug: 'runway-ci/example',
      service: 'github-actions',
    });
    const uploaded = bodies.at(-1) ?? '';
    expect(uploaded).toMatch(/<<<<<< network\n# path=coverage\.xml\n<\?xml/);
    expect(uploaded.trimEnd().endsWith('<<<<<< EOF')).toBe(true);
    expect(run.masks).toContain('cc-token-0123');
    expect(run.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('cc-token-0123');
  });

  it('reports an upload failure apart from the coverage verdict', async () => {
    codecov = await fakeCodecov(100, 401);
    const dir = await withReport();
    const uploadOnly = await gateRun(dir, {
      'codecov-token': 'cc-token-0123',
      'codecov-url': codecov.url,
      target: '80%',
    });
    expect(uploadOnly.exitCode).toBe(1);
    expect(uploadOnly.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^Codecov upload failed: Codecov upload request answered 401: 'slow down' \(after 1 attempt\)$/,
      ) as string,
    ]);
    const both = await gateRun(dir, {
      'codecov-token': 'cc-token-0123',
      'codecov-url': codecov.url,
      target: '99%',
    });
    expect(both.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Codecov upload failed/) as string,
      expect.stringMatching(/^Coverage gate failed: project coverage 85\.71% < target 99%$/) as string,
    ]);
    const tolerated = await gateRun(dir, {
      'codecov-token': 'cc-token-0123',
      'codecov-url': codecov.url,
      'fail-on-upload-error': 'false',
    });
    expect(tolerated.exitCode).toBe(0);
    expect(tolerated.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /fail-on-upload-error is false/,
    );
  });
});
