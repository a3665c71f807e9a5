/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job) and silently
 * drops the rest. Rather than let that happen, an action plans which annotations to emit within the budget
 * and says how many more there are, so nobody mistakes the shown ones for all of them.
 */
import { bounded } from './text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export type LevelCounts = Record<AnnotationLevel, number>;

/** GitHub's per-step display limits. */
export const STEP_ANNOTATION_LIMITS: Readonly<LevelCounts> = { error: 10, warning: 10, notice: 10 };

export interface AnnotationPlan<T = Annotation> {
  shown: T[];
  omitted: LevelCounts;
}

/**
 * Annotations made only for what is shown: a scan may report 100,000 findings, and building an annotation
 * (title and message strings) for each to show thirty cost more than the gate itself.
 */
export interface LazyAnnotations<T> {
  items: readonly T[];
  level(item: T): AnnotationLevel;
  annotation(item: T): Annotation;
}

/**
 * Keeps the first annotations of each level within `limits`. When the step will fail, pass
 * `reserveForFailure: true`: the failure message itself is one error annotation.
 */
export function planAnnotations(
  annotations: readonly Annotation[],
  options: { limits?: Readonly<LevelCounts>; reserveForFailure?: boolean } = {},
): AnnotationPlan {
  return planBy(annotations, (a) => a.level, options);
}

/** planAnnotations over any items, given each one's level. */
function planBy<T>(
  items: readonly T[],
  levelOf: (item: T) => AnnotationLevel,
  options: { limits?: Readonly<LevelCounts>; reserveForFailure?: boolean },
): AnnotationPlan<T> {
  const limits = { ...(options.limits ?? STEP_ANNOTATION_LIMITS) };
  if (options.reserveForFailure === true) limits.error = Math.max(0, limits.error - 1);
  // One slot per level is kept for the "N more" note when that level overflows.
  const totals: LevelCounts = { error: 0, warning: 0, notice: 0 };
  for (const item of items) totals[levelOf(item)]++;
  const room: LevelCounts = { error: 0, warning: 0, notice: 0 };
  for (const level of ['error', 'warning', 'notice'] as const) {
    room[level] = totals[level] > limits[level] ? Math.max(0, limits[level] - 1) : limits[level];
  }
  const shown: T[] = [];
  const omitted: LevelCounts = { error: 0, warning: 0, notice: 0 };
  for (const item of items) {
    const level = levelOf(item);
    if (room[level] > 0) {
      shown.push(item);
      room[level]--;
    } else {
      omitted[level]++;
    }
  }
  return { shown, omitted };
}

/** The "N more" lines to emit after the shown annotations, one per level that overflowed. */
export function omissionNotes(plan: AnnotationPlan<unknown>, where = 'the job summary'): Annotation[] {
  return (['error', 'warning', 'notice'] as const)
    .filter((level) => plan.omitted[level] > 0)
    .map((level) => ({
      level,
      title: 'More annotations',
      message: `${plan.omitted[level]} more ${level}${plan.omitted[level] === 1 ? '' : 's'} not shown as annotations (GitHub shows 10 per step); see ${where}.`,
    }));
}

/** The part of @actions/core that writes annotations; passed in so this module stays testable. */
export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The plan for plain annotations, or for lazy ones with only the shown ones made. */
function planOf<T>(
  annotations: readonly Annotation[] | LazyAnnotations<T>,
  options: { reserveForFailure?: boolean },
): AnnotationPlan {
  if (!('items' in annotations)) return planAnnotations(annotations, options);
  const plan = planBy(annotations.items, (item) => annotations.level(item), options);
  return { shown: plan.shown.map((item) => annotations.annotation(item)), omitted: plan.omitted };
}

/** Emits the plan, then its omission notes. */
export function emitAnnotations<T>(
  sink: AnnotationSink,
  annotations: readonly Annotation[] | LazyAnnotations<T>,
  options: { reserveForFailure?: boolean; where?: string } = {},
): AnnotationPlan {
  const plan = planOf(annotations, options);
  for (const a of [...plan.shown, ...omissionNotes(plan, options.where)]) {
    const { level, message, ...properties } = a;
    sink[level](bounded(message), properties);
  }
  return plan;
}
