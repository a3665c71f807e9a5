/**
 * A codecov.yml read the way Codecov reads it, so a repository's existing file works unchanged: YAML 1.1
 * (`off`, `no`, `on` and `yes` are booleans), validated against Codecov's own schema (codecov-schema.ts: a
 * file Codecov would refuse is an error naming the key), then the parts that decide a gate — precision, round,
 * range, ignore, flags with their paths, and every project and patch status, `default` and named ones, each
 * with its target, threshold, paths, flags, informational, if_not_found, only_pulls, branches and enabled.
 * What Codecov accepts but has no meaning for a gate run here is listed (`notApplied`), never dropped from
 * validation.
 */
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../../../shared/errors.js';
import { isObject } from '../../../shared/json.js';
import { pathFilter } from './codecov-paths.js';
import { schemaProblem } from './codecov-schema.js';

export type Rounding = 'down' | 'up' | 'nearest';
export type StatusKind = 'project' | 'patch';
export type IfNotFound = 'success' | 'failure' | 'error' | 'ignore';

export interface StatusRule {
  kind: StatusKind;
  /** `default`, or the name the config gives it. */
  name: string;
  /** A percentage, or `auto`: the base's coverage (of the same files). */
  target: number | 'auto';
  threshold: number;
  informational: boolean;
  /** With `auto` and no base: what the status says (Codecov's default: success). */
  ifNotFound: IfNotFound;
  /** The status's own `paths`, as given (empty: every file). */
  paths: readonly string[];
  /** Flags whose `paths` restrict the status's files. */
  flags: readonly string[];
  /** Only on pull requests. */
  onlyPulls: boolean;
  /** Only on these branches (Codecov's branch patterns); undefined: every branch. */
  branches: readonly string[] | undefined;
}

export interface GateConfig {
  precision: number;
  round: Rounding;
  range: [number, number];
  /** The statuses that are on, in the file's order; `default` first when it is there. */
  statuses: StatusRule[];
  ignore: string[];
  /** Flag → its paths (a flag without paths covers every file). */
  flags: Readonly<Record<string, readonly string[]>>;
  /** Keys Codecov accepts that a gate here does not use, for the log. */
  notApplied: string[];
}

/** A status as Codecov makes it when the config says nothing: target auto, threshold 0. */
export function defaultStatus(kind: StatusKind): StatusRule {
  return {
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
  };
}

/** Codecov's defaults: precision 2, round down, range 60..80, a default project and patch status. */
export const DEFAULT_CONFIG: GateConfig = {
  precision: 2,
  round: 'down',
  range: [60, 80],
  statuses: [defaultStatus('project'), defaultStatus('patch')],
  ignore: [],
  flags: {},
  notApplied: [],
};

/** Where a status key has no meaning here, said once each. */
const STATUS_KEYS_NOT_APPLIED = [
  'base',
  'if_ci_failed',
  'if_no_uploads',
  'disable_approx',
  'measurement',
  'skip_if_assumes',
  'removed_code_behavior',
  'carryforward_behavior',
  'flag_coverage_not_uploaded_behavior',
  'include_changes',
];
const TOP_KEYS_NOT_APPLIED = [
  'codecov',
  'comment',
  'parsers',
  'fixes',
  'flag_management',
  'component_management',
  'bundle_analysis',
  'slack_app',
  'github_checks',
  'profiling',
  'beta_groups',
  'ai_pr_review',
  'test_analytics',
  'cli',
];

type Json = unknown;

/** Codecov's percentage: a number, or `80`/`80%`/`80.5%` as text. */
function percentValue(value: Json): number {
  if (typeof value === 'number') return value;
  return Number(String(value).replace(/%+$/, ''));
}

function parseRange(value: Json): [number, number] {
  if (Array.isArray(value)) {
    const [a = 0, b = 0] = value.map(Number).sort((x, y) => x - y);
    return [a, b];
  }
  const text = String(value);
  const [low = '', high = ''] = text.split(text.includes('...') ? '...' : '..');
  return [Number(low), Number(high)];
}

/** The YAML text as data, YAML 1.1 as Codecov reads it; an error gives the position, never the text. */
function readYaml(text: string, file: string): Json {
  const doc = parseDocument(text, { version: '1.1', prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const at = error.linePos?.[0];
    throw new ConfigurationError(
      `${file} is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${error.code.toLowerCase().replace(/_/g, ' ')}.`,
    );
  }
  // Tags Codecov gives a meaning of its own (`ci: [!appveyor]`) are warnings here: their values are plain.
  return doc.toJS({ maxAliasCount: 100 }) as Json;
}

/** Codecov's compatibility moves (coverage.ignore → ignore, …), before validation, as Codecov does them. */
function compatible(root: Record<string, Json>): Record<string, Json> {
  const out = { ...root };
  if (isObject(out.coverage)) {
    const moved = new Set(['flags', 'parsers', 'ignore', 'fixes']);
    for (const [key, value] of Object.entries(out.coverage)) if (moved.has(key)) out[key] = value;
    out.coverage = Object.fromEntries(Object.entries(out.coverage).filter(([key]) => !moved.has(key)));
  }
  if (isObject(out.codecov) && isObject(out.codecov.notify) && 'require_ci_to_pass' in out.codecov.notify) {
    const notify = { ...out.codecov.notify };
    const value = notify.require_ci_to_pass;
    delete notify.require_ci_to_pass;
    out.codecov = { ...out.codecov, notify, require_ci_to_pass: value };
  }
  return out;
}

function statusesOf(kind: StatusKind, value: Json, notApplied: Set<string>): StatusRule[] {
  // `project: true` (or absent) is the default status; `project: false` (or off, no) none at all (the
  // schema has refused anything else that is not a mapping).
  if (value === undefined || value === true) return [defaultStatus(kind)];
  if (!isObject(value)) return [];
  const out: StatusRule[] = [];
  for (const [name, raw] of Object.entries(value)) {
    if (raw === false) continue;
    const rule = isObject(raw) ? raw : {};
    if (rule.enabled === false) continue;
    for (const key of STATUS_KEYS_NOT_APPLIED)
      if (key in rule) notApplied.add(`coverage.status.${kind}.<status>.${key}`);
    const ifNotFound = (rule.if_not_found ?? 'success') as IfNotFound;
    out.push({
      kind,
      name,
      target:
        rule.target === undefined || rule.target === null
          ? 'auto'
          : rule.target === 'auto'
            ? 'auto'
            : percentValue(rule.target),
      threshold: rule.threshold === undefined || rule.threshold === null ? 0 : percentValue(rule.threshold),
      informational: rule.informational === true,
      ifNotFound,
      paths: Array.isArray(rule.paths) ? (rule.paths as string[]) : [],
      flags: Array.isArray(rule.flags) ? (rule.flags as string[]) : [],
      onlyPulls: rule.only_pulls === true,
      branches: Array.isArray(rule.branches)
        ? (rule.branches as (string | null)[]).map((b) => b ?? '.*')
        : undefined,
    });
  }
  // Codecov shows `default` first; the others keep the file's order.
  return [...out.filter((s) => s.name === 'default'), ...out.filter((s) => s.name !== 'default')];
}

export function parseCodecovYaml(text: string, file: string): GateConfig {
  const doc = readYaml(text, file);
  if (doc === null || doc === undefined) return DEFAULT_CONFIG;
  if (!isObject(doc))
    throw new ConfigurationError(`${file} is not a codecov.yml: its top level must be a mapping of keys.`);
  const root = compatible(doc);
  const problem = schemaProblem(root);
  if (problem !== undefined)
    throw new ConfigurationError(`${file}: ${problem} (Codecov would refuse this file).`);

  const notApplied = new Set<string>();
  for (const key of TOP_KEYS_NOT_APPLIED) if (key in root) notApplied.add(key);
  const coverage = isObject(root.coverage) ? root.coverage : {};
  if ('notify' in coverage) notApplied.add('coverage.notify');
  const status = coverage.status;
  let statuses: StatusRule[];
  if (status === false) statuses = [];
  else {
    const s = isObject(status) ? status : {};
    for (const key of ['changes', 'default_rules', 'no_upload_behavior'])
      if (key in s && s[key] !== false) notApplied.add(`coverage.status.${key}`);
    statuses = [...statusesOf('project', s.project, notApplied), ...statusesOf('patch', s.patch, notApplied)];
  }
  const flags: Record<string, readonly string[]> = {};
  if (isObject(root.flags)) {
    for (const [name, raw] of Object.entries(root.flags)) {
      const f = isObject(raw) ? raw : {};
      flags[name] = Array.isArray(f.paths) ? (f.paths as string[]) : [];
      for (const key of [
        'carryforward',
        'carryforward_mode',
        'joined',
        'required',
        'assume',
        'after_n_builds',
        'ignore',
      ])
        if (key in f) notApplied.add(`flags.<flag>.${key}`);
    }
  }
  const precision = typeof coverage.precision === 'number' ? coverage.precision : DEFAULT_CONFIG.precision;
  return {
    precision,
    round: (coverage.round ?? DEFAULT_CONFIG.round) as Rounding,
    range:
      coverage.range === undefined || coverage.range === null
        ? DEFAULT_CONFIG.range
        : parseRange(coverage.range),
    statuses,
    ignore: Array.isArray(root.ignore) ? (root.ignore as string[]) : [],
    flags,
    notApplied: [...notApplied].sort(),
  };
}

/** The files a status covers: not ignored, within its paths, and within its flags' paths. */
export function statusFiles(rule: StatusRule, config: GateConfig): (file: string) => boolean {
  const own = pathFilter(rule.paths);
  const flagPaths = rule.flags.map((f) => config.flags[f] ?? []);
  // A flag without paths (or unknown here) covers every file: flags partition uploads, not files.
  const byFlags = flagPaths.some((p) => p.length === 0) ? undefined : pathFilter(flagPaths.flat());
  return (file) => own(file) && (byFlags === undefined || byFlags(file));
}

/** Rounds as Codecov does: `down` truncates (85.678 at precision 2 is 85.67). */
export function roundCoverage(value: number, precision: number, round: Rounding): number {
  const factor = 10 ** precision;
  // Work on the decimal string so 85.67 * 100 = 8566.999... cannot round 85.67 down to 85.66.
  const scaled = Number((value * factor).toFixed(6));
  const n = round === 'down' ? Math.floor(scaled) : round === 'up' ? Math.ceil(scaled) : Math.round(scaled);
  return n / factor;
}

/** Codecov's branch patterns: `*` is any characters, anchored at both ends unless the pattern says. */
export function branchMatches(patterns: readonly string[], branch: string): boolean {
  return patterns.some((p) => {
    if (p === '*' || p === '' || p === '.*') return true;
    let re = p.trim().replace(/(?<!\.)\*/g, '.*');
    if (!re.startsWith('.*') && !re.startsWith('^')) re = `^${re}`;
    if (!re.endsWith('.*') && !re.endsWith('$')) re = `${re}$`;
    return new RegExp(re).test(branch);
  });
}
