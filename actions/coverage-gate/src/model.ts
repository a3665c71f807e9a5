/**
 * Coverage as lines: per file, per line, how often it ran and how many of its branches were taken. Reports
 * from several shards merge line by line: a line is covered when any shard covered it.
 *
 * A file's lines live in typed arrays indexed by line number rather than one object per line: a 200 MB
 * Cobertura report holds millions of lines, and 4 bytes a line (8 with branches) keeps that in tens of MB,
 * not a gigabyte.
 */

export interface LineCoverage {
  hits: number;
  /** Branches starting on this line, when the report has branch data. */
  branchesTotal: number;
  branchesCovered: number;
}

export interface Totals {
  linesValid: number;
  linesCovered: number;
  branchesValid: number;
  branchesCovered: number;
}

const NOT_COVERABLE = -1;
/** Counts are clamped, not wrapped: only "ran or not" and "how many branches" matter to a gate. */
const MAX_HITS = 0x7fffffff;
const MAX_BRANCHES = 0xffff;

export class FileCoverage {
  /** hits per line; NOT_COVERABLE where the report lists no such line. */
  private hits = new Int32Array(0);
  /** Allocated at the first branch: most files' lines, and some reports, have none. */
  private branchTotal: Uint16Array | undefined;
  private branchCovered: Uint16Array | undefined;
  /**
   * Which branches were taken, when the format names them (LCOV BRDA, coverage.py arcs): two shards that each
   * took a different branch merge to both. Without names (Cobertura's `1/2`), merging keeps the larger count.
   */
  private named: Map<number, Set<string>> | undefined;
  private count = 0;
  /** totals() walks every line; the gate, the file table and the summary JSON each ask for them. */
  private cachedTotals: Totals | undefined;

  private ensure(line: number): void {
    if (line < this.hits.length) return;
    const size = Math.max(line + 1, this.hits.length * 2, 64);
    const hits = new Int32Array(size).fill(NOT_COVERABLE);
    hits.set(this.hits);
    this.hits = hits;
    if (this.branchTotal !== undefined && this.branchCovered !== undefined) {
      const total = new Uint16Array(size);
      total.set(this.branchTotal);
      this.branchTotal = total;
      const covered = new Uint16Array(size);
      covered.set(this.branchCovered);
      this.branchCovered = covered;
    }
  }

  private allocateBranches(): void {
    if (this.branchTotal !== undefined) return;
    this.branchTotal = new Uint16Array(this.hits.length);
    this.branchCovered = new Uint16Array(this.hits.length);
  }

  /** Room for lines up to `highest`, allocated once (a reader that knows the size avoids regrowing). */
  reserve(highest: number): void {
    this.ensure(highest);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a line, merging with what is there: hits add up; branch counts keep the larger (or the union). */
  add(line: number, hits: number, branchesTotal = 0, branchesCovered = 0): void {
    if (!Number.isInteger(line) || line < 0) return;
    this.cachedTotals = undefined;
    this.ensure(line);
    const before = this.hits[line] ?? NOT_COVERABLE;
    const ran = Math.min(Math.max(0, Math.floor(hits)), MAX_HITS);
    if (before === NOT_COVERABLE) {
      this.count++;
      this.hits[line] = ran;
    } else {
      this.hits[line] = Math.min(before + ran, MAX_HITS);
    }
    if (branchesTotal <= 0 && branchesCovered <= 0) return;
    this.allocateBranches();
    const total = this.branchTotal;
    const covered = this.branchCovered;
    if (total === undefined || covered === undefined) return;
    total[line] = Math.min(Math.max(total[line] ?? 0, branchesTotal), MAX_BRANCHES);
    if (this.named?.has(line) !== true)
      covered[line] = Math.min(Math.max(covered[line] ?? 0, branchesCovered), MAX_BRANCHES);
  }

  /** Branch outcomes by name for a line already added. */
  setBranches(line: number, total: number, taken: ReadonlySet<string>): void {
    if (this.get(line) === undefined) this.add(line, 0);
    this.cachedTotals = undefined;
    this.named ??= new Map();
    const set = this.named.get(line) ?? new Set<string>();
    for (const id of taken) set.add(id);
    this.named.set(line, set);
    this.allocateBranches();
    const totals = this.branchTotal;
    const covered = this.branchCovered;
    if (totals === undefined || covered === undefined) return;
    totals[line] = Math.min(Math.max(totals[line] ?? 0, total), MAX_BRANCHES);
    covered[line] = Math.min(totals[line] ?? 0, set.size);
  }

  get(line: number): LineCoverage | undefined {
    const hits = this.hits[line];
    if (hits === undefined || hits === NOT_COVERABLE) return undefined;
    return {
      hits,
      branchesTotal: this.branchTotal?.[line] ?? 0,
      branchesCovered: this.branchCovered?.[line] ?? 0,
    };
  }

  *entries(): Generator<[number, LineCoverage]> {
    for (let line = 0; line < this.hits.length; line++) {
      const cov = this.get(line);
      if (cov !== undefined) yield [line, cov];
    }
  }

  mergeFrom(other: FileCoverage): void {
    for (let line = 0; line < other.hits.length; line++) {
      const hits = other.hits[line] ?? NOT_COVERABLE;
      if (hits === NOT_COVERABLE) continue;
      const otherNamed = other.named?.get(line);
      const mine = this.named?.get(line);
      if (otherNamed !== undefined && (mine !== undefined || this.get(line) === undefined)) {
        this.add(line, hits);
        this.setBranches(line, other.branchTotal?.[line] ?? 0, otherNamed);
      } else {
        // Counts only on one side: the union is unknowable, keep the larger.
        if (mine !== undefined) this.named?.delete(line);
        this.add(line, hits, other.branchTotal?.[line] ?? 0, other.branchCovered?.[line] ?? 0);
      }
    }
  }

  totals(): Totals {
    if (this.cachedTotals !== undefined) return { ...this.cachedTotals };
    const t: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
    for (let line = 0; line < this.hits.length; line++) {
      const hits = this.hits[line] ?? NOT_COVERABLE;
      if (hits === NOT_COVERABLE) continue;
      t.linesValid++;
      if (hits > 0) t.linesCovered++;
      t.branchesValid += this.branchTotal?.[line] ?? 0;
      t.branchesCovered += this.branchCovered?.[line] ?? 0;
    }
    this.cachedTotals = t;
    return { ...t };
  }
}

/** Repository-relative path → its lines. */
export type Coverage = Map<string, FileCoverage>;

/** Merges `from` into `into`, file by file, line by line. */
export function mergeInto(into: Coverage, from: Coverage): void {
  for (const [path, lines] of from) {
    const target = into.get(path);
    if (target === undefined) into.set(path, lines);
    else target.mergeFrom(lines);
  }
}

export function fileTotals(lines: FileCoverage): Totals {
  return lines.totals();
}

export function totalsOf(coverage: Coverage): Totals {
  const t: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
  for (const lines of coverage.values()) {
    const f = lines.totals();
    t.linesValid += f.linesValid;
    t.linesCovered += f.linesCovered;
    t.branchesValid += f.branchesValid;
    t.branchesCovered += f.branchesCovered;
  }
  return t;
}

export type Metric = 'lines' | 'combined';

/**
 * Coverage in percent, unrounded: `lines` is covered/valid lines (Cobertura's line-rate); `combined` counts
 * lines and branches together, as coverage.py's `coverage report` TOTAL does. Undefined with nothing to cover.
 */
export function percent(t: Totals, metric: Metric): number | undefined {
  const valid = metric === 'lines' ? t.linesValid : t.linesValid + t.branchesValid;
  const covered = metric === 'lines' ? t.linesCovered : t.linesCovered + t.branchesCovered;
  return valid === 0 ? undefined : (covered / valid) * 100;
}
