/**
 * Codecov's YAML schema, as Codecov validates a codecov.yml (codecov/shared, shared/validation/user_schema.py
 * and cli_schema.py, with Cerberus): every key it knows, the type and values it allows. A key it does not
 * know, or a value it would refuse, makes Codecov ignore the whole file; here it is a one-line error naming
 * the key. Only the rules Codecov's schema uses are implemented: types, allowed values, patterns, bounds,
 * nested mappings and lists, and its value checks (percentages, ranges, path patterns, branch names).
 */
import { pathPatternProblem } from './codecov-paths.js';

type TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'dict' | 'list';

export interface Rule {
  type?: TypeName | readonly TypeName[];
  allowed?: readonly unknown[];
  /** Must match the whole string. */
  regex?: RegExp;
  min?: number;
  max?: number;
  minlength?: number;
  maxlength?: number;
  nullable?: boolean;
  /** A mapping's key that must be given. */
  required?: boolean;
  /** A mapping's known keys: others are refused. */
  fields?: Readonly<Record<string, Rule>>;
  /** A list's items. */
  items?: Rule;
  keysrules?: Rule;
  valuesrules?: Rule;
  anyof?: readonly Rule[];
  /** Codecov's coercions that can refuse a value: a problem, or undefined. */
  check?: (value: unknown) => string | undefined;
}

const PERCENT = /^(\d+)(\.\d+)?%?/;

function percentProblem(value: unknown, allowAuto: boolean): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value === 'auto') return allowAuto ? undefined : 'does not accept auto';
  if (typeof value === 'number') return undefined;
  if (typeof value !== 'string' || !PERCENT.test(value) || Number.isNaN(Number(value.replace(/%+$/, ''))))
    return 'should be a number (like 80 or 80%)';
  return undefined;
}

export function rangeProblem(value: unknown): string | undefined {
  const bounds = (low: number, high: number): string | undefined =>
    low >= 0 && low <= 100 && high >= 0 && high <= 100 && low <= high
      ? undefined
      : 'should be two numbers from 0 to 100, the lower first';
  if (Array.isArray(value)) {
    if (value.length !== 2) return 'should have exactly two numbers';
    const [a, b] = value.map(Number).sort((x, y) => x - y);
    if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b))
      return 'should have numbers as its limits';
    return bounds(a, b);
  }
  if (typeof value !== 'string') return 'should look like 70...100';
  if (value.includes('....')) return 'should have two or three dots, not four';
  const splitter = value.includes('...') ? '...' : value.includes('..') ? '..' : undefined;
  if (splitter === undefined) return 'should look like 70...100';
  const parts = value.split(splitter);
  if (parts.length !== 2) return 'should have only two numbers';
  const [low, high] = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high))
    return 'should have numbers as its limits';
  return bounds(low, high);
}

function branchProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'string') return undefined;
  try {
    new RegExp(value.replace(/(?<!\.)\*/g, '.*'));
    return undefined;
  } catch {
    return 'is not a branch name or pattern';
  }
}

function layoutProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  for (const part of value.split(',')) {
    const [, count] = part.trim().split(':');
    if (count !== undefined && !/^\s*-?\d+\s*$/.test(count)) return `has an improper value: ${part.trim()}`;
  }
  return undefined;
}

const requiredChanges = (value: unknown): string | undefined => {
  if (typeof value === 'boolean') return undefined;
  if (typeof value !== 'string' || value === '') return 'should be true, false or a condition';
  const word = '(coverage_drop|uncovered_patch|any_change)';
  return new RegExp(`^${word}(\\s+or\\s+${word})*(\\s+and\\s+${word}(\\s+or\\s+${word})*)*$`, 'i').test(
    value.trim(),
  )
    ? undefined
    : 'is not coverage_drop, uncovered_patch or any_change joined by and/or';
};

const byteSize = (value: unknown): string | undefined => {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? undefined : 'should be ≥ 0';
  if (typeof value === 'string' && /^\d+\s*(mb|kb|gb|b|bytes)$/i.test(value)) return undefined;
  return 'should be a size like 100kb, or a number of bytes';
};

const bundleThreshold = (value: unknown): string | undefined => {
  if (typeof value === 'number' && !Number.isInteger(value)) return percentProblem(value, false);
  if (typeof value === 'string' && value.includes('%')) return percentProblem(value, false);
  return byteSize(value);
};

const str: Rule = { type: 'string' };
const bool: Rule = { type: 'boolean' };
const int0: Rule = { type: 'integer', min: 0 };
const outcome: Rule = { type: 'string', allowed: ['success', 'failure', 'error', 'ignore'] };
const flagName: Rule = { type: 'string', minlength: 1, maxlength: 1024, regex: /[^'"]+/ };
const branches: Rule = {
  type: 'list',
  nullable: true,
  items: { type: 'string', nullable: true, check: branchProblem },
};
const layout: Rule = { type: 'string', nullable: true, check: layoutProblem };
const pathList: Rule = {
  type: 'list',
  nullable: true,
  items: { type: 'string', check: (v) => (typeof v === 'string' ? pathPatternProblem(v) : undefined) },
};
const flagList: Rule = { type: 'list', nullable: true, items: { type: 'string', regex: /[^'"]{1,1024}/ } };
const percentOrAuto: Rule = {
  type: ['string', 'number'],
  nullable: true,
  check: (v) => percentProblem(v, true),
};
const percent: Rule = { type: ['string', 'number'], nullable: true, check: (v) => percentProblem(v, false) };
const behavior3: Rule = { type: 'string', allowed: ['include', 'exclude', 'pass'] };
const baseRule: Rule = { type: 'string', allowed: ['parent', 'pr', 'auto'] };

const statusCommon: Record<string, Rule> = {
  base: baseRule,
  branches,
  disable_approx: bool,
  enabled: bool,
  if_ci_failed: outcome,
  if_no_uploads: outcome,
  if_not_found: outcome,
  informational: bool,
  measurement: {
    type: 'string',
    nullable: true,
    allowed: ['line', 'statement', 'branch', 'method', 'complexity'],
  },
  only_pulls: bool,
  skip_if_assumes: bool,
  removed_code_behavior: {
    type: ['string', 'boolean'],
    allowed: ['removals_only', 'adjust_base', 'fully_covered_patch', 'off', false],
  },
};
const customStatusCommon: Record<string, Rule> = {
  name_prefix: { type: 'string', regex: /[\w\-.]+/ },
  type: { type: 'string', allowed: ['project', 'patch', 'changes'] },
  target: percentOrAuto,
  threshold: percent,
};
const flagStatusBase: Record<string, Rule> = {
  ...statusCommon,
  paths: pathList,
  carryforward_behavior: behavior3,
  flag_coverage_not_uploaded_behavior: behavior3,
};
const statusStandard: Record<string, Rule> = { flags: flagList, ...flagStatusBase };

const statusKind = (extra: Record<string, Rule>): Rule => ({
  type: ['dict', 'boolean'],
  keysrules: { type: 'string', regex: /[\w\-.]+/ },
  valuesrules: { type: ['dict', 'boolean'], nullable: true, fields: { ...extra, ...statusStandard } },
});

const notificationStandard: Record<string, Rule> = {
  url: { type: 'string', nullable: true },
  branches,
  threshold: percent,
  message: str,
  flags: flagList,
  base: baseRule,
  only_pulls: bool,
  paths: pathList,
};
const notifier = (extra: Record<string, Rule>): Rule => ({
  type: 'dict',
  keysrules: { type: 'string', regex: /[\w\-.]+/ },
  valuesrules: { type: 'dict', fields: { ...extra, ...notificationStandard } },
});

const flagsRuleBasic: Record<string, Rule> = {
  statuses: {
    type: 'list',
    items: { type: 'dict', fields: { ...flagStatusBase, ...customStatusCommon } },
  },
  carryforward_mode: { type: 'string', allowed: ['all', 'labels'] },
  carryforward: bool,
  paths: pathList,
  ignore: pathList,
  after_n_builds: int0,
};
const componentRuleBasic: Record<string, Rule> = {
  statuses: {
    type: 'list',
    items: { type: 'dict', fields: { ...statusCommon, ...customStatusCommon } },
  },
  flag_regexes: { type: 'list', items: str },
  paths: pathList,
};
const hideList: Rule = { anyof: [bool, { type: 'list', items: str }] };

export const CODECOV_SCHEMA: Readonly<Record<string, Rule>> = {
  codecov: {
    type: 'dict',
    fields: {
      url: {
        type: 'string',
        regex:
          /https?:\/\/(www\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}\b([-a-zA-Z0-9()@:%_+.~#?&/=]*)/,
      },
      token: str,
      slug: str,
      bot: { type: 'string', nullable: true },
      branch: str,
      ci: { type: 'list', items: str },
      assume_all_flags: bool,
      strict_yaml_branch: str,
      max_report_age: { type: ['string', 'integer', 'boolean'] },
      disable_default_path_fixes: bool,
      require_ci_to_pass: bool,
      allow_coverage_offsets: bool,
      allow_pseudo_compare: bool,
      archive: { type: 'dict', fields: { uploads: bool } },
      notify: {
        type: 'dict',
        fields: {
          after_n_builds: int0,
          countdown: { type: 'integer' },
          delay: { type: 'integer' },
          wait_for_ci: bool,
          require_ci_to_pass: bool,
          manual_trigger: bool,
          notify_error: bool,
        },
      },
      ui: {
        type: 'dict',
        fields: {
          hide_density: hideList,
          hide_complexity: hideList,
          hide_contexual: bool,
          hide_sunburst: bool,
          hide_search: bool,
        },
      },
    },
  },
  coverage: {
    type: 'dict',
    fields: {
      precision: { type: 'integer', min: 0, max: 99 },
      round: { type: 'string', allowed: ['down', 'up', 'nearest'] },
      range: { check: rangeProblem },
      notify: {
        type: 'dict',
        fields: {
          irc: notifier({
            channel: str,
            server: str,
            password: { type: 'string', nullable: true },
            nickserv_password: str,
            notice: bool,
          }),
          slack: notifier({ attachments: layout }),
          gitter: notifier({}),
          hipchat: notifier({ card: bool, notify: bool }),
          webhook: notifier({}),
          email: notifier({ to: { type: 'list', items: str }, layout }),
        },
      },
      status: {
        type: ['boolean', 'dict'],
        fields: {
          default_rules: {
            type: 'dict',
            fields: { flag_coverage_not_uploaded_behavior: behavior3, carryforward_behavior: behavior3 },
          },
          project: statusKind({ target: percentOrAuto, include_changes: percentOrAuto, threshold: percent }),
          patch: statusKind({ target: percentOrAuto, include_changes: percentOrAuto, threshold: percent }),
          changes: statusKind({}),
          no_upload_behavior: { type: 'string', allowed: ['pass', 'fail'] },
        },
      },
    },
  },
  bundle_analysis: {
    type: 'dict',
    fields: {
      warning_threshold: { check: bundleThreshold },
      status: { allowed: [true, false, 'informational'] },
    },
  },
  parsers: {
    type: 'dict',
    fields: {
      go: { type: 'dict', fields: { partials_as_hits: bool } },
      javascript: { type: 'dict', fields: { enable_partials: bool } },
      v1: { type: 'dict', fields: { include_full_missed_files: bool } },
      gcov: {
        type: 'dict',
        fields: {
          branch_detection: {
            type: 'dict',
            fields: { conditional: bool, loop: bool, method: bool, macro: bool },
          },
        },
      },
      jacoco: { type: 'dict', fields: { partials_as_hits: bool } },
      cobertura: { type: 'dict', fields: { handle_missing_conditions: bool, partials_as_hits: bool } },
    },
  },
  ignore: pathList,
  fixes: {
    type: 'list',
    items: {
      type: 'string',
      check: (v) =>
        typeof v === 'string' && !v.includes('::') ? 'must split before and after with ::' : undefined,
    },
  },
  flags: {
    type: 'dict',
    keysrules: flagName,
    valuesrules: {
      type: 'dict',
      fields: {
        joined: bool,
        carryforward: bool,
        carryforward_mode: { type: 'string', allowed: ['all', 'labels'] },
        required: bool,
        ignore: pathList,
        paths: pathList,
        assume: { type: ['boolean', 'string', 'dict'], fields: { branches } },
        after_n_builds: int0,
      },
    },
  },
  flag_management: {
    type: 'dict',
    fields: {
      default_rules: { type: 'dict', fields: flagsRuleBasic },
      individual_flags: {
        type: 'list',
        items: { type: 'dict', fields: { ...flagsRuleBasic, name: flagName } },
      },
    },
  },
  component_management: {
    type: 'dict',
    fields: {
      default_rules: { type: 'dict', fields: componentRuleBasic },
      individual_components: {
        type: 'list',
        items: {
          type: 'dict',
          fields: { ...componentRuleBasic, name: str, component_id: { type: 'string', required: true } },
        },
      },
    },
  },
  comment: {
    type: ['dict', 'boolean'],
    fields: {
      layout,
      require_changes: { check: requiredChanges },
      require_base: bool,
      require_head: bool,
      show_critical_paths: bool,
      branches,
      paths: pathList,
      flags: flagList,
      behavior: { type: 'string', allowed: ['default', 'once', 'new', 'spammy'] },
      after_n_builds: int0,
      show_carryforward_flags: bool,
      hide_comment_details: bool,
      hide_project_coverage: bool,
      require_bundle_changes: { type: ['boolean', 'string'], allowed: ['bundle_increase', false, true] },
      bundle_change_threshold: { check: bundleThreshold },
    },
  },
  slack_app: { type: ['dict', 'boolean'], fields: { enabled: bool } },
  github_checks: { type: ['dict', 'boolean'], fields: { annotations: bool } },
  profiling: {
    type: 'dict',
    fields: {
      fixes: { type: 'list', items: str },
      grouping_attributes: { type: 'list', items: str },
      critical_files_paths: pathList,
    },
  },
  beta_groups: { type: 'list', items: str },
  ai_pr_review: { type: 'dict', fields: { enabled: bool, method: str, label_name: str } },
  test_analytics: { type: 'dict', fields: { shorten_paths: bool, flake_detection: bool } },
  cli: { type: 'dict', fields: { plugins: { type: 'dict' }, runners: { type: 'dict' } } },
};

function typeOf(value: unknown): TypeName[] {
  if (typeof value === 'boolean') return ['boolean'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['integer', 'number'] : ['number'];
  if (typeof value === 'string') return ['string'];
  if (Array.isArray(value)) return ['list'];
  if (value !== null && typeof value === 'object') return ['dict'];
  return [];
}

const show = (value: unknown): string => {
  const json = JSON.stringify(value) as string | undefined;
  const text = json ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The first problem with `value` under `rule`, as `where: what`; undefined when Codecov would accept it. */
export function problem(value: unknown, rule: Rule, where: string): string | undefined {
  if (value === null || value === undefined)
    return rule.nullable === true || rule.type === undefined ? undefined : `${where}: must not be empty`;
  if (rule.anyof !== undefined) {
    const fails = rule.anyof.map((r) => problem(value, r, where));
    if (fails.every((f) => f !== undefined)) return fails[0];
    return undefined;
  }
  if (rule.type !== undefined) {
    const wanted = typeof rule.type === 'string' ? [rule.type] : rule.type;
    if (!typeOf(value).some((t) => wanted.includes(t)))
      return `${where}: must be ${wanted.map((t) => (t === 'dict' ? 'a mapping' : t === 'list' ? 'a list' : `a ${t}`)).join(' or ')}, not ${show(value)}`;
  }
  if (rule.allowed !== undefined && !rule.allowed.includes(value))
    return `${where}: ${show(value)} is not one of ${rule.allowed.map((a) => show(a)).join(', ')}`;
  if (typeof value === 'string') {
    if (rule.regex !== undefined && !new RegExp(`^(?:${rule.regex.source})$`).test(value))
      return `${where}: ${show(value)} is not allowed here`;
    if (rule.minlength !== undefined && value.length < rule.minlength) return `${where}: is too short`;
    if (rule.maxlength !== undefined && value.length > rule.maxlength) return `${where}: is too long`;
  }
  if (typeof value === 'number') {
    if (rule.min !== undefined && value < rule.min) return `${where}: must be at least ${rule.min}`;
    if (rule.max !== undefined && value > rule.max) return `${where}: must be at most ${rule.max}`;
  }
  if (Array.isArray(value)) {
    if (rule.maxlength !== undefined && value.length > rule.maxlength) return `${where}: has too many items`;
    if (rule.items !== undefined) {
      const item = rule.items;
      for (const [i, v] of value.entries()) {
        const p = problem(v, item, `${where}[${i}]`);
        if (p !== undefined) return p;
      }
    }
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (rule.fields !== undefined) {
      const known = rule.fields;
      for (const [key, child] of Object.entries(known))
        if (child.required === true && !Object.hasOwn(value, key)) return `${where}.${key}: is required`;
      for (const [key, v] of entries) {
        const child = Object.hasOwn(known, key) ? known[key] : undefined;
        if (child === undefined) return `${where}.${key}: is not a key Codecov knows`;
        const p = problem(v, child, `${where}.${key}`);
        if (p !== undefined) return p;
      }
    }
    for (const [key, v] of entries) {
      if (rule.keysrules !== undefined) {
        const p = problem(key, rule.keysrules, `${where}.${key}`);
        if (p !== undefined) return `${where}.${key}: is not a name Codecov allows here`;
      }
      if (rule.valuesrules !== undefined) {
        const p = problem(v, rule.valuesrules, `${where}.${key}`);
        if (p !== undefined) return p;
      }
    }
  }
  if (rule.check !== undefined) {
    const p = rule.check(value);
    if (p !== undefined) return `${where}: ${show(value)} ${p}`;
  }
  return undefined;
}

/** The first problem with a whole codecov.yml document, keys written from the top (`coverage.status…`). */
export function schemaProblem(doc: Readonly<Record<string, unknown>>): string | undefined {
  for (const [key, value] of Object.entries(doc)) {
    const rule = Object.hasOwn(CODECOV_SCHEMA, key) ? CODECOV_SCHEMA[key] : undefined;
    if (rule === undefined) return `${key}: is not a key Codecov knows`;
    const p = problem(value, rule, key);
    if (p !== undefined) return p;
  }
  return undefined;
}
