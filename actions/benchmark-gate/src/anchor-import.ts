/**
 * Reads github-action-benchmark's `data.js` (window.BENCHMARK_DATA = {...}) into a history, once, so a team
 * that switches keeps its charts and baselines. That action stores one value per benchmark: for pytest it is
 * operations per second, turned here into seconds per operation (1 / ops, the mean) so it lines up with what
 * this action reads from the same pytest-benchmark files.
 */
import { appendRun, emptyHistory, type History, type StoredRun } from './history.js';
import { type Direction, isObject, type Measurement, type Metric } from './model.js';
import { parseRange, singleValue } from './formats.js';

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** The tools whose stored values grow as they improve, as github-action-benchmark counts them. */
const BIGGER_IS_BETTER = new Set(['pytest', 'benchmarkjs', 'customBiggerIsBetter']);

interface AnchorBench {
  name: string;
  value: number;
  unit: string;
  range?: unknown;
}

function measurementOf(bench: AnchorBench, tool: string): Measurement {
  const range = parseRange(bench.range, bench.value) ?? 0;
  // The range github-action-benchmark keeps for pytest is the time's own standard deviation, in seconds.
  if (tool === 'pytest' && bench.unit === 'iter/sec')
    return singleValue(bench.name, 's', 1 / bench.value, range, 'smaller-is-better');
  const direction: Direction = BIGGER_IS_BETTER.has(tool) ? 'bigger-is-better' : 'smaller-is-better';
  return singleValue(bench.name, bench.unit, bench.value, range, direction);
}

export interface Imported {
  readonly history: History;
  readonly runs: number;
  readonly benchmarks: number;
}

/** data.js → a history of the default branch, the values filed under `metric`. */
export function importAnchorData(content: string, branch: string, metric: Metric, maxRuns: number): Imported {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  let doc: unknown;
  try {
    doc = start < 0 ? undefined : JSON.parse(content.slice(start, end + 1));
  } catch (error) {
    throw new ImportError(
      `is not github-action-benchmark's data.js (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!isObject(doc) || !isObject(doc.entries))
    throw new ImportError("is not github-action-benchmark's data.js (no window.BENCHMARK_DATA.entries)");
  // Several suites may hold the same commit: one run per commit, in time order.
  const byCommit = new Map<string, { run: StoredRun; at: number; measurements: Map<string, Measurement> }>();
  for (const [suite, list] of Object.entries(doc.entries)) {
    if (!Array.isArray(list)) throw new ImportError(`entries[${JSON.stringify(suite)}] is not a list`);
    list.forEach((entry: unknown, i) => {
      const at = `entries[${JSON.stringify(suite)}][${i}]`;
      if (
        !isObject(entry) ||
        !isObject(entry.commit) ||
        typeof entry.commit.id !== 'string' ||
        !Array.isArray(entry.benches)
      )
        throw new ImportError(`${at} needs commit.id and benches`);
      const date = typeof entry.date === 'number' ? entry.date : Date.parse(String(entry.commit.timestamp));
      // A date past what Date can hold (±8.64e15 ms) would throw when written out: no date either.
      if (!Number.isFinite(date) || Math.abs(date) > 8.64e15) throw new ImportError(`${at} has no date`);
      const tool = typeof entry.tool === 'string' ? entry.tool : '';
      let slot = byCommit.get(entry.commit.id);
      if (slot === undefined) {
        const url = typeof entry.commit.url === 'string' ? entry.commit.url : undefined;
        slot = {
          run: {
            commit: entry.commit.id,
            date: new Date(date).toISOString(),
            branch,
            ...(url === undefined ? {} : { url }),
          },
          at: date,
          measurements: new Map(),
        };
        byCommit.set(entry.commit.id, slot);
      }
      entry.benches.forEach((b: unknown, k) => {
        if (
          !isObject(b) ||
          typeof b.name !== 'string' ||
          typeof b.unit !== 'string' ||
          typeof b.value !== 'number' ||
          !Number.isFinite(b.value) ||
          b.value <= 0
        )
          throw new ImportError(`${at}.benches[${k}] needs a name, a unit and a value above 0`);
        const bench: AnchorBench = { name: b.name, unit: b.unit, value: b.value, range: b.range };
        slot.measurements.set(b.name, measurementOf(bench, tool));
      });
    });
  }
  let history = emptyHistory();
  const names = new Set<string>();
  for (const slot of [...byCommit.values()].sort((a, b) => a.at - b.at)) {
    history = appendRun(history, slot.run, [...slot.measurements.values()], metric, maxRuns).history;
    for (const name of slot.measurements.keys()) names.add(name);
  }
  return { history, runs: history.runs.length, benchmarks: names.size };
}
