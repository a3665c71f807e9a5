/**
 * Cobertura XML through the byte scanner (xml-scanner.ts), with the `<line/>` fast path (cobertura-lines.ts)
 * for the bulk of a report. A class's lines go into its file a batch at a time, gathered in a fixed scratch
 * array, so memory does not grow with a class's size (a report can be one class of millions of lines).
 * coverage.py's `missing-branches` (the exits no test took, by destination line or `exit`) name a line's
 * missed exits, so they merge with coverage.py's JSON and with other shards by name; without it (other
 * producers), a line's exits are counts.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { type LineSink, RUNS_KEPT, skimLines } from './cobertura-lines.js';
import { Arena, FileCoverage, lineOutOfRange, MAX_BRANCHES, MAX_HITS, MAX_LINE } from './model.js';
import type { CoverageReader, ParsedCoverage } from './parsers.js';
import { type Attributes, XmlScanner } from './xml-scanner.js';

/** Lines gathered before they go into the file. */
const SCRATCH_LINES = 4096;

/** `12,exit` → its names; coverage.py writes `exit` for every way out of the function. */
export function exitNames(list: string): Set<string> {
  const names = new Set<string>();
  for (const part of list.split(',')) {
    const name = part.trim();
    if (name !== '') names.add(name);
  }
  return names;
}

export class CoberturaReader implements CoverageReader, LineSink {
  private readonly files = new Map<string, FileCoverage>();
  private readonly arena = new Arena();
  private readonly sources: string[] = [];
  private readonly declared: ParsedCoverage['declared'] = {
    linesValid: undefined,
    linesCovered: undefined,
    branchesValid: undefined,
    branchesCovered: undefined,
  };
  private depth = 0;
  /** Depth of the open <class>, and of its own <lines> (not a method's). */
  private classDepth = -1;
  private classLinesDepth = -1;
  private currentFile: string | undefined;
  private readonly scratch = new Int32Array(SCRATCH_LINES * 4);
  private scratchCount = 0;
  /** Lines of the scratch that name their missed exits: number, exits, covered exits, names. */
  private named: [number, number, number, string][] = [];
  private readonly digits = new Float64Array(RUNS_KEPT);
  private text = '';
  private readonly scanner: XmlScanner;
  private sawRoot = false;

  /** `fastPath: false` reads every `<line>` through the general scanner (tests compare the two routes). */
  constructor(fastPath = true) {
    this.scanner = new XmlScanner({
      wantText: (element) => element === 'source',
      // A class's own <lines>: the run of <line/> elements goes the fast way (cobertura-lines.ts).
      skim: (buf, pos) => (fastPath && this.depth === this.classLinesDepth ? skimLines(buf, pos, this) : pos),
      open: (name, a) => {
        this.depth++;
        if (!this.sawRoot) {
          this.sawRoot = true;
          if (name !== 'coverage')
            throw new ConfigurationError(`the root element is <${name}>, not Cobertura's <coverage>`);
          this.declared.linesValid = a.int('lines-valid');
          this.declared.linesCovered = a.int('lines-covered');
          this.declared.branchesValid = a.int('branches-valid');
          this.declared.branchesCovered = a.int('branches-covered');
          return;
        }
        if (name === 'line') {
          // Lines under <methods> repeat the class's own lines: count each line once, from <class><lines>.
          if (this.depth === this.classLinesDepth + 1) this.lineElement(a);
        } else if (name === 'lines') {
          if (this.depth === this.classDepth + 1) this.classLinesDepth = this.depth;
        } else if (name === 'class') {
          // Lines still gathered are the enclosing class's (a report that nests classes).
          if (this.scratchCount > 0) this.flush();
          this.currentFile = a.get('filename') ?? a.get('name') ?? '';
          this.classDepth = this.depth;
        } else if (name === 'source') this.text = '';
      },
      close: (name) => {
        if (name === 'source') this.sources.push(this.text.trim());
        else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLinesDepth = -1;
        else if (name === 'class' && this.depth === this.classDepth) this.storeClass();
        this.depth--;
      },
      text: (text) => {
        this.text += text;
      },
    });
  }

  /** A `<line>` the fast path left to the scanner (an entity, a sign, a decimal, a child element). */
  private lineElement(a: Attributes): void {
    const number = a.int('number');
    if (number === undefined) return;
    const hits = a.int('hits') ?? 0;
    let total = 0;
    let covered = 0;
    if (a.is('branch', 'true')) {
      // condition-coverage="50% (1/2)": the last two numbers are covered and total.
      const count = a.numbers('condition-coverage', this.digits);
      if (count >= 2) {
        covered = this.digits[count - 2] ?? 0;
        total = this.digits[count - 1] ?? 0;
      }
    }
    this.line(number, hits, total, covered);
    const missing = a.get('missing-branches');
    if (total > 0 && missing !== undefined) this.missed(number, total, covered, missing);
  }

  /** Into the class's scratch: number, hits, branches total, branches covered, four slots per line. */
  line(number: number, hits: number, total: number, covered: number): void {
    // The general route reads numbers like "+7" or "1.5"; the packed store takes clamped int32s.
    if (!Number.isInteger(number) || number < 0) return;
    if (number > MAX_LINE) throw lineOutOfRange(number);
    if (this.scratchCount === SCRATCH_LINES) this.flush();
    const at = this.scratchCount * 4;
    this.scratch[at] = number;
    this.scratch[at + 1] = hits > 0 ? Math.min(Math.floor(hits), MAX_HITS) : 0;
    this.scratch[at + 2] = total > 0 ? Math.min(total, MAX_BRANCHES) : 0;
    this.scratch[at + 3] = covered > 0 ? Math.min(covered, MAX_BRANCHES) : 0;
    this.scratchCount++;
  }

  missed(number: number, total: number, covered: number, names: string): void {
    if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;
    this.named.push([number, Math.min(total, MAX_BRANCHES), Math.min(covered, MAX_BRANCHES), names]);
  }

  /** The open class's file, made at its first line (or at `</class>` for a class without lines). */
  private classFile(): FileCoverage {
    const file = this.currentFile ?? '';
    let lines = this.files.get(file);
    if (lines === undefined) {
      lines = new FileCoverage(this.arena);
      this.files.set(file, lines);
    }
    return lines;
  }

  private flush(): void {
    const file = this.classFile();
    file.addPacked(this.scratch, this.scratchCount);
    this.scratchCount = 0;
    for (const [number, total, covered, names] of this.named) {
      const missed = exitNames(names);
      // Fewer names than missed exits (not coverage.py's own output): the unnamed ones are missed too.
      for (let i = missed.size; i < total - covered; i++) missed.add(`?${i}`);
      file.nameBranches(number, total, missed, 'all');
    }
    this.named = [];
  }

  private storeClass(): void {
    this.flush();
    this.currentFile = undefined;
    this.classDepth = -1;
  }

  write(chunk: Buffer): void {
    this.scanner.write(chunk);
  }

  close(): ParsedCoverage {
    this.scanner.close();
    return { format: 'cobertura', files: this.files, sources: this.sources, declared: this.declared };
  }
}
