/**
 * The step's inputs over the config's statuses: `target`/`threshold` set every project status's, the `patch-`
 * ones every patch status's, `informational` every status's, and `ignore` adds to the config's. An input
 * target for a kind the config turned off brings back its default status: the input is the later word.
 */
import { defaultStatus, type GateConfig } from './codecov-config.js';

export interface Overrides {
  target: number | 'auto' | undefined;
  threshold: number | undefined;
  patchTarget: number | 'auto' | undefined;
  patchThreshold: number | undefined;
  informational: boolean | undefined;
  ignore: readonly string[];
}

export function applyOverrides(config: GateConfig, o: Overrides): GateConfig {
  const given = {
    project: { target: o.target, threshold: o.threshold },
    patch: { target: o.patchTarget, threshold: o.patchThreshold },
  } as const;
  const statuses = [...config.statuses];
  for (const kind of ['project', 'patch'] as const) {
    if (given[kind].target !== undefined && !statuses.some((s) => s.kind === kind))
      statuses.push(defaultStatus(kind));
  }
  return {
    ...config,
    statuses: statuses.map((s) => {
      const g = given[s.kind];
      return {
        ...s,
        ...(g.target !== undefined ? { target: g.target } : {}),
        ...(g.threshold !== undefined ? { threshold: g.threshold } : {}),
        ...(o.informational !== undefined ? { informational: o.informational } : {}),
      };
    }),
    ignore: [...config.ignore, ...o.ignore],
  };
}
