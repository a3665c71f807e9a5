/**
 * What made the 200 MB report fast must not change a single number: the `<line>` fast path against the
 * general route and saxes, element shape by element
 * shape and chunking by chunking; the compact line store's running totals against a fresh count after every
 * kind of change.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalLine,
  type LineSink,
  skimLines,
} from '../../../actions/coverage-gate/src/cobertura-lines.js';
import {
  Arena,
  FileCoverage,
  MAX_HITS,
  MAX_LINE,
  type Totals,
  totalsOf,
} from '../../../actions/coverage-gate/src/model.js';
import { type ParsedCoverage, readerFor } from '../../../actions/coverage-gate/src/parsers.js';
import { XmlScanError } from '../../../actions/coverage-gate/src/xml-scanner.js';
import { XmlStream } from '../../../shared/xml.js';

type Line = [number, number, number, number];

/** A sink that keeps every line, whichever way it came. */
function collecting(lines: Line[], missed: [number, number, number, string][] = []): LineSink {
  return {
    line: (...l) => lines.push(l),
    missed: (...m) => missed.push(m),
  };
}

describe('the <line> fast path', () => {
  function skim(text: string): { lines: Line[]; consumed: number } {
    const lines: Line[] = [];
    // Room after the text: coverage.py's shape is only read with a full element's worth of buffer left.
    const buf = Buffer.from(text + ' '.repeat(200));
    return { lines, consumed: skimLines(buf, 0, collecting(lines)) };
  }

  it("reads coverage.py's own shapes, and the whitespace between them", () => {
    const text =
      '<line number="1" hits="3"/>\n\t\t<line number="20" hits="0" branch="true" condition-coverage="50% (1/2)"/>\r\n' +
      '<line number="300" hits="12" branch="false"/> <line number="4" hits="1" branch="true" condition-coverage="100% (4/4)"/>';
    const { lines, consumed } = skim(text);
    expect(lines).toEqual([
      [1, 3, 0, 0],
      [20, 0, 2, 1],
      [300, 12, 0, 0],
      [4, 1, 4, 4],
    ]);
    // The whitespace after the last one is text for the scanner (it may hold an error to place).
    expect(consumed).toBe(text.length);
  });

  it('reads other attribute orders, quotes and spacing through its general loop', () => {
    const { lines } = skim(
      '<line hits=\'2\' number=\'7\'/><line  number="8"\n hits="0"   branch="true" condition-coverage="0% (0/3)" />' +
        '<line condition-coverage="50% (1/2)" branch="true" number="9" hits="1" extra="x"/>',
    );
    expect(lines).toEqual([
      [7, 2, 0, 0],
      [8, 0, 3, 0],
      [9, 1, 2, 1],
    ]);
  });

  it.each([
    ['another element', '<lines>'],
    ['a line with children', '<line number="1" hits="1"><conditions/></line>'],
    ['an entity in a value', '<line number="&#49;" hits="1"/>'],
    ['a sign', '<line number="+1" hits="1"/>'],
    ['a decimal', '<line number="1" hits="1.0"/>'],
    ['no number', '<line hits="1"/>'],
    ['an empty number', '<line number="" hits="1"/>'],
    ['an attribute given twice', '<line number="1" number="2" hits="1"/>'],
    ['no space between attributes', '<line number="1"hits="1"/>'],
    ['space around =', '<line number = "1" hits="1"/>'],
    ['< in a value', '<line number="1" hits="1" x="a<b"/>'],
    ['an unquoted value', '<line number=1 hits="1"/>'],
    ['a non-ASCII attribute name', '<line number="1" hïts="1"/>'],
    ['a cut element', '<line number="1" hi'],
  ])('leaves %s to the scanner', (_what, text) => {
    const lines: Line[] = [];
    expect(skimLines(Buffer.from(text), 0, collecting(lines))).toBe(0);
    expect(lines).toEqual([]);
  });

  it('stops at the first element it does not vouch for, after the ones it read', () => {
    const head = '<line number="1" hits="1"/>\n';
    const { lines, consumed } = skim(`${head}<line number="2" hits="x"/>`);
    expect(lines).toEqual([[1, 1, 0, 0]]);
    expect(consumed).toBe(head.length);
  });
});

/**
 * The general loop's contract (what coverage.py's exact shape does not match): the elements it reads and the
 * numbers it gives, and everything it leaves whole to the scanner, where it stops. A loop that stopped
 * vouching would still be read right by the scanner, only slower, so only these tests see it.
 */
describe("the fast path's general loop", () => {
  /** Not coverage.py's attribute order, so the general loop reads it. */
  const FIRST = '<line hits="1" number="1"/>';
  function run(text: string): { rest: string; lines: Line[]; missed: [number, number, number, string][] } {
    const lines: Line[] = [];
    const missed: [number, number, number, string][] = [];
    const end = skimLines(Buffer.from(text, 'latin1'), 0, collecting(lines, missed));
    return { rest: text.slice(end), lines, missed };
  }
  const RUNS_20 = Array.from({ length: 20 }, (_, i) => i).join(' ');

  it.each<[string, Line, [number, number, number, string]?]>([
    ['<line hits="3" number="12"/>', [12, 3, 0, 0]],
    ["<line hits='3' number='12'/>", [12, 3, 0, 0]],
    ['<line\thits="3"\r\nnumber="12"\n/>', [12, 3, 0, 0]],
    // Without hits: 0. Line 0 is read here as the general route reads it.
    ['<line number="5"/>', [5, 0, 0, 0]],
    ['<line hits="0" number="0"/>', [0, 0, 0, 0]],
    // Attribute names of every kind of name byte, read and passed over.
    ['<line Az09-._:zZ="x" hits="1" number="2"/>', [2, 1, 0, 0]],
    // Names that only begin like the ones it reads are passed over.
    ['<line numbers="x" hitsx="y" number="2" hits="1"/>', [2, 1, 0, 0]],
    ['<line hits="1" number="3" branchy="true" bzzzzz="true" condition-coverage="50% (1/2)"/>', [3, 1, 0, 0]],
    ['<line hits="1" number="3" branch="true" condition-coverage="50% (1/2)"/>', [3, 1, 2, 1]],
    ['<line branch="true" condition-coverage="10% (12/120)" number="3" hits="1"/>', [3, 1, 120, 12]],
    // The last two runs of digits, even at the value's very end.
    ['<line hits="1" number="3" branch="true" condition-coverage="1 2"/>', [3, 1, 2, 1]],
    // The first 16 runs only, as the general route keeps them.
    [`<line hits="1" number="3" branch="true" condition-coverage="${RUNS_20}"/>`, [3, 1, 15, 14]],
    ['<line hits="1" number="3" branch="false" condition-coverage="50% (1/2)"/>', [3, 1, 0, 0]],
    ['<line hits="1" number="3" branch="True" condition-coverage="50% (1/2)"/>', [3, 1, 0, 0]],
    ['<line hits="1" number="3" branch="trueX" condition-coverage="50% (1/2)"/>', [3, 1, 0, 0]],
    ['<line hits="1" number="3" branch="true" condition-coverages="1 2"/>', [3, 1, 0, 0]],
    [
      '<line hits="1" number="3" branch="true" condition-coverage="50% (1/2)" missing-branches="7,exit"/>',
      [3, 1, 2, 1],
      [3, 2, 1, '7,exit'],
    ],
    // Missed exits only with branches; a longer name is another attribute.
    ['<line hits="1" number="3" missing-branches="7"/>', [3, 1, 0, 0]],
    [
      '<line hits="1" number="3" branch="true" condition-coverage="50% (1/2)" missing-branchesx="7" mzzzzzzzzzzzzzzz="8"/>',
      [3, 1, 2, 1],
    ],
  ])('reads %s, alone or after another', (shape, line, missed) => {
    const want = { rest: '</lines>', lines: [line], missed: missed === undefined ? [] : [missed] };
    expect(run(`${shape}\n</lines>`)).toEqual(want);
    expect(run(`${FIRST} ${shape}\n</lines>`)).toEqual({ ...want, lines: [[1, 1, 0, 0], line] });
  });

  it.each([
    '<lines>',
    '<line/>',
    '<xine hits="1" number="1"/>',
    '<lxne hits="1" number="1"/>',
    '<lixe hits="1" number="1"/>',
    '<linx hits="1" number="1"/>',
    '<line hits="1"/>',
    '<line hits="1" number=""/>',
    '<line hits="1" number="-1"/>',
    '<line hits="1" number="1x"/>',
    '<line hits="x" number="1"/>',
    '<line hits="1" number="1"/ >',
    '<line hits="1" number="1">',
    '<line hits number="1"/>',
    '<line hits "1" number="1"/>',
    '<line ="1" hits="1" number="1"/>',
    '<line hits=`1` number="1"/>',
    '<line hits="1" number="1" x="a&amp;b"/>',
    '<line hits="1" number="1" x="a<b"/>',
    '<line hits="1"number="1"/>',
    '<line hits="1" number="1" number="2"/>',
    '<line hits="1" number="1" hits="2"/>',
    '<line hits="1" number="1" branch="true" branch="true"/>',
    '<line hits="1" number="1" condition-coverage="1" condition-coverage="2"/>',
    '<line hits="1" number="1" missing-branches="1" missing-branches="2"/>',
    '<line hïts="1" number="1"/>',
    '<line h@ts="1" number="1"/>',
  ])('leaves %s whole, first or after another', (shape) => {
    expect(run(`${shape}\n</lines>`)).toEqual({ rest: `${shape}\n</lines>`, lines: [], missed: [] });
    expect(run(`${FIRST}\n${shape}\n</lines>`)).toEqual({
      rest: `${shape}\n</lines>`,
      lines: [[1, 1, 0, 0]],
      missed: [],
    });
  });

  it('leaves the whitespace after the last element to the scanner when text follows it', () => {
    expect(run(`${FIRST}  \n x</lines>`)).toEqual({
      rest: '  \n x</lines>',
      lines: [[1, 1, 0, 0]],
      missed: [],
    });
    expect(run(`${FIRST}\t`)).toEqual({ rest: '\t', lines: [[1, 1, 0, 0]], missed: [] });
  });

  it('at a chunk cut anywhere, reads the whole elements before it and stops at the one cut', () => {
    const a =
      '<line hits="1" number="1" branch="true" condition-coverage="50% (1/2)" missing-branches="2,exit"/>';
    const b = "<line number='2'  hits='0' />";
    const text = `${a} \n${b}`;
    for (let cut = 0; cut <= text.length; cut++) {
      const lines: Line[] = [];
      const missed: [number, number, number, string][] = [];
      const end = skimLines(Buffer.from(text.slice(0, cut)), 0, collecting(lines, missed));
      const want =
        cut < a.length
          ? { end: 0, lines: [] }
          : cut <= text.length - b.length
            ? { end: a.length, lines: [[1, 1, 2, 1]] }
            : cut < text.length
              ? { end: text.length - b.length, lines: [[1, 1, 2, 1]] }
              : {
                  end: text.length,
                  lines: [
                    [1, 1, 2, 1],
                    [2, 0, 0, 0],
                  ],
                };
      expect({ end, lines }, `cut at ${cut}`).toEqual(want);
      expect(missed).toEqual(cut < a.length ? [] : [[1, 2, 1, '2,exit']]);
    }
  });
});

/** Each shape of `<line>` a producer might write, valid or not, in a class of its own. */
const SHAPES = [
  '<line number="1" hits="3"/>',
  '<line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>',
  '<line number="3" hits="1" branch="false"/>',
  '<line number="4" hits="1" branch="true" condition-coverage="100% (2/2)"><conditions><condition number="0" type="jump" coverage="100%"/></conditions></line>',
  "<line hits='5' number='5'/>",
  '<line number="6" hits="+2"/>',
  '<line number="7" hits="1.5"/>',
  '<line number="8" hits="&#50;"/>',
  '<line number="9"/>',
  '<line hits="1"/>',
  '<line number="10" hits="1" branch="true" condition-coverage="1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 (3/4)"/>',
  '<line number="11" hits="99999999999"/>',
  '<line number="16" hits="1234567890"/>',
  '<line number="17" hits="1" branch="true" condition-coverage="100% (1000/1000)"/>',
  '<line number="18" hits="1" branch="false" />',
  '<line number="19" hits="1" branch="true" condition-coverage="50% (1/2)" />',
  '<line number="12" hits="1" branch="true" condition-coverage="no numbers"/>',
  '<line number="13" hits="0" branch="TRUE" condition-coverage="50% (1/2)"/>',
  '<line\n\tnumber="14"\n\thits="1"\n/>',
  `<line number="${'0'.repeat(90)}15" hits="1"/>`,
  '<line number="20" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="22"/>',
  '<line number="21" hits="1" branch="true" condition-coverage="33% (1/3)" missing-branches="24,exit"/>',
  '<line number="23" missing-branches="exit" hits="0" condition-coverage="0% (0/2)" branch="true"/>',
];

function document(lines: string): string {
  return `<?xml version="1.0"?>\n<coverage><packages><package><classes><class filename="a.py"><methods><method><lines><line number="99" hits="1"/></lines></method></methods><lines>\n${lines}\n</lines></class></classes></package></packages></coverage>`;
}

/** The Cobertura lines as saxes and a regular expression read them: the reference. */
function reference(doc: string): Line[] {
  const lines: Line[] = [];
  const stack: string[] = [];
  const stream = new XmlStream({
    open: (name, a) => {
      stack.push(name);
      if (name !== 'line' || stack.at(-3) !== 'class') return;
      const number = Number(a.number);
      if (a.number === undefined || a.number === '' || !Number.isInteger(number) || number < 0) return;
      const hits = Number(a.hits ?? 0);
      const runs = (a['condition-coverage'] ?? '').match(/\d+/g)?.slice(0, 16).map(Number) ?? [];
      const branches = a.branch === 'true' && runs.length >= 2;
      lines.push([
        number,
        Number.isFinite(hits) ? Math.min(Math.floor(Math.max(0, hits)), MAX_HITS) : 0,
        branches ? (runs.at(-1) ?? 0) : 0,
        branches ? (runs.at(-2) ?? 0) : 0,
      ]);
    },
    close: () => stack.pop(),
    text: () => undefined,
  });
  stream.write(doc);
  stream.close();
  return lines.sort((x, y) => x[0] - y[0]);
}

function readLines(doc: string | Buffer, chunk: number, fastPath = true): Line[] {
  const reader = readerFor('cobertura', { fastPath });
  const bytes = Buffer.from(doc);
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  const file = reader.close().files.get('a.py');
  return [...(file?.entries() ?? [])].map(([n, l]) => [n, l.hits, l.branchesTotal, l.branchesCovered]);
}

describe("coverage.py's own <line> shape, four bytes at a time", () => {
  /** What the exact-shape reader makes of `text` (with room after it): its end, and what it gave the sink. */
  function canonical(
    text: string,
    room = 200,
  ): { end: number; lines: Line[]; missed: [number, number, number, string][] } {
    const lines: Line[] = [];
    const missed: [number, number, number, string][] = [];
    const buf = Buffer.from(text + ' '.repeat(room));
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    return { end: canonicalLine(view, buf, 0, buf.length, collecting(lines, missed)), lines, missed };
  }

  it.each([
    ['<line number="12" hits="3"/>', [12, 3, 0, 0], undefined],
    ['<line number="5" hits="0" branch="false"/>', [5, 0, 0, 0], undefined],
    ['<line number="7" hits="1" branch="true" condition-coverage="50% (1/2)"/>', [7, 1, 2, 1], undefined],
    [
      '<line number="8" hits="2" branch="true" condition-coverage="75% (3/4)" missing-branches="12,exit"/>',
      [8, 2, 4, 3],
      [8, 4, 3, '12,exit'],
    ],
    [
      '<line number="9" hits="2" branch="true" condition-coverage="0% (0/2)" missing-branches=""/>',
      [9, 2, 2, 0],
      [9, 2, 0, ''],
    ],
    ['<line number="123456789" hits="987654321"/>', [123456789, 987654321, 0, 0], undefined],
    ['<line number="9" hits="9" branch="true" condition-coverage="99% (9/9)"/>', [9, 9, 9, 9], undefined],
    [
      '<line number="100" hits="100" branch="true" condition-coverage="10% (1/10)"/>',
      [100, 100, 10, 1],
      undefined,
    ],
    [
      '<line number="1" hits="1" branch="true" condition-coverage="100000000% (123456789/987654321)"/>',
      [1, 1, 987654321, 123456789],
      undefined,
    ],
  ])('reads %s whole, ending after it', (text, line, missed) => {
    const read = canonical(text);
    expect(read.end).toBe(text.length);
    expect(read.lines).toEqual([line]);
    expect(read.missed).toEqual(missed === undefined ? [] : [missed]);
  });

  it.each([
    // Its words, quotes, spaces and order exactly.
    '<line  number="1" hits="1"/>',
    "<line number='1' hits='1'/>",
    '<line number="1"  hits="1"/>',
    '<line hits="1" number="1"/>',
    '<lines number="1" hits="1"/>',
    // Numbers of 1 to 9 digits, nothing else.
    '<line number="" hits="1"/>',
    '<line number="1234567890" hits="1"/>',
    '<line number="1a" hits="1"/>',
    '<line number="-1" hits="1"/>',
    '<line number="1" hits=""/>',
    '<line number="1" hits="1234567890"/>',
    '<line number="1" hits="1.5"/>',
    '<line number="1" hits="1" />',
    '<line number="1" hits="1">',
    '<line number="1" hits="1"/ >',
    // The branch attributes as coverage.py writes them.
    '<line number="1" hits="1" branch="False"/>',
    '<line number="1" hits="1" branch="true"/>',
    '<line number="1" hits="1" branch="false" condition-coverage="50% (1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50%(1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50 (1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="% (1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="1234567890% (1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1234567890/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1-2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/1234567890)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2x)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2:)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1x/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1:/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="5x% (1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2]"/>',
    // One byte replaced where the shape has punctuation.
    '<line number="1" hits="1x/>',
    '<line number="1" hits="1" branch="false"x>',
    '<line number="1" hits="1" branch="true" condition-coverage="50x (1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50%x(1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% x1/2)"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)x/>',
    '<line number="1:" hits="1"/>',
    '<line number="1" hits="1:"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" other="x"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="3"',
    // Markup or an entity in the missed exits is the general route's to read (or refuse).
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="a&amp;b"/>',
    '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="a<b"/>',
  ])('leaves %s to the general route, giving nothing', (text) => {
    const read = canonical(text);
    expect(read.end).toBe(-1);
    expect(read.lines).toEqual([]);
    expect(read.missed).toEqual([]);
  });

  it('leaves an element within 128 bytes of the chunk’s end, or whose missed exits run past it', () => {
    const text = '<line number="1" hits="1"/>';
    expect(canonical(text, 128 - text.length).end).toBe(text.length);
    expect(canonical(text, 127 - text.length).end).toBe(-1);
    const open = '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="3';
    expect(canonical(open, 0).end).toBe(-1);
    expect(canonical(`${open}${'4'.repeat(200)}`, 0)).toMatchObject({ end: -1, lines: [] });
  });
});

describe('the Cobertura reader with the fast path', () => {
  it.each(SHAPES)('reads %j as saxes does, in any chunking', (shape) => {
    // Canonical lines around it, so the fast path is running when it meets the shape.
    const doc = document(
      `<line number="100" hits="1"/>\n${shape}\n<line number="101" hits="0" branch="true" condition-coverage="0% (0/2)"/>`,
    );
    const expected = reference(doc);
    for (const chunk of [1, 7, 64, 100_000])
      expect(readLines(doc, chunk), `chunk ${chunk}`).toEqual(expected);
  });

  it('reads every shape together, as saxes does', () => {
    const doc = document(SHAPES.join('\n'));
    for (const chunk of [3, 1000]) expect(readLines(doc, chunk)).toEqual(reference(doc));
  });

  it('reads numbers longer than nine digits, and clamps hits, as the general route does', () => {
    const doc = document(
      '<line number="0000000001" hits="1234567890123"/>\n<line number="2" hits="255"/>\n' +
        '<line number="3" hits="1" branch="true" condition-coverage="50% (0000000001/0000000002)"/>\n',
    );
    expect(readLines(doc, 1 << 20)).toEqual([
      [1, MAX_HITS, 0, 0],
      [2, MAX_HITS, 0, 0],
      [3, 1, 2, 1],
    ]);
  });

  it("keeps a class's lines when another class opens inside it", () => {
    const doc =
      '<coverage><packages><package><classes><class filename="outer.py"><lines>\n' +
      '<line number="1" hits="1"/>\n<line hits="2" number="2"/>\n' +
      '<class filename="inner.py"><lines><line number="5" hits="1"/></lines></class>\n' +
      '</lines></class></classes></package></packages></coverage>\n';
    for (const fastPath of [true, false]) {
      const reader = readerFor('cobertura', { fastPath });
      reader.write(Buffer.from(doc));
      const files = reader.close().files;
      const lines = (name: string): number[] => [...(files.get(name)?.entries() ?? [])].map(([n]) => n);
      expect([lines('outer.py'), lines('inner.py')], `fast path ${fastPath}`).toEqual([[1, 2], [5]]);
    }
  });

  it('names a line number no source file has instead of sizing an array for it', () => {
    const reader = readerFor('cobertura');
    expect(() => {
      reader.write(Buffer.from(document(`<line number="${MAX_LINE + 1}" hits="1"/>`)));
      reader.close();
    }).toThrow(`line number ${MAX_LINE + 1} is beyond ${MAX_LINE}`);
  });
});

describe('the Cobertura reader over many chunks', () => {
  it('reads a class of 50,000 lines, in any chunking', () => {
    // 50,000 lines (1.9 MB): more than the reader's scratch (4,096 lines) and the read size (1 MiB). A
    // mutation run, where each mutant the test covers reruns it, takes 10,000 (still past the scratch).
    const count = process.env.RUNWAY_MUTATION === '1' ? 10_000 : 50_000;
    const body = Array.from({ length: count }, (_, i) =>
      i % 7 === 0
        ? `<line number="${i + 1}" hits="${i % 3}" branch="true" condition-coverage="50% (${i % 5}/${(i % 5) + 1})"/>`
        : `<line number="${i + 1}" hits="${i % 4}"/>`,
    ).join('\n\t\t');
    const doc = Buffer.from(document(body));
    const expected = readLines(doc, doc.length, false);
    expect(expected).toHaveLength(count);
    for (const chunk of [doc.length, 1 << 20, 65_537, 4093]) {
      expect(readLines(doc, chunk), `chunk ${chunk}`).toEqual(expected);
    }
  });

  it('keeps nothing of a chunk: the same Buffer refilled with the next chunk reads right', () => {
    // read-report.ts reads into two buffers that take turns.
    const doc = Buffer.from(
      document(
        Array.from({ length: 3000 }, (_, i) => `<line number="${i + 1}" hits="${i % 2}"/>`).join('\n'),
      ),
    );
    const reader = readerFor('cobertura');
    const buffer = Buffer.alloc(8192);
    for (let i = 0; i < doc.length; i += buffer.length) {
      const n = doc.copy(buffer, 0, i, i + buffer.length);
      reader.write(buffer.subarray(0, n));
      buffer.fill(0x20);
    }
    const file = reader.close().files.get('a.py');
    expect(file?.totals()).toEqual({
      linesValid: 3000,
      linesCovered: 1500,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });
});

/** A small deterministic generator: the same "random" changes on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** The totals counted afresh from the lines, as the store summed them before it kept running counts. */
function counted(file: FileCoverage): Totals {
  const t: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
  for (const [, line] of file.entries()) {
    t.linesValid++;
    if (line.hits > 0) t.linesCovered++;
    t.branchesValid += line.branchesTotal;
    t.branchesCovered += line.branchesCovered;
  }
  return t;
}

describe('the line store', () => {
  it('keeps running totals equal to a fresh count through adds, packed adds, named branches and merges', () => {
    const next = random(42);
    const int = (max: number): number => Math.floor(next() * max);
    for (let round = 0; round < 40; round++) {
      const arena = new Arena();
      const files = [new FileCoverage(arena), new FileCoverage(arena)];
      for (let step = 0; step < 200; step++) {
        const file = files[int(2)] ?? new FileCoverage(arena);
        const kind = int(4);
        const line = int(round < 20 ? 50 : 5000);
        if (kind === 0) {
          file.add(line, int(3));
          file.countBranches(line, int(3), int(3));
        } else if (kind === 1) {
          const packed = Int32Array.from({ length: 4 * 8 }, (_, i) =>
            i % 4 === 0 ? int(300) : i % 4 === 1 ? int(400) : int(300),
          );
          file.addPacked(packed, 8);
        } else if (kind === 2) {
          file.add(line, 0);
          file.nameBranches(
            line,
            int(4),
            new Set(['a', 'b', 'c'].slice(0, int(4))),
            int(2) === 0 ? 'all' : new Set(['a', 'b', 'c', 'd']),
          );
        } else (files[0] ?? file).mergeFrom(files[1] ?? file);
        // Running totals that drift stay wrong: every tenth step is enough, and keeps mutation runs quick.
        if (step % 10 === 9) expect(file.totals()).toEqual(counted(file));
      }
      const sum = files.map(counted).reduce((x, y) => ({
        linesValid: x.linesValid + y.linesValid,
        linesCovered: x.linesCovered + y.linesCovered,
        branchesValid: x.branchesValid + y.branchesValid,
        branchesCovered: x.branchesCovered + y.branchesCovered,
      }));
      expect(totalsOf(new Map(files.map((f, i) => [String(i), f])))).toEqual(sum);
    }
  });

  it('counts hits up to MAX_HITS and branches past 255 without wrapping', () => {
    const file = new FileCoverage(new Arena());
    file.add(1, 200);
    file.add(1, 200);
    file.add(2, 1);
    file.countBranches(2, 3, 1);
    file.add(2, 0);
    file.countBranches(2, 300, 299);
    file.add(3, 0);
    file.countBranches(3, 70_000, 0);
    expect([...file.entries()]).toEqual([
      [1, { hits: MAX_HITS, branchesTotal: 0, branchesCovered: 0 }],
      [2, { hits: 1, branchesTotal: 300, branchesCovered: 299 }],
      [3, { hits: 0, branchesTotal: 0xffff, branchesCovered: 0 }],
    ]);
    expect(file.totals()).toEqual(counted(file));
  });

  it('keeps lines and branches when a file grows after its arrays were sized', () => {
    const file = new FileCoverage(new Arena());
    file.add(3, 0);
    file.add(2, 1);
    file.countBranches(2, 2, 1);
    file.add(40_000, 0);
    file.countBranches(40_000, 400, 1);
    file.add(1_000_000, 5);
    expect(file.get(2)).toEqual({ hits: 1, branchesTotal: 2, branchesCovered: 1 });
    expect(file.get(40_000)).toEqual({ hits: 0, branchesTotal: 400, branchesCovered: 1 });
    expect(file.get(1_000_000)).toEqual({ hits: 5, branchesTotal: 0, branchesCovered: 0 });
    expect(file.size).toBe(4);
    expect(() => file.add(MAX_LINE + 1, 1)).toThrow(/beyond/);
  });
});

/** A reader's whole result, or its error, as text to compare. */
function outcome(doc: Buffer, chunk: number, fastPath: boolean): string {
  const reader = readerFor('cobertura', { fastPath });
  let parsed: ParsedCoverage;
  try {
    for (let i = 0; i < doc.length; i += chunk) reader.write(doc.subarray(i, i + chunk));
    parsed = reader.close();
  } catch (error) {
    if (error instanceof XmlScanError) return `XmlScanError at ${error.offset}: ${error.message}`;
    return String(error);
  }
  const files = [...parsed.files].map(([name, file]) => [
    name,
    [...file.entries()].map(([n, l]) => [n, l.hits, l.branchesTotal, l.branchesCovered]),
  ]);
  return JSON.stringify({ files, sources: parsed.sources, declared: parsed.declared });
}

describe('the fast path against the general route', () => {
  it('gives the same result or the same error, at the same byte, for thousands of mutated reports', () => {
    const next = random(7);
    const int = (max: number): number => Math.floor(next() * max);
    // A report with every shape, in two classes of one file and one of another.
    const base = Buffer.from(
      document(SHAPES.join('\n\t\t')).replace(
        '</classes>',
        `<class filename="b.py"><lines>${SHAPES.slice(0, 4).join('')}</lines></class></classes>`,
      ),
    );
    // Bytes that matter to the matchers: quotes, markup, digits, spaces, entity starts.
    const alphabet = Buffer.from('<>/="\' 0123456789&;#x \n\tlinehitsbranchtrue%()');
    let differed = 0;
    let failed = 0;
    // Under mutation testing (which reruns this for every mutant it covers) a tenth of the rounds.
    const rounds = process.env.RUNWAY_MUTATION === '1' ? 150 : 1500;
    for (let round = 0; round < rounds; round++) {
      const doc = Buffer.from(base);
      const edits = 1 + int(3);
      let mutated = doc;
      for (let e = 0; e < edits; e++) {
        const at = int(mutated.length);
        const byte = alphabet[int(alphabet.length)] ?? 0x20;
        const kind = int(3);
        mutated =
          kind === 0
            ? Buffer.concat([mutated.subarray(0, at), Buffer.from([byte]), mutated.subarray(at)])
            : kind === 1
              ? Buffer.concat([mutated.subarray(0, at), mutated.subarray(at + 1)])
              : Buffer.concat([mutated.subarray(0, at), Buffer.from([byte]), mutated.subarray(at + 1)]);
      }
      const chunk = [1, 13, 200, 1 << 20][round % 4] ?? 1 << 20;
      const general = outcome(mutated, chunk, false);
      const fast = outcome(mutated, chunk, true);
      if (fast !== general) differed++;
      expect(fast, mutated.toString('latin1')).toBe(general);
      if (general.startsWith('XmlScanError')) failed++;
    }
    // The mutations must reach both outcomes often, or the comparison proves little.
    expect(differed).toBe(0);
    expect(failed).toBeGreaterThan(rounds / 5);
    expect(failed).toBeLessThan((rounds * 14) / 15);
  });
});
