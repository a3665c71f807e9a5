/**
 * The parts of a codecov.yml that decide a gate, read the way Codecov reads them, so a repository's existing
 * `.codecov.yml` works unchanged: precision, round, range, the default project and patch statuses, ignore.
 */
import { parse } from 'yaml';
import { ConfigurationError } from '../../../shared/errors.js';
import { parsePercent } from './percent.js';

export { parsePercent };

export type Rounding = 'down' | 'up' | 'nearest';

export interface StatusRule {
  /** A percentage, or `auto`: the base's coverage. */
  target: number | 'auto';
  threshold: number;
  informational: boolean;
  /** With `auto` and no base: `success` (Codecov's default) or `failure`. */
  ifNotFound: 'success' | 'failure';
}

export interface GateConfig {
  precision: number;
  round: Rounding;
  range: [number, number];
  project: StatusRule;
  patch: StatusRule;
  ignore: string[];
}

/** Codecov's defaults: precision 2, round down, range 60..80, project auto, patch auto. */
export const DEFAULT_CONFIG: GateConfig = {
  precision: 2,
  round: 'down',
  range: [60, 80],
  project: { target: 'auto', threshold: 0, informational: false, ifNotFound: 'success' },
  patch: { target: 'auto', threshold: 0, informational: false, ifNotFound: 'success' },
  ignore: [],
};

function parseRange(value: unknown, file: string): [number, number] {
  if (Array.isArray(value) && value.length === 2) {
    return [
      parsePercent(value[0], `${file}: coverage.range`, false) as number,
      parsePercent(value[1], `${file}: coverage.range`, false) as number,
    ];
  }
  const match =
    typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*\.\.\.?\s*(\d+(?:\.\d+)?)$/.exec(value.trim()) : null;
  if (!match)
    throw new ConfigurationError(`${file}: coverage.range must look like 70...100; got '${String(value)}'.`);
  return [Number(match[1]), Number(match[2])];
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function status(value: unknown, base: StatusRule, where: string): StatusRule {
  // `status.project: false` turns the status off; we keep it but make it informational.
  if (value === false) return { ...base, informational: true };
  const rule = record(record(value).default);
  return {
    target:
      rule.target === undefined ? base.target : parsePercent(rule.target, `${where}.default.target`, true),
    threshold:
      rule.threshold === undefined
        ? base.threshold
        : (parsePercent(rule.threshold, `${where}.default.threshold`, false) as number),
    informational: rule.informational === undefined ? base.informational : rule.informational === true,
    ifNotFound: rule.if_not_found === 'failure' ? 'failure' : base.ifNotFound,
  };
}

export function parseCodecovYaml(text: string, file: string): GateConfig {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  const root = record(doc);
  const coverage = record(root.coverage);
  const statuses = record(coverage.status);
  const precision = coverage.precision === undefined ? DEFAULT_CONFIG.precision : Number(coverage.precision);
  if (!Number.isInteger(precision) || precision < 0 || precision > 5) {
    throw new ConfigurationError(
      `${file}: coverage.precision must be a whole number from 0 to 5; got '${String(coverage.precision)}'.`,
    );
  }
  const round: unknown = coverage.round ?? DEFAULT_CONFIG.round;
  if (round !== 'down' && round !== 'up' && round !== 'nearest') {
    throw new ConfigurationError(
      `${file}: coverage.round must be down, up or nearest; got '${JSON.stringify(round)}'.`,
    );
  }
  const ignore = root.ignore ?? [];
  if (!Array.isArray(ignore) || ignore.some((g) => typeof g !== 'string')) {
    throw new ConfigurationError(`${file}: ignore must be a list of paths or globs.`);
  }
  return {
    precision,
    round,
    range: coverage.range === undefined ? DEFAULT_CONFIG.range : parseRange(coverage.range, file),
    project: status(statuses.project, DEFAULT_CONFIG.project, `${file}: coverage.status.project`),
    patch: status(statuses.patch, DEFAULT_CONFIG.patch, `${file}: coverage.status.patch`),
    ignore: ignore as string[],
  };
}

/** Rounds as Codecov does: `down` truncates (85.678 at precision 2 is 85.67). */
export function roundCoverage(value: number, precision: number, round: Rounding): number {
  const factor = 10 ** precision;
  // Work on the decimal string so 85.67 * 100 = 8566.999... cannot round 85.67 down to 85.66.
  const scaled = Number((value * factor).toFixed(6));
  const n = round === 'down' ? Math.floor(scaled) : round === 'up' ? Math.ceil(scaled) : Math.round(scaled);
  return n / factor;
}
