/**
 * What `npm run bench` runs for each action: an input-error run (the fastest possible failure), a successful
 * run against something real on this machine, and for parsers a large input. A new action adds its entry here.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Started {
  inputs: Record<string, string>;
  /** The step's working directory (and GITHUB_WORKSPACE). */
  workspace?: string;
  /** Shown after the label, e.g. the input's size. */
  note?: string;
  /**
   * What the run is compared with, measured the same way in the same workspace: e.g. a bare node process
   * that only reads the input, so a parser's time has the cost of reading its file beside it.
   */
  references?: { label: string; argv: string[] }[];
  /** The input's size in bytes, for throughput (MB/s) in the notes under the table. */
  bytes?: number;
  /** More of the runner's environment (the repository, the event). */
  env?: Record<string, string>;
  stop: () => Promise<void>;
}

export interface Scenario {
  label: string;
  inputs: Record<string, string>;
  setup?: () => Promise<Started>;
  /** The exit code the run must end with, or the measurement is void. */
  exitCode: number;
  /** Run once more with the debug log on and put its phase times under the table (coverage-gate logs them). */
  phases?: boolean;
  /** Timed runs (default: the --runs option). */
  runs?: number;
}

async function healthServer(): Promise<Started> {
  const server = http.createServer((_req, res) => res.end('{"status":"ok"}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    inputs: { url: `http://127.0.0.1:${port}/health` },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A pytest-style JUnit report with `count` test cases: 1% failures with tracebacks, 2% skipped. */
export function writeJunitReport(file: string, count: number): void {
  const parts: string[] = ['<?xml version="1.0" encoding="utf-8"?><testsuites>'];
  const perSuite = 1000;
  for (let s = 0; s < count / perSuite; s++) {
    parts.push(`<testsuite name="pytest" tests="${perSuite}" time="12.5">`);
    for (let i = 0; i < perSuite; i++) {
      const n = s * perSuite + i;
      const head = `<testcase classname="tests.pkg${s}.test_module" name="test_case_${n}[param-${n % 7}]" time="0.0${n % 10}"`;
      if (n % 100 === 0) {
        parts.push(
          `${head}><failure message="AssertionError: assert ${n} == ${n + 1}">def test_case():\n&gt;       assert value == expected\nE       AssertionError: assert ${n} == ${n + 1}\n\ntests/pkg${s}/test_module.py:${n % 300}: AssertionError</failure></testcase>`,
        );
      } else if (n % 50 === 1) {
        parts.push(
          `${head}><skipped type="pytest.skip" message="needs a GPU">tests/pkg${s}/test_module.py:3: needs a GPU</skipped></testcase>`,
        );
      } else {
        parts.push(`${head}/>`);
      }
    }
    parts.push('</testsuite>');
  }
  parts.push('</testsuites>');
  writeFileSync(file, parts.join('\n'));
}

/**
 * A coverage.py-style Cobertura report of about `megabytes` MB: files of 400 lines, a branch every tenth line;
 * or, with `oneClass`, a single file of as many lines as that takes (memory must not grow with a class).
 */
export function writeCoberturaReport(file: string, megabytes: number, oneClass = false): void {
  const fd = openSync(file, 'w');
  writeSync(
    fd,
    '<?xml version="1.0" ?>\n<coverage version="7.4.0" line-rate="0.9" branch-rate="0.8">\n\t<sources>\n\t\t<source>/home/runner/work/app/app</source>\n\t</sources>\n\t<packages>\n',
  );
  let written = 0;
  for (let f = 0; written < megabytes * 1e6; f++) {
    let chunk = `\t\t<package name="pkg${f}"><classes><class name="m${f}.py" filename="pkg${f}/m${f}.py" line-rate="0.9"><methods/><lines>`;
    for (let n = 1; oneClass ? written + chunk.length < megabytes * 1e6 : n <= 400; n++) {
      chunk +=
        n % 10 === 0
          ? `\n\t\t\t\t\t\t<line number="${n}" hits="${n % 7}" branch="true" condition-coverage="50% (1/2)"/>`
          : `\n\t\t\t\t\t\t<line number="${n}" hits="${n % 9 === 0 ? 0 : 3}"/>`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        written += chunk.length;
        chunk = '';
      }
    }
    chunk += '\n\t\t</lines></class></classes></package>\n';
    writeSync(fd, chunk);
    written += chunk.length;
  }
  writeSync(fd, '\t</packages>\n</coverage>\n');
  closeSync(fd);
}

function coberturaWorkspace(
  megabytes: number,
  withReference = false,
  oneClass = false,
): () => Promise<Started> {
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runway-bench-cov-'));
    const file = path.join(dir, 'coverage.xml');
    writeCoberturaReport(file, megabytes, oneClass);
    return Promise.resolve({
      inputs: { files: 'coverage.xml', 'if-no-files': 'error', comment: 'off', annotate: 'false' },
      workspace: dir,
      note: `${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`,
      bytes: statSync(file).size,
      ...(withReference ? { references: readReferences(file) } : {}),
      stop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  };
}

/**
 * A node process that reads `file` and does nothing else, as the actions read reports (1 MiB at a time into
 * a reused buffer): the floor for any parser of that file on this machine.
 */
export function readOnly(file: string): string[] {
  const script = `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(file)},'r');const b=Buffer.allocUnsafe(1<<20);while(fs.readSync(fd,b,0,b.length,null)>0);`;
  return ['-e', script];
}

/**
 * The floors a parser of `file` is held to: reading it from the page cache (where a report a test run just
 * wrote is), and reading it from the disk itself with the page cache bypassed (dd with O_DIRECT), where the
 * file system allows that.
 */
function readReferences(file: string): { label: string; argv: string[] }[] {
  const references = [{ label: 'reading the same file, no parsing', argv: readOnly(file) }];
  const dd = ['if=' + file, 'of=/dev/null', 'bs=1M', 'iflag=direct'];
  if (spawnSync('dd', dd, { stdio: 'ignore' }).status === 0) {
    const script = `require('child_process').execFileSync('dd',${JSON.stringify(dd)},{stdio:'ignore'})`;
    references.push({
      label: 'reading it from the disk, page cache bypassed (dd, O_DIRECT)',
      argv: ['-e', script],
    });
  } else console.error(`bench: dd cannot read ${file} with O_DIRECT here; no disk row`);
  return references;
}

/** A SARIF log from one tool with `count` results over 50 rules and 400 files. */
function sarifWorkspace(count: number): () => Promise<Started> {
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runway-bench-sarif-'));
    const file = path.join(dir, 'scan.sarif');
    const results = Array.from({ length: count }, (_, i) => ({
      ruleId: `rule-${i % 50}`,
      level: i % 10 === 0 ? 'error' : i % 3 === 0 ? 'warning' : 'note',
      message: { text: `Finding ${i}: a possible problem in this code path` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `src/module_${i % 400}.py` },
            region: { startLine: (i % 500) + 1 },
          },
        },
      ],
    }));
    writeFileSync(
      file,
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results }] }),
    );
    return Promise.resolve({
      inputs: { reports: 'scan.sarif', 'fail-on': 'none' },
      workspace: dir,
      note: `${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`,
      stop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  };
}

function junitWorkspace(count: number): () => Promise<Started> {
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runway-bench-junit-'));
    const file = path.join(dir, 'junit.xml');
    writeJunitReport(file, count);
    return Promise.resolve({
      inputs: { files: 'junit.xml', 'fail-on': 'none', annotate: 'true' },
      workspace: dir,
      note: `${(statSync(file).size / 2 ** 20).toFixed(1)} MiB`,
      stop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  };
}

/**
 * A repository whose `benchmarks` branch holds `runs` stored runs of `count` benchmarks, and a pytest-benchmark
 * file of the same benchmarks; the run is a pull request (read and compare) or a push (read, compare, save:
 * the same commit each time, so each timed run replaces the last instead of growing the history).
 */
function benchmarkHistory(
  count: number,
  runs: number,
  event: 'pull_request' | 'push',
): () => Promise<Started> {
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runway-bench-benchmarks-'));
    const workspace = path.join(dir, 'workspace');
    const seed = path.join(dir, 'seed');
    const bare = path.join(dir, 'server', 'runway-ci', 'example.git');
    const git = (cwd: string, ...args: string[]) => {
      const ran = spawnSync('git', args, { cwd, encoding: 'utf8' });
      if (ran.status !== 0) throw new Error(`git ${args.join(' ')}: ${ran.stderr}`);
    };
    for (const d of [workspace, seed, path.dirname(bare)]) spawnSync('mkdir', ['-p', d]);
    git(dir, 'init', '-q', '--bare', bare);
    const names = Array.from(
      { length: count },
      (_, i) => `tests/performance/test_module_${i % 50}.py::test_case_${i}`,
    );
    // Six significant digits, as the action stores them.
    const value = (i: number, r: number) =>
      Number((0.001 * (1 + (i % 7) / 10) * (1 + Math.sin(r + i) / 20)).toPrecision(6));
    const history = openSync(path.join(seed, 'data.json'), 'w');
    const stored = Array.from({ length: runs }, (_, r) => ({
      commit: r.toString(16).padStart(40, '0'),
      date: new Date(Date.UTC(2026, 0, 1) + r * 86_400_000).toISOString(),
      branch: 'main',
    }));
    writeSync(
      history,
      `{"format":"runway-benchmark-history","version":1,\n"runs":${JSON.stringify(stored)},\n"series":{\n"median":{\n`,
    );
    names.forEach((name, i) => {
      const points = Array.from(
        { length: runs },
        (_, r) => `[${r},${value(i, r)},${Number((value(i, r) / 50).toPrecision(3))}]`,
      ).join(',');
      writeSync(
        history,
        `${i === 0 ? '' : ',\n'}${JSON.stringify(name)}:{"unit":"s","direction":"smaller-is-better","points":[${points}]}`,
      );
    });
    writeSync(history, '\n}}}\n');
    closeSync(history);
    const size = statSync(path.join(seed, 'data.json')).size;
    git(seed, 'init', '-q', '-b', 'benchmarks');
    git(seed, '-c', 'user.name=bench', '-c', 'user.email=bench@runway.invalid', 'add', '-A');
    git(seed, '-c', 'user.name=bench', '-c', 'user.email=bench@runway.invalid', 'commit', '-q', '-m', 'seed');
    git(seed, 'push', '-q', bare, 'benchmarks');
    writeFileSync(
      path.join(workspace, 'benchmark.json'),
      JSON.stringify({
        machine_info: {},
        benchmarks: names.map((fullname, i) => {
          const v = value(i, runs) * (i === 0 ? 3 : 1);
          return {
            fullname,
            name: fullname.split('::')[1],
            stats: {
              min: v * 0.95,
              max: v * 1.2,
              mean: v,
              median: v,
              stddev: v / 40,
              iqr: v / 50,
              rounds: 100,
            },
          };
        }),
      }),
    );
    const eventFile = path.join(dir, 'event.json');
    writeFileSync(
      eventFile,
      JSON.stringify(
        event === 'pull_request'
          ? {
              pull_request: {
                number: 1,
                base: { ref: 'main', sha: stored[runs - 1]?.commit },
                head: { repo: { full_name: 'runway-ci/example' } },
              },
            }
          : { repository: { default_branch: 'main' } },
      ),
    );
    return Promise.resolve({
      inputs: { files: 'benchmark.json', comment: 'off', 'fail-on-alert': 'false', 'github-token': '' },
      workspace,
      note: `${count.toLocaleString('en')} benchmarks × ${runs.toLocaleString('en')} stored runs, ${(size / 2 ** 20).toFixed(0)} MiB history`,
      env: {
        GITHUB_REPOSITORY: 'runway-ci/example',
        GITHUB_SERVER_URL: `file://${path.join(dir, 'server')}`,
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REF_NAME: event === 'push' ? 'main' : '1/merge',
        GITHUB_SHA: 'f'.repeat(40),
      },
      stop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  };
}

export const SCENARIOS: Readonly<Record<string, readonly Scenario[]>> = {
  'health-check': [
    { label: 'input error', inputs: { url: '' }, exitCode: 1 },
    { label: 'success', inputs: { 'expect-json': 'status=ok' }, setup: healthServer, exitCode: 0 },
  ],
  'verify-gpu': [
    { label: 'input error', inputs: { 'min-memory': '16' }, exitCode: 1 },
    // No GPU on the bench machine: the fastest complete verdict is "nvidia-smi not found", with required: false.
    { label: 'no GPU, required: false', inputs: { required: 'false' }, exitCode: 0 },
  ],
  'coverage-gate': [
    { label: 'input error', inputs: { metric: 'statements' }, exitCode: 1 },
    { label: 'no report found', inputs: { files: 'nothing-here/*.xml' }, exitCode: 1 },
    { label: 'small report', inputs: {}, setup: coberturaWorkspace(0.5), exitCode: 0 },
    {
      label: 'large report',
      inputs: {},
      setup: coberturaWorkspace(200, true),
      exitCode: 0,
      runs: 5,
      phases: true,
    },
    {
      label: 'large report, one class',
      inputs: {},
      setup: coberturaWorkspace(200, false, true),
      exitCode: 0,
      runs: 5,
    },
  ],
  'setup-python': [{ label: 'input error', inputs: { 'python-version': '4.0' }, exitCode: 1 }],
  'ec2-deploy': [
    // The AWS SDK and ssh2 load only after the inputs are checked, so this path stays light.
    { label: 'input error', inputs: { 'instance-id': 'web-1' }, exitCode: 1 },
  ],
  'slack-report': [
    { label: 'input error', inputs: { needs: '{not json' }, exitCode: 1 },
    {
      label: 'preview (no transport)',
      inputs: { needs: '{"unit-tests": {"result": "success"}}' },
      exitCode: 0,
    },
  ],
  'security-gate': [
    { label: 'input error', inputs: { 'fail-on': 'severe', reports: 'x.json' }, exitCode: 1 },
    { label: '100,000-finding SARIF', inputs: {}, setup: sarifWorkspace(100_000), exitCode: 0, runs: 3 },
  ],
  'benchmark-gate': [
    { label: 'input error', inputs: { files: 'benchmark.json', metric: 'p99' }, exitCode: 1 },
    {
      label: 'pull request',
      inputs: {},
      setup: benchmarkHistory(1000, 1000, 'pull_request'),
      exitCode: 0,
      runs: 3,
    },
    {
      label: 'push, saved',
      inputs: {},
      setup: benchmarkHistory(1000, 1000, 'push'),
      exitCode: 0,
      runs: 3,
      phases: true,
    },
  ],
  'test-report': [
    { label: 'input error', inputs: { 'fail-on': 'sometimes' }, exitCode: 1 },
    { label: 'no report found', inputs: { files: 'nothing-here/*.xml' }, exitCode: 1 },
    { label: '1,000 test cases', inputs: {}, setup: junitWorkspace(1000), exitCode: 0 },
    { label: '100,000 test cases', inputs: {}, setup: junitWorkspace(100_000), exitCode: 0, runs: 3 },
  ],
};
