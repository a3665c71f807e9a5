/**
 * codecov.yml's schema as Codecov applies it, value by value: the rule engine on rules written here (types,
 * null, any-of, allowed values, patterns, lengths, bounds, lists, mappings, names), and Codecov's own value
 * checks (percentages, ranges, branch patterns, comment layouts, require_changes, sizes) through the keys that
 * use them.
 */
import { describe, expect, it } from 'vitest';
import {
  problem,
  rangeProblem,
  type Rule,
  schemaProblem,
} from '../../../actions/coverage-gate/src/codecov-schema.js';

describe('the rule engine', () => {
  it('empty values: refused unless the rule takes null, or names no type', () => {
    expect(problem(null, { type: 'string' }, 'k')).toBe('k: must not be empty');
    expect(problem(undefined, { type: 'string' }, 'k')).toBe('k: must not be empty');
    expect(problem(null, { type: 'string', nullable: true }, 'k')).toBeUndefined();
    expect(problem(null, { check: () => 'never asked' }, 'k')).toBeUndefined();
  });

  it('types, named in the message; one of several', () => {
    expect(problem(5, { type: 'string' }, 'k')).toBe('k: must be a string, not 5');
    expect(problem('x', { type: ['dict', 'list'] }, 'k')).toBe('k: must be a mapping or a list, not "x"');
    expect(problem([], { type: ['dict', 'list'] }, 'k')).toBeUndefined();
    expect(problem({}, { type: 'dict' }, 'k')).toBeUndefined();
    expect(problem(true, { type: 'boolean' }, 'k')).toBeUndefined();
    expect(problem(1.5, { type: 'integer' }, 'k')).toBe('k: must be a integer, not 1.5');
    expect(problem(2, { type: 'integer' }, 'k')).toBeUndefined();
    expect(problem(1.5, { type: 'number' }, 'k')).toBeUndefined();
    // A long value is quoted at 40 characters (its quotes included), no more.
    expect(problem('y'.repeat(50), { type: 'integer' }, 'k')).toBe(
      `k: must be a integer, not "${'y'.repeat(39)}…`,
    );
    expect(problem('y'.repeat(38), { type: 'integer' }, 'k')).toBe(
      `k: must be a integer, not "${'y'.repeat(38)}"`,
    );
    expect(problem('y'.repeat(39), { type: 'integer' }, 'k')).toBe(
      `k: must be a integer, not "${'y'.repeat(39)}…`,
    );
  });

  it('any-of: the first problem when every rule refuses, none when one takes it', () => {
    const rule: Rule = { anyof: [{ type: 'boolean' }, { type: 'list' }] };
    expect(problem(true, rule, 'k')).toBeUndefined();
    expect(problem([], rule, 'k')).toBeUndefined();
    expect(problem('x', rule, 'k')).toBe('k: must be a boolean, not "x"');
  });

  it('allowed values, whole-string patterns, and lengths of text', () => {
    expect(problem('b', { allowed: ['a', true] }, 'k')).toBe('k: "b" is not one of "a", true');
    expect(problem(true, { allowed: ['a', true] }, 'k')).toBeUndefined();
    const name: Rule = { type: 'string', regex: /[a-z]+/, minlength: 2, maxlength: 4 };
    expect(problem('ab1', name, 'k')).toBe('k: "ab1" is not allowed here');
    expect(problem('a', name, 'k')).toBe('k: is too short');
    expect(problem('abcde', name, 'k')).toBe('k: is too long');
    expect(problem('ab', name, 'k')).toBeUndefined();
    expect(problem('abcd', name, 'k')).toBeUndefined();
  });

  it('bounds of numbers, at and past each', () => {
    const rule: Rule = { type: 'integer', min: 0, max: 10 };
    expect(problem(0, rule, 'k')).toBeUndefined();
    expect(problem(10, rule, 'k')).toBeUndefined();
    expect(problem(-1, rule, 'k')).toBe('k: must be at least 0');
    expect(problem(11, rule, 'k')).toBe('k: must be at most 10');
  });

  it('lists: at most so many items, each checked with its index', () => {
    const rule: Rule = { type: 'list', maxlength: 2, items: { type: 'string' } };
    expect(problem(['a', 'b'], rule, 'k')).toBeUndefined();
    expect(problem(['a', 'b', 'c'], rule, 'k')).toBe('k: has too many items');
    expect(problem(['a', 3], rule, 'k')).toBe('k[1]: must be a string, not 3');
  });

  it('mappings: required keys, unknown keys, each value by its key; key and value rules for free-form ones', () => {
    const rule: Rule = {
      type: 'dict',
      fields: { need: { type: 'string', required: true }, opt: { type: 'integer' } },
    };
    expect(problem({ need: 'x', opt: 1 }, rule, 'k')).toBeUndefined();
    expect(problem({ opt: 1 }, rule, 'k')).toBe('k.need: is required');
    expect(problem({ need: 'x', other: 1 }, rule, 'k')).toBe('k.other: is not a key Codecov knows');
    expect(problem({ need: 'x', opt: 'no' }, rule, 'k')).toBe('k.opt: must be a integer, not "no"');
    // A key named like an Object method is still unknown.
    expect(problem({ need: 'x', toString: 1 }, rule, 'k')).toBe('k.toString: is not a key Codecov knows');
    const named: Rule = {
      type: 'dict',
      keysrules: { type: 'string', regex: /[a-z]+/ },
      valuesrules: { type: 'integer' },
    };
    expect(problem({ ab: 1 }, named, 'k')).toBeUndefined();
    expect(problem({ 'A!': 1 }, named, 'k')).toBe('k.A!: is not a name Codecov allows here');
    expect(problem({ ab: 'x' }, named, 'k')).toBe('k.ab: must be a integer, not "x"');
    // Every value is checked, not only the first.
    expect(problem({ ab: 1, cd: 'x' }, named, 'k')).toBe('k.cd: must be a integer, not "x"');
    // A check runs after the values' rules passed.
    expect(problem({ ab: 1 }, { ...named, check: () => 'is checked' }, 'k')).toBe('k: {"ab":1} is checked');
  });

  it('a check runs after the rest, on a value of the right type', () => {
    const rule: Rule = { type: 'string', check: (v) => (v === 'bad' ? 'is bad' : undefined) };
    expect(problem('bad', rule, 'k')).toBe('k: "bad" is bad');
    expect(problem('good', rule, 'k')).toBeUndefined();
  });

  it('top-level keys Codecov does not know are named', () => {
    expect(schemaProblem({ coverge: {} })).toBe('coverge: is not a key Codecov knows');
    expect(schemaProblem({})).toBeUndefined();
  });
});

describe("Codecov's value checks", () => {
  const status = (value: Record<string, unknown>) =>
    schemaProblem({ coverage: { status: { project: { default: value } } } });

  it.each([
    [80, undefined],
    ['80', undefined],
    ['80%', undefined],
    ['80.5%', undefined],
    ['auto', undefined],
    [null, undefined],
    ['x80', 'should be a number (like 80 or 80%)'],
    ['%', 'should be a number (like 80 or 80%)'],
    // Only a trailing % is taken off.
    ['8%0', 'should be a number (like 80 or 80%)'],
    [true, 'must be a string or a number, not true'],
  ])('a target of %j: %s', (target, why) => {
    expect(status({ target })).toBe(
      why === undefined
        ? undefined
        : why.startsWith('must')
          ? `coverage.status.project.default.target: ${why}`
          : `coverage.status.project.default.target: ${JSON.stringify(target)} ${why}`,
    );
  });

  it('a threshold takes no auto', () => {
    expect(status({ threshold: 'auto' })).toBe(
      'coverage.status.project.default.threshold: "auto" does not accept auto',
    );
    expect(status({ threshold: '1%' })).toBeUndefined();
  });

  it.each([
    ['70...100', undefined],
    ['70..100', undefined],
    [[70, 100], undefined],
    [[100, 70], undefined],
    ['0...0', undefined],
    ['100...100', undefined],
    ['70....100', 'should have two or three dots, not four'],
    ['70-100', 'should look like 70...100'],
    ['70...80...90', 'should have only two numbers'],
    ['...100', 'should have numbers as its limits'],
    [' ...100', 'should have numbers as its limits'],
    ['a...b', 'should have numbers as its limits'],
    ['-1...100', 'should be two numbers from 0 to 100, the lower first'],
    ['70...101', 'should be two numbers from 0 to 100, the lower first'],
    ['90...70', 'should be two numbers from 0 to 100, the lower first'],
    [[70], 'should have exactly two numbers'],
    [[70, 'x'], 'should have numbers as its limits'],
    [[-5, 50], 'should be two numbers from 0 to 100, the lower first'],
    [70, 'should look like 70...100'],
  ])('a range of %j: %s', (range, why) => {
    expect(rangeProblem(range)).toBe(why);
  });

  it('branches: names and patterns, not regular expressions that cannot compile', () => {
    const branches = (list: unknown[]) => status({ branches: list });
    expect(branches(['main', 'release/*', '^feature/.*$', '*', '*-stable', null])).toBeUndefined();
    expect(branches(['(unclosed'])).toBe(
      'coverage.status.project.default.branches[0]: "(unclosed" is not a branch name or pattern',
    );
  });

  it.each([
    ['reach, diff, flags, files', undefined],
    ['files:10, diff', undefined],
    ['files:-1', undefined],
    ['files: 5 ', undefined],
    ['files:ten', 'has an improper value: files:ten'],
    ['diff, files:1.5', 'has an improper value: files:1.5'],
  ])('a comment layout of %j: %s', (layout, why) => {
    expect(schemaProblem({ comment: { layout } })).toBe(
      why === undefined ? undefined : `comment.layout: ${JSON.stringify(layout)} ${why}`,
    );
  });

  it.each([
    [true, undefined],
    [false, undefined],
    ['coverage_drop', undefined],
    ['uncovered_patch or any_change', undefined],
    ['Coverage_Drop AND uncovered_patch or any_change', undefined],
    [' coverage_drop ', undefined],
    ['', 'should be true, false or a condition'],
    [5, 'should be true, false or a condition'],
    ['coverage_up', 'is not coverage_drop, uncovered_patch or any_change joined by and/or'],
    ['coverage_drop or', 'is not coverage_drop, uncovered_patch or any_change joined by and/or'],
  ])('require_changes of %j: %s', (value, why) => {
    expect(schemaProblem({ comment: { require_changes: value } })).toBe(
      why === undefined ? undefined : `comment.require_changes: ${JSON.stringify(value)} ${why}`,
    );
  });

  it.each([
    [0, undefined],
    [1024, undefined],
    ['100kb', undefined],
    ['5 MB', undefined],
    ['10bytes', undefined],
    ['5%', undefined],
    [0.5, undefined],
    [-1, 'should be ≥ 0'],
    ['5 furlongs', 'should be a size like 100kb, or a number of bytes'],
    ['x5mb', 'should be a size like 100kb, or a number of bytes'],
    ['5mb of it', 'should be a size like 100kb, or a number of bytes'],
    ['x%', 'should be a number (like 80 or 80%)'],
    [true, 'should be a size like 100kb, or a number of bytes'],
  ])('a bundle threshold of %j: %s', (value, why) => {
    expect(schemaProblem({ bundle_analysis: { warning_threshold: value } })).toBe(
      why === undefined ? undefined : `bundle_analysis.warning_threshold: ${JSON.stringify(value)} ${why}`,
    );
    expect(schemaProblem({ comment: { bundle_change_threshold: value } })).toBe(
      why === undefined ? undefined : `comment.bundle_change_threshold: ${JSON.stringify(value)} ${why}`,
    );
  });

  it.each([
    ['https://codecov.example.com', undefined],
    ['http://codecov.example.com', undefined],
    ['https://codecov.example.com/api/v2?x=1&y=b_c', undefined],
    ['ftp://codecov.example.com', 'is not allowed here'],
    ['https://localhost', 'is not allowed here'],
    ['https://codecov.example.com/a b', 'is not allowed here'],
    ['https://codecov.example.com/<x>', 'is not allowed here'],
  ])("codecov.url %j: %s (Codecov's own pattern)", (url, why) => {
    expect(schemaProblem({ codecov: { url } })).toBe(
      why === undefined ? undefined : `codecov.url: ${JSON.stringify(url)} ${why}`,
    );
  });

  it('fixes split before and after with ::', () => {
    expect(schemaProblem({ fixes: ['old/::new/'] })).toBeUndefined();
    expect(schemaProblem({ fixes: ['old/'] })).toBe('fixes[0]: "old/" must split before and after with ::');
  });
});

/** A document holding `value` at the dotted path (`[n]` for a list's item). */
function at(path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  let out: unknown = value;
  for (const part of parts.reverse()) {
    const list = /^(.*)\[(\d+)\]$/.exec(part);
    out = list ? { [list[1] ?? '']: [out] } : { [part]: out };
  }
  return out as Record<string, unknown>;
}

describe('each key Codecov knows takes only values of its own kind', () => {
  const kinds: [string, unknown, string][] = [
    ['codecov.url', 'not a url', '"not a url" is not allowed here'],
    ['codecov.token', 5, 'must be a string, not 5'],
    ['codecov.slug', 5, 'must be a string, not 5'],
    ['codecov.bot', 5, 'must be a string, not 5'],
    ['codecov.branch', 5, 'must be a string, not 5'],
    ['codecov.ci', 'x', 'must be a list, not "x"'],
    ['codecov.ci[0]', 5, 'must be a string, not 5'],
    ['codecov.assume_all_flags', 'x', 'must be a boolean, not "x"'],
    ['codecov.strict_yaml_branch', 5, 'must be a string, not 5'],
    ['codecov.max_report_age', [], 'must be a string or a integer or a boolean, not []'],
    ['codecov.disable_default_path_fixes', 'x', 'must be a boolean, not "x"'],
    ['codecov.require_ci_to_pass', 'x', 'must be a boolean, not "x"'],
    ['codecov.allow_coverage_offsets', 'x', 'must be a boolean, not "x"'],
    ['codecov.allow_pseudo_compare', 'x', 'must be a boolean, not "x"'],
    ['codecov.archive.uploads', 'x', 'must be a boolean, not "x"'],
    ['codecov.notify.after_n_builds', -1, 'must be at least 0'],
    ['codecov.notify.countdown', 'x', 'must be a integer, not "x"'],
    ['codecov.notify.delay', 'x', 'must be a integer, not "x"'],
    ['codecov.notify.wait_for_ci', 'x', 'must be a boolean, not "x"'],
    ['codecov.notify.require_ci_to_pass', 'x', 'must be a boolean, not "x"'],
    ['codecov.notify.manual_trigger', 'x', 'must be a boolean, not "x"'],
    ['codecov.notify.notify_error', 'x', 'must be a boolean, not "x"'],
    ['codecov.ui.hide_density', 'x', 'must be a boolean, not "x"'],
    ['codecov.ui.hide_complexity', [5], 'must be a boolean, not [5]'],
    ['codecov.ui.hide_contexual', 'x', 'must be a boolean, not "x"'],
    ['codecov.ui.hide_sunburst', 'x', 'must be a boolean, not "x"'],
    ['codecov.ui.hide_search', 'x', 'must be a boolean, not "x"'],
    ['coverage.precision', 100, 'must be at most 99'],
    ['coverage.precision', 1.5, 'must be a integer, not 1.5'],
    ['coverage.round', 'sideways', '"sideways" is not one of "down", "up", "nearest"'],
    ['coverage.notify.irc.team.channel', 5, 'must be a string, not 5'],
    ['coverage.notify.irc.team.server', 5, 'must be a string, not 5'],
    ['coverage.notify.irc.team.notice', 'x', 'must be a boolean, not "x"'],
    ['coverage.notify.slack.team.attachments', 5, 'must be a string, not 5'],
    ['coverage.notify.hipchat.team.card', 'x', 'must be a boolean, not "x"'],
    ['coverage.notify.email.team.to', 'a@b', 'must be a list, not "a@b"'],
    ['coverage.notify.webhook.team.url', 5, 'must be a string, not 5'],
    ['coverage.notify.gitter.team.only_pulls', 'x', 'must be a boolean, not "x"'],
    ['coverage.notify.gitter.team.message', 5, 'must be a string, not 5'],
    [
      'coverage.status.default_rules.carryforward_behavior',
      'x',
      '"x" is not one of "include", "exclude", "pass"',
    ],
    ['coverage.status.no_upload_behavior', 'x', '"x" is not one of "pass", "fail"'],
    ['coverage.status.project.default.base', 'x', '"x" is not one of "parent", "pr", "auto"'],
    ['coverage.status.project.default.disable_approx', 'x', 'must be a boolean, not "x"'],
    ['coverage.status.project.default.enabled', 'x', 'must be a boolean, not "x"'],
    [
      'coverage.status.project.default.if_ci_failed',
      'x',
      '"x" is not one of "success", "failure", "error", "ignore"',
    ],
    ['coverage.status.patch.default.informational', 'x', 'must be a boolean, not "x"'],
    [
      'coverage.status.patch.default.measurement',
      'x',
      '"x" is not one of "line", "statement", "branch", "method", "complexity"',
    ],
    ['coverage.status.patch.default.only_pulls', 'x', 'must be a boolean, not "x"'],
    ['coverage.status.patch.default.skip_if_assumes', 'x', 'must be a boolean, not "x"'],
    ['coverage.status.changes.default.paths', 'x', 'must be a list, not "x"'],
    ['coverage.status.changes.default.flags[0]', '', '"" is not allowed here'],
    ['flags.backend.carryforward', 'x', 'must be a boolean, not "x"'],
    ['flags.backend.joined', 'x', 'must be a boolean, not "x"'],
    ['flags.backend.required', 'x', 'must be a boolean, not "x"'],
    ['flags.backend.carryforward_mode', 'x', '"x" is not one of "all", "labels"'],
    ['flags.backend.after_n_builds', -1, 'must be at least 0'],
    ['flags.backend.assume', 5, 'must be a boolean or a string or a mapping, not 5'],
    ['flag_management.default_rules.carryforward', 'x', 'must be a boolean, not "x"'],
    ['flag_management.default_rules.carryforward_mode', 'x', '"x" is not one of "all", "labels"'],
    [
      'coverage.status.project.default.removed_code_behavior',
      'x',
      '"x" is not one of "removals_only", "adjust_base", "fully_covered_patch", "off", false',
    ],
    ['flag_management.default_rules.statuses', 'x', 'must be a list, not "x"'],
    [
      'flag_management.default_rules.statuses[0].type',
      'x',
      '"x" is not one of "project", "patch", "changes"',
    ],
    ['flag_management.individual_flags[0].name', '', '"" is not allowed here'],
    ['component_management.default_rules.flag_regexes', 'x', 'must be a list, not "x"'],
    ['parsers.go.partials_as_hits', 'x', 'must be a boolean, not "x"'],
    ['parsers.javascript.enable_partials', 'x', 'must be a boolean, not "x"'],
    ['parsers.v1.include_full_missed_files', 'x', 'must be a boolean, not "x"'],
    ['parsers.gcov.branch_detection.loop', 'x', 'must be a boolean, not "x"'],
    ['parsers.jacoco.partials_as_hits', 'x', 'must be a boolean, not "x"'],
    ['parsers.cobertura.handle_missing_conditions', 'x', 'must be a boolean, not "x"'],
    ['comment.behavior', 'x', '"x" is not one of "default", "once", "new", "spammy"'],
    ['comment.require_base', 'x', 'must be a boolean, not "x"'],
    ['comment.require_head', 'x', 'must be a boolean, not "x"'],
    ['comment.show_critical_paths', 'x', 'must be a boolean, not "x"'],
    ['comment.after_n_builds', -1, 'must be at least 0'],
    ['comment.show_carryforward_flags', 'x', 'must be a boolean, not "x"'],
    ['comment.hide_comment_details', 'x', 'must be a boolean, not "x"'],
    ['comment.hide_project_coverage', 'x', 'must be a boolean, not "x"'],
    ['comment.require_bundle_changes', 'x', '"x" is not one of "bundle_increase", false, true'],
    ['bundle_analysis.status', 'x', '"x" is not one of true, false, "informational"'],
    ['slack_app.enabled', 'x', 'must be a boolean, not "x"'],
    ['github_checks.annotations', 'x', 'must be a boolean, not "x"'],
    ['profiling.fixes', 'x', 'must be a list, not "x"'],
    ['profiling.grouping_attributes[0]', 5, 'must be a string, not 5'],
    ['beta_groups', 'x', 'must be a list, not "x"'],
    ['ai_pr_review.enabled', 'x', 'must be a boolean, not "x"'],
    ['ai_pr_review.method', 5, 'must be a string, not 5'],
    ['ai_pr_review.label_name', 5, 'must be a string, not 5'],
    ['test_analytics.shorten_paths', 'x', 'must be a boolean, not "x"'],
    ['test_analytics.flake_detection', 'x', 'must be a boolean, not "x"'],
    ['cli.plugins', 'x', 'must be a mapping, not "x"'],
    ['cli.runners', 'x', 'must be a mapping, not "x"'],
    ['ignore[0]', '(', '"(" is not a path, glob or regular expression that works'],
    ['flags.backend.paths[0]', '(', '"(" is not a path, glob or regular expression that works'],
    ['coverage.status.project.default.flags[0]', "a'b", '"a\'b" is not allowed here'],
    ['flag_management.default_rules.statuses[0].name_prefix', 'a b', '"a b" is not allowed here'],
    [
      'component_management.default_rules.statuses[0].type',
      'x',
      '"x" is not one of "project", "patch", "changes"',
    ],
    [
      'coverage.status.project.default.flag_coverage_not_uploaded_behavior',
      'x',
      '"x" is not one of "include", "exclude", "pass"',
    ],
    ['coverage.notify.irc.team.password', 5, 'must be a string, not 5'],
    ['coverage.notify.email.team.to[0]', 5, 'must be a string, not 5'],
    ['coverage.notify.slack.team.url', 5, 'must be a string, not 5'],
    ['profiling.critical_files_paths', 'x', 'must be a list, not "x"'],
    ['slack_app', 'x', 'must be a mapping or a boolean, not "x"'],
    ['github_checks', 5, 'must be a mapping or a boolean, not 5'],
    ['comment', 5, 'must be a mapping or a boolean, not 5'],
    ['coverage.status', 'x', 'must be a boolean or a mapping, not "x"'],
  ];

  it.each(kinds)('%s refuses %j', (path, value, why) => {
    expect(schemaProblem(at(path, value))).toBe(`${path}: ${why}`);
  });

  it('and takes a value of its kind, or null where Codecov does', () => {
    for (const [path, value] of [
      ['codecov.url', 'https://codecov.example.com'],
      ['codecov.bot', null],
      ['codecov.max_report_age', '24 hours ago'],
      ['codecov.max_report_age', false],
      ['codecov.ui.hide_density', ['go']],
      ['coverage.precision', 0],
      ['coverage.precision', 99],
      ['coverage.notify.irc.team.password', null],
      ['coverage.notify.webhook.team.url', null],
      ['coverage.status', false],
      ['coverage.status.project.default', null],
      ['coverage.status.project.default.measurement', null],
      ['coverage.status.project.default.removed_code_behavior', false],
      ['flags.backend.assume', { branches: ['main'] }],
      ['comment', false],
      ['comment.require_bundle_changes', 'bundle_increase'],
      ['bundle_analysis.status', 'informational'],
      ['github_checks', true],
      ['slack_app', false],
      ['component_management.individual_components[0].component_id', 'api'],
    ] as [string, unknown][])
      expect(schemaProblem(at(path, value)), path).toBeUndefined();
  });

  it('takes every value an allowed list names, and values of every kind a key takes', () => {
    const valid: [string, unknown[]][] = [
      ['coverage.round', ['down', 'up', 'nearest']],
      ['coverage.status.project.default.base', ['parent', 'pr', 'auto']],
      ['coverage.status.project.default.if_ci_failed', ['success', 'failure', 'error', 'ignore']],
      ['coverage.status.patch.default.if_no_uploads', ['success', 'failure', 'error', 'ignore']],
      [
        'coverage.status.patch.default.measurement',
        ['line', 'statement', 'branch', 'method', 'complexity', null],
      ],
      [
        'coverage.status.project.default.removed_code_behavior',
        ['removals_only', 'adjust_base', 'fully_covered_patch', 'off', false],
      ],
      ['coverage.status.project.default.carryforward_behavior', ['include', 'exclude', 'pass']],
      ['coverage.status.no_upload_behavior', ['pass', 'fail']],
      ['coverage.status.project.default.flags', [['backend'], null]],
      ['coverage.status.project.default.paths', [['src/'], null]],
      ['coverage.status.project.default.threshold', [1, '1%', null]],
      ['coverage.status.project.default.branches', [['main'], null]],
      ['flags.backend.carryforward_mode', ['all', 'labels']],
      ['flags.backend.assume', [true, 'x', { branches: ['main'] }]],
      ['flag_management.default_rules.carryforward_mode', ['all', 'labels']],
      ['flag_management.default_rules.statuses[0].type', ['project', 'patch', 'changes']],
      ['flag_management.default_rules.statuses[0].name_prefix', ['api-', 'a.b_c']],
      ['component_management.default_rules.statuses[0].type', ['project', 'patch', 'changes']],
      ['component_management.default_rules.flag_regexes', [['^unit']]],
      ['comment.behavior', ['default', 'once', 'new', 'spammy']],
      ['comment.require_bundle_changes', ['bundle_increase', false, true]],
      ['comment.layout', ['diff', null]],
      ['comment.branches', [['main']]],
      ['comment.flags', [['backend']]],
      ['comment.paths', [['src/']]],
      ['bundle_analysis.status', [true, false, 'informational']],
      ['codecov.max_report_age', ['24 hours ago', 5, false]],
      ['codecov.notify.countdown', [5]],
      ['codecov.notify.delay', [5]],
      ['codecov.archive.uploads', [true]],
      ['codecov.ci', [['jenkins.example.com']]],
      ['codecov.ui.hide_density', [true, ['go']]],
      ['coverage.notify.irc.team.password', ['p', null]],
      ['coverage.notify.irc.team.channel', ['#dev']],
      ['coverage.notify.slack.team.url', ['https://hooks.example/x', null]],
      ['coverage.notify.email.team.to', [['a@b.c']]],
      ['coverage.notify.email.team.layout', ['reach, diff']],
      ['coverage.notify.hipchat.team.card', [true]],
      ['coverage.notify.webhook.team.threshold', ['1%']],
      ['parsers.go.partials_as_hits', [true]],
      ['parsers.javascript.enable_partials', [false]],
      ['parsers.v1.include_full_missed_files', [true]],
      ['parsers.gcov.branch_detection.conditional', [true]],
      ['parsers.jacoco.partials_as_hits', [true]],
      ['parsers.cobertura.partials_as_hits', [true]],
      ['slack_app', [true, { enabled: true }]],
      ['github_checks', [false, { annotations: true }]],
      ['profiling.fixes', [['a::b']]],
      ['profiling.grouping_attributes', [['x']]],
      ['beta_groups', [['x']]],
      ['test_analytics.flake_detection', [true]],
      ['cli.plugins', [{}]],
      ['cli.runners', [{}]],
      ['ignore', [['docs/'], null]],
    ];
    for (const [path, values] of valid)
      for (const value of values)
        expect(schemaProblem(at(path, value)), `${path}: ${JSON.stringify(value)}`).toBeUndefined();
  });

  it('a component needs its id; a flag or status name is a word', () => {
    expect(schemaProblem(at('component_management.individual_components[0].name', 'api'))).toBe(
      'component_management.individual_components[0].component_id: is required',
    );
    expect(
      schemaProblem({ component_management: { individual_components: [{ component_id: 'api', name: 5 }] } }),
    ).toBe('component_management.individual_components[0].name: must be a string, not 5');
    expect(schemaProblem({ flags: { "it's": {} } })).toBe("flags.it's: is not a name Codecov allows here");
    expect(schemaProblem(at('coverage.status.project.my status', {}))).toBe(
      'coverage.status.project.my status: is not a name Codecov allows here',
    );
    expect(schemaProblem(at('coverage.notify.slack.my team', {}))).toBe(
      'coverage.notify.slack.my team: is not a name Codecov allows here',
    );
  });
});
