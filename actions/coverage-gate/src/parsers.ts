/**
 * Coverage report readers, each fed chunk by chunk so a 200 MB report is read in bounded memory:
 * Cobertura XML (coverage.py and other producers), LCOV (totals from DA/BRDA, never LH/LF, which coverage 6.5
 * gets wrong), and coverage.py's JSON. Each yields lines keyed by the path as the report wrote it, plus the
 * Cobertura `<source>` roots those paths are relative to; paths are made repository-relative later.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { StringDecoder } from 'node:string_decoder';
import { type Attributes, XmlScanner } from './xml-scanner.js';
import { FileCoverage, lineOutOfRange, MAX_BRANCHES, MAX_HITS, MAX_LINE } from './model.js';
import { type LineSink, RUNS_KEPT, skimLines } from './cobertura-lines.js';
import { newChunk } from './line-run.js';

export type Format = 'cobertura' | 'lcov' | 'coveragepy-json';

export interface ParsedCoverage {
  format: Format;
  /** Path as written in the report → lines. */
  files: Map<string, FileCoverage>;
  /** Cobertura `<source>` roots, in order. */
  sources: string[];
  /** What the producer declared on the root, for the log (Cobertura). */
  declared: {
    linesValid: number | undefined;
    linesCovered: number | undefined;
    branchesValid: number | undefined;
    branchesCovered: number | undefined;
  };
}

export interface CoverageReader {
  /**
   * Bytes from the file (strings are for tests and callers that already decoded). The caller may reuse the
   * buffer once this returns: a reader copies whatever it keeps.
   */
  write(chunk: Buffer | string): void;
  close(): ParsedCoverage;
}

/** The format, from the first characters of the file; undefined when it is none of ours. */
export function detectFormat(head: string): Format | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<'))
    return /<coverage[\s>]/.test(text) || text.startsWith('<?xml') ? 'cobertura' : undefined;
  if (text.startsWith('{')) return 'coveragepy-json';
  if (/^(TN:|SF:)/m.test(text)) return 'lcov';
  return undefined;
}

const NOTHING_DECLARED: ParsedCoverage['declared'] = {
  linesValid: undefined,
  linesCovered: undefined,
  branchesValid: undefined,
  branchesCovered: undefined,
};

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Lines the JavaScript route gathers before they go into the file. */
const SCRATCH_LINES = 4096;

/**
 * Cobertura through the byte scanner (xml-scanner.ts): a class's lines go into its file a batch at a time —
 * each WebAssembly run's, and the JavaScript route's gathered in a fixed scratch array — so memory does not
 * grow with a class's size (a report can be one class of millions of lines).
 */
class CoberturaReader implements CoverageReader, LineSink {
  private readonly files = new Map<string, FileCoverage>();
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
  private readonly digits = new Float64Array(RUNS_KEPT);
  private text = '';
  private readonly scanner: XmlScanner;
  private sawRoot = false;

  constructor(fastPath: boolean, lineRuns: boolean) {
    this.scanner = new XmlScanner({
      wantText: (element) => element === 'source',
      // A class's own <lines>: the run of <line/> elements goes the fast way (cobertura-lines.ts).
      skim: (buf, pos) =>
        fastPath && this.depth === this.classLinesDepth ? skimLines(buf, pos, this, lineRuns) : pos,
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

  /** A `<line>` the fast path left to the scanner (another shape, an entity, a sign or a decimal). */
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

  /** Lines a WebAssembly run read, clamped as line() clamps: straight into the class's file. */
  lines(packed: Int32Array, count: number): void {
    this.classFile().addPacked(packed, count);
  }

  /** The open class's file, made at its first line (or at `</class>` for a class without lines). */
  private classFile(): FileCoverage {
    const file = this.currentFile ?? '';
    let lines = this.files.get(file);
    if (lines === undefined) {
      lines = new FileCoverage();
      this.files.set(file, lines);
    }
    return lines;
  }

  private flush(): void {
    this.classFile().addPacked(this.scratch, this.scratchCount);
    this.scratchCount = 0;
  }

  private storeClass(): void {
    this.flush();
    this.currentFile = undefined;
    this.classDepth = -1;
  }

  write(chunk: Buffer | string): void {
    newChunk();
    this.scanner.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }

  close(): ParsedCoverage {
    newChunk();
    this.scanner.close();
    return { format: 'cobertura', files: this.files, sources: this.sources, declared: this.declared };
  }
}

class LcovReader implements CoverageReader {
  private readonly files = new Map<string, FileCoverage>();
  private current: FileCoverage | undefined;
  private rest = '';
  private lineNumber = 0;
  private branches = new Map<number, { total: number; taken: Set<string> }>();
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
    for (const [line, b] of this.branches) this.current.setBranches(line, b.total, b.taken);
    this.branches = new Map();
  }

  private line(line: string): void {
    this.lineNumber++;
    if (line.startsWith('SF:')) {
      const path = line.slice(3);
      let lines = this.files.get(path);
      if (lines === undefined) {
        lines = new FileCoverage();
        this.files.set(path, lines);
      }
      this.current = lines;
    } else if (line.startsWith('DA:')) {
      if (this.current === undefined) this.fail('DA before any SF');
      const [number, hits] = line.slice(3).split(',');
      const n = int(number);
      const h = int(hits);
      if (n === undefined || h === undefined) this.fail(`malformed DA record '${line}'`);
      this.current.add(n, h);
    } else if (line.startsWith('BRDA:')) {
      if (this.current === undefined) this.fail('BRDA before any SF');
      const [number, block, branch, taken] = line.slice(5).split(',');
      const n = int(number);
      if (n === undefined || taken === undefined) this.fail(`malformed BRDA record '${line}'`);
      const entry = this.branches.get(n) ?? { total: 0, taken: new Set<string>() };
      entry.total++;
      if (taken !== '-' && (int(taken) ?? 0) > 0) entry.taken.add(`${block ?? ''}:${branch ?? ''}`);
      this.branches.set(n, entry);
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

interface CoveragePyFile {
  summary?: { num_statements?: number };
  executed_lines?: number[];
  missing_lines?: number[];
  executed_branches?: [number, number][];
  missing_branches?: [number, number][];
}

/** coverage.py's JSON is one document: it is kept whole (it is far smaller than the XML for a codebase). */
class CoveragePyJsonReader implements CoverageReader {
  private parts: string[] = [];
  private readonly decoder = new StringDecoder('utf8');

  write(chunk: Buffer | string): void {
    this.parts.push(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  close(): ParsedCoverage {
    this.parts.push(this.decoder.end());
    let doc: { files?: Record<string, CoveragePyFile> };
    try {
      doc = JSON.parse(this.parts.join('')) as typeof doc;
    } catch (error) {
      throw new ConfigurationError(
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    this.parts = [];
    if (doc.files === undefined || typeof doc.files !== 'object') {
      throw new ConfigurationError("JSON without a 'files' object: not a coverage.py JSON report");
    }
    const files = new Map<string, FileCoverage>();
    for (const [path, f] of Object.entries(doc.files)) {
      const lines = new FileCoverage();
      // coverage 6.5 lists a module's entry line as executed although it is no statement, so
      // executed + missing exceeds num_statements; its own summary is right: drop the lowest extras.
      let executed = [...(f.executed_lines ?? [])].sort((a, b) => a - b);
      const statements = f.summary?.num_statements;
      const extra =
        statements === undefined ? 0 : executed.length + (f.missing_lines?.length ?? 0) - statements;
      if (extra > 0) executed = executed.slice(extra);
      for (const n of executed) lines.add(n, 1);
      for (const n of f.missing_lines ?? []) lines.add(n, 0);
      const arcs = new Map<number, { total: number; taken: Set<string> }>();
      for (const [list, taken] of [
        [f.executed_branches ?? [], true],
        [f.missing_branches ?? [], false],
      ] as const) {
        for (const [from, to] of list) {
          const entry = arcs.get(from) ?? { total: 0, taken: new Set<string>() };
          entry.total++;
          if (taken) entry.taken.add(String(to));
          arcs.set(from, entry);
        }
      }
      for (const [from, b] of arcs) {
        if (lines.get(from) !== undefined) lines.setBranches(from, b.total, b.taken);
      }
      files.set(path, lines);
    }
    return { format: 'coveragepy-json', files, sources: [], declared: NOTHING_DECLARED };
  }
}

export interface ReaderOptions {
  /** Cobertura's `<line/>` fast path (on unless a test compares it with the general route). */
  fastPath?: boolean;
  /** Within it, coverage.py-shaped runs read in WebAssembly (on unless a test compares it with JavaScript). */
  lineRuns?: boolean;
}

export function readerFor(format: Format, options: ReaderOptions = {}): CoverageReader {
  switch (format) {
    case 'cobertura':
      return new CoberturaReader(options.fastPath ?? true, options.lineRuns ?? true);
    case 'lcov':
      return new LcovReader();
    case 'coveragepy-json':
      return new CoveragePyJsonReader();
  }
}
