/**
 * The coverage store at its edges: how shards' named and counted branches merge (an exit is missed only when
 * every report that knows it missed it; a report naming only its missed exits knows them all), counts past
 * 255, lines that cannot be, and the running totals against a plain recount after every change.
 */
import { describe, expect, it } from 'vitest';
import {
  Arena,
  FileCoverage,
  MAX_BRANCHES,
  MAX_HITS,
  MAX_LINE,
  type Totals,
} from '../../../actions/coverage-gate/src/model.js';

const fresh = (): FileCoverage => new FileCoverage(new Arena());

/** Totals recounted from the lines, as a reader of the store would. */
function recount(f: FileCoverage): Totals {
  const t: Totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
  for (const [, line] of f.entries()) {
    t.linesValid++;
    if (line.hits > 0) t.linesCovered++;
  }
  // Branches on lines that are no statement count too: read them line by line through a merge copy.
  const copy = fresh();
  copy.mergeFrom(f);
  return { ...t, branchesValid: copy.totals().branchesValid, branchesCovered: copy.totals().branchesCovered };
}

const set = (...names: string[]): Set<string> => new Set(names);

describe('named branches from several reports', () => {
  it('miss an exit only when every report that knows it missed it', () => {
    const f = fresh();
    f.add(1, 1);
    f.nameBranches(1, 2, set('a'), set('a', 'b'));
    expect(f.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 1 });
    f.nameBranches(1, 2, set('b'), set('a', 'b'));
    expect(f.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 2 });
  });

  it('keep an exit missed when the other report does not know it', () => {
    const f = fresh();
    f.add(1, 1);
    f.nameBranches(1, 2, set('a'), set('a', 'b'));
    f.nameBranches(1, 1, set(), set('c'));
    // Exits a, b, c are known; only a is missed (the second report never saw it).
    expect(f.get(1)).toMatchObject({ branchesTotal: 3, branchesCovered: 2 });
  });

  it('miss an exit a later report names and missed, which the earlier ones did not know', () => {
    const f = fresh();
    f.add(1, 1);
    f.nameBranches(1, 2, set(), set('a', 'b'));
    f.nameBranches(1, 3, set('c'), set('a', 'b', 'c'));
    expect(f.get(1)).toMatchObject({ branchesTotal: 3, branchesCovered: 2 });
  });

  it('take a report naming only its missed exits as knowing them all', () => {
    const f = fresh();
    f.add(1, 1);
    f.nameBranches(1, 2, set('a'), set('a', 'b'));
    // Cobertura's missing-branches: it names only what it missed (b); a was taken there.
    f.nameBranches(1, 2, set('b'), 'all');
    expect(f.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 2 });
    // Once a report knows all, a later report's missed exit that was taken before stays taken.
    f.nameBranches(1, 2, set('a', 'b'), set('a', 'b'));
    expect(f.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 2 });
  });

  it('keep a missed exit of an all-knowing report missed when a later report misses it too', () => {
    const f = fresh();
    f.add(1, 1);
    f.nameBranches(1, 2, set('x'), 'all');
    f.nameBranches(1, 2, set('x'), set('x', 'y'));
    expect(f.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 1 });
  });

  it('merge the same way through mergeFrom, shard into shard', () => {
    const a = fresh();
    a.add(1, 1);
    a.nameBranches(1, 2, set('a'), set('a', 'b'));
    const b = fresh();
    b.add(1, 0);
    b.nameBranches(1, 2, set('b'), set('a', 'b'));
    a.mergeFrom(b);
    expect(a.get(1)).toEqual({ hits: 1, branchesTotal: 2, branchesCovered: 2 });
    expect(a.totals()).toEqual({ linesValid: 1, linesCovered: 1, branchesValid: 2, branchesCovered: 2 });
  });
});

describe('counted branches', () => {
  it('take the larger count of exits and of covered exits on a merge', () => {
    const f = fresh();
    f.add(3, 1);
    f.countBranches(3, 4, 1);
    f.countBranches(3, 2, 2);
    expect(f.get(3)).toMatchObject({ branchesTotal: 4, branchesCovered: 2 });
  });

  it('never count more covered than there are exits, nor less than zero', () => {
    const f = fresh();
    f.add(1, 1);
    f.countBranches(1, 2, 9);
    expect(f.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 2 });
    const g = fresh();
    g.add(1, 1);
    g.countBranches(1, 2, -3);
    expect(g.get(1)).toMatchObject({ branchesTotal: 2, branchesCovered: 0 });
  });

  it('meet named exits: the larger of the count and the named view wins', () => {
    const f = fresh();
    f.add(1, 1);
    f.countBranches(1, 4, 3);
    f.nameBranches(1, 4, set('a', 'b'), 'all');
    expect(f.get(1)).toMatchObject({ branchesTotal: 4, branchesCovered: 3 });
  });

  it.each([
    [255, 255],
    [256, 256],
    [1000, 1000],
    [MAX_BRANCHES, MAX_BRANCHES],
    [MAX_BRANCHES + 1, MAX_BRANCHES],
  ])('hold %i exits as %i, and the covered count beside them', (exits, held) => {
    const f = fresh();
    f.add(1, 1);
    f.add(2, 1);
    f.countBranches(2, 3, 1);
    f.countBranches(1, exits, exits - 1);
    expect(f.get(1)).toMatchObject({ branchesTotal: held, branchesCovered: Math.min(exits - 1, held) });
    // The line written before the counts were widened keeps its numbers.
    expect(f.get(2)).toMatchObject({ branchesTotal: 3, branchesCovered: 1 });
    expect(f.totals()).toEqual(recount(f));
  });

  it('widen when only the covered count passes 255', () => {
    const f = fresh();
    f.add(1, 1);
    f.countBranches(1, 250, 250);
    f.countBranches(1, 300, 280);
    expect(f.get(1)).toMatchObject({ branchesTotal: 300, branchesCovered: 280 });
  });

  it('widen for a total past 255 with few covered, and for a covered count past 255 on a small total', () => {
    const total = fresh();
    total.add(1, 1);
    total.countBranches(1, 300, 100);
    expect(total.get(1)).toMatchObject({ branchesTotal: 300, branchesCovered: 100 });
    // A report claiming more covered exits than it has: covered is capped at the total, but read whole.
    const covered = fresh();
    covered.add(1, 1);
    covered.countBranches(1, 100, 280);
    expect(covered.get(1)).toMatchObject({ branchesTotal: 100, branchesCovered: 100 });
  });
});

describe('lines that cannot be', () => {
  it.each([-1, 1.5, Number.NaN])('ignore line %d', (line) => {
    const f = fresh();
    f.add(line, 1);
    f.countBranches(line, 2, 1);
    f.nameBranches(line, 2, set(), set('a', 'b'));
    expect(f.totals()).toEqual({ linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 });
  });

  it('take line 0, and branches with at least one exit only', () => {
    const f = fresh();
    f.add(0, 1);
    f.countBranches(0, 0, 0);
    f.nameBranches(0, 0, set(), set());
    f.countBranches(0, -2, 0);
    expect(f.get(0)).toEqual({ hits: 1, branchesTotal: 0, branchesCovered: 0 });
    f.countBranches(0, 1, 0);
    expect(f.get(0)).toEqual({ hits: 1, branchesTotal: 1, branchesCovered: 0 });
    // Named exits on line 0 count like anywhere else.
    const g = fresh();
    g.add(0, 1);
    g.nameBranches(0, 2, set('b'), set('a', 'b'));
    expect(g.get(0)).toEqual({ hits: 1, branchesTotal: 2, branchesCovered: 1 });
  });

  it('keep no covered count from a report that gave a line no exits', () => {
    const f = fresh();
    f.add(1, 1);
    // Nonsense in (no exits, one covered); a later report's two exits, none covered, stay uncovered.
    f.countBranches(1, 0, 1);
    f.countBranches(1, 2, 0);
    expect(f.get(1)).toEqual({ hits: 1, branchesTotal: 2, branchesCovered: 0 });
  });

  it('take MAX_LINE and refuse the line after it', () => {
    const f = fresh();
    f.add(MAX_LINE, 1);
    expect(f.get(MAX_LINE)?.hits).toBe(1);
    expect(() => f.add(MAX_LINE + 1, 1)).toThrow(RangeError);
  });

  it('count hits up to their cap and round fractions down', () => {
    const f = fresh();
    f.add(1, 0.9);
    f.add(2, MAX_HITS + 10);
    f.add(2, 5);
    f.add(3, -4);
    expect([f.get(1)?.hits, f.get(2)?.hits, f.get(3)?.hits]).toEqual([0, MAX_HITS, 0]);
    expect(f.totals()).toEqual({ linesValid: 3, linesCovered: 1, branchesValid: 0, branchesCovered: 0 });
  });
});

describe('the running totals', () => {
  it('always equal a recount, through adds, packed adds, branches and merges in a random order', () => {
    let seed = 42;
    const next = (max: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % max;
    };
    for (let round = 0; round < 40; round++) {
      const f = fresh();
      const other = fresh();
      for (let step = 0; step < 60; step++) {
        const target = next(4) === 0 ? other : f;
        const line = next(300);
        switch (next(5)) {
          case 0:
            target.add(line, next(3));
            break;
          case 1:
            target.countBranches(line, next(4), next(4));
            break;
          case 2:
            target.nameBranches(
              line,
              2,
              next(2) === 0 ? set('a') : set(),
              next(3) === 0 ? 'all' : set('a', 'b'),
            );
            break;
          case 3: {
            const packed = new Int32Array([line, next(3), next(3), next(3)]);
            target.addPacked(packed, 1);
            break;
          }
          default:
            f.mergeFrom(other);
        }
        expect(f.totals(), `round ${round}, step ${step}`).toEqual(recount(f));
      }
      expect(f.size).toBe(f.totals().linesValid);
    }
  });

  it('add packed lines as the single adds would, the highest line first or last', () => {
    const packed = new Int32Array([900, 1, 2, 1, 3, 0, 0, 0, 900, 2, 3, 2]);
    const f = fresh();
    f.addPacked(packed, 3);
    const g = fresh();
    g.add(900, 1);
    g.countBranches(900, 2, 1);
    g.add(3, 0);
    g.add(900, 2);
    g.countBranches(900, 3, 2);
    expect([...f.entries()]).toEqual([...g.entries()]);
    expect(f.totals()).toEqual(g.totals());
    f.addPacked(packed, 0);
    expect(f.totals()).toEqual(g.totals());
  });
});
