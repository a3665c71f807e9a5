/**
 * coverage.py's numbers from every format it writes, through coverage-gate's bundle: a package with branches,
 * `# pragma: no cover` blocks (some of which run) and code only some shards reach, run by the real coverage.py
 * in three shards, each written as Cobertura XML, JSON and LCOV; every mix of those is compared with
 * `coverage combine && coverage report`. Beside the live run (Debian's coverage 6.5), the same shards
 * written by coverage 7.6.0, committed.
 */
import { readFileSync, readdirSync, renameSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage, havePythonModule, SYSTEM_PYTHON } from '../harness/python.js';
import { runAction } from '../harness/run-action.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'coverage');
const SHOP = path.join(FIXTURES, 'shop');
const FORMATS = ['xml', 'json', 'lcov'] as const;
type Format = (typeof FORMATS)[number];

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

interface Truth {
  linesValid: number;
  linesCovered: number;
  branchesValid: number;
  branchesCovered: number;
}

/** Every mix of formats for three shards: xml/xml/xml, xml/xml/json, … (27). */
const MIXES: Format[][] = FORMATS.flatMap((a) => FORMATS.flatMap((b) => FORMATS.map((c) => [a, b, c])));

async function gate(ws: string, files: string[], metric = 'lines') {
  const run = await runAction('coverage-gate', {
    workspace: ws,
    runnerTemp: ws,
    inputs: { files: files.join('\n'), metric, 'github-token': '', comment: 'off' },
  });
  expect(run.exitCode, run.stdout).toBe(0);
  return {
    linesValid: Number(run.outputs['lines-valid']),
    linesCovered: Number(run.outputs['lines-covered']),
    branchesValid: Number(run.outputs['branches-valid']),
    branchesCovered: Number(run.outputs['branches-covered']),
    coverage: run.outputs.coverage ?? '',
  };
}

/** What LCOV itself says, read as the format documents it: DA lines, BRDA exits by (line, block, branch). */
function lcovMeaning(texts: string[]): Truth {
  const lines = new Map<string, boolean>();
  const exits = new Map<string, boolean>();
  for (const text of texts) {
    let file = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('SF:')) file = line.slice(3);
      else if (line.startsWith('DA:')) {
        const [n, hits] = line.slice(3).split(',');
        const key = `${file}:${n ?? ''}`;
        lines.set(key, (lines.get(key) ?? false) || Number(hits) > 0);
      } else if (line.startsWith('BRDA:')) {
        const [n, block, branch, taken] = line.slice(5).split(',');
        const key = `${file}:${n ?? ''}:${block ?? ''}:${branch ?? ''}`;
        exits.set(key, (exits.get(key) ?? false) || (taken !== '-' && Number(taken) > 0));
      }
    }
  }
  const count = (m: Map<string, boolean>) => [m.size, [...m.values()].filter(Boolean).length] as const;
  const [linesValid, linesCovered] = count(lines);
  const [branchesValid, branchesCovered] = count(exits);
  return { linesValid, linesCovered, branchesValid, branchesCovered };
}

/** Runs the checks on a workspace holding shard1..3 in every format and the truth of `coverage combine`. */
function checkMixes(label: string, setup: () => { ws: string; truth: Truth; percent: string } | undefined) {
  describe(label, () => {
    it.each(MIXES.filter((m) => !m.includes('lcov')).map((m) => [m.join('+'), m] as const))(
      '%s equals coverage combine && coverage report',
      async (_name, mix) => {
        const ready = setup();
        if (ready === undefined) return;
        const got = await gate(
          ready.ws,
          mix.map((format, i) => `reports/shard${i + 1}.${format}`),
        );
        expect({ ...got, coverage: undefined }).toEqual({ ...ready.truth, coverage: undefined });
      },
    );

    it("gives coverage report's TOTAL with metric: combined", async () => {
      const ready = setup();
      if (ready === undefined) return;
      const got = await gate(
        ready.ws,
        ['reports/shard1.json', 'reports/shard2.xml', 'reports/shard3.json'],
        'combined',
      );
      expect(Number(got.coverage)).toBe(Number(ready.percent));
    });

    it('reads LCOV as the format documents it, in any mix', async () => {
      const ready = setup();
      if (ready === undefined) return;
      const lcov = [1, 2, 3].map((i) =>
        readFileSync(path.join(ready.ws, 'reports', `shard${i}.lcov`), 'utf8'),
      );
      const got = await gate(ready.ws, ['reports/shard1.lcov', 'reports/shard2.lcov', 'reports/shard3.lcov']);
      expect({ ...got, coverage: undefined }).toEqual({ ...lcovMeaning(lcov), coverage: undefined });
      // Its statements are DA lines: never fewer than coverage.py's (it may list lines coverage.py excludes).
      expect(got.linesValid).toBeGreaterThanOrEqual(ready.truth.linesValid);
      for (const mix of MIXES.filter((m) => m.includes('lcov'))) {
        const mixed = await gate(
          ready.ws,
          mix.map((format, i) => `reports/shard${i + 1}.${format}`),
        );
        expect(mixed.linesValid, mix.join('+')).toBeGreaterThanOrEqual(ready.truth.linesValid);
        expect(mixed.linesCovered, mix.join('+')).toBeGreaterThanOrEqual(ready.truth.linesCovered);
      }
    });
  });
}

let live: { ws: string; truth: Truth; percent: string } | undefined;
let liveReady = false;

beforeAll(async () => {
  liveReady = havePythonModule('coverage') && havePythonModule('pytest');
  if (!liveReady) return;
  const ws = await mkdtemp(path.join(tmpdir(), 'runway-cg-formats-'));
  scratch.push(ws);
  await cp(SHOP, ws, { recursive: true });
  // Three shards, as a test matrix runs them: each its own data file (-p), with branches (.coveragerc).
  for (const tests of ['tests/test_prices.py', 'tests/test_cart.py', 'tests/test_checkout.py']) {
    const ran = coverage(ws, ['run', '-p', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', tests]);
    expect(ran.status, ran.output).toBe(0);
  }
  const shards = readdirSync(ws)
    .filter((f) => f.startsWith('.coverage.'))
    .sort();
  expect(shards).toHaveLength(3);
  for (const [i, shard] of shards.entries()) {
    const env = { COVERAGE_FILE: path.join(ws, shard) };
    for (const [format, flag] of [
      ['xml', 'xml'],
      ['json', 'json'],
      ['lcov', 'lcov'],
    ] as const) {
      const out = coverage(ws, [flag, '-q', '-o', `reports/shard${i + 1}.${format}`], env);
      expect(out.status, out.output).toBe(0);
    }
  }
  const combined = coverage(ws, ['combine', '--keep', '-q', ...shards]);
  expect(combined.status, combined.output).toBe(0);
  expect(coverage(ws, ['json', '-q', '-o', 'combined.json']).status).toBe(0);
  const totals = (
    JSON.parse(readFileSync(path.join(ws, 'combined.json'), 'utf8')) as {
      totals: Record<string, number>;
    }
  ).totals;
  const report = coverage(ws, ['report', '--precision=2']).output;
  renameSync(path.join(ws, 'combined.json'), path.join(ws, 'combined.json.txt'));
  live = {
    ws,
    truth: {
      linesValid: totals.num_statements ?? -1,
      linesCovered: totals.covered_lines ?? -1,
      branchesValid: totals.num_branches ?? -1,
      branchesCovered: totals.covered_branches ?? -1,
    },
    percent: /^TOTAL\s.*?(\d+\.\d+)%$/m.exec(report)?.[1] ?? '',
  };
}, 60_000);

checkMixes("Debian's coverage.py, run live", () => {
  if (!liveReady) return undefined;
  return live;
});

describe('the sample itself', () => {
  it('has what makes formats disagree: excluded code that runs, and branches some shards never take', () => {
    if (live === undefined) return;
    // coverage.py's own view of the merged shards (not ours): 56 statements, 24 exits.
    expect(live.truth).toMatchObject({ linesValid: 56, branchesValid: 24 });
    expect(live.truth.linesCovered).toBeLessThan(56);
    expect(live.truth.branchesCovered).toBeLessThan(24);
    expect(SYSTEM_PYTHON).toBe('/usr/bin/python3');
  });
});

let committed: { ws: string; truth: Truth; percent: string } | undefined;
beforeAll(async () => {
  const ws = await mkdtemp(path.join(tmpdir(), 'runway-cg-76-'));
  scratch.push(ws);
  await cp(SHOP, ws, { recursive: true });
  await cp(path.join(FIXTURES, 'coveragepy-7.6.0__shop'), path.join(ws, 'reports'), { recursive: true });
  // coverage 7.6.0's own view of the combined shards, committed beside them: its JSON totals and the
  // TOTAL line of `coverage report --precision=2`.
  const totals = (
    JSON.parse(readFileSync(path.join(ws, 'reports', 'combined.json'), 'utf8')) as {
      totals: Record<string, number>;
    }
  ).totals;
  const total = readFileSync(path.join(ws, 'reports', 'coverage-report-TOTAL.txt'), 'utf8');
  committed = {
    ws,
    truth: {
      linesValid: totals.num_statements ?? -1,
      linesCovered: totals.covered_lines ?? -1,
      branchesValid: totals.num_branches ?? -1,
      branchesCovered: totals.covered_branches ?? -1,
    },
    percent: /^TOTAL\s.*?(\d+\.\d+)%/m.exec(total)?.[1] ?? '',
  };
});

checkMixes('coverage.py 7.6.0, committed', () => committed);

describe('Codecov statuses through the bundle, on the committed coverage.py 7.6.0 shards', () => {
  const shards = ['reports/shard1.xml', 'reports/shard2.json', 'reports/shard3.xml'];
  async function withConfig(config: string, inputs: Record<string, string> = {}) {
    const ws = committed?.ws ?? '';
    const file = `codecov-${Math.random().toString(36).slice(2)}.yml`;
    await writeFile(path.join(ws, file), config);
    return runAction('coverage-gate', {
      workspace: ws,
      runnerTemp: ws,
      inputs: { files: shards.join('\n'), config: file, 'github-token': '', comment: 'off', ...inputs },
    });
  }

  it('turns statuses off with enabled: no (pandas) and passes whatever the coverage', async () => {
    const run = await withConfig(
      readFileSync(path.join(FIXTURES, '..', 'codecov', 'pandas__codecov.yml'), 'utf8'),
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.summary).toContain('No status: the config turns every project and patch status off.');
  });

  it('fails a named status on its own paths while the project status passes', async () => {
    const run = await withConfig(
      'coverage:\n  status:\n    project:\n      default:\n        target: 50%\n      checkout:\n        target: 90%\n        paths:\n          - shop/checkout.py\n    patch: off\n',
    );
    expect(run.exitCode).toBe(1);
    expect(run.summary).toMatch(/\| ✅ project \| 4 \| 83\.92% \| 50% \|/);
    expect(run.summary).toMatch(/\| ❌ project\/checkout \| 1 \| 75% \| 90% \|/);
    expect(run.errors.at(-1)?.message).toBe(
      'Coverage gate failed: project checkout coverage 75% < target 90%',
    );
  });

  it('takes target auto from a base written as coverage.py JSON', async () => {
    const run = await withConfig(
      'coverage:\n  status:\n    project:\n      default:\n        target: auto\n    patch: off\n',
      {
        base: 'reports/shard1.json',
      },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ 'base-coverage': '17.85', coverage: '83.92', delta: '66.07' });
    expect(run.summary).toMatch(/\| ✅ project \| 4 \| 83\.92% \| 17\.85% \|/);
  });
});
