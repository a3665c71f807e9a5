/**
 * coverage.py's JSON report (`coverage json`, 6.x and 7.x), read to give what `coverage report` gives:
 * - statements are `executed_lines` and `missing_lines` without `excluded_lines` (coverage 6 lists lines under
 *   `# pragma: no cover` that ran as executed) and, where a file's `summary.num_statements` is smaller still,
 *   without the lowest executed extras (a docstring-only module's line 1);
 * - a branch line's exits are named by destination (`exit` for any way out of the function): the
 *   `missing_branches` are its missed exits, by name, so shards merge exactly; arcs from lines that are no
 *   statement are dropped, and where `executed_branches` lists more arcs than `summary.num_branches` counts
 *   (coverage.py lists every arc it saw leave a branch line, a `while` loop's jump back to itself included,
 *   while it counts only the exits its analysis of the code predicts), those self-arcs are left out.
 * One document, kept whole: it is far smaller than the XML for a codebase.
 */
import { StringDecoder } from 'node:string_decoder';
import { ConfigurationError } from '../../../shared/errors.js';
import { isObject } from '../../../shared/json.js';
import { Arena, FileCoverage } from './model.js';
import type { CoverageReader, ParsedCoverage } from './parsers.js';

const NOTHING_DECLARED: ParsedCoverage['declared'] = {
  linesValid: undefined,
  linesCovered: undefined,
  branchesValid: undefined,
  branchesCovered: undefined,
};

type Json = unknown;

function lineList(value: Json, where: string): number[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((n): n is number => Number.isInteger(n) && (n as number) >= 0))
    throw new ConfigurationError(`${where} is not a list of line numbers`);
  return value;
}

function arcList(value: Json, where: string): [number, number][] {
  if (value === undefined) return [];
  if (
    !Array.isArray(value) ||
    !value.every(
      (a): a is [number, number] =>
        Array.isArray(a) && a.length === 2 && Number.isInteger(a[0]) && Number.isInteger(a[1]),
    )
  )
    throw new ConfigurationError(`${where} is not a list of [from, to] line pairs`);
  return value;
}

const exitName = (to: number): string => (to < 0 ? 'exit' : String(to));

function fileLines(path: string, f: Record<string, Json>, arena: Arena): FileCoverage {
  const where = (key: string): string => `files[${JSON.stringify(path).slice(0, 200)}].${key}`;
  const summary = isObject(f.summary) ? f.summary : {};
  const excluded = new Set(lineList(f.excluded_lines, where('excluded_lines')));
  const missing = new Set(lineList(f.missing_lines, where('missing_lines')));
  let executed = lineList(f.executed_lines, where('executed_lines'))
    .filter((n) => !excluded.has(n) && !missing.has(n))
    .sort((a, b) => a - b);
  const statements = typeof summary.num_statements === 'number' ? summary.num_statements : undefined;
  const extra = statements === undefined ? 0 : executed.length + missing.size - statements;
  if (extra > 0) executed = executed.slice(extra);
  const lines = new FileCoverage(arena);
  for (const n of executed) lines.add(n, 1);
  for (const n of missing) lines.add(n, 0);

  const statement = (n: number): boolean => lines.get(n) !== undefined;
  const exits = new Map<number, { all: Set<string>; missed: Set<string> }>();
  const exitsOf = (from: number) => {
    let e = exits.get(from);
    if (e === undefined) exits.set(from, (e = { all: new Set(), missed: new Set() }));
    return e;
  };
  for (const [from, to] of arcList(f.missing_branches, where('missing_branches'))) {
    if (!statement(from)) continue;
    const e = exitsOf(from);
    e.all.add(exitName(to));
    e.missed.add(exitName(to));
  }
  const taken = arcList(f.executed_branches, where('executed_branches')).filter(([from]) => statement(from));
  for (const [from, to] of taken) exitsOf(from).all.add(exitName(to));
  const declared = typeof summary.num_branches === 'number' ? summary.num_branches : undefined;
  if (declared !== undefined) {
    let excess = [...exits.values()].reduce((n, e) => n + e.all.size, 0) - declared;
    for (const [from, to] of taken) {
      if (excess <= 0) break;
      const e = exits.get(from);
      if (from === to && e !== undefined && !e.missed.has(exitName(to)) && e.all.delete(exitName(to)))
        excess--;
    }
  }
  for (const [from, e] of exits) lines.nameBranches(from, e.all.size, e.missed, e.all);
  return lines;
}

export class CoveragePyJsonReader implements CoverageReader {
  private parts: string[] = [];
  private readonly decoder = new StringDecoder('utf8');

  write(chunk: Buffer | string): void {
    this.parts.push(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  close(): ParsedCoverage {
    this.parts.push(this.decoder.end());
    let doc: Json;
    try {
      doc = JSON.parse(this.parts.join(''));
    } catch {
      // JSON.parse quotes the text around the error: never repeat it.
      throw new ConfigurationError('not valid JSON (coverage.py writes it with `coverage json`)');
    }
    this.parts = [];
    if (!isObject(doc) || !isObject(doc.files))
      throw new ConfigurationError("JSON without a 'files' object: not a coverage.py JSON report");
    const arena = new Arena();
    const files = new Map<string, FileCoverage>();
    for (const [path, f] of Object.entries(doc.files)) {
      if (!isObject(f))
        throw new ConfigurationError(`files[${JSON.stringify(path).slice(0, 200)}] is not an object`);
      files.set(path, fileLines(path, f, arena));
    }
    return { format: 'coveragepy-json', files, sources: [], declared: NOTHING_DECLARED };
  }
}
