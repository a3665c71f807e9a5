/**
 * The coverage report readers behind one interface — bytes in, per-file lines and branches out — each fed
 * chunk by chunk: Cobertura XML (cobertura.ts), LCOV (lcov.ts) and coverage.py's JSON (coveragepy-json.ts).
 * Each yields lines keyed by the path as the report wrote it, plus the Cobertura `<source>` roots those paths
 * are relative to; paths are made repository-relative later (collect.ts).
 */
import { CoberturaReader } from './cobertura.js';
import { CoveragePyJsonReader } from './coveragepy-json.js';
import { LcovReader } from './lcov.js';
import type { FileCoverage } from './model.js';

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
  /** The next bytes of the file; a reader keeps no reference to the chunk once this returns. */
  write(chunk: Buffer): void;
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

export interface ReaderOptions {
  /** Cobertura's `<line/>` fast path (on unless a test compares it with the general route). */
  fastPath?: boolean;
}

export function readerFor(format: Format, options: ReaderOptions = {}): CoverageReader {
  switch (format) {
    case 'cobertura':
      return new CoberturaReader(options.fastPath ?? true);
    case 'lcov':
      return new LcovReader();
    case 'coveragepy-json':
      return new CoveragePyJsonReader();
  }
}
