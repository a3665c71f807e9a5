/**
 * Cold start of every bundle, as the runner starts it: a fresh `node dist/index.js` with INPUT_ variables and
 * runner files, timed from spawn to exit, against bare `node -e 0` on the same machine in the same run.
 * Prints a Markdown table (median, p10–p90 spread, median above bare node, peak RSS, bundle size).
 *   npm run bench [-- --runs N] [-- --only ACTION] [-- --readme]   (--readme also rewrites the table in README.md)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { type ActionMetadata, inputEnvironment, REPO_ROOT } from '../harness/run-action.js';
import { actionNames } from '../tools/docs.js';
import { SCENARIOS } from './scenarios.js';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 20;
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? args[onlyArg + 1] : undefined;
const WARMUP = 3;

interface Sample {
  ms: number;
  code: number | null;
}

function once(argv: string[], env: Record<string, string>, cwd?: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { env, stdio: 'ignore', ...(cwd ? { cwd } : {}) });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ms: performance.now() - started, code }));
  });
}

/** Peak resident memory of one run, read by the child itself as it exits (kept out of the timed runs). */
function peakRss(argv: string[], env: Record<string, string>, cwd?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const hook =
      'process.on("exit",()=>process.stderr.write("\\nRSS="+process.resourceUsage().maxRSS+"\\n"))';
    const child = spawn(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, ...argv],
      { env, stdio: ['ignore', 'ignore', 'pipe'], ...(cwd ? { cwd } : {}) },
    );
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      const match = /RSS=(\d+)/.exec(err);
      resolve(match ? Number(match[1]) * 1024 : Number.NaN);
    });
  });
}

/** The phase times an action writes to its debug log (`::debug::reading reports: 365 ms`), in order. */
function debugPhases(argv: string[], env: Record<string, string>, cwd?: string): Promise<[string, number][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      env: { ...env, RUNNER_DEBUG: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
      ...(cwd ? { cwd } : {}),
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', () =>
      resolve([...out.matchAll(/^::debug::([^:\n]+): (\d+) ms$/gm)].map((m) => [m[1] ?? '', Number(m[2])])),
    );
  });
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (i - lo);
}

interface Stats {
  median: number;
  p10: number;
  p90: number;
}

async function measure(
  argv: string[],
  env: Record<string, string>,
  exitCode: number,
  runs = RUNS,
  cwd?: string,
): Promise<Stats> {
  const warmups = runs < RUNS ? 1 : WARMUP;
  for (let i = 0; i < warmups; i++) await once(argv, env, cwd);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sample = await once(argv, env, cwd);
    if (sample.code !== exitCode)
      throw new Error(`${argv.join(' ')} exited ${sample.code}, expected ${exitCode}`);
    times.push(sample.ms);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p10: quantile(times, 0.1), p90: quantile(times, 0.9) };
}

function runnerEnv(
  dir: string,
  metadata: ActionMetadata,
  inputs: Record<string, string>,
  workspace = dir,
  extra: Record<string, string> = {},
): Record<string, string> {
  const files = ['output', 'env', 'path', 'state', 'summary'].map((f) => path.join(dir, f));
  for (const file of files) writeFileSync(file, '');
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files[0] ?? '',
    GITHUB_ENV: files[1] ?? '',
    GITHUB_PATH: files[2] ?? '',
    GITHUB_STATE: files[3] ?? '',
    GITHUB_STEP_SUMMARY: files[4] ?? '',
    ...inputEnvironment(metadata, inputs),
    ...extra,
  };
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'runway-bench-'));
  const rows: string[] = [];
  const notes: string[] = [];
  // Progress on stderr, one line a scenario as it finishes: stdout keeps only the table (CI appends it to
  // the job summary), and a run of a minute is never silent.
  const names = actionNames().filter((n) => ONLY === undefined || n === ONLY);
  const total = 1 + names.reduce((sum, n) => sum + (SCENARIOS[n]?.length ?? 0), 0);
  let done = 0;
  const progress = (what: string, since: number): void => {
    done++;
    process.stderr.write(
      `[${done}/${total}] ${what} (${((performance.now() - since) / 1000).toFixed(1)} s)\n`,
    );
  };
  try {
    const bareStarted = performance.now();
    const bare = await measure(['-e', '0'], { PATH: process.env.PATH ?? '' }, 0);
    progress('bare node', bareStarted);
    rows.push(
      `| bare \`node -e 0\` | – | ${fmt(bare.median)} | ${fmt(bare.p10)}–${fmt(bare.p90)} | – | – | – |`,
    );
    for (const name of names) {
      const scenarios = SCENARIOS[name];
      const bundle = path.join(REPO_ROOT, 'actions', name, 'dist', 'index.js');
      // Chunks from dynamic imports count too.
      const distDir = path.dirname(bundle);
      const bytes = readdirSync(distDir)
        .filter((f) => f.endsWith('.js'))
        .reduce((sum, f) => sum + statSync(path.join(distDir, f)).size, 0);
      const size = `${(bytes / 1024).toFixed(0)} KiB`;
      if (scenarios === undefined || scenarios.length === 0) {
        rows.push(`| ${name} | no scenario in test/bench/scenarios.ts | – | – | – | – | ${size} |`);
        continue;
      }
      const metadata = parse(
        readFileSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8'),
      ) as ActionMetadata;
      for (const scenario of scenarios) {
        const scenarioStarted = performance.now();
        process.stderr.write(`[${done + 1}/${total}] ${name}: ${scenario.label}…\n`);
        const started = await scenario.setup?.();
        try {
          const env = runnerEnv(
            dir,
            metadata,
            { ...scenario.inputs, ...started?.inputs },
            started?.workspace,
            started?.env,
          );
          const stats = await measure([bundle], env, scenario.exitCode, scenario.runs, started?.workspace);
          const rss = await peakRss([bundle], env, started?.workspace);
          const label = started?.note ? `${scenario.label} (${started.note})` : scenario.label;
          rows.push(
            `| ${name} | ${label} | ${fmt(stats.median)} | ${fmt(stats.p10)}–${fmt(stats.p90)} | ` +
              `+${fmt(stats.median - bare.median)} | ${(rss / 2 ** 20).toFixed(1)} MiB | ${size} |`,
          );
          for (const reference of started?.references ?? []) {
            const base = await measure(reference.argv, env, 0, scenario.runs, started?.workspace);
            const baseRss = await peakRss(reference.argv, env, started?.workspace);
            rows.push(
              `| ${name} | ↳ ${reference.label} | ${fmt(base.median)} | ${fmt(base.p10)}–${fmt(base.p90)} | ` +
                `+${fmt(base.median - bare.median)} | ${(baseRss / 2 ** 20).toFixed(1)} MiB | – |`,
            );
          }
          if (scenario.phases === true) {
            // Each phase's median of three runs: one run's phases swing with this VM's noise.
            const runs: [string, number][][] = [];
            for (let i = 0; i < 3; i++) runs.push(await debugPhases([bundle], env, started?.workspace));
            const phases = (runs[0] ?? []).map(([phase], k): [string, number] => [
              phase,
              quantile(
                runs.map((r) => r[k]?.[1] ?? Number.NaN).sort((a, b) => a - b),
                0.5,
              ),
            ]);
            const rate = (ms: number): string =>
              started?.bytes === undefined ? '' : ` (${(started.bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s)`;
            notes.push(
              `- ${name}, ${label}: whole run ${fmt(stats.median)}${rate(stats.median)}; from the debug log: ` +
                phases
                  .map(([phase, ms]) => `${phase} ${fmt(ms)}${phase === 'reading reports' ? rate(ms) : ''}`)
                  .join(', ') +
                '.',
            );
          }
        } finally {
          await started?.stop();
        }
        progress(`${name}: ${scenario.label} done`, scenarioStarted);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const table = [
    `Cold start, ${RUNS} runs after ${WARMUP} warm-ups, node ${process.version}, ${new Date().toISOString().slice(0, 10)}:`,
    '',
    '| action | run | median | p10–p90 | above bare node | peak RSS | bundle |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...(notes.length > 0
      ? [
          '',
          "Where the time goes (the run's median from above; each phase's median of three runs):",
          '',
          ...notes,
        ]
      : []),
  ].join('\n');
  console.log(table);
  if (args.includes('--readme')) {
    const readmePath = path.join(REPO_ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const pattern = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
    if (!pattern.test(readme))
      throw new Error('README.md has no <!-- bench:start --> ... <!-- bench:end --> markers');
    const block = `<!-- prettier-ignore-start -->\n${table}\n<!-- prettier-ignore-end -->\n`;
    writeFileSync(
      readmePath,
      readme.replace(pattern, (_m, a: string, b: string) => `${a}${block}${b}`),
    );
  }
}

await main();
