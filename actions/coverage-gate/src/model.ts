/**
 * Coverage as lines, one model whatever the report's format: per line, whether it is a statement and how
 * often it ran; per branch line, how many exits it has and which of them no test took, by name where the
 * format names them (coverage.py's JSON arcs and Cobertura's `missing-branches`, LCOV's block and branch),
 * else as a count. Reports from several shards merge line by line: a line is covered when any shard ran it,
 * and a named exit is missed only when every shard missed it — so shards in different formats merge as
 * shards in one format do.
 *
 * A file's lines live in typed arrays indexed by line number rather than one object per line: a 200 MB
 * Cobertura report holds five million lines. One byte a line for hits, one each for branches total and
 * covered where a file has branches (two each once a line has more than 255): 15 MB for that report. Less
 * memory is also less time: fresh pages are faulted in one by one, and on the 2-core VMs CI runs on that
 * cost more than reading the lines (measured: 40 MB of Int32/Uint16 arrays, ~150 ms of a 1.1 s run).
 */

export interface LineCoverage {
  /** How often the line ran, counted up to MAX_HITS. */
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

/**
 * Typed arrays carved out of shared 64 KiB buffers: a report names thousands of files, and giving each its
 * own ArrayBuffer (a native allocation, counted as external memory that hurries the GC) cost more than
 * parsing their lines. An array outgrown when a file is extended stays in its slab until the slab is
 * unreferenced; growth doubles, so that waste is bounded by what is in use. One arena per reader.
 */
export class Arena {
  // Below glibc's mmap threshold (128 KiB): 4 MiB slabs, each mapped fresh and faulted in page by page, made
  // allocation several times slower than these (measured: 12k files' arrays in ~10 ms against ~85 ms).
  private static readonly SIZE = 64 * 1024;
  private buffer = new ArrayBuffer(0);
  private used = 0;

  private take(bytes: number): number {
    // 8-byte alignment keeps every view type legal at any offset.
    const size = (bytes + 7) & ~7;
    if (this.used + size > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(Arena.SIZE, size));
      this.used = 0;
    }
    const at = this.used;
    this.used += size;
    return at;
  }

  uint8(length: number): Uint8Array {
    const at = this.take(length);
    return new Uint8Array(this.buffer, at, length);
  }

  uint16(length: number): Uint16Array {
    const at = this.take(length * 2);
    return new Uint16Array(this.buffer, at, length);
  }
}

/** Line numbers beyond this are not a source file's: refused before they size an array. */
export const MAX_LINE = 1 << 24;

export function lineOutOfRange(line: number): RangeError {
  return new RangeError(`line number ${line} is beyond ${MAX_LINE}: not a line of a source file`);
}

/**
 * Counts are clamped, not wrapped: only "ran or not" and "how many branches" matter to a gate, so hits are
 * counted up to 254 (255 marks a line that is no statement).
 */
export const MAX_HITS = 0xfe;
export const MAX_BRANCHES = 0xffff;
const NOT_COVERABLE = 0xff;
const NARROW_MAX = 0xff;

type BranchCounts = Uint8Array | Uint16Array;

/**
 * A line's exits by name. `known` is every name a report listed for the line, or `all` once a report that
 * lists only the missed ones (Cobertura's `missing-branches`: an exit it does not name was taken) has spoken.
 * An exit is missed when every report that knows it missed it.
 */
interface NamedExits {
  known: Set<string> | 'all';
  missed: Set<string>;
}

/** Merges what a report says of a line's named exits into what the store holds. */
function mergeNamed(
  held: NamedExits,
  known: ReadonlySet<string> | 'all',
  missed: ReadonlySet<string>,
): NamedExits {
  const next = new Set<string>();
  for (const name of held.missed)
    if (missed.has(name) || (known !== 'all' && !known.has(name))) next.add(name);
  for (const name of missed) if (held.known !== 'all' && !held.known.has(name)) next.add(name);
  const union: Set<string> | 'all' =
    held.known === 'all' || known === 'all' ? 'all' : new Set([...held.known, ...known]);
  return { known: union, missed: next };
}

/** Shared by every file before its first line: never written to, since ensure() replaces it first. */
const NO_LINES = new Uint8Array(0);

const NEWLY_COVERABLE = 1;
const NEWLY_COVERED = 2;

/** Adds `ran` hits to a line; what changed for the totals, as NEWLY_COVERABLE | NEWLY_COVERED bits. */
function addHits(hits: Uint8Array, line: number, ran: number): number {
  const before = hits[line] ?? NOT_COVERABLE;
  if (before === NOT_COVERABLE) {
    hits[line] = Math.min(ran, MAX_HITS);
    return ran > 0 ? NEWLY_COVERABLE | NEWLY_COVERED : NEWLY_COVERABLE;
  }
  hits[line] = Math.min(before + ran, MAX_HITS);
  return before === 0 && ran > 0 ? NEWLY_COVERED : 0;
}

export class FileCoverage {
  /** hits per line; NOT_COVERABLE where the line is no statement. */
  private hits: Uint8Array = NO_LINES;
  /**
   * Per line: exits (the most any report gave) and covered exits as a count (the most any report that does not
   * name its exits gave). Allocated at the first branch (most lines, and some reports, have none); widened past
   * 255. A line may have branches without being a statement (LCOV's BRDA on a line with no DA).
   */
  private branchTotal: BranchCounts | undefined;
  private branchCounted: BranchCounts | undefined;
  /** Where reports name a line's exits: which names they know, and which no report that knows them took. */
  private named: Map<number, NamedExits> | undefined;
  /**
   * Kept up to date by every change rather than summed on demand: the gate, the file table and the summary
   * JSON each ask, and a walk over five million lines cost more than keeping count.
   */
  private readonly running: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };

  constructor(private readonly arena: Arena) {}

  private ensure(line: number): void {
    if (line < this.hits.length) return;
    if (line > MAX_LINE) throw lineOutOfRange(line);
    // Exact for the first reservation (a reader that knows its lines), doubling after.
    const size = this.hits.length === 0 ? line + 1 : Math.max(line + 1, this.hits.length * 2, 64);
    const hits = this.arena.uint8(size).fill(NOT_COVERABLE);
    hits.set(this.hits);
    this.hits = hits;
    if (this.branchTotal !== undefined && this.branchCounted !== undefined) {
      this.branchTotal = this.copyCounts(this.branchTotal, size);
      this.branchCounted = this.copyCounts(this.branchCounted, size);
    }
  }

  private copyCounts(from: BranchCounts, size: number, wide = from instanceof Uint16Array): BranchCounts {
    const to = wide ? this.arena.uint16(size) : this.arena.uint8(size);
    to.set(from);
    return to;
  }

  get size(): number {
    return this.running.linesValid;
  }

  /** A statement and how often it ran, merging with what is there (hits add up). */
  add(line: number, hits: number): void {
    if (!Number.isInteger(line) || line < 0) return;
    this.ensure(line);
    const added = addHits(this.hits, line, Math.max(0, Math.floor(hits)));
    this.running.linesValid += added & NEWLY_COVERABLE;
    this.running.linesCovered += (added & NEWLY_COVERED) >> 1;
  }

  /**
   * Lines as a reader gathers them, four numbers each (number, hits, exits, covered exits), added as `add` and
   * `countBranches` would add them one by one, with one reservation and no per-line checks: the numbers must be
   * non-negative, lines at most MAX_LINE and branch counts at most MAX_BRANCHES (the Cobertura reader clamps).
   */
  addPacked(packed: Int32Array, count: number): void {
    if (count === 0) return;
    let highest = 0;
    for (let i = 0; i < count; i++) highest = Math.max(highest, packed[i * 4] ?? 0);
    this.ensure(highest);
    const hits = this.hits;
    let valid = 0;
    let covered = 0;
    // Int32 in, int32 indices: a typed array indexed by a double (a Float64Array's element) takes V8's slow
    // keyed path, which cost ten times this loop. The counts are kept in locals and added once.
    for (let i = 0; i < count; i++) {
      const at = i * 4;
      const line = packed[at] ?? 0;
      const added = addHits(hits, line, packed[at + 1] ?? 0);
      valid += added & NEWLY_COVERABLE;
      covered += (added & NEWLY_COVERED) >> 1;
      const exits = packed[at + 2] ?? 0;
      if (exits > 0) this.setBranchLine(line, exits, packed[at + 3] ?? 0, undefined);
    }
    this.running.linesValid += valid;
    this.running.linesCovered += covered;
  }

  /** A line's exits as counts only (Cobertura without `missing-branches`): the larger count wins a merge. */
  countBranches(line: number, exits: number, covered: number): void {
    if (!Number.isInteger(line) || line < 0 || exits <= 0) return;
    this.ensure(line);
    this.setBranchLine(
      line,
      Math.min(exits, MAX_BRANCHES),
      Math.min(Math.max(covered, 0), MAX_BRANCHES),
      undefined,
    );
  }

  /**
   * A line's exits by name: `known` every exit's name (LCOV, coverage.py's JSON), or `all` when the report names
   * only the missed ones (Cobertura's `missing-branches`); `missed` those no test took.
   */
  nameBranches(
    line: number,
    exits: number,
    missed: ReadonlySet<string>,
    known: ReadonlySet<string> | 'all',
  ): void {
    if (!Number.isInteger(line) || line < 0 || exits <= 0) return;
    this.ensure(line);
    this.setBranchLine(line, Math.min(exits, MAX_BRANCHES), 0, {
      known: known === 'all' ? 'all' : new Set(known),
      missed: new Set(missed),
    });
  }

  /** The covered exits of a line: the named view where there is one, never less than a count a report gave. */
  private coveredAt(line: number): number {
    const total = this.branchTotal?.[line] ?? 0;
    const counted = this.branchCounted?.[line] ?? 0;
    const exits = this.named?.get(line);
    const named = exits === undefined ? 0 : Math.max(0, total - exits.missed.size);
    return Math.min(total, Math.max(counted, named));
  }

  /** The one place branch data changes, so the running totals follow it. */
  private setBranchLine(line: number, exits: number, counted: number, named: NamedExits | undefined): void {
    if (this.branchTotal === undefined) {
      this.branchTotal = this.arena.uint8(this.hits.length);
      this.branchCounted = this.arena.uint8(this.hits.length);
    }
    const totalBefore = this.branchTotal[line] ?? 0;
    const coveredBefore = this.coveredAt(line);
    let merged: NamedExits | undefined;
    if (named !== undefined) {
      const held = this.named?.get(line);
      merged = held === undefined ? named : mergeNamed(held, named.known, named.missed);
      (this.named ??= new Map()).set(line, merged);
    }
    // Reports that name every exit count the exits any of them knows (LCOV merges that way).
    const knownCount = merged === undefined || merged.known === 'all' ? 0 : merged.known.size;
    const total = Math.min(Math.max(totalBefore, exits, knownCount), MAX_BRANCHES);
    const count = Math.max(this.branchCounted?.[line] ?? 0, counted);
    if ((total > NARROW_MAX || count > NARROW_MAX) && this.branchTotal instanceof Uint8Array) {
      this.branchTotal = this.copyCounts(this.branchTotal, this.hits.length, true);
      if (this.branchCounted !== undefined)
        this.branchCounted = this.copyCounts(this.branchCounted, this.hits.length, true);
    }
    this.branchTotal[line] = total;
    if (this.branchCounted !== undefined) this.branchCounted[line] = count;
    this.running.branchesValid += total - totalBefore;
    this.running.branchesCovered += this.coveredAt(line) - coveredBefore;
  }

  get(line: number): LineCoverage | undefined {
    const hits = this.hits[line];
    if (hits === undefined || hits === NOT_COVERABLE) return undefined;
    return {
      hits,
      branchesTotal: this.branchTotal?.[line] ?? 0,
      branchesCovered: this.branchTotal === undefined ? 0 : this.coveredAt(line),
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
      if (hits !== NOT_COVERABLE) this.add(line, hits);
      const exits = other.branchTotal?.[line] ?? 0;
      if (exits === 0) continue;
      this.ensure(line);
      this.setBranchLine(line, exits, other.branchCounted?.[line] ?? 0, other.named?.get(line));
    }
  }

  totals(): Totals {
    return { ...this.running };
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
