/**
 * The LCOV reader at its edges: records split anywhere by chunking, Windows line ends, the last line without
 * a newline, branch exits named by block and branch and merged when repeated, `-` as never taken, records
 * that belong to no file, and the line number and wording of each refusal.
 */
import { describe, expect, it } from 'vitest';
import { LcovReader } from '../../../actions/coverage-gate/src/lcov.js';
import type { ParsedCoverage } from '../../../actions/coverage-gate/src/parsers.js';
import { ConfigurationError } from '../../../shared/errors.js';

function read(text: string, chunk = 1 << 20, asText = false): ParsedCoverage {
  const reader = new LcovReader();
  const bytes = Buffer.from(text);
  if (asText) for (let i = 0; i < text.length; i += chunk) reader.write(text.slice(i, i + chunk));
  else for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  return reader.close();
}

const totals = (parsed: ParsedCoverage, file: string) => parsed.files.get(file)?.totals();

const SAMPLE = [
  'TN:',
  'SF:src/é.py',
  'DA:1,1',
  'DA:2,0',
  'DA:3,5,abcdef',
  'BRDA:3,0,0,1',
  'BRDA:3,0,1,-',
  'BRDA:3,1,0,0',
  'LF:99',
  'LH:99',
  'end_of_record',
  'SF:b.py',
  'DA:1,0',
  'end_of_record',
  '',
].join('\n');

describe('reading LCOV', () => {
  it('reads statements from DA and branches from BRDA, never from LF/LH', () => {
    const parsed = read(SAMPLE);
    expect([...parsed.files.keys()]).toEqual(['src/é.py', 'b.py']);
    expect(totals(parsed, 'src/é.py')).toEqual({
      linesValid: 3,
      linesCovered: 2,
      branchesValid: 3,
      branchesCovered: 1,
    });
    expect(totals(parsed, 'b.py')).toEqual({
      linesValid: 1,
      linesCovered: 0,
      branchesValid: 0,
      branchesCovered: 0,
    });
    expect(parsed).toMatchObject({
      format: 'lcov',
      sources: [],
      declared: {
        linesValid: undefined,
        linesCovered: undefined,
        branchesValid: undefined,
        branchesCovered: undefined,
      },
    });
  });

  it('gives the same result in any chunking, as bytes or as text, with CRLF line ends, without a last newline', () => {
    const expected = read(SAMPLE);
    const variants = [SAMPLE, SAMPLE.replace(/\n/g, '\r\n'), SAMPLE.trimEnd()];
    for (const text of variants) {
      for (const chunk of [1, 2, 3, 5, 64]) {
        for (const asText of [false, true]) {
          const parsed = read(text, chunk, asText);
          expect([...parsed.files.keys()]).toEqual(['src/é.py', 'b.py']);
          for (const f of ['src/é.py', 'b.py']) expect(totals(parsed, f)).toEqual(totals(expected, f));
        }
      }
    }
  });

  it('reads a last record with no newline and no end_of_record', () => {
    expect(totals(read('SF:a.py\nDA:1,1\nBRDA:1,0,0,1'), 'a.py')).toEqual({
      linesValid: 1,
      linesCovered: 1,
      branchesValid: 1,
      branchesCovered: 1,
    });
  });

  it('merges an exit listed twice as taken when either says so, and keeps exits of other blocks apart', () => {
    const parsed = read(
      [
        'SF:a.py',
        'DA:1,1',
        'BRDA:1,0,0,0',
        'BRDA:1,0,0,4',
        'BRDA:1,0,1,0',
        'BRDA:1,2,0,0',
        // Taken first, then not: still taken.
        'BRDA:1,3,0,2',
        'BRDA:1,3,0,0',
        'end_of_record',
      ].join('\n'),
    );
    expect(parsed.files.get('a.py')?.get(1)).toMatchObject({ branchesTotal: 4, branchesCovered: 2 });
  });

  it('takes a branch on a line without DA as branches only, not a statement', () => {
    const parsed = read('SF:a.py\nBRDA:7,0,0,1\nBRDA:7,0,1,0\nend_of_record\n');
    expect(totals(parsed, 'a.py')).toEqual({
      linesValid: 0,
      linesCovered: 0,
      branchesValid: 2,
      branchesCovered: 1,
    });
  });

  it('adds a file listed twice into one, its branches per record', () => {
    const parsed = read(
      [
        'SF:a.py',
        'DA:1,0',
        'DA:3,1',
        'BRDA:1,0,0,0',
        'end_of_record',
        'SF:a.py',
        'DA:1,3',
        'DA:2,1',
        'BRDA:1,0,0,2',
        'end_of_record',
      ].join('\n'),
    );
    expect(totals(parsed, 'a.py')).toEqual({
      linesValid: 3,
      linesCovered: 3,
      branchesValid: 1,
      branchesCovered: 1,
    });
  });

  it('ignores other records and lines it does not know', () => {
    const parsed = read(
      [
        'TN:x',
        'SF:a.py',
        'FN:1,f',
        'FNDA:1,f',
        'FNF:1',
        'BRF:9',
        'BRH:9',
        'junk',
        'DA:1,1',
        'end_of_record',
      ].join('\n'),
    );
    expect(totals(parsed, 'a.py')).toEqual({
      linesValid: 1,
      linesCovered: 1,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });

  it('reads a count past 2^53 as covered', () => {
    expect(totals(read('SF:a.py\nDA:1,99999999999999999999\nend_of_record\n'), 'a.py')?.linesCovered).toBe(1);
  });
});

describe('refusing LCOV', () => {
  const refused = (text: string): string => {
    try {
      read(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('expected the tracefile to be refused');
  };

  it.each([
    ['DA:1,1', 'line 1: a DA record before any SF'],
    ['TN:\nBRDA:1,0,0,1', 'line 2: a BRDA record before any SF'],
    ['SF:a.py\nDA:1,1\nend_of_record\nDA:2,1', 'line 4: a DA record before any SF'],
    ['SF:a.py\nDA:1', 'line 2: a DA record is not DA:<line>,<count> with whole numbers'],
    ['SF:a.py\nDA:x,1', 'line 2: a DA record is not DA:<line>,<count> with whole numbers'],
    ['SF:a.py\nDA:1,-1', 'line 2: a DA record is not DA:<line>,<count> with whole numbers'],
    ['SF:a.py\nDA:1,1.5', 'line 2: a DA record is not DA:<line>,<count> with whole numbers'],
    ['SF:a.py\nDA:1,', 'line 2: a DA record is not DA:<line>,<count> with whole numbers'],
    ['SF:a.py\nDA: 1,1', 'line 2: a DA record is not DA:<line>,<count> with whole numbers'],
    ['SF:a.py\n\nBRDA:1,0,0', 'line 3: a BRDA record is not BRDA:<line>,<block>,<branch>,<taken>'],
    ['SF:a.py\nBRDA:1,0', 'line 2: a BRDA record is not BRDA:<line>,<block>,<branch>,<taken>'],
    ['SF:a.py\nBRDA:1', 'line 2: a BRDA record is not BRDA:<line>,<block>,<branch>,<taken>'],
    ['SF:a.py\nBRDA:x,0,0,1', 'line 2: a BRDA record is not BRDA:<line>,<block>,<branch>,<taken>'],
    ['SF:a.py\nBRDA:1,0,0,yes', "line 2: a BRDA record's <taken> is neither a whole number nor '-'"],
    ['SF:a.py\nBRDA:1,0,0,', "line 2: a BRDA record's <taken> is neither a whole number nor '-'"],
  ])('%j', (text, message) => {
    expect(refused(text)).toBe(message);
  });

  it('counts lines across chunks and CRLF for the message', () => {
    const reader = new LcovReader();
    reader.write('SF:a.py\r\nDA:1,1\r\n');
    reader.write('DA:2,');
    expect(() => {
      reader.write('x\r\n');
    }).toThrow('line 3: a DA record is not DA:<line>,<count> with whole numbers');
  });
});
