/** The harness itself, on a scratch action that exercises every part of the runner protocol it emulates. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './run-action.js';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'runway-harness-'));
  const dir = path.join(root, 'probe');
  await mkdir(dir);
  await writeFile(
    path.join(dir, 'action.yml'),
    [
      'name: probe',
      'description: harness self-test',
      'inputs:',
      '  max-attempts: { description: d, required: false, default: "3" }',
      '  some name: { description: d, required: false, default: "" }',
      '  token: { description: d, required: false, default: "${{ github.token }}" }',
      'runs:',
      '  using: node24',
      '  main: main.mjs',
      '  post: post.mjs',
    ].join('\n'),
  );
  // Plain JS speaking the protocol by hand, so the harness is checked against the protocol, not the toolkit.
  await writeFile(
    path.join(dir, 'main.mjs'),
    `import { appendFileSync } from 'node:fs';
const e = process.env;
appendFileSync(e.GITHUB_OUTPUT, 'attempts=' + e['INPUT_MAX-ATTEMPTS'] + '\\n');
appendFileSync(e.GITHUB_OUTPUT, 'multi<<EOF_X\\nline 1\\nline 2\\nEOF_X\\n');
appendFileSync(e.GITHUB_OUTPUT, 'space=' + e.INPUT_SOME_NAME + '\\n');
appendFileSync(e.GITHUB_OUTPUT, 'token-set=' + ('INPUT_TOKEN' in e) + '\\n');
appendFileSync(e.GITHUB_OUTPUT, 'leaked=' + ('OUTER_SECRET' in e) + '\\n');
appendFileSync(e.GITHUB_STATE, 'saved=from main\\n');
appendFileSync(e.GITHUB_ENV, 'FOO=bar\\n');
appendFileSync(e.GITHUB_PATH, '/opt/tool/bin\\n');
appendFileSync(e.GITHUB_STEP_SUMMARY, '## Hello\\n');
console.log('::add-mask::hidden-value');
console.log('::warning file=src/a.py,line=12,col=3,title=Heads up::first%0Asecond');
console.log('plain log line');
`,
  );
  await writeFile(
    path.join(dir, 'post.mjs'),
    `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.GITHUB_OUTPUT, 'state=' + process.env.STATE_saved + '\\n');
console.log('::error::post failed on purpose');
process.exitCode = 1;
`,
  );
  process.env.OUTER_SECRET = 'must not leak into the step';
});
afterAll(async () => {
  delete process.env.OUTER_SECRET;
  await rm(root, { recursive: true, force: true });
});

describe('runAction harness', () => {
  it('passes inputs with defaults, reads back every runner file and command, and runs post with saved state', async () => {
    const run = await runAction('probe', { actionsRoot: root, inputs: { 'some name': 'x y' }, post: true });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      attempts: '3',
      multi: 'line 1\nline 2',
      space: 'x y',
      'token-set': 'false',
      leaked: 'false',
    });
    expect(run.state).toEqual({ saved: 'from main' });
    expect(run.env).toEqual({ FOO: 'bar' });
    expect(run.path).toEqual(['/opt/tool/bin']);
    expect(run.summary).toBe('## Hello\n');
    expect(run.masks).toEqual(['hidden-value']);
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: 'first\nsecond',
        properties: { file: 'src/a.py', line: '12', col: '3', title: 'Heads up' },
      },
    ]);
    expect(run.log).toContain('plain log line');
    expect(run.log).not.toContain('::');
    expect(run.post?.exitCode).toBe(1);
    expect(run.post?.outputs).toEqual({ state: 'from main' });
    expect(run.post?.errors.map((e) => e.message)).toEqual(['post failed on purpose']);
  });
});
