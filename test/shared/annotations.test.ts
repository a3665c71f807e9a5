import { describe, expect, it } from 'vitest';
import {
  type Annotation,
  emitAnnotations,
  omissionNotes,
  planAnnotations,
} from '../../shared/annotations.js';

const many = (level: Annotation['level'], n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}`, file: 'a.py', startLine: i + 1 }));

describe('annotation budget', () => {
  it('shows everything within the per-step limits', () => {
    const plan = planAnnotations([...many('error', 10), ...many('warning', 3)]);
    expect(plan.shown).toHaveLength(13);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('keeps one slot for the "N more" note when a level overflows', () => {
    const plan = planAnnotations([...many('error', 25), ...many('notice', 11)]);
    expect(plan.shown.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(plan.shown.filter((a) => a.level === 'notice')).toHaveLength(9);
    expect(plan.omitted).toEqual({ error: 16, warning: 0, notice: 2 });
    expect(omissionNotes(plan).map((a) => a.message)).toEqual([
      '16 more errors not shown as annotations (GitHub shows 10 per step); see the job summary.',
      '2 more notices not shown as annotations (GitHub shows 10 per step); see the job summary.',
    ]);
    // One more is singular; each note has its title and level.
    expect(omissionNotes({ shown: [], omitted: { error: 0, warning: 1, notice: 0 } }, 'the log')).toEqual([
      {
        level: 'warning',
        title: 'More annotations',
        message: '1 more warning not shown as annotations (GitHub shows 10 per step); see the log.',
      },
    ]);
  });

  it('reserves an error slot for the step failure itself', () => {
    const plan = planAnnotations(many('error', 10), { reserveForFailure: true });
    expect(plan.shown).toHaveLength(8);
    expect(plan.omitted.error).toBe(2);
  });

  it('emits through the sink with file and line, never more than 10 per level', () => {
    const calls: [string, string, unknown][] = [];
    const sink = {
      error: (m: string, p?: unknown) => calls.push(['error', m, p]),
      warning: (m: string, p?: unknown) => calls.push(['warning', m, p]),
      notice: (m: string, p?: unknown) => calls.push(['notice', m, p]),
    };
    emitAnnotations(sink, many('warning', 30));
    expect(calls.filter(([l]) => l === 'warning')).toHaveLength(10);
    expect(calls[0]).toEqual(['warning', 'warning 0', { file: 'a.py', startLine: 1 }]);
    expect(calls.at(-1)?.[1]).toMatch(/^21 more warnings/);
  });

  it('makes lazy annotations only for those shown, emitting exactly what the eager list emits', () => {
    const record = (): { calls: unknown[][]; sink: Parameters<typeof emitAnnotations>[0] } => {
      const calls: unknown[][] = [];
      return {
        calls,
        sink: {
          error: (m, p) => calls.push(['error', m, p]),
          warning: (m, p) => calls.push(['warning', m, p]),
          notice: (m, p) => calls.push(['notice', m, p]),
        },
      };
    };
    const eager = [...many('error', 25), ...many('notice', 4), ...many('warning', 12)];
    const lazy = record();
    let made = 0;
    const lazyPlan = emitAnnotations(
      lazy.sink,
      {
        items: eager.map((_, i) => i),
        level: (i) => eager[i]?.level ?? 'notice',
        annotation: (i) => {
          made++;
          return eager[i] ?? { level: 'notice', message: '' };
        },
      },
      { reserveForFailure: true },
    );
    const plain = record();
    const plainPlan = emitAnnotations(plain.sink, eager, { reserveForFailure: true });
    expect(lazy.calls).toEqual(plain.calls);
    expect(lazyPlan).toEqual(plainPlan);
    // 8 errors (one slot for the failure, one for the note), 4 notices, 9 warnings.
    expect(made).toBe(21);
  });
});
