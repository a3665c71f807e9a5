/**
 * Which configuration Bandit runs with when security-gate runs it: a named file by its kind, a pyproject's
 * [tool.bandit] turned into the YAML config every Bandit reads, and the arguments that name one already.
 */
import { describe, expect, it } from 'vitest';
import {
  argsNameConfig,
  banditTable,
  type ConfigFile,
  fromFile,
  fromTable,
} from '../../../actions/security-gate/src/bandit-config.js';

const file = (name: string, text = ''): ConfigFile => ({ name, path: `/ws/${name}`, text });

describe('arguments that name a configuration already', () => {
  it.each([
    [['-c', 'x.yml'], true],
    [['--configfile', 'x.yml'], true],
    [['--configfile=x.yml'], true],
    [['--ini', '.bandit'], true],
    [['--ini=.bandit'], true],
    [['-x', 'tests', '-ll'], false],
    [['-cx'], false],
    [['--config'], false],
    [[], false],
  ])('%j → %s', (args, named) => {
    expect(argsNameConfig(args)).toBe(named);
  });
});

describe('[tool.bandit] in pyproject.toml', () => {
  it('is the table, or nothing when the file has none', () => {
    expect(banditTable(file('pyproject.toml', '[tool.bandit]\nskips = ["B101"]\n'))).toEqual({
      skips: ['B101'],
    });
    expect(banditTable(file('pyproject.toml', '[tool.black]\nline-length = 100\n'))).toBeUndefined();
    expect(banditTable(file('pyproject.toml', '[project]\nname = "x"\n'))).toBeUndefined();
    expect(banditTable(file('pyproject.toml', 'tool = 3\n'))).toBeUndefined();
  });

  it('must be a table', () => {
    expect(() => banditTable(file('pyproject.toml', '[tool]\nbandit = 3\n'))).toThrow(
      'pyproject.toml: tool.bandit must be a table ([tool.bandit]).',
    );
    expect(() => banditTable(file('pyproject.toml', '[tool]\nbandit = [1]\n'))).toThrow(
      'pyproject.toml: tool.bandit must be a table ([tool.bandit]).',
    );
  });

  it('says where TOML is broken without quoting the file', () => {
    expect(() => banditTable(file('pyproject.toml', 'a = 1\nsecret = "unterminated\n'))).toThrow(
      /^pyproject\.toml is not valid TOML \(line 2, column \d+\): Bandit's configuration cannot be read\.$/,
    );
  });

  it('becomes a YAML config (JSON is YAML) with exclude_dirs also as -x, described in words', () => {
    const table = { skips: ['B101', 'B311'], tests: ['B602'], exclude_dirs: ['tests', 'migrations'] };
    expect(fromTable(table, file('pyproject.toml'), '/tmp/bandit.yml')).toEqual({
      args: ['-c', '/tmp/bandit.yml', '-x', 'tests,migrations'],
      generated: { path: '/tmp/bandit.yml', content: `${JSON.stringify(table, null, 2)}\n` },
      description: 'pyproject.toml [tool.bandit] (skips B101, B311; tests B602; excludes tests, migrations)',
    });
  });

  it('says nothing of empty or absent lists, and adds no -x without directories', () => {
    expect(fromTable({ skips: [], exclude_dirs: [] }, file('pyproject.toml'), '/tmp/b.yml')).toMatchObject({
      args: ['-c', '/tmp/b.yml'],
      description: 'pyproject.toml [tool.bandit]',
    });
    expect(fromTable({}, file('pyproject.toml'), '/tmp/b.yml').description).toBe(
      'pyproject.toml [tool.bandit]',
    );
    expect(fromTable({ tests: ['B1'] }, file('p.toml'), '/tmp/b.yml').description).toBe(
      'p.toml [tool.bandit] (tests B1)',
    );
    expect(fromTable({ tests: [], skips: ['B1'] }, file('p.toml'), '/tmp/b.yml').description).toBe(
      'p.toml [tool.bandit] (skips B1)',
    );
    expect(fromTable({ tests: ['B1', 'B2'] }, file('p.toml'), '/tmp/b.yml').description).toBe(
      'p.toml [tool.bandit] (tests B1, B2)',
    );
  });

  it.each([
    ['skips', 'B101'],
    ['tests', [1]],
    ['exclude_dirs', { a: 1 }],
  ])('refuses %s that is not a list of strings', (key, value) => {
    expect(() => fromTable({ [key]: value }, file('pyproject.toml'), '/tmp/b.yml')).toThrow(
      `pyproject.toml: [tool.bandit] ${key} must be a list of strings, like ["B101"].`,
    );
  });
});

describe('a named configuration file', () => {
  it('is read by its kind: TOML for its table, YAML and JSON with -c, anything else as INI', () => {
    expect(fromFile(file('cfg/Bandit.TOML', '[tool.bandit]\nskips = ["B1"]\n'), '/tmp/g.yml')).toMatchObject({
      args: ['-c', '/tmp/g.yml'],
      description: 'cfg/Bandit.TOML [tool.bandit] (skips B1)',
    });
    for (const name of ['bandit.yaml', 'bandit.yml', 'BANDIT.YML', 'bandit.json'])
      expect(fromFile(file(name), '/tmp/g.yml')).toEqual({
        args: ['-c', `/ws/${name}`],
        generated: undefined,
        description: name,
      });
    expect(fromFile(file('.bandit'), '/tmp/g.yml')).toEqual({
      args: ['--ini', '/ws/.bandit'],
      generated: undefined,
      description: '.bandit (INI)',
    });
    expect(fromFile(file('bandit.yaml.bak'), '/tmp/g.yml').args[0]).toBe('--ini');
  });

  it('refuses a TOML file with no [tool.bandit]', () => {
    expect(() => fromFile(file('pyproject.toml', '[tool.black]\n'), '/tmp/g.yml')).toThrow(
      "Input 'bandit-config' names pyproject.toml, which has no [tool.bandit] table.",
    );
  });
});
