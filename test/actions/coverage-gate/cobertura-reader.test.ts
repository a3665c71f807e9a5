/**
 * The Cobertura reader as a unit, by both routes (the `<line/>` fast path and the general scanner): the root
 * and its declared totals, `<source>` roots, a class's file, lines counted once (not again under
 * `<methods>`), nested classes, every attribute of a `<line>` at its edges, coverage.py's
 * `missing-branches`, and a class longer than the reader's batch.
 */
import { describe, expect, it } from 'vitest';
import { exitNames } from '../../../actions/coverage-gate/src/cobertura.js';
import {
  type FileCoverage,
  MAX_LINE,
  totalsOf,
  type LineCoverage,
} from '../../../actions/coverage-gate/src/model.js';
import { type ParsedCoverage, readerFor } from '../../../actions/coverage-gate/src/parsers.js';

const read = (xml: string, fastPath: boolean): ParsedCoverage => {
  const reader = readerFor('cobertura', { fastPath });
  reader.write(Buffer.from(xml));
  return reader.close();
};
const coverage = (inner: string, attrs = ''): string =>
  `<?xml version="1.0" ?><coverage version="7.6.0"${attrs}><sources><source>/w/src</source></sources><packages><package name="p"><classes>${inner}</classes></package></packages></coverage>`;
const cls = (file: string, lines: string, extra = ''): string =>
  `<class name="${file}" filename="${file}">${extra}<lines>${lines}</lines></class>`;
const linesOf = (parsed: ParsedCoverage, file: string): [number, LineCoverage][] => [
  ...(parsed.files.get(file)?.entries() ?? []),
];

describe.each([
  ['the fast path', true],
  ['the general scanner', false],
])('Cobertura by %s', (_route, fastPath) => {
  it("refuses a root that is not Cobertura's <coverage>", () => {
    expect(() => read('<report><coverage/></report>', fastPath)).toThrow(
      "the root element is <report>, not Cobertura's <coverage>",
    );
  });

  it('reads the totals the root declares, each on its own, and none when it declares none', () => {
    const parsed = read(
      coverage('', ' lines-valid="10" lines-covered="7" branches-valid="4" branches-covered="3"'),
      fastPath,
    );
    expect(parsed.declared).toEqual({
      linesValid: 10,
      linesCovered: 7,
      branchesValid: 4,
      branchesCovered: 3,
    });
    expect(read(coverage(''), fastPath).declared).toEqual({
      linesValid: undefined,
      linesCovered: undefined,
      branchesValid: undefined,
      branchesCovered: undefined,
    });
  });

  it('keeps every <source> root, trimmed, in order', () => {
    const parsed = read(
      '<coverage><sources><source>\n  /w/src  \n</source><source>lib</source></sources></coverage>',
      fastPath,
    );
    expect(parsed.sources).toEqual(['/w/src', 'lib']);
    expect(parsed.format).toBe('cobertura');
  });

  it("names a class's file by its filename, else by its name", () => {
    const parsed = read(
      coverage(
        `${cls('a.py', '<line number="1" hits="1"/>')}<class name="b.py"><lines><line number="2" hits="0"/></lines></class>`,
      ),
      fastPath,
    );
    expect([...parsed.files.keys()]).toEqual(['a.py', 'b.py']);
  });

  it('counts a line once: from the class, not again from its <methods>', () => {
    const methods =
      '<methods><method name="f"><lines><line number="1" hits="5"/><line number="9" hits="1"/></lines></method></methods>';
    const parsed = read(
      coverage(cls('a.py', '<line number="1" hits="1"/><line number="2" hits="0"/>', methods)),
      fastPath,
    );
    expect(linesOf(parsed, 'a.py').map(([n, c]) => [n, c.hits])).toEqual([
      [1, 1],
      [2, 0],
    ]);
  });

  it("puts a nested class's lines in its own file and the outer class's in the outer one", () => {
    const inner = cls('inner.py', '<line number="5" hits="1"/>');
    const parsed = read(
      coverage(
        `<class name="outer.py" filename="outer.py"><lines><line number="1" hits="1"/></lines>${inner}</class>`,
      ),
      fastPath,
    );
    expect(linesOf(parsed, 'outer.py').map(([n]) => n)).toEqual([1]);
    expect(linesOf(parsed, 'inner.py').map(([n]) => n)).toEqual([5]);
  });

  it('reads branches from condition-coverage, and none from a line that says less', () => {
    const parsed = read(
      coverage(
        cls(
          'a.py',
          [
            '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)"/>',
            '<line number="2" hits="1" branch="true" condition-coverage="50%"/>',
            '<line number="3" hits="1" branch="false" condition-coverage="50% (1/2)"/>',
            '<line number="4" hits="0" branch="true" condition-coverage="0% (0/3)"/>',
            '<line number="5" hits="1" branch="true" condition-coverage="(1/2)"/>',
          ].join(''),
        ),
      ),
      fastPath,
    );
    expect(linesOf(parsed, 'a.py').map(([n, c]) => [n, c.branchesTotal, c.branchesCovered])).toEqual([
      [1, 2, 1],
      [2, 0, 0],
      [3, 0, 0],
      [4, 3, 0],
      [5, 2, 1],
    ]);
  });

  it('takes the exits coverage.py names as missed, and counts unnamed ones as missed too', () => {
    const parsed = read(
      coverage(
        cls(
          'a.py',
          [
            '<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="3"/>',
            '<line number="2" hits="1" branch="true" condition-coverage="25% (1/4)" missing-branches="exit"/>',
          ].join(''),
        ),
      ),
      fastPath,
    );
    expect(linesOf(parsed, 'a.py').map(([n, c]) => [n, c.branchesTotal, c.branchesCovered])).toEqual([
      [1, 2, 1],
      [2, 4, 1],
    ]);
  });

  it('merges with another report by the exits each names as missed, not by counts', () => {
    const shard = (missing: string, branch = 'true'): FileCoverage => {
      const line = `<line number="1" hits="1" branch="${branch}" condition-coverage="50% (1/2)" missing-branches="${missing}"/>`;
      const file = read(coverage(cls('a.py', line)), fastPath).files.get('a.py');
      if (file === undefined) throw new Error('a.py not read');
      return file;
    };
    // One shard missed the jump to line 3, the other the exit: between them both were taken.
    const merged = shard('3');
    merged.mergeFrom(shard('exit'));
    expect(merged.get(1)).toEqual({ hits: 2, branchesTotal: 2, branchesCovered: 2 });
    // Both missed the same exit: still one of two.
    const same = shard('3');
    same.mergeFrom(shard('3'));
    expect(same.get(1)).toEqual({ hits: 2, branchesTotal: 2, branchesCovered: 1 });
    // A line that is no branch has no exits to name.
    expect(shard('3', 'false').get(1)).toEqual({ hits: 1, branchesTotal: 0, branchesCovered: 0 });
  });

  it("reads only a class's own lines: none under the root, outside a class, or straight under <methods>", () => {
    const parsed = read(
      [
        '<?xml version="1.0" ?><coverage><lines><line number="7" hits="1"/></lines><line number="8" hits="1"/>',
        '<packages><package name="p"><line number="6" hits="1"/><classes>',
        '<class name="a.py" filename="a.py"><lines><line number="1" hits="1"/></lines>',
        '<methods><line number="9" hits="1"/></methods></class></classes></package></packages>',
        '<lines><line number="4" hits="1"/></lines><line number="3" hits="1"/>',
        '<packages><package name="q"><classes>',
        '<class name="b.py" filename="b.py"><methods><line number="5" hits="1"/></methods>',
        '<lines><line number="2" hits="0"/></lines></class>',
        '</classes></package></packages></coverage>',
      ].join(''),
      fastPath,
    );
    expect([...parsed.files.keys()]).toEqual(['a.py', 'b.py']);
    expect(linesOf(parsed, 'a.py').map(([n]) => n)).toEqual([1]);
    expect(linesOf(parsed, 'b.py').map(([n]) => n)).toEqual([2]);
  });

  it('skips a line without a number, or with a negative one, and stops at a number past any source file', () => {
    const parsed = read(
      coverage(
        cls(
          'a.py',
          '<line hits="1"/><line number="-3" hits="1"/><line number="0" hits="2"/><line number="4"/>',
        ),
      ),
      fastPath,
    );
    expect(linesOf(parsed, 'a.py').map(([n, c]) => [n, c.hits])).toEqual([
      [0, 2],
      [4, 0],
    ]);
    expect(totalsOf(parsed.files)).toMatchObject({ linesValid: 2, linesCovered: 1 });
    expect(read(coverage(cls('a.py', `<line number="${MAX_LINE}" hits="1"/>`)), fastPath).files.size).toBe(1);
    expect(() => read(coverage(cls('a.py', `<line number="${MAX_LINE + 1}" hits="1"/>`)), fastPath)).toThrow(
      `line number ${MAX_LINE + 1} is beyond ${MAX_LINE}`,
    );
  });

  it('reads every line of a class longer than one batch', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `<line number="${i + 1}" hits="${i % 2}"/>`).join(
      '',
    );
    const parsed = read(coverage(cls('big.py', many)), fastPath);
    expect(totalsOf(parsed.files)).toEqual({
      linesValid: 10_000,
      linesCovered: 5000,
      branchesValid: 0,
      branchesCovered: 0,
    });
  });
});

describe('the general route at its edges', () => {
  it('clamps hits: none below zero, decimals down, and a ceiling', () => {
    const parsed = read(
      coverage(
        cls(
          'a.py',
          '<line number="1" hits="-2"/><line number="2" hits="1.9"/><line number="3" hits="+7"/><line number="4" hits="100000"/>',
        ),
      ),
      false,
    );
    expect(linesOf(parsed, 'a.py').map(([n, c]) => [n, c.hits])).toEqual([
      [1, 0],
      [2, 1],
      [3, 7],
      [4, 254],
    ]);
  });

  it('ignores a line number that is not whole', () => {
    expect(linesOf(read(coverage(cls('a.py', '<line number="1.5" hits="1"/>')), false), 'a.py')).toEqual([]);
  });
});

describe('exitNames', () => {
  it('reads a list of exits, trimmed, each once, without empty names', () => {
    expect([...exitNames(' 12, exit,,12 ,')]).toEqual(['12', 'exit']);
    expect([...exitNames('')]).toEqual([]);
  });
});
