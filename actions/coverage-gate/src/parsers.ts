/**
 * Coverage report readers, each fed chunk by chunk so a 200 MB report is read in bounded memory:
 * Cobertura XML (coverage.py and other producers), LCOV (totals from DA/BRDA, never LH/LF, which coverage 6.5
 * gets wrong), and coverage.py's JSON. Each yields lines keyed by the path as the report wrote it, plus the
 * Cobertura `<source>` roots those paths are relative to; paths are made repository-relative later.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { XmlStream } from '../../../shared/xml.js';
import { FileCoverage } from './model.js';

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
  write(chunk: string): void;
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

class CoberturaReader implements CoverageReader {
  private readonly files = new Map<string, FileCoverage>();
  private readonly sources: string[] = [];
  private readonly declared: ParsedCoverage['declared'] = {
    linesValid: undefined,
    linesCovered: undefined,
    branchesValid: undefined,
    branchesCovered: undefined,
  };
  private readonly stack: string[] = [];
  private current: FileCoverage | undefined;
  private text = '';
  private readonly xml: XmlStream;
  private sawRoot = false;

  constructor() {
    this.xml = new XmlStream({
      open: (name, a) => {
        this.stack.push(name);
        if (!this.sawRoot) {
          this.sawRoot = true;
          if (name !== 'coverage')
            throw new ConfigurationError(`the root element is <${name}>, not Cobertura's <coverage>`);
          this.declared.linesValid = int(a['lines-valid']);
          this.declared.linesCovered = int(a['lines-covered']);
          this.declared.branchesValid = int(a['branches-valid']);
          this.declared.branchesCovered = int(a['branches-covered']);
        }
        if (name === 'source') this.text = '';
        if (name === 'class') {
          const file = a.filename ?? a.name ?? '';
          let lines = this.files.get(file);
          if (lines === undefined) {
            lines = new FileCoverage();
            this.files.set(file, lines);
          }
          this.current = lines;
        }
        // Lines under <methods> repeat the class's own lines: count each line once, from <class><lines>.
        if (name === 'line' && this.current !== undefined && this.stack.at(-3) === 'class') {
          const number = int(a.number);
          if (number === undefined) return;
          const hits = int(a.hits) ?? 0;
          const condition = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage'] ?? '');
          const covered = condition ? Number(condition[1]) : 0;
          const total = condition ? Number(condition[2]) : 0;
          this.current.add(number, hits, a.branch === 'true' ? total : 0, a.branch === 'true' ? covered : 0);
        }
      },
      close: (name) => {
        this.stack.pop();
        if (name === 'source') this.sources.push(this.text.trim());
        if (name === 'class') this.current = undefined;
      },
      text: (text) => {
        if (this.stack.at(-1) === 'source') this.text += text;
      },
    });
  }

  write(chunk: string): void {
    this.xml.write(chunk);
  }

  close(): ParsedCoverage {
    this.xml.close();
    if (!this.sawRoot) throw new ConfigurationError('the file holds no XML element');
    return { format: 'cobertura', files: this.files, sources: this.sources, declared: this.declared };
  }
}

class LcovReader implements CoverageReader {
  private readonly files = new Map<string, FileCoverage>();
  private current: FileCoverage | undefined;
  private rest = '';
  private lineNumber = 0;
  private branches = new Map<number, { total: number; taken: Set<string> }>();

  write(chunk: string): void {
    const text = this.rest + chunk;
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

  write(chunk: string): void {
    this.parts.push(chunk);
  }

  close(): ParsedCoverage {
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

export function readerFor(format: Format): CoverageReader {
  switch (format) {
    case 'cobertura':
      return new CoberturaReader();
    case 'lcov':
      return new LcovReader();
    case 'coveragepy-json':
      return new CoveragePyJsonReader();
  }
}
