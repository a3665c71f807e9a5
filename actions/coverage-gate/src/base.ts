/**
 * The base coverage for `target: auto` and the delta: this action's own summary JSON from an earlier run
 * (recognised by its `metric` and `files`), or any coverage report it reads (Cobertura, LCOV, coverage.py's
 * JSON), as per-file totals so every status can take the base of its own files.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { isObject } from '../../../shared/json.js';
import type { BaseSummary } from './gate.js';
import { type Coverage, fileTotals, type Metric, percent, type Totals, totalsOf } from './model.js';

type Json = unknown;

const isCount = (v: Json): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function totalsFrom(v: Json): Totals | undefined {
  if (!isObject(v)) return undefined;
  const { linesValid, linesCovered, branchesValid, branchesCovered } = v;
  if (!isCount(linesValid) || !isCount(linesCovered) || !isCount(branchesValid) || !isCount(branchesCovered))
    return undefined;
  return { linesValid, linesCovered, branchesValid, branchesCovered };
}

/** Whether a parsed JSON document is this action's summary JSON (coverage.py's has no `metric`). */
export function isSummaryJson(doc: Json): doc is Record<string, Json> {
  return (
    isObject(doc) &&
    doc.version === 1 &&
    (doc.metric === 'lines' || doc.metric === 'combined') &&
    isObject(doc.files)
  );
}

/** The base from a summary JSON: its per-file totals, with the coverage recomputed in this run's metric. */
export function baseFromSummary(doc: Record<string, Json>, file: string, metric: Metric): BaseSummary {
  const files: Record<string, Totals> = {};
  for (const [path, raw] of Object.entries(isObject(doc.files) ? doc.files : {})) {
    const t = totalsFrom(raw);
    if (t === undefined)
      throw new ConfigurationError(
        `Input 'base': ${file} has totals for ${JSON.stringify(path).slice(0, 100)} that are not counts.`,
      );
    files[path] = t;
  }
  const all: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
  for (const t of Object.values(files)) {
    all.linesValid += t.linesValid;
    all.linesCovered += t.linesCovered;
    all.branchesValid += t.branchesValid;
    all.branchesCovered += t.branchesCovered;
  }
  return { coverage: percent(all, metric), files };
}

/** The base from a coverage report's merged, repository-relative coverage. */
export function baseFromCoverage(coverage: Coverage, metric: Metric): BaseSummary {
  const files = Object.fromEntries([...coverage].map(([f, lines]) => [f, fileTotals(lines)]));
  return { coverage: percent(totalsOf(coverage), metric), files };
}
