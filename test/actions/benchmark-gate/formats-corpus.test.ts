/**
 * Real files from each producer (see test/fixtures/benchmarks/corpus/SOURCES.md) give the numbers the
 * producer itself wrote: the statistics of pytest-benchmark and hyperfine, Google Benchmark's own aggregates,
 * converted to seconds.
 */
/* eslint-disable no-loss-of-precision -- the expected numbers are copied digit for digit from the producers' files */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBenchmarkFile } from '../../../actions/benchmark-gate/src/formats.js';
import type { Format } from '../../../actions/benchmark-gate/src/model.js';

const CORPUS = path.join(import.meta.dirname, '..', '..', 'fixtures', 'benchmarks', 'corpus');
const read = (file: string, format?: Format) =>
  readBenchmarkFile(readFileSync(path.join(CORPUS, file), 'utf8'), format);

interface Expected {
  file: string;
  format?: Format;
  detected: Format;
  count: number;
  name: string;
  median: number;
  mean: number;
  min: number;
  /** Spread of the median and of the mean, as σ. */
  spread?: { median: number; mean: number };
  unit?: string;
  direction?: 'smaller-is-better' | 'bigger-is-better';
}

const IQR = 1.349;
const CASES: Expected[] = [
  {
    file: 'pytest-benchmark-5.2.3-save-data.json',
    detected: 'pytest',
    count: 2,
    name: 'test_bench.py::test_fib',
    median: 6.790000043110922e-5,
    mean: 7.051123836953637e-5,
    min: 6.743000085407402e-5,
    spread: { median: 3.9325004763668403e-7 / IQR, mean: 1.1855193730250516e-5 },
  },
  {
    file: 'anchor-pytest_several_units.json',
    detected: 'pytest',
    count: 4,
    name: 'bench.py::test_sleep_2',
    median: 2.005124842999999,
    mean: 2.0038430469999997,
    min: 2.001044877,
    spread: { median: 0.002820521000000298 / IQR, mean: 0.0018776587251587858 },
  },
  {
    file: 'googlebench-1.7.1-plain.json',
    detected: 'googlecpp',
    count: 5,
    name: 'BM_StringCopy/64',
    median: 18.340586075314164e-9,
    mean: 18.340586075314164e-9,
    min: 18.340586075314164e-9,
    spread: { median: 0, mean: 0 },
  },
  {
    file: 'googlebench-1.7.1-plain.json',
    detected: 'googlecpp',
    count: 5,
    name: 'BM_Sort/4096',
    median: 38.74849721353289e-6,
    mean: 38.74849721353289e-6,
    min: 38.74849721353289e-6,
  },
  {
    // Google Benchmark's own _median and _mean aggregates, not a recomputation.
    file: 'googlebench-1.7.1-repetitions.json',
    detected: 'googlecpp',
    count: 5,
    name: 'BM_StringCopy/64',
    median: 18.332793443501664e-9,
    mean: 18.31419005173113e-9,
    min: 18.078776824828875e-9,
  },
  {
    file: 'googlebench-1.7.1-aggregates-only.json',
    detected: 'googlecpp',
    count: 2,
    name: 'BM_StringCopy/64',
    median: 18.355152349414265e-9,
    mean: 18.34662550568834e-9,
    min: 18.355152349414265e-9,
    spread: { median: 0.024470218515262234e-9, mean: 0.024470218515262234e-9 },
  },
  {
    file: 'googlebench-1.9.4-aggregates-ms.json',
    detected: 'googlecpp',
    count: 1,
    name: 'BM_SampleTest',
    median: 3.5011679849776556e1 * 1e-3,
    mean: 3.5012518229996203e1 * 1e-3,
    min: 3.5011679849776556e1 * 1e-3,
    spread: { median: 3.5020816935032048e-2 * 1e-3, mean: 3.5020816935032048e-2 * 1e-3 },
  },
  {
    file: 'anchor-googlecpp_output.json',
    detected: 'googlecpp',
    count: 2,
    name: 'fib_20',
    median: 2.7455600415007055e4 * 1e-9,
    mean: 2.7455600415007055e4 * 1e-9,
    min: 2.7455600415007055e4 * 1e-9,
  },
  {
    file: 'hyperfine-1.15.0-two-commands.json',
    detected: 'hyperfine',
    count: 2,
    name: 'sleep 0.01',
    median: 0.011256865500000001,
    mean: 0.011257443333333334,
    min: 0.01117654,
  },
  {
    file: 'hyperfine-1.15.0-parameters.json',
    detected: 'hyperfine',
    count: 2,
    name: 'sleep 0.004',
    median: 0.0053221662400000005,
    mean: Number.NaN,
    min: Number.NaN,
  },
  {
    // A single run: hyperfine writes a null stddev.
    file: 'hyperfine-1.15.0-one-run.json',
    detected: 'hyperfine',
    count: 1,
    name: 'true',
    median: 0.001756252,
    mean: 0.001756252,
    min: 0.001756252,
    spread: { median: 0, mean: 0 },
  },
  {
    file: 'hyperfine-1brc.json',
    detected: 'hyperfine',
    count: 2,
    name: 'cargo run --release --bin lucretiel_1brc measurements_1000000000.txt',
    median: 12.04923320852,
    mean: 11.55440516752,
    min: 10.25172425152,
    spread: { median: 1.1389597505435085, mean: 1.1389597505435085 },
  },
  {
    file: 'anchor-customSmallerIsBetter_output2.json',
    format: 'customSmallerIsBetter',
    detected: 'customSmallerIsBetter',
    count: 4,
    name: 'Binary file',
    median: 3886.75e-9,
    mean: 3886.75e-9,
    min: 3886.75e-9,
    spread: { median: 87.1657e-9, mean: 87.1657e-9 },
  },
  {
    file: 'anchor-customSmallerIsBetter_output.json',
    format: 'customSmallerIsBetter',
    detected: 'customSmallerIsBetter',
    count: 2,
    name: 'My Custom Smaller Is Better Benchmark - CPU Load',
    median: 50,
    mean: 50,
    min: 50,
    spread: { median: 2.5, mean: 2.5 },
    unit: 'Percent',
  },
  {
    file: 'anchor-customBiggerIsBetter_output.json',
    format: 'customBiggerIsBetter',
    detected: 'customBiggerIsBetter',
    count: 2,
    name: 'My Custom Bigger Is Better Benchmark - Free Memory',
    median: 150,
    mean: 150,
    min: 150,
    spread: { median: 3, mean: 3 },
    unit: 'Megabytes',
    direction: 'bigger-is-better',
  },
];

describe.each(CASES)('$file: $name', (c) => {
  it('reads what the producer wrote', () => {
    const result = read(c.file, c.format);
    expect(result.format).toBe(c.detected);
    expect(result.measurements).toHaveLength(c.count);
    const m = result.measurements.find((x) => x.name === c.name);
    expect(m, `${c.name} among ${result.measurements.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(m?.unit).toBe(c.unit ?? 's');
    expect(m?.direction).toBe(c.direction ?? 'smaller-is-better');
    expect(m?.values.median).toBeCloseTo(c.median, 15);
    if (!Number.isNaN(c.mean)) expect(m?.values.mean).toBeCloseTo(c.mean, 15);
    if (!Number.isNaN(c.min)) expect(m?.values.min).toBeCloseTo(c.min, 15);
    if (c.spread !== undefined) {
      expect(m?.spread.median).toBeCloseTo(c.spread.median, 15);
      expect(m?.spread.mean).toBeCloseTo(c.spread.mean, 15);
    }
  });
});

describe('real files refused, with the reason', () => {
  it.each([
    ['hyperfine-1.15.0-failing.json', undefined, /^results\[0\] \(false\) exited with 1 in 3 of 3 runs/],
    // github-action-benchmark's own test file, edited by hand: a string among the raw rounds.
    [
      'anchor-pytest_output.json',
      undefined,
      /^benchmarks\[0\] \(bench\.py::test_fib_10\)\.stats\.data\[4\] must be a number/,
    ],
    [
      'anchor-customSmallerIsBetter_output.json',
      undefined,
      /^is a list of \{name, unit, value\}: the custom format/,
    ],
    ['anchor-data.js', undefined, /^is not JSON/],
  ])('%s', (file, format, message) => {
    expect(() => read(file, format)).toThrow(message);
  });

  it("hyperfine's old format without exit codes and a median of 0 is read; the 0 is left to the comparison", () => {
    const [m] = read('hyperfine-delta-old.json').measurements;
    expect(m?.values.median).toBe(0);
    expect(m?.values.mean).toBeCloseTo(3.0220133333329403e-6, 18);
  });
});
