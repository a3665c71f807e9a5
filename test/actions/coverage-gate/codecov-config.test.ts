/** codecov.yml as Codecov reads it: real files from public projects, and one case per rule. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  branchMatches,
  parseCodecovYaml,
  statusFiles,
} from '../../../actions/coverage-gate/src/codecov-config.js';
import {
  globToRegex,
  ignoreFilter,
  pathFilter,
  patternKind,
} from '../../../actions/coverage-gate/src/codecov-paths.js';
import { gate, type RunContext } from '../../../actions/coverage-gate/src/gate.js';
import { Arena, type Coverage, FileCoverage, totalsOf } from '../../../actions/coverage-gate/src/model.js';
import { applyOverrides } from '../../../actions/coverage-gate/src/overrides.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'codecov');
const read = (file: string) => parseCodecovYaml(readFileSync(path.join(FIXTURES, file), 'utf8'), file);
const brief = (config: ReturnType<typeof read>) =>
  config.statuses.map(
    (s) =>
      `${s.kind}/${s.name} ${String(s.target)}${s.threshold > 0 ? ` −${s.threshold}` : ''}${s.paths.length > 0 ? ` paths:${s.paths.length}` : ''}${s.flags.length > 0 ? ` flags:${s.flags.join(',')}` : ''}${s.onlyPulls ? ' pulls' : ''}`,
  );

describe('real codecov.yml files', () => {
  it.each([
    ['pandas__codecov.yml', []],
    ['numpy__.codecov.yml', ['project/default 1']],
    ['pytest__codecov.yml', ['project/default auto', 'patch/default auto']],
    ['scikit-learn__.codecov.yml', ['project/default auto −1', 'patch/default auto −1']],
    [
      'home-assistant__codecov.yml',
      [
        'project/default auto −0.09',
        'project/required auto −1 paths:11',
        'patch/default auto',
        'patch/required 100 paths:11',
      ],
    ],
  ])('%s', (file, statuses) => {
    expect(brief(read(file))).toEqual(statuses);
  });

  it('keeps what has no meaning here out of the gate, and lists it', () => {
    expect(read('pytest__codecov.yml').notApplied).toEqual(['codecov', 'comment', 'coverage.status.changes']);
    expect(read('home-assistant__codecov.yml').notApplied).toEqual(['codecov', 'comment', 'flag_management']);
    expect(read('scikit-learn__.codecov.yml').ignore).toEqual([
      'sklearn/externals',
      'sklearn/_build_utils',
      '**/setup.py',
    ]);
  });

  it.each([
    [
      'matplotlib__.github-codecov.yml',
      'matplotlib__.github-codecov.yml: codecov.notify.threshold: is not a key Codecov knows (Codecov would refuse this file).',
    ],
    [
      'sentry__codecov.yml',
      'sentry__codecov.yml: coverage.status.project: must be a mapping or a boolean, not "off" (Codecov would refuse this file).',
    ],
  ])('refuses %s as Codecov does, naming the key', (file, message) => {
    expect(() => read(file)).toThrow(message);
  });
});

const yaml = (text: string) => parseCodecovYaml(text, 'codecov.yml');

describe('Codecov rules', () => {
  it('reads YAML 1.1 booleans: off, no, false turn a status off; on, yes, true keep the default', () => {
    for (const off of ['off', 'no', 'false', 'Off', 'NO'])
      expect(brief(yaml(`coverage:\n  status:\n    project: ${off}\n    patch: ${off}\n`)), off).toEqual([]);
    for (const on of ['on', 'yes', 'true'])
      expect(brief(yaml(`coverage:\n  status:\n    project: ${on}\n    patch: off\n`)), on).toEqual([
        'project/default auto',
      ]);
    expect(brief(yaml('coverage:\n  status: false\n'))).toEqual([]);
    expect(brief(yaml('coverage:\n  status:\n    project:\n      default: off\n    patch: off\n'))).toEqual(
      [],
    );
  });

  it('turns off a status with enabled: no or enabled: false, and keeps the others', () => {
    expect(
      brief(
        yaml(
          'coverage:\n  status:\n    project:\n      default:\n        enabled: no\n      api:\n        target: 90\n        paths: [api/]\n    patch:\n      default:\n        enabled: false\n',
        ),
      ),
    ).toEqual(['project/api 90 paths:1']);
  });

  it('reads every status key Codecov defines, and refuses a wrong one by name', () => {
    const config = yaml(
      'coverage:\n  status:\n    project: off\n    patch:\n      backend:\n        target: 80%\n        threshold: 1.5%\n        flags: [backend]\n        only_pulls: true\n        branches: [main, "release/*"]\n        informational: true\n        if_not_found: failure\n        if_ci_failed: error\n        base: auto\n        carryforward_behavior: exclude\nflags:\n  backend:\n    paths: [src/]\n    carryforward: true\n',
    );
    expect(config.statuses).toEqual([
      {
        kind: 'patch',
        name: 'backend',
        target: 80,
        threshold: 1.5,
        informational: true,
        ifNotFound: 'failure',
        paths: [],
        flags: ['backend'],
        onlyPulls: true,
        branches: ['main', 'release/*'],
      },
    ]);
    expect(config.flags).toEqual({ backend: ['src/'] });
    expect(config.notApplied).toEqual([
      'coverage.status.patch.<status>.base',
      'coverage.status.patch.<status>.carryforward_behavior',
      'coverage.status.patch.<status>.if_ci_failed',
      'flags.<flag>.carryforward',
    ]);
    expect(() =>
      yaml('coverage:\n  status:\n    project:\n      default:\n        against: parent\n'),
    ).toThrow(
      'codecov.yml: coverage.status.project.default.against: is not a key Codecov knows (Codecov would refuse this file).',
    );
    expect(() =>
      yaml('coverage:\n  status:\n    project:\n      default:\n        if_not_found: maybe\n'),
    ).toThrow(
      'coverage.status.project.default.if_not_found: "maybe" is not one of "success", "failure", "error", "ignore"',
    );
    expect(() => yaml('coverage:\n  range: "...90"\n')).toThrow(
      'coverage.range: "...90" should have numbers as its limits',
    );
    expect(() => yaml('coverage:\n  precision: 100\n')).toThrow('coverage.precision: must be at most 99');
  });

  it('moves coverage.ignore and coverage.flags to the top, as Codecov does', () => {
    const config = yaml('coverage:\n  ignore: [tests/]\n  flags:\n    api:\n      paths: [api/]\n');
    expect(config.ignore).toEqual(['tests/']);
    expect(config.flags).toEqual({ api: ['api/'] });
  });

  it('refuses a config whose top level is no mapping', () => {
    for (const text of ['- a\n- b\n', 'just text\n', '5\n'])
      expect(() => yaml(text), text).toThrow(
        'codecov.yml is not a codecov.yml: its top level must be a mapping of keys.',
      );
    expect(() => yaml('coverage: 5\n')).toThrow('codecov.yml: coverage: must be a mapping, not 5');
  });
});

describe("Codecov's path patterns", () => {
  it.each([
    ['src/app', 'path_prefix'],
    ['**/setup.py', 'glob'],
    ['homeassistant/components/*/config_flow.py', 'glob'],
    ['lib/.*/tests/.*', 'regex'],
    ['*.py', 'glob'],
    ['^src/.*\\.py$', 'regex'],
  ])('%s is a %s', (pattern, kind) => {
    expect(patternKind(pattern)).toBe(kind);
  });

  it('matches globs, prefixes and regular expressions as Codecov does', () => {
    const paths = pathFilter(['homeassistant/components/*/config_flow.py']);
    expect(paths('homeassistant/components/hue/config_flow.py')).toBe(true);
    expect(paths('homeassistant/components/hue/sub/config_flow.py')).toBe(false);
    expect(pathFilter(['!lib/.*/tests/.*'])('lib/matplotlib/tests/test_a.py')).toBe(false);
    expect(pathFilter(['!lib/.*/tests/.*'])('lib/matplotlib/axes.py')).toBe(true);
    expect(pathFilter(['src/', '!src/vendor/'])('src/vendor/x.py')).toBe(false);
    expect(pathFilter(['src/'])('docs/x.md')).toBe(false);
    expect(globToRegex('a/**/b?.py')).toBe('^(?:a\\/.*\\/b.\\.py)$');
    expect(ignoreFilter(['**/setup.py'])('pkg/setup.py')).toBe(true);
    expect(ignoreFilter(['**/setup.py'])('setup.py')).toBe(false);
  });

  it('reads branch patterns as Codecov does: `*` is any text, anchored unless the pattern says', () => {
    expect(branchMatches(['main'], 'main')).toBe(true);
    expect(branchMatches(['main'], 'maintenance')).toBe(false);
    expect(branchMatches(['release/*'], 'release/1.2')).toBe(true);
    expect(branchMatches(['*'], 'anything')).toBe(true);
  });
});

describe('statuses on their own files', () => {
  const arena = new Arena();
  const file = (covered: number, of: number): FileCoverage => {
    const f = new FileCoverage(arena);
    for (let n = 1; n <= of; n++) f.add(n, n <= covered ? 1 : 0);
    return f;
  };
  const coverage: Coverage = new Map([
    ['api/views.py', file(5, 10)],
    ['core/model.py', file(95, 100)],
  ]);
  const totals = totalsOf(coverage);
  const pr: RunContext = { pullRequest: true, branch: 'feature' };
  const push: RunContext = { pullRequest: false, branch: 'main' };

  it('fails a path-restricted status while the project passes', () => {
    const config = yaml(
      'coverage:\n  status:\n    project:\n      default:\n        target: 80\n      api:\n        target: 80\n        paths: [api/]\n    patch: off\n',
    );
    const result = gate(coverage, totals, 'lines', config, undefined, undefined, push);
    expect(result.statuses.map((s) => [s.name, s.files, s.value, s.state])).toEqual([
      ['default', 2, 90.9, 'passed'],
      ['api', 1, 50, 'failed'],
    ]);
    expect(result.passed).toBe(false);
  });

  it("restricts a status to its flags' paths", () => {
    const config = yaml(
      'coverage:\n  status:\n    project:\n      core:\n        target: 90\n        flags: [core]\n    patch: off\nflags:\n  core:\n    paths: [core/]\n',
    );
    const [core] = config.statuses;
    if (core === undefined) throw new Error('no status');
    expect(statusFiles(core, config)('api/views.py')).toBe(false);
    expect(gate(coverage, totals, 'lines', config, undefined, undefined, push).statuses[0]).toMatchObject({
      files: 1,
      value: 95,
      state: 'passed',
    });
  });

  it('takes target auto from the base of the same files', () => {
    const config = yaml(
      'coverage:\n  status:\n    project:\n      api:\n        paths: [api/]\n    patch: off\n',
    );
    const base = {
      coverage: 90,
      files: {
        'api/views.py': { linesValid: 10, linesCovered: 6, branchesValid: 0, branchesCovered: 0 },
        'core/model.py': { linesValid: 100, linesCovered: 100, branchesValid: 0, branchesCovered: 0 },
      },
    };
    expect(gate(coverage, totals, 'lines', config, base, undefined, push).statuses[0]).toMatchObject({
      target: 60,
      value: 50,
      state: 'failed',
      reason: '50% < target 60%',
    });
  });

  it('skips a status that does not apply here, and if_not_found decides without a base', () => {
    const config = yaml(
      'coverage:\n  status:\n    project:\n      default:\n        only_pulls: true\n      release:\n        branches: [main]\n      strict:\n        if_not_found: failure\n      quiet:\n        if_not_found: ignore\n    patch: off\n',
    );
    const states = (run: RunContext) =>
      gate(coverage, totals, 'lines', config, undefined, undefined, run).statuses.map((s) => [
        s.name,
        s.state,
      ]);
    expect(states(push)).toEqual([
      ['default', 'skipped'],
      ['release', 'passed'],
      ['strict', 'failed'],
      ['quiet', 'skipped'],
    ]);
    expect(states(pr)).toEqual([
      ['default', 'passed'],
      ['release', 'skipped'],
      ['strict', 'failed'],
      ['quiet', 'skipped'],
    ]);
  });

  it('lets the inputs override every status of their kind, and bring back one the config turned off', () => {
    const config = applyOverrides(
      yaml(
        'coverage:\n  status:\n    project: off\n    patch:\n      a:\n        target: 50\n      b:\n        target: 60\n',
      ),
      {
        target: 70,
        threshold: undefined,
        patchTarget: 80,
        patchThreshold: 2,
        informational: undefined,
        ignore: ['docs/'],
      },
    );
    expect(brief(config)).toEqual(['patch/a 80 −2', 'patch/b 80 −2', 'project/default 70']);
    expect(config.ignore).toEqual(['docs/']);
  });
});
