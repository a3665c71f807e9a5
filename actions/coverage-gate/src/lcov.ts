/**
 * LCOV tracefiles, as the format documents them: a file's statements are its `DA` records (never `LF`/`LH`,
 * which coverage 6.5 gets wrong), its branches its `BRDA` records — `BRDA:<line>,<block>,<branch>,<taken>`,
 * one exit of the branch on `<line>`, named by block and branch, taken when `<taken>` is a number above 0.
 * A `BRDA` never makes its line a statement. Read line by line, so a large tracefile is read in bounded memory.
 */
import { StringDecoder } from 'node:string_decoder';
import { ConfigurationError } from '../../../shared/errors.js';
import { Arena, FileCoverage } from './model.js';
import type { CoverageReader, ParsedCoverage } from './parsers.js';

const NOTHING_DECLARED: ParsedCoverage['declared'] = {
  linesValid: undefined,
  linesCovered: undefined,
  branchesValid: undefined,
  branchesCovered: undefined,
};

/** A whole number ≥ 0 as LCOV writes it (counts can pass 2^53: only "above 0" matters). */
function count(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

export class LcovReader implements CoverageReader {
  private readonly files = new Map<string, FileCoverage>();
  private readonly arena = new Arena();
  private current: FileCoverage | undefined;
  private rest = '';
  private lineNumber = 0;
  /** The current record's branches: line → exit name → taken. */
  private branches = new Map<number, Map<string, boolean>>();
  private readonly decoder = new StringDecoder('utf8');

  write(chunk: Buffer | string): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) this.line(line.replace(/\r$/, ''));
  }

  private fail(message: string): never {
    throw new ConfigurationError(`line ${this.lineNumber}: ${message}`);
  }

  private flushBranches(): void {
    if (this.current === undefined) return;
    for (const [line, exits] of this.branches) {
      const missed = new Set<string>();
      for (const [name, taken] of exits) if (!taken) missed.add(name);
      this.current.nameBranches(line, exits.size, missed, new Set(exits.keys()));
    }
    this.branches = new Map();
  }

  private line(line: string): void {
    this.lineNumber++;
    if (line.startsWith('SF:')) {
      this.flushBranches();
      const path = line.slice(3);
      let lines = this.files.get(path);
      if (lines === undefined) {
        lines = new FileCoverage(this.arena);
        this.files.set(path, lines);
      }
      this.current = lines;
    } else if (line.startsWith('DA:')) {
      if (this.current === undefined) this.fail('a DA record before any SF');
      const [number, hits] = line.slice(3).split(',');
      const n = count(number);
      const h = count(hits);
      if (n === undefined || h === undefined)
        this.fail('a DA record is not DA:<line>,<count> with whole numbers');
      this.current.add(n, h);
    } else if (line.startsWith('BRDA:')) {
      if (this.current === undefined) this.fail('a BRDA record before any SF');
      const [number, block, branch, taken] = line.slice(5).split(',');
      const n = count(number);
      if (n === undefined || block === undefined || branch === undefined || taken === undefined)
        this.fail('a BRDA record is not BRDA:<line>,<block>,<branch>,<taken>');
      const hits = taken === '-' ? 0 : count(taken);
      if (hits === undefined) this.fail("a BRDA record's <taken> is neither a whole number nor '-'");
      let exits = this.branches.get(n);
      if (exits === undefined) this.branches.set(n, (exits = new Map<string, boolean>()));
      const name = `${block},${branch}`;
      exits.set(name, (exits.get(name) ?? false) || hits > 0);
    } else if (line === 'end_of_record') {
      this.flushBranches();
      this.current = undefined;
    }
  }

  close(): ParsedCoverage {
    this.rest += this.decoder.end();
    if (this.rest !== '') this.line(this.rest);
    this.flushBranches();
    return { format: 'lcov', files: this.files, sources: [], declared: NOTHING_DECLARED };
  }
}
