// Bundles every action (or those named on the command line) with ncc: one ESM index.js per action.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ssh2's optional native addons (sshcrypto.node, cpu-features) would be copied into the bundle, compiled for
// this machine's Node ABI, while runners use node24 and each machine compiles different bytes: the bundle
// would differ between builds and could load a wrong binary. ssh2 falls back to pure JavaScript without them,
// so they are removed before bundling (and package.json's allowScripts keeps npm from building them).
for (const dir of ['node_modules/ssh2/lib/protocol/crypto/build', 'node_modules/cpu-features/build']) {
  rmSync(dir, { recursive: true, force: true });
}

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
