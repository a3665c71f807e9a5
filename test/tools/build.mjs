// Bundles every action (or those named on the command line) with ncc: one ESM index.js per action.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
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
// ncc keeps about one core busy: two builds at a time on a two-core machine take little more than one.
const parallel = Math.max(1, Math.min(availableParallelism(), 4));

function build(name) {
  const dir = join('actions', name);
  const started = Date.now();
  // A fresh dist: chunk files from an earlier build would otherwise linger under their old names.
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const args = [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    join(dir, 'src', 'index.ts'),
    '-o',
    join(dir, 'dist'),
    '--license',
    'licenses.txt',
    '-q',
    // Transpile only (with actions/tsconfig.json): npm run typecheck checks the types, once for everything.
    '-t',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ncc failed for ${dir} (exit ${code})`));
      writeFileSync(join(dir, 'dist', 'package.json'), '{\n  "type": "module"\n}\n');
      console.log(`built ${dir}/dist in ${Date.now() - started} ms`);
      resolve();
    });
  });
}

const queue = [...names];
await Promise.all(
  Array.from({ length: Math.min(parallel, queue.length) }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) await build(name);
  }),
);
