import { describe, expect, it } from 'vitest';
import { relativeGlobs } from '../../shared/artifact-files.js';

describe('report patterns inside an artifact', () => {
  it.each([
    [
      ['**/junit*.xml'],
      ['junit.xml', 'a/b/junit-unit.xml', '.hidden/junit.xml'],
      ['junit.json', 'a/JUNIT.xml'],
    ],
    [['reports/**/*.xml'], ['reports/a.xml', 'reports/x/y.xml'], ['a.xml', 'other/reports.xml']],
    [['coverage.xml'], ['coverage.xml'], ['a/coverage.xml']],
    // A folder takes everything under it, as @actions/glob does in the workspace.
    [['reports'], ['reports/a.xml', 'reports/x/y.txt'], ['reports.xml']],
    [['reports/'], ['reports/a.xml'], ['a.xml']],
    [['reports//'], ['reports/a.xml'], ['a.xml']],
    [['./coverage.xml'], ['coverage.xml'], []],
    // Only a leading ./ is dropped: a folder whose name ends with a dot keeps it.
    [['out./coverage.xml'], ['out./coverage.xml'], ['outcoverage.xml']],
    // Braces and extglobs are literal, as in @actions/glob.
    [['{a,b}.xml'], ['{a,b}.xml'], ['a.xml']],
    [['+(a).xml'], ['+(a).xml'], ['a.xml']],
  ])('%j', (patterns, yes, no) => {
    const wanted = relativeGlobs(patterns);
    for (const f of yes) expect(wanted(f), f).toBe(true);
    for (const f of no) expect(wanted(f), f).toBe(false);
  });

  it('excludes with !pattern, the later pattern winning', () => {
    const wanted = relativeGlobs(['**/*.xml', '!**/coverage*.xml', 'keep/coverage.xml']);
    expect(wanted('a.xml')).toBe(true);
    expect(wanted('x/coverage-unit.xml')).toBe(false);
    expect(wanted('keep/coverage.xml')).toBe(true);
    expect(relativeGlobs(['!a.xml'])('a.xml')).toBe(false);
    expect(relativeGlobs([])('a.xml')).toBe(false);
  });
});
