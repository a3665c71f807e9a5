/**
 * codecov.yml read as Codecov reads it, at its edges: the defaults, each way a status is turned on or off,
 * percentages and ranges as written, YAML 1.1, Codecov's compatibility moves, what is listed as not applied
 * here, the files a status covers through its paths and flags, rounding, and branch patterns.
 */
import { describe, expect, it } from 'vitest';
import {
  branchMatches,
  DEFAULT_CONFIG,
  type GateConfig,
  parseCodecovYaml,
  roundCoverage,
  statusFiles,
} from '../../../actions/coverage-gate/src/codecov-config.js';
import { ConfigurationError } from '../../../shared/errors.js';

const parse = (text: string): GateConfig => parseCodecovYaml(text, 'codecov.yml');
const statuses = (text: string): [string, string, number | 'auto', number][] =>
  parse(text).statuses.map((s) => [s.kind, s.name, s.target, s.threshold]);

describe('the defaults', () => {
  it('are Codecov’s: precision 2, round down, range 60..80, default project and patch statuses at auto', () => {
    expect(DEFAULT_CONFIG).toEqual({
      precision: 2,
      round: 'down',
      range: [60, 80],
      statuses: ['project', 'patch'].map((kind) => ({
        kind,
        name: 'default',
        target: 'auto',
        threshold: 0,
        informational: false,
        ifNotFound: 'success',
        paths: [],
        flags: [],
        onlyPulls: false,
        branches: undefined,
      })),
      ignore: [],
      flags: {},
      notApplied: [],
    });
  });

  it.each(['', '# only a comment\n', '~\n', 'null\n'])('are what an empty file gives: %j', (text) => {
    expect(parse(text)).toBe(DEFAULT_CONFIG);
  });

  it('are the whole config of a file with nothing in it but comments', () => {
    expect(parse('# coverage settings to come\n')).toEqual(DEFAULT_CONFIG);
    expect(parse('')).toEqual(DEFAULT_CONFIG);
  });

  it('fill in what a file leaves out', () => {
    expect(parse('coverage:\n  precision: 1\n')).toEqual({ ...DEFAULT_CONFIG, precision: 1 });
    expect(parse('coverage:\n  range: null\n').range).toEqual([60, 80]);
  });
});

describe('statuses on and off', () => {
  it.each([
    [
      'absent',
      'coverage:\n  precision: 2\n',
      [
        ['project', 'default', 'auto', 0],
        ['patch', 'default', 'auto', 0],
      ],
    ],
    [
      'status: true',
      'coverage:\n  status: true\n',
      [
        ['project', 'default', 'auto', 0],
        ['patch', 'default', 'auto', 0],
      ],
    ],
    ['status: false', 'coverage:\n  status: false\n', []],
    [
      'project: off (YAML 1.1)',
      'coverage:\n  status:\n    project: off\n',
      [['patch', 'default', 'auto', 0]],
    ],
    ['patch: no', 'coverage:\n  status:\n    patch: no\n', [['project', 'default', 'auto', 0]]],
    [
      'project: yes',
      'coverage:\n  status:\n    project: yes\n    patch: false\n',
      [['project', 'default', 'auto', 0]],
    ],
    [
      'a named status off',
      'coverage:\n  status:\n    project:\n      default: {target: 80}\n      api: off\n    patch: false\n',
      [['project', 'default', 80, 0]],
    ],
    [
      'a status with enabled: no',
      'coverage:\n  status:\n    project:\n      api: {target: 70, enabled: no}\n      ui: {target: 60}\n    patch: false\n',
      [['project', 'ui', 60, 0]],
    ],
    [
      'a status with no settings',
      'coverage:\n  status:\n    project:\n      api:\n    patch: false\n',
      [['project', 'api', 'auto', 0]],
    ],
  ])('%s', (_what, text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });

  it('refuses project: null, as Codecov does', () => {
    expect(() => parse('coverage:\n  status:\n    project: null\n')).toThrow(
      'codecov.yml: coverage.status.project: must not be empty (Codecov would refuse this file).',
    );
  });

  it('puts default first and keeps the file’s order otherwise', () => {
    const text =
      'coverage:\n  status:\n    project:\n      zeta: {target: 1}\n      default: {target: 2}\n      alpha: {target: 3}\n    patch:\n      beta: {target: 4}\n      default: {target: 5}\n';
    expect(statuses(text).map(([kind, name]) => `${kind}:${name}`)).toEqual([
      'project:default',
      'project:zeta',
      'project:alpha',
      'patch:default',
      'patch:beta',
    ]);
  });

  it('reads every setting of a status', () => {
    const [rule] = parse(
      [
        'coverage:',
        '  status:',
        '    project:',
        '      api:',
        '        target: 85.5%',
        '        threshold: 0.5%',
        '        informational: true',
        '        if_not_found: failure',
        '        paths: ["api/", "!api/gen/"]',
        '        flags: [backend]',
        '        only_pulls: true',
        '        branches: [main, "release/.*", null]',
        '    patch: false',
        'flags:',
        '  backend:',
        '    paths: [api/]',
      ].join('\n'),
    ).statuses;
    expect(rule).toEqual({
      kind: 'project',
      name: 'api',
      target: 85.5,
      threshold: 0.5,
      informational: true,
      ifNotFound: 'failure',
      paths: ['api/', '!api/gen/'],
      flags: ['backend'],
      onlyPulls: true,
      branches: ['main', 'release/.*', '.*'],
    });
  });

  it.each([
    ['80', 80],
    ['"80%"', 80],
    ['"80.25%"', 80.25],
    // Every % at the end goes, as Codecov strips them.
    ['"80%%"', 80],
    ['auto', 'auto'],
    ['null', 'auto'],
    ['0', 0],
  ])('reads target %s as %s', (written, target) => {
    expect(
      statuses(`coverage:\n  status:\n    project:\n      default: {target: ${written}}\n    patch: false\n`),
    ).toEqual([['project', 'default', target, 0]]);
  });

  it.each([
    ['1', 1],
    ['"2%"', 2],
    ['null', 0],
  ])('reads threshold %s as %s', (written, threshold) => {
    expect(
      statuses(
        `coverage:\n  status:\n    project:\n      default: {threshold: ${written}}\n    patch: false\n`,
      ),
    ).toEqual([['project', 'default', 'auto', threshold]]);
  });

  it('only takes a literal true as informational and only_pulls', () => {
    const [rule] = parse(
      'coverage:\n  status:\n    project:\n      default: {informational: false, only_pulls: false}\n    patch: false\n',
    ).statuses;
    expect([rule?.informational, rule?.onlyPulls]).toEqual([false, false]);
  });
});

describe('ranges and rounding', () => {
  it.each([
    ['70..90', [70, 90]],
    ['"70...90"', [70, 90]],
    ['"50.5..99.5"', [50.5, 99.5]],
    ['[80, 70]', [70, 80]],
  ])('reads range %s', (written, range) => {
    expect(parse(`coverage:\n  range: ${written}\n`).range).toEqual(range);
  });

  it.each([
    ['down', 85.679, 2, 85.67],
    ['up', 85.671, 2, 85.68],
    ['nearest', 85.675, 2, 85.68],
    ['nearest', 85.674, 2, 85.67],
    ['down', 57.5, 1, 57.5],
    ['down', (23 / 40) * 100, 1, 57.5],
    ['up', 85.67, 2, 85.67],
    ['down', 99.999, 0, 99],
    ['up', 99.001, 0, 100],
    ['nearest', 0.5, 0, 1],
  ] as const)('%s rounds %d at precision %d to %d', (round, value, precision, expected) => {
    expect(roundCoverage(value, precision, round)).toBe(expected);
  });

  it('reads the rounding and precision of the file', () => {
    expect(parse('coverage:\n  round: up\n  precision: 0\n')).toMatchObject({ round: 'up', precision: 0 });
  });
});

describe('YAML as Codecov reads it', () => {
  it('gives the position of a syntax error and never the text', () => {
    const error = (() => {
      try {
        parse('coverage:\n  status: [\n    secret-token-abc\n');
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(/^codecov\.yml is not valid YAML \(line \d+, column \d+\): [a-z ]+\.$/);
    expect(error?.message).not.toContain('secret');
  });

  it('refuses a key given twice', () => {
    expect(() => parse('coverage:\n  precision: 1\n  precision: 2\n')).toThrow(
      /^codecov\.yml is not valid YAML \(line 3, column 3\): duplicate key\.$/,
    );
  });

  it.each(['- a\n- b\n', '"text"\n', '3\n'])('refuses a top level that is not a mapping: %j', (text) => {
    expect(() => parse(text)).toThrow(
      'codecov.yml is not a codecov.yml: its top level must be a mapping of keys.',
    );
  });

  it('moves coverage.ignore and coverage.flags to the top, as Codecov does', () => {
    const config = parse('coverage:\n  ignore: [docs/]\n  flags:\n    ui:\n      paths: [ui/]\n');
    expect(config.ignore).toEqual(['docs/']);
    expect(config.flags).toEqual({ ui: ['ui/'] });
  });

  it('moves coverage.parsers and coverage.fixes to the top too, where they are listed as not applied', () => {
    expect(parse('coverage:\n  parsers:\n    gcov: {}\n  fixes:\n    - "old/::new/"\n').notApplied).toEqual([
      'fixes',
      'parsers',
    ]);
  });

  it('moves codecov.notify.require_ci_to_pass up, so the file passes the schema', () => {
    expect(parse('codecov:\n  notify:\n    require_ci_to_pass: yes\n').notApplied).toEqual(['codecov']);
  });

  it('names the schema problem and the key', () => {
    expect(() => parse('coverage:\n  round: sideways\n')).toThrow(
      /^codecov\.yml: coverage\.round.*\(Codecov would refuse this file\)\.$/,
    );
  });
});

describe('what is not applied here', () => {
  it('lists top-level keys, status keys and flag keys once each, sorted', () => {
    const config = parse(
      [
        'codecov:',
        '  require_ci_to_pass: true',
        'comment:',
        '  layout: "diff"',
        'github_checks:',
        '  annotations: false',
        'coverage:',
        '  notify: {}',
        '  status:',
        '    changes: true',
        '    default_rules:',
        '      flag_coverage_not_uploaded_behavior: include',
        '    project:',
        '      a: {target: 1, if_ci_failed: error, removed_code_behavior: fully_covered_patch}',
        '      b: {target: 2, if_ci_failed: error}',
        '    patch:',
        '      default: {base: auto}',
        'flags:',
        '  ui:',
        '    paths: [ui/]',
        '    carryforward: true',
        '    after_n_builds: 2',
      ].join('\n'),
    );
    expect(config.notApplied).toEqual([
      'codecov',
      'comment',
      'coverage.notify',
      'coverage.status.changes',
      'coverage.status.default_rules',
      'coverage.status.patch.<status>.base',
      'coverage.status.project.<status>.if_ci_failed',
      'coverage.status.project.<status>.removed_code_behavior',
      'flags.<flag>.after_n_builds',
      'flags.<flag>.carryforward',
      'github_checks',
    ]);
  });

  it('lists every status key Codecov has that means nothing here', () => {
    const keys = [
      'base: auto',
      'if_ci_failed: error',
      'if_no_uploads: error',
      'disable_approx: true',
      'measurement: line',
      'skip_if_assumes: true',
      'removed_code_behavior: adjust_base',
      'carryforward_behavior: include',
      'flag_coverage_not_uploaded_behavior: include',
      'include_changes: 5',
    ];
    const text = [
      'coverage:',
      '  status:',
      '    project:',
      '      default:',
      ...keys.map((k) => `        ${k}`),
    ].join('\n');
    expect(parse(text).notApplied).toEqual(
      keys.map((k) => `coverage.status.project.<status>.${k.split(':')[0] ?? ''}`).sort(),
    );
  });

  it('does not list changes: false', () => {
    expect(parse('coverage:\n  status:\n    changes: false\n').notApplied).toEqual([]);
  });
});

describe('the files a status covers', () => {
  const config = parse(
    [
      'coverage:',
      '  status:',
      '    project:',
      '      api: {paths: ["src/api/"], flags: [backend]}',
      '      backend: {flags: [backend]}',
      '      both: {flags: [backend, ui]}',
      '      unknown: {flags: [nosuch]}',
      '      anywhere: {flags: [everything]}',
      '      mixed: {flags: [backend, everything]}',
      '      all: {}',
      '    patch: false',
      'flags:',
      '  backend: {paths: ["src/"]}',
      '  ui: {paths: ["web/"]}',
      '  everything: {}',
    ].join('\n'),
  );
  const covers = (name: string): ((file: string) => boolean) => {
    const rule = config.statuses.find((s) => s.name === name);
    if (rule === undefined) throw new Error(name);
    return statusFiles(rule, config);
  };
  const files = ['src/api/a.py', 'src/core/b.py', 'web/c.ts', 'docs/d.md'];

  it.each([
    ['api', ['src/api/a.py']],
    ['backend', ['src/api/a.py', 'src/core/b.py']],
    ['both', ['src/api/a.py', 'src/core/b.py', 'web/c.ts']],
    ['unknown', files],
    ['anywhere', files],
    // One of its flags has no paths: it covers every file.
    ['mixed', files],
    ['all', files],
  ])('%s covers its own paths within its flags’ paths', (name, expected) => {
    expect(files.filter(covers(name))).toEqual(expected);
  });
});

describe('status order', () => {
  it('default first, as Codecov shows it, then the others as written', () => {
    const config = parse(
      'coverage:\n  status:\n    project:\n      api: {}\n      default: {}\n      web: {}\n    patch: false\n',
    );
    expect(config.statuses.map((s) => s.name)).toEqual(['default', 'api', 'web']);
  });
});

describe('branch patterns', () => {
  it.each([
    [['*'], 'anything', true],
    [[''], 'anything', true],
    [['.*'], 'anything', true],
    [['main'], 'main', true],
    [['main'], 'main2', false],
    [['main'], 'not-main', false],
    [['release/*'], 'release/1.0', true],
    [['release/*'], 'pre-release/1.0', false],
    [['.*-stable'], 'v1-stable', true],
    [['.*-stable'], 'v1-stable-x', false],
    [['^feat'], 'feature/x', false],
    [['^feat.*'], 'feature/x', true],
    [['fix$'], 'hotfix', false],
    [[' main '], 'main', true],
    [['dev', 'main'], 'main', true],
    [['dev', 'qa'], 'main', false],
    [[], 'main', false],
  ])('%j against %s: %s', (patterns, branch, expected) => {
    expect(branchMatches(patterns, branch)).toBe(expected);
  });
});

describe('every key that is not applied here', () => {
  it.each([
    ['if_no_uploads', 'error'],
    ['if_ci_failed', 'error'],
    ['disable_approx', true],
    ['skip_if_assumes', true],
    ['removed_code_behavior', 'fully_covered_patch'],
    ['carryforward_behavior', 'include'],
    ['flag_coverage_not_uploaded_behavior', 'include'],
    ['base', 'auto'],
  ])('status key %s', (key, value) => {
    const text = `coverage:\n  status:\n    project:\n      default:\n        ${key}: ${JSON.stringify(value)}\n`;
    expect(parse(text).notApplied).toEqual([`coverage.status.project.<status>.${key}`]);
  });

  it.each([
    ['parsers', 'parsers:\n  gcov:\n    branch_detection:\n      loop: yes\n'],
    ['fixes', 'fixes:\n  - "before/::after/"\n'],
    ['component_management', 'component_management:\n  default_rules:\n    statuses: []\n'],
    ['slack_app', 'slack_app: false\n'],
    ['github_checks', 'github_checks: false\n'],
    ['profiling', 'profiling:\n  critical_files_paths: []\n'],
    ['beta_groups', 'beta_groups: []\n'],
    ['cli', 'cli:\n  plugins: {}\n'],
    ['bundle_analysis', 'bundle_analysis:\n  warning_threshold: "5%"\n'],
    ['test_analytics', 'test_analytics:\n  flake_detection: true\n'],
    ['ai_pr_review', 'ai_pr_review:\n  enabled: false\n'],
  ])('top-level key %s', (key, text) => {
    const config = parse(text);
    // parsers and fixes are moved and listed as they are; the rest are named as written.
    expect(config.notApplied).toEqual([key]);
  });

  it.each(['carryforward_mode', 'joined', 'required', 'assume', 'ignore'])('flag key %s', (key) => {
    const value =
      key === 'carryforward_mode' ? 'all' : key === 'ignore' ? '[x/]' : key === 'assume' ? '{}' : 'true';
    const text = `flags:\n  ui:\n    paths: [ui/]\n    ${key}: ${value}\n`;
    const config = parse(text);
    expect(config.notApplied).toEqual([`flags.<flag>.${key}`]);
  });

  it.each(['changes', 'default_rules', 'no_upload_behavior'])('status section key %s', (key) => {
    const value = key === 'default_rules' ? '{}' : key === 'no_upload_behavior' ? 'pass' : 'true';
    expect(parse(`coverage:\n  status:\n    ${key}: ${value}\n`).notApplied).toEqual([
      `coverage.status.${key}`,
    ]);
  });
});
