/** test-report through its committed bundle: real pytest reports, the shared fixtures, a fake GitHub API. */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { havePythonModule, pytest, SAMPLE_PACKAGE, writeTree } from '../harness/python.js';
import { runAction, type ActionRun } from '../harness/run-action.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'junit');
const scratch: string[] = [];
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'runway-tr-'));
  scratch.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

function report(
  ws: string,
  inputs: Record<string, string> = {},
  extra: Parameters<typeof runAction>[1] = {},
): Promise<ActionRun> {
  // RUNNER_TEMP is kept (inside the workspace) so the json output can be read after the run.
  return runAction('test-report', { workspace: ws, runnerTemp: ws, inputs, ...extra });
}

function json(run: ActionRun): {
  totals: Record<string, number>;
  tests: { id: string; outcome: string; file: string | null; line: number | null }[];
} {
  return JSON.parse(readFileSync(run.outputs.json ?? '', 'utf8')) as ReturnType<typeof json>;
}

describe('test-report on reports written by the real pytest', () => {
  let ws = '';
  let ready = false;
  beforeAll(async () => {
    ready = havePythonModule('pytest');
    if (!ready) return;
    ws = await workspace();
    writeTree(ws, SAMPLE_PACKAGE);
    const result = pytest(ws, ['-q', '--junitxml=reports/junit.xml', '-o', 'junit_family=xunit1']);
    expect(result.status, result.output).toBe(1);
  });

  it('counts exactly what pytest counted, annotates each failure at its line, and fails the step', async (ctx) => {
    if (!ready) return ctx.skip();
    const xml = readFileSync(path.join(ws, 'reports/junit.xml'), 'utf8');
    // pytest counts the test that failed and then errored in teardown once in tests, and in both failures and errors.
    expect(xml).toMatch(/errors="2" failures="3" skipped="2" tests="7"/);
    const run = await report(ws);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      total: '7',
      passed: '1',
      failed: '3',
      errors: '2',
      skipped: '2',
      flaky: '0',
      conclusion: 'failure',
    });
    const errors = run.errors.filter((e) => e.properties.title !== undefined);
    const at = (title: string) => errors.find((e) => e.properties.title === title)?.properties;
    expect(at('Failed: tests.test_calc::test_add_wrong')).toMatchObject({
      file: 'tests/test_calc.py',
      line: '10',
    });
    // The assert failed inside the package: the deepest frame in the repository wins.
    expect(at('Failed: tests.test_calc::test_helper_fails')).toMatchObject({
      file: 'sampleapp/calc.py',
      line: '6',
    });
    expect(at('Error: tests.test_calc::test_setup_error')).toMatchObject({
      file: 'tests/test_calc.py',
      line: '29',
    });
    expect(at('Error: tests.test_calc::test_fail_then_teardown_error (teardown)')).toMatchObject({
      file: 'tests/test_calc.py',
      line: '39',
    });
    const failure = run.errors.at(-1)?.message ?? '';
    expect(failure).toBe(
      'Test results: 7 tests: 1 passed, 3 failed, 2 errors, 2 skipped. Failed: tests.test_calc::test_add_wrong, tests.test_calc::test_helper_fails, tests.test_calc::test_setup_error, tests.test_calc::test_fail_then_teardown_error',
    );
    expect(run.summary).toContain('**7 tests: 1 passed, 3 failed, 2 errors, 2 skipped**');
    expect(run.log).not.toContain('Note:'); // our counts agree with the ones pytest wrote
    expect(run.summary).toContain('| reports/junit.xml | pytest | 7 | 1 | 3 | 2 | 2 | 0 |');
    expect(run.summary).toContain('<details><summary>❌ tests.test_calc::test_add_wrong — assert 4 == 5');
    const tests = json(run).tests;
    expect(tests).toHaveLength(8); // the teardown error is its own entry, with phase: teardown
    expect(tests.find((t) => t.id === 'tests.test_calc::test_xfail')?.outcome).toBe('skipped');
  });

  it('passes with fail-on none, and with fail-on errors only when there is no error', async (ctx) => {
    if (!ready) return ctx.skip();
    const none = await report(ws, { 'fail-on': 'none' });
    expect(none.exitCode).toBe(0);
    expect(none.outputs.conclusion).toBe('success');
    expect(none.outputs.failed).toBe('3');
    const errorsOnly = await report(ws, { 'fail-on': 'errors' });
    expect(errorsOnly.exitCode).toBe(1);
  });

  it('reports a test that failed and passed on a rerun as flaky, not failed', async (ctx) => {
    if (!ready) return ctx.skip();
    const dir = await workspace();
    writeTree(dir, {
      'tests/test_flaky.py': [
        'import pathlib',
        '',
        'def test_flaky(tmp_path_factory):',
        '    marker = pathlib.Path(__file__).with_name("ran-once")',
        '    first = not marker.exists()',
        '    marker.write_text("x")',
        '    assert not first, "fails on the first run only"',
        '',
        'def test_ok():',
        '    pass',
        '',
      ].join('\n'),
    });
    expect(pytest(dir, ['-q', '--junitxml=reports/junit.xml']).status).toBe(1);
    // The common pattern: rerun only what failed, into a report of its own.
    expect(
      pytest(dir, ['-q', 'tests/test_flaky.py::test_flaky', '--junitxml=reports/rerun/junit-rerun.xml'])
        .status,
    ).toBe(0);
    const run = await report(dir, { 'rerun-files': 'reports/rerun/*.xml' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      total: '2',
      passed: '1',
      failed: '0',
      flaky: '1',
      conclusion: 'success',
    });
    expect(run.summary).toContain('Flaky (1): passed after failing');
    expect(run.annotations.find((a) => a.level === 'warning')).toMatchObject({
      message: 'Passed after 1 failed attempt: AssertionError: fails on the first run only',
      properties: { title: 'Flaky: tests.test_flaky::test_flaky', file: 'tests/test_flaky.py', line: '7' },
    });
  });
});

describe('test-report on the shared real-world reports', () => {
  let ws = '';
  beforeAll(async () => {
    ws = await workspace();
    await cp(FIXTURES, path.join(ws, 'reports'), { recursive: true });
  });

  it("reads MishaKav's 3,216-test report with the counts pytest wrote", async () => {
    const run = await report(ws, { files: 'reports/pytest-coverage-comment__pytest_3.xml' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      total: '3216',
      skipped: '32',
      failed: '0',
      errors: '0',
      passed: '3184',
    });
  });

  it('reads every fixture together with the sum of the counts each gives alone', async () => {
    const corpus = JSON.parse(readFileSync(path.join(FIXTURES, 'corpus.json'), 'utf8')) as {
      expected: Record<string, number>;
    }[];
    const sum = (key: string): string => String(corpus.reduce((n, e) => n + (e.expected[key] ?? 0), 0));
    const run = await report(ws, { files: 'reports/*.xml', 'fail-on': 'none' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      total: sum('total'),
      passed: sum('passed'),
      failed: sum('failed'),
      errors: sum('errors'),
      skipped: sum('skipped'),
      flaky: sum('flaky'),
    });
    expect(run.log).toContain(
      'Note: reports/test-reporter__python-xunit-pytest.xml declares 15 tests; its test cases hold 10',
    );
    expect(run.summary).toContain('⚠️ Declared totals differ from the test cases');
  });

  it('keeps to 10 error annotations per step, saying how many more there are', async () => {
    const run = await report(ws, { files: 'reports/*.xml' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(10);
    // 8 failures shown, then this line, then the step's own failure.
    const failing = Number(run.outputs.failed) + Number(run.outputs.errors);
    expect(run.errors.at(-2)?.message).toBe(
      `${failing - 8} more errors not shown as annotations (GitHub shows 10 per step); see the job summary.`,
    );
  });
});

describe('test-report input and file problems', () => {
  it('fails when no report matched, naming the patterns', async () => {
    const ws = await workspace();
    const run = await report(ws);
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([
      `No tests found: no JUnit report with a test case matched **/junit*.xml, **/TEST-*.xml, reports/**/*.xml under ${ws}. Check that the tests wrote their report (pytest --junitxml=...) before this step, or set 'require-tests: false'.`,
    ]);
    const allowed = await report(ws, { 'require-tests': 'false' });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs.total).toBe('0');
  });

  it('names a malformed file with line and column, and skips XML that is not JUnit', async () => {
    const ws = await workspace();
    await cp(path.join(FIXTURES, 'pytest7__junit-pass.xml'), path.join(ws, 'junit-ok.xml'));
    await writeFile(
      path.join(ws, 'junit-broken.xml'),
      '<testsuites>\n  <testsuite name="x">\n    <testcase name="a">\n</testsuites>\n',
    );
    await writeFile(path.join(ws, 'reports-coverage.xml'), '<coverage line-rate="1"/>');
    const run = await report(ws, { files: '*.xml' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toMatch(
      /^1 test report could not be read: junit-broken\.xml:4:\d+: not well-formed XML: /,
    );
    expect(run.log).toContain(
      'Skipped reports-coverage.xml: its root element is <coverage>, not a JUnit report.',
    );
    expect(run.outputs.total).toBe('8');
  });

  it('never expands entities a report declares (XXE)', async () => {
    const ws = await workspace();
    await writeFile(
      path.join(ws, 'junit-xxe.xml'),
      '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="a"><failure message="&x;"/></testcase></testsuite>',
    );
    const run = await report(ws, { files: 'junit-xxe.xml' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('root:x:0');
    expect(run.errors.at(-1)?.message).toMatch(/junit-xxe\.xml:1:\d+: not well-formed XML: .*entity/i);
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, "Input 'fail-on' must be one of failures, errors, none; got 'sometimes'."],
    [{ comment: 'yes' }, "Input 'comment' must be one of off, on-failure, always; got 'yes'."],
    [{ files: '' }, "Input 'files' is required and was empty."],
    [{ 'require-tests': 'no' }, "Input 'require-tests' must be true or false; got 'no'."],
  ])('rejects %j', async (inputs, message) => {
    const run = await report(await workspace(), inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([message]);
  });
});

describe('test-report PR comments against a local GitHub API', () => {
  let github: FakeGitHub;
  afterEach(async () => {
    await github.close();
  });

  const prEvent = { pull_request: { number: 7, head: { repo: { full_name: 'runway-ci/example' } } } };

  async function withComment(
    ws: string,
    github: FakeGitHub,
    inputs: Record<string, string>,
    event: unknown = prEvent,
  ): Promise<ActionRun> {
    return report(
      ws,
      { 'github-token': 'ghs_test_token_123', ...inputs },
      {
        event,
        eventName: 'pull_request',
        env: { GITHUB_API_URL: github.url },
      },
    );
  }

  it('creates one comment, then updates the same one, paging through other comments', async () => {
    github = await startFakeGitHub({ token: 'ghs_test_token_123', pageSize: 2 });
    for (let i = 0; i < 3; i++) github.comments.push({ id: i + 1, body: `someone else ${i}` });
    const ws = await workspace();
    await cp(path.join(FIXTURES, 'pytest7__junit-fail.xml'), path.join(ws, 'junit.xml'));
    const first = await withComment(ws, github, { comment: 'on-failure' });
    expect(first.exitCode).toBe(1);
    expect(first.outputs['comment-url']).toBe('https://github.test/c/1000');
    expect(first.masks).toContain('ghs_test_token_123');
    expect(github.comments).toHaveLength(4);
    const body = github.comments[3]?.body ?? '';
    expect(body).toContain('<!-- runway:test-report:Test results -->');
    expect(body).toContain('**10 tests: 6 passed, 1 failed, 1 error, 2 skipped**');
    expect(body).toMatch(
      /\| failing_tests\.test_failing::test_deliberate_failure \| .* \| AssertionError: deliberate failure \|/,
    );

    // The fix lands: on-failure still updates the existing comment so it turns green.
    await cp(path.join(FIXTURES, 'pytest7__junit-pass.xml'), path.join(ws, 'junit.xml'));
    const second = await withComment(ws, github, { comment: 'on-failure' });
    expect(second.exitCode).toBe(0);
    expect(github.comments).toHaveLength(4);
    expect(github.comments[3]?.body).toContain('### ✅ Test results');
    expect(github.calls.filter((c) => c.startsWith('PATCH'))).toEqual([
      'PATCH /repos/runway-ci/example/issues/comments/1000',
    ]);
    expect(github.calls.filter((c) => c.startsWith('GET')).length).toBeGreaterThanOrEqual(4);
  });

  it('creates nothing on success with on-failure, and retries a 502', async () => {
    github = await startFakeGitHub({ token: 'ghs_test_token_123' });
    const ws = await workspace();
    await cp(path.join(FIXTURES, 'pytest7__junit-pass.xml'), path.join(ws, 'junit.xml'));
    const quiet = await withComment(ws, github, { comment: 'on-failure' });
    expect(quiet.exitCode).toBe(0);
    expect(github.comments).toHaveLength(0);
    github.failNext(502, 1, { 'retry-after': '0' });
    const always = await withComment(ws, github, { comment: 'always' });
    expect(always.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
  });

  it('waits out a rate limit GitHub names the end of, and gives up on one that ends past its deadline', async () => {
    github = await startFakeGitHub({ token: 'ghs_test_token_123' });
    const ws = await workspace();
    await cp(path.join(FIXTURES, 'pytest7__junit-pass.xml'), path.join(ws, 'junit.xml'));
    // A secondary rate limit with Retry-After: Octokit's throttling plugin waits, then the comment is written.
    github.failNext(403, 1, { 'retry-after': '1' }, 'You have exceeded a secondary rate limit.');
    const waited = await withComment(ws, github, { comment: 'always' });
    expect(waited.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
    // The primary limit, reset in an hour: past the 90 s the step gives GitHub, so not waited for.
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    github.failNext(
      403,
      1,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      'API rate limit exceeded',
    );
    const started = Date.now();
    const refused = await withComment(ws, github, { comment: 'always' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(refused.exitCode).toBe(0);
    expect(refused.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /^Could not write the PR comment: GET .* answered 403: API rate limit exceeded/,
    );
  });

  it('says why when the token may not comment, without changing the verdict', async () => {
    github = await startFakeGitHub({ token: 'ghs_test_token_123' });
    github.failNext(403, 5);
    const ws = await workspace();
    await cp(path.join(FIXTURES, 'pytest7__junit-pass.xml'), path.join(ws, 'junit.xml'));
    const run = await withComment(ws, github, { comment: 'always' });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /^Could not write the PR comment: GET http:\/\/127\.0\.0\.1:\d+\/repos\/runway-ci\/example\/issues\/7\/comments\?per_page=100 answered 403: Resource not accessible by integration \(the token lacks a permission/,
    );
  });

  it('does not try to comment on a pull request from a fork', async () => {
    github = await startFakeGitHub({ token: 'ghs_test_token_123' });
    const ws = await workspace();
    await cp(path.join(FIXTURES, 'pytest7__junit-pass.xml'), path.join(ws, 'junit.xml'));
    const run = await withComment(
      ws,
      github,
      { comment: 'always' },
      { pull_request: { number: 7, head: { repo: { full_name: 'someone/fork' } } } },
    );
    expect(run.exitCode).toBe(0);
    expect(github.calls).toEqual([]);
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(
      /fork someone\/fork, where GITHUB_TOKEN is read-only/,
    );
  });
});
