/**
 * coverage.py's `<line>` elements, read in WebAssembly (AssemblyScript, compiled by `npm run build` into
 * src/line-run-wasm.ts). A 200 MB report is five million of them; this loop reads them at several times
 * what the same loop in JavaScript does (every byte read there is bounds-checked; here it is a plain load).
 *
 * It reads only coverage.py's own shape, one space apart, in this order:
 *
 *   <line number="12" hits="3"/>
 *   <line number="12" hits="3" branch="false"/>
 *   <line number="12" hits="3" branch="true" condition-coverage="50% (1/2)"/>
 *
 * with numbers of one to nine digits, followed by whitespace and the next `<`. Anything else — another
 * attribute order, quotes or spacing, an entity, a longer number, a line number beyond `maxLine` — stops the
 * run at that element's `<`, and the JavaScript reader takes it from there (cobertura-lines.ts), so what is
 * read here is what the general route would read, and what is not is judged there.
 */

// The fixed text, as little-endian words: '<lin' 'e nu' 'mber' and 'er="' (overlapping), '" hi' 'ts="'.
const LINE_A: u32 = 0x6e696c3c;
const LINE_B: u32 = 0x756e2065;
const LINE_C: u32 = 0x7265626d;
const LINE_D: u32 = 0x223d7265;
const HITS_A: u32 = 0x69682022;
const HITS_B: u32 = 0x223d7374;
// '"/>' (three bytes), '" branch' and '="false"' then '/>', '="true" ' 'conditio' 'n-covera' 'ge="'.
const CLOSE: u32 = 0x3e2f22;
const BRANCH: u64 = 0x68636e6172622022;
const FALSE: u64 = 0x2265736c6166223d;
const FALSE_END: u16 = 0x3e2f;
const TRUE: u64 = 0x202265757274223d;
const CONDITION_A: u64 = 0x6f697469646e6f63;
const CONDITION_B: u64 = 0x617265766f632d6e;
const CONDITION_C: u32 = 0x223d6567;
// '% (' (three bytes), ')"/>'.
const PERCENT: u32 = 0x282025;
const COVERAGE_END: u32 = 0x3e2f2229;

/**
 * The longest element read here is 111 bytes (four nine-digit numbers): a run reads an element only with this
 * much input left, so no load passes the end, and a cut one is left to the caller.
 */
export const ROOM: usize = 128;
const MAX_DIGITS: usize = 9;

/** What digitsAt read; a global rather than a pair returned. */
let digitsValue: u32 = 0;
/** How many lines the last run wrote. */
let written: i32 = 0;

/** One to nine digits at `at` into digitsValue: the position after them, or 0 when there are none or more. */
function digitsAt(at: usize): usize {
  let d: u32 = <u32>load<u8>(at) - 0x30;
  if (d > 9) return 0;
  let n: u32 = 0;
  let k = at;
  do {
    n = n * 10 + d;
    k++;
    d = <u32>load<u8>(k) - 0x30;
  } while (d <= 9 && k - at < MAX_DIGITS);
  if (d <= 9) return 0;
  digitsValue = n;
  return k;
}

function isSpace(c: u32): bool {
  return c == 0x20 || c == 0x0a || c == 0x09 || c == 0x0d;
}

/** The number of lines the last run wrote. */
export function count(): i32 {
  return written;
}

/**
 * Reads elements from `at` (a `<`) while one starts at least ROOM bytes before `end` and `out` has room for
 * `capacity` lines, writing four u32s per line: number, hits (at most maxHits), branches total and covered
 * (at most maxBranches; 0 without a condition-coverage). Returns where it stopped: the `<` of an element it
 * did not read, or the end of the last one read when what follows it is not whitespace and a `<`.
 */
export function run(
  at: usize,
  end: usize,
  out: usize,
  capacity: i32,
  maxHits: u32,
  maxBranches: u32,
  maxLine: u32,
): usize {
  written = 0;
  while (at + ROOM <= end && written < capacity) {
    if (
      load<u32>(at) != LINE_A ||
      load<u32>(at, 4) != LINE_B ||
      load<u32>(at, 8) != LINE_C ||
      load<u32>(at, 10) != LINE_D
    )
      break;
    let i = digitsAt(at + 14);
    if (i == 0 || load<u32>(i) != HITS_A || load<u32>(i, 4) != HITS_B) break;
    const number = digitsValue;
    if (number > maxLine) break;
    i = digitsAt(i + 8);
    if (i == 0) break;
    const hits = digitsValue;
    let total: u32 = 0;
    let covered: u32 = 0;
    if ((load<u32>(i) & 0xffffff) == CLOSE) i += 3;
    else {
      if (load<u64>(i) != BRANCH) break;
      const value = load<u64>(i, 8);
      if (value == FALSE && load<u16>(i, 16) == FALSE_END) i += 18;
      else {
        if (
          value != TRUE ||
          load<u64>(i, 16) != CONDITION_A ||
          load<u64>(i, 24) != CONDITION_B ||
          load<u32>(i, 32) != CONDITION_C
        )
          break;
        // "50% (1/2)": the percentage, then covered and total.
        i = digitsAt(i + 36);
        if (i == 0 || (load<u32>(i) & 0xffffff) != PERCENT) break;
        i = digitsAt(i + 3);
        if (i == 0 || load<u8>(i) != 0x2f) break;
        covered = digitsValue;
        i = digitsAt(i + 1);
        if (i == 0 || load<u32>(i) != COVERAGE_END) break;
        total = digitsValue;
        i += 4;
      }
    }
    const slot = out + ((<usize>written) << 4);
    store<u32>(slot, number);
    store<u32>(slot, hits < maxHits ? hits : maxHits, 4);
    store<u32>(slot, total < maxBranches ? total : maxBranches, 8);
    store<u32>(slot, covered < maxBranches ? covered : maxBranches, 12);
    written++;
    // Whitespace, then the next '<'; anything else (text, an error) is the scanner's, from this element's end.
    let k = i;
    let c: u32 = 0;
    while (k < end) {
      c = load<u8>(k);
      if (!isSpace(c)) break;
      k++;
    }
    if (k >= end || c != 0x3c) return i;
    at = k;
  }
  return at;
}
