/** coverage-gate's decisions pinned exactly at, just below and just above each boundary. */
import { describe, expect, it } from 'vitest';
import { parseCodecovYaml, roundCoverage } from '../../../actions/coverage-gate/src/codecov-config.js';
import { gate, type RunContext } from '../../../actions/coverage-gate/src/gate.js';
import {
  Arena,
  type Coverage,
  FileCoverage,
  fileTotals,
  totalsOf,
} from '../../../actions/coverage-gate/src/model.js';
import { readerFor } from '../../../actions/coverage-gate/src/parsers.js';
import { parsePercent } from '../../../actions/coverage-gate/src/percent.js';

const push: RunContext = { pullRequest: false, branch: 'main' };

/** One file of `total` lines, the first `covered` of them hit. */
function coverageOf(covered: number, total: number): Coverage {
  const file = new FileCoverage(new Arena());
  for (let line = 1; line <= total; line++) file.add(line, line <= covered ? 1 : 0);
  return new Map([['a.py', file]]);
}

function projectState(covered: number, total: number, yaml: string): string | undefined {
  const coverage = coverageOf(covered, total);
  const config = parseCodecovYaml(yaml, 'codecov.yml');
  const result = gate(coverage, totalsOf(coverage), 'lines', config, undefined, undefined, push);
  return result.statuses.find((s) => s.kind === 'project')?.state;
}

describe('the project target, with and without a threshold', () => {
  const target = (t: string, threshold = '') =>
    `coverage:\n  status:\n    project:\n      default:\n        target: ${t}\n${threshold === '' ? '' : `        threshold: ${threshold}\n`}    patch: off\n`;

  it('passes exactly at the target, fails one line below it', () => {
    expect(projectState(80, 100, target('80%'))).toBe('passed');
    expect(projectState(79, 100, target('80%'))).toBe('failed');
    expect(projectState(81, 100, target('80%'))).toBe('passed');
  });

  it('passes exactly at target − threshold, fails just below', () => {
    expect(projectState(75, 100, target('80%', '5%'))).toBe('passed');
    expect(projectState(74, 100, target('80%', '5%'))).toBe('failed');
  });

  it('takes target: 100% and passes only on full coverage', () => {
    expect(parsePercent('100%', 'target', true)).toBe(100);
    expect(() => parsePercent('100.01%', 'target', true)).toThrow(/must be a percentage/);
    expect(projectState(100, 100, target('100%'))).toBe('passed');
    expect(projectState(99, 100, target('100%'))).toBe('failed');
  });

  it('passes target: 0% with nothing covered', () => {
    expect(projectState(0, 10, target('0%'))).toBe('passed');
  });
});

describe("Codecov's rounding", () => {
  it('rounds 23/40 = 57.5 down to 57.5, not 57.49 (floating point guarded)', () => {
    expect(roundCoverage((23 / 40) * 100, 2, 'down')).toBe(57.5);
    expect(roundCoverage((23 / 40) * 100, 1, 'down')).toBe(57.5);
    expect(roundCoverage(57.49999, 2, 'down')).toBe(57.49);
    expect(roundCoverage((1 / 3) * 100, 2, 'down')).toBe(33.33);
    expect(roundCoverage((2 / 3) * 100, 2, 'up')).toBe(66.67);
    expect(roundCoverage((2 / 3) * 100, 2, 'nearest')).toBe(66.67);
    expect(roundCoverage(66.665, 2, 'nearest')).toBe(66.67);
  });

  it('a figure that rounds down to the target passes; one a hair below does not', () => {
    // 4/7 = 57.142857…% rounds down to 57.14 with precision 2.
    const yaml =
      'coverage:\n  precision: 2\n  round: down\n  status:\n    project:\n      default:\n        target: 57.14%\n    patch: off\n';
    expect(projectState(4, 7, yaml)).toBe('passed');
    const above = yaml.replace('57.14%', '57.15%');
    expect(projectState(4, 7, above)).toBe('failed');
  });
});

describe('LCOV branches', () => {
  const lcov = (records: string) => {
    const reader = readerFor('lcov');
    reader.write(Buffer.from(`SF:a.js\n${records}end_of_record\n`));
    const file = reader.close().files.get('a.js');
    if (file === undefined) throw new Error('no file');
    return fileTotals(file);
  };

  it('counts BRDA taken 0 times as a missed branch, 1 time as covered', () => {
    expect(lcov('DA:1,1\nBRDA:1,0,0,0\nBRDA:1,0,1,1\n')).toMatchObject({
      branchesValid: 2,
      branchesCovered: 1,
    });
    expect(lcov('DA:1,1\nBRDA:1,0,0,0\nBRDA:1,0,1,0\n')).toMatchObject({
      branchesValid: 2,
      branchesCovered: 0,
    });
    expect(lcov('DA:1,1\nBRDA:1,0,0,-\nBRDA:1,0,1,1\n')).toMatchObject({
      branchesValid: 2,
      branchesCovered: 1,
    });
  });

  it('counts DA with 0 hits as missed, 1 hit as covered', () => {
    expect(lcov('DA:1,0\nDA:2,1\n')).toMatchObject({ linesValid: 2, linesCovered: 1 });
  });
});
