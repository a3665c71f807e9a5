/**
 * What `npm run bench` runs for each action: an input-error run (the fastest possible failure), a successful
 * run against something real on this machine, and for parsers a large input. A new action adds its entry here.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  stop: () => Promise<void>;
}

export interface Scenario {
  label: string;
  inputs: Record<string, string>;
  setup?: () => Promise<Started>;
  /** The exit code the run must end with, or the measurement is void. */
  exitCode: number;
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
  'test-report': [
    { label: 'input error', inputs: { 'fail-on': 'sometimes' }, exitCode: 1 },
    { label: '1,000 test cases', inputs: {}, setup: junitWorkspace(1000), exitCode: 0 },
    { label: '100,000 test cases', inputs: {}, setup: junitWorkspace(100_000), exitCode: 0, runs: 3 },
  ],
};
