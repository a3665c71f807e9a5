// Bundles every action (or those named on the command line) with ncc: one ESM index.js per action.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const names =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync('actions').filter((n) => existsSync(join('actions', n, 'action.yml')));
for (const name of names) {
  const dir = join('actions', name);
  const started = Date.now();
  // A fresh dist: chunk files from an earlier build would otherwise linger under their old names.
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      join(dir, 'src', 'index.ts'),
      '-o',
      join(dir, 'dist'),
      '--license',
      'licenses.txt',
      '-q',
    ],
    { stdio: 'inherit' },
  );
  writeFileSync(join(dir, 'dist', 'package.json'), '{\n  "type": "module"\n}\n');
  console.log(`built ${dir}/dist in ${Date.now() - started} ms`);
}
