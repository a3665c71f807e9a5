// Rebuilds every bundle and fails when the committed dist differs, or when a bundle would crash at run time.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

execFileSync(process.execPath, ['test/tools/build.mjs'], { stdio: 'inherit' });
const problems = [];
for (const name of readdirSync('actions')) {
  const bundle = join('actions', name, 'dist', 'index.js');
  if (!existsSync(join('actions', name, 'action.yml'))) continue;
  if (!existsSync(bundle)) {
    problems.push(`${bundle} is missing`);
    continue;
  }
  // Every chunk, not only index.js: a dynamic import() gets a file of its own.
  for (const file of readdirSync(join('actions', name, 'dist')).filter((f) => f.endsWith('.js'))) {
    const chunk = join('actions', name, 'dist', file);
    if (readFileSync(chunk, 'utf8').includes('webpackMissingModule')) {
      problems.push(
        `${chunk} contains webpackMissingModule: it will die with "Cannot find module" (is package.json "type": "module"?)`,
      );
    }
  }
}
// What the build writes: the bundles.
const BUILT = [':(glob)actions/*/dist/**'];
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...BUILT], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  problems.push(`the committed bundles are stale; run npm run build and commit:\n${status}`);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...BUILT], { encoding: 'utf8' }));
}
if (problems.length > 0) {
  for (const p of problems) console.error(`check-dist: ${p}`);
  process.exit(1);
}
console.log('check-dist: every bundle is up to date and whole.');
