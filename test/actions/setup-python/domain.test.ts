import { describe, expect, it } from 'vitest';
import { listsNothing } from '../../../actions/setup-python/src/requirements.js';
import {
  type Candidate,
  choose,
  parseSpec,
  parseVersion,
  specFromFile,
} from '../../../actions/setup-python/src/version-spec.js';

const candidate = (v: string, source: Candidate['source'] = 'path'): Candidate => ({
  path: `/py/${v}`,
  version: parseVersion(v) ?? [0, 0, 0],
  source,
});
const all = ['3.8.18', '3.9.18', '3.10.13', '3.11.7', '3.11.9', '3.12.1', '3.13.0'].map((v) => candidate(v));
const pick = (spec: string): string | undefined => {
  const c = choose(all, parseSpec(spec, 'python-version'));
  return c === undefined ? undefined : c.version.join('.');
};

describe('version requests', () => {
  it.each([
    ['3.11', '3.11.9'],
    ['3.11.7', '3.11.7'],
    ['3.x', '3.13.0'],
    ['>=3.10,<3.13', '3.12.1'],
    ['>=3.9, <3.11', '3.10.13'],
    ['~=3.11', '3.13.0'],
    ['~=3.11.2', '3.11.9'],
    ['==3.12.*', '3.12.1'],
    ['<3.12,!=3.11.9', '3.11.7'],
    ['3.7', undefined],
  ])('%s picks %s', (spec, expected) => {
    expect(pick(spec)).toBe(expected);
  });

  it('prefers the first source among equal versions (tool cache before the rest)', () => {
    const chosen = choose(
      [candidate('3.11.9', 'tool-cache'), candidate('3.11.9', 'pyenv')],
      parseSpec('3.11', 'python-version'),
    );
    expect(chosen?.source).toBe('tool-cache');
  });

  it('reads .python-version and pyproject.toml', () => {
    expect(specFromFile('.python-version', '# pinned\n3.11.9\n')).toBe('3.11.9');
    expect(specFromFile('pyproject.toml', '[project]\nname = "x"\nrequires-python = ">=3.10,<3.13"\n')).toBe(
      '>=3.10,<3.13',
    );
    expect(specFromFile('pyproject.toml', '[project]\nname = "x"\n')).toBeUndefined();
  });

  it.each(['latest', '3.11-dev', '>= three'])('rejects %j naming the input', (spec) => {
    expect(() => parseSpec(spec, 'python-version')).toThrow(
      /^Input 'python-version' must be a Python version/,
    );
  });
});

describe('requirements files', () => {
  it('lists nothing when every line is blank or a comment, as pip reads comments', () => {
    expect(listsNothing('# only the standard library\n\n   # indented comment\r\n')).toBe(true);
    expect(listsNothing('')).toBe(true);
    expect(listsNothing('fastapi==0.110 # the web framework\n')).toBe(false);
    expect(listsNothing('-r base.txt\n')).toBe(false);
    // A '#' inside a URL fragment is not a comment for pip either.
    expect(listsNothing('git+https://example.com/repo.git#egg=pkg\n')).toBe(false);
  });
});
