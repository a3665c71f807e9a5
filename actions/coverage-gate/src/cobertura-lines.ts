/**
 * The fast path for the bulk of a Cobertura report: the run of `<line number="12" hits="3"/>` elements
 * (with `branch="true" condition-coverage="50% (1/2)"` on some) inside a class's `<lines>`. A 200 MB report
 * is five million of them, and reading each through the general scanner (attribute spans, name lookups,
 * the element stack) cost three times what reading the bytes does.
 *
 * It reads any attribute order and spacing, and only what it can vouch for: a self-closing `<line>` whose attribute names are plain ASCII names, each followed directly by `=`
 * and a quoted value without `<` or `&`, separated by whitespace, with `number` and `hits` made of digits
 * only and no attribute given twice. That is well-formed XML by construction, so skipping the general
 * checks loses nothing. At anything else — another element, an entity, a sign or a decimal point in a
 * number, a `<line>` with children, a token cut by the chunk's end — it stops where that element begins
 * and hands the rest to the scanner, which reads (or refuses) it as before. The numbers it gives are the
 * ones the general route would give for the same element.
 */
export interface LineSink {
  /** One `<line>`: branch counts are 0 unless `branch="true"` with a condition-coverage. */
  line(number: number, hits: number, branchesTotal: number, branchesCovered: number): void;
  /** The line just given names its missed exits (coverage.py's `missing-branches="12,exit"`). */
  missed(number: number, branchesTotal: number, branchesCovered: number, names: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const ZERO = 0x30;
const NINE = 0x39;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** ASCII letters, digits, `_`, `:`, `.` and `-`: anything else (non-ASCII names included) goes the general way. */
function isNameByte(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= ZERO && c <= NINE) ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x3a
  );
}

/** Whether the bytes at `start` are `name` (the caller has checked the length). */
function named(buf: Buffer, start: number, name: Buffer): boolean {
  for (let k = 0; k < name.length; k++) if (buf[start + k] !== name[k]) return false;
  return true;
}

const NUMBER = Buffer.from('number');
const HITS = Buffer.from('hits');
const BRANCH = Buffer.from('branch');
const CONDITION = Buffer.from('condition-coverage');
const MISSING = Buffer.from('missing-branches');
const TRUE = Buffer.from('true');

/** A non-empty run of digits as a number; -1 for anything else. */
function digits(buf: Buffer, start: number, end: number): number {
  if (end === start) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = (buf[i] ?? 0) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** How many runs of digits the general route reads from a condition-coverage (its scratch array's size). */
export const RUNS_KEPT = 16;

/**
 * The `<` after an element and the whitespace after it; -1 when anything else (or the chunk's end) comes
 * first, leaving that text whole to the scanner, so an error in it (a stray `&`) is placed where the
 * general route places it.
 */
function nextMarkup(buf: Buffer, from: number, end: number): number {
  let k = from;
  while (k < end && isSpace(buf[k] ?? 0)) k++;
  return k < end && buf[k] === LT ? k : -1;
}

/** Attribute flags, to refuse one given twice (the general route would take the first; XML forbids it). */
const SAW_NUMBER = 1;
const SAW_HITS = 2;
const SAW_BRANCH = 4;
const SAW_CONDITION = 8;
const SAW_MISSING = 16;

/** A fixed ASCII text as big-endian 32-bit words (and its length), for DataView compares. */
function words(text: string): { words: Uint32Array; rest: Buffer; length: number } {
  const bytes = Buffer.from(text, 'latin1');
  const count = Math.floor(bytes.length / 4);
  const out = new Uint32Array(count);
  for (let w = 0; w < count; w++) out[w] = bytes.readUInt32BE(w * 4);
  return { words: out, rest: bytes.subarray(count * 4), length: bytes.length };
}

const HEAD = words('<line number="');
const HITS_TEXT = words('" hits="');
const BRANCH_FALSE = words(' branch="false"');
const BRANCH_TRUE = words(' branch="true" condition-coverage="');
const MISSING_TEXT = words(' missing-branches="');

/** Whether the text stands at `pos` (the caller has checked there is room). */
function textAt(view: DataView, buf: Buffer, pos: number, text: ReturnType<typeof words>): boolean {
  const w = text.words;
  for (let k = 0; k < w.length; k++) if (view.getUint32(pos + k * 4) !== w[k]) return false;
  const tail = pos + w.length * 4;
  for (let k = 0; k < text.rest.length; k++) if (buf[tail + k] !== text.rest[k]) return false;
  return true;
}

/**
 * coverage.py's own shape, the bulk of any report it wrote, matched four bytes at a time: `<line number="N"
 * hits="H"`, then `/>`, ` branch="false"/>`, or ` branch="true" condition-coverage="P% (C/T)"` with an
 * optional ` missing-branches="…"`, and `/>`; numbers of 1 to 9 digits. Returns the position after the
 * element, or -1 for anything else (the general loop below reads it, or leaves it to the scanner).
 * Exported for its tests: a shape it stopped vouching for would still be read right, only slower.
 */
export function canonicalLine(view: DataView, buf: Buffer, pos: number, end: number, sink: LineSink): number {
  // Room for the longest fixed parts and numbers; an element near the chunk's end goes the general way.
  if (pos + 128 > end || !textAt(view, buf, pos, HEAD)) return -1;
  let i = pos + HEAD.length;
  let number = 0;
  let start = i;
  for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO) number = number * 10 + d;
  if (i === start || i - start > 9 || !textAt(view, buf, i, HITS_TEXT)) return -1;
  i += HITS_TEXT.length;
  let hits = 0;
  start = i;
  for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO) hits = hits * 10 + d;
  if (i === start || i - start > 9 || buf[i] !== DQUOTE) return -1;
  i++;
  let total = 0;
  let covered = 0;
  let missingStart = -1;
  let missingEnd = -1;
  if (buf[i] === SLASH) {
    // The most common shape: no branch attribute at all.
  } else if (textAt(view, buf, i, BRANCH_FALSE)) {
    i += BRANCH_FALSE.length;
  } else if (textAt(view, buf, i, BRANCH_TRUE)) {
    i += BRANCH_TRUE.length;
    start = i;
    for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO);
    if (i === start || i - start > 9 || buf[i] !== 0x25 || buf[i + 1] !== 0x20 || buf[i + 2] !== 0x28)
      return -1;
    i += 3;
    start = i;
    for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO)
      covered = covered * 10 + d;
    if (i === start || i - start > 9 || buf[i] !== SLASH) return -1;
    start = ++i;
    for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO) total = total * 10 + d;
    if (i === start || i - start > 9 || buf[i] !== 0x29 || buf[i + 1] !== DQUOTE) return -1;
    i += 2;
    if (buf[i] !== SLASH) {
      if (!textAt(view, buf, i, MISSING_TEXT)) return -1;
      missingStart = i + MISSING_TEXT.length;
      let k = missingStart;
      for (let c = buf[k] ?? 0; k < end && c !== DQUOTE; c = buf[++k] ?? 0)
        if (c === LT || c === AMP) return -1;
      if (k >= end) return -1;
      missingEnd = k;
      i = k + 1;
    }
  } else return -1;
  if (buf[i] !== SLASH || buf[i + 1] !== GT) return -1;
  sink.line(number, hits, total, covered);
  if (missingStart >= 0)
    sink.missed(number, total, covered, buf.toString('latin1', missingStart, missingEnd));
  return i + 2;
}

/**
 * Reads `<line .../>` elements and the whitespace between them from `pos` (a `<`), giving each to `sink`;
 * returns the position after the last one read (`pos` when the first is not one it vouches for).
 */
export function skimLines(buf: Buffer, pos: number, sink: LineSink): number {
  // Every read below is in bounds (a read past the end would slow every read of the loop in V8).
  const end = buf.length;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = pos;
  for (;;) {
    const canonical = canonicalLine(view, buf, at, end, sink);
    if (canonical >= 0) {
      const next = nextMarkup(buf, canonical, end);
      if (next < 0) return canonical;
      at = next;
      continue;
    }
    if (
      at + 6 > end ||
      buf[at] !== LT ||
      buf[at + 1] !== 0x6c || // l
      buf[at + 2] !== 0x69 || // i
      buf[at + 3] !== 0x6e || // n
      buf[at + 4] !== 0x65 || // e
      !isSpace(buf[at + 5] ?? 0)
    )
      return at;
    let i = at + 6;
    let seen = 0;
    let number = -1;
    let hits = -1;
    let branch = false;
    // condition-coverage="50% (1/2)": its last two runs of digits are covered and total.
    let runs = 0;
    let previous = 0;
    let last = 0;
    let missingStart = -1;
    let missingEnd = -1;
    for (;;) {
      while (i < end && isSpace(buf[i] ?? 0)) i++;
      if (i + 1 >= end) return at;
      if (buf[i] === SLASH) {
        if (buf[i + 1] !== GT) return at;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < end && isNameByte(buf[i] ?? 0)) i++;
      const nameEnd = i;
      if (nameEnd === nameStart || i + 1 >= end || buf[i] !== EQUALS) return at;
      const quote = buf[i + 1] ?? 0;
      if (quote !== DQUOTE && quote !== SQUOTE) return at;
      i += 2;
      const valueStart = i;
      while (i < end) {
        const c = buf[i] ?? 0;
        if (c === quote) break;
        if (c === LT || c === AMP) return at;
        i++;
      }
      const valueEnd = i;
      i++;
      if (i >= end) return at;
      const next = buf[i] ?? 0;
      if (next !== SLASH && !isSpace(next)) return at;
      const first = buf[nameStart] ?? 0;
      const length = nameEnd - nameStart;
      if (first === 0x6e && length === 6 && named(buf, nameStart, NUMBER)) {
        if ((seen & SAW_NUMBER) !== 0) return at;
        seen |= SAW_NUMBER;
        number = digits(buf, valueStart, valueEnd);
        if (number < 0) return at;
      } else if (first === 0x68 && length === 4 && named(buf, nameStart, HITS)) {
        if ((seen & SAW_HITS) !== 0) return at;
        seen |= SAW_HITS;
        hits = digits(buf, valueStart, valueEnd);
        if (hits < 0) return at;
      } else if (first === 0x62 && length === 6 && named(buf, nameStart, BRANCH)) {
        if ((seen & SAW_BRANCH) !== 0) return at;
        seen |= SAW_BRANCH;
        branch = valueEnd - valueStart === 4 && named(buf, valueStart, TRUE);
      } else if (first === 0x63 && length === 18 && named(buf, nameStart, CONDITION)) {
        if ((seen & SAW_CONDITION) !== 0) return at;
        seen |= SAW_CONDITION;
        let current = -1;
        for (let k = valueStart; k <= valueEnd; k++) {
          const d = k < valueEnd ? (buf[k] ?? 0) - ZERO : -1;
          if (d >= 0 && d <= 9) current = current < 0 ? d : current * 10 + d;
          else if (current >= 0) {
            // The general route keeps the first RUNS_KEPT runs; so does this one.
            if (runs < RUNS_KEPT) {
              previous = last;
              last = current;
            }
            runs++;
            current = -1;
          }
        }
      } else if (first === 0x6d && length === 16 && named(buf, nameStart, MISSING)) {
        if ((seen & SAW_MISSING) !== 0) return at;
        seen |= SAW_MISSING;
        missingStart = valueStart;
        missingEnd = valueEnd;
      }
    }
    // A line without a number is the general route's to judge (it skips it).
    if (number < 0) return at;
    const withBranches = branch && runs >= 2;
    sink.line(number, hits < 0 ? 0 : hits, withBranches ? last : 0, withBranches ? previous : 0);
    if (withBranches && missingStart >= 0)
      sink.missed(number, last, previous, buf.toString('latin1', missingStart, missingEnd));
    const next = nextMarkup(buf, i, end);
    if (next < 0) return i;
    at = next;
  }
}
