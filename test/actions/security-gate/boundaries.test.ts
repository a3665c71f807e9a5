/** security-gate's decisions pinned exactly at each boundary: severities, confidence, fingerprints. */
import { describe, expect, it } from 'vitest';
import { fingerprint, normaliseCode } from '../../../actions/security-gate/src/fingerprint.js';
import { decide } from '../../../actions/security-gate/src/gate.js';
import type { Confidence, Finding, Severity } from '../../../actions/security-gate/src/model.js';
import { finding as baseFinding } from './finding.js';

const finding = (severity: Severity, confidence?: Confidence): Finding =>
  baseFinding({ severity, confidence, fingerprint: `${severity}-${confidence ?? ''}` });

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];

describe('fail-on: a finding fails exactly at and above the level, never below', () => {
  for (const failOn of SEVERITIES) {
    it(`fail-on ${failOn}`, () => {
      const at = SEVERITIES.indexOf(failOn);
      for (const [i, severity] of SEVERITIES.entries()) {
        const r = decide([finding(severity)], {
          failOn,
          reportOn: 'low',
          minConfidence: 'low',
          failOnReview: false,
        });
        expect(r.failing.length, `${severity} under fail-on ${failOn}`).toBe(i >= at ? 1 : 0);
      }
    });
  }
  it('fail-on none fails nothing, critical included', () => {
    const r = decide([finding('critical')], {
      failOn: 'none',
      reportOn: 'low',
      minConfidence: 'low',
      failOnReview: false,
    });
    expect(r.failing).toEqual([]);
  });
});

describe('min-confidence: kept exactly at and above, set aside below', () => {
  const levels: Confidence[] = ['low', 'medium', 'high'];
  for (const min of levels) {
    it(`min-confidence ${min}`, () => {
      for (const [i, confidence] of levels.entries()) {
        const r = decide([finding('critical', confidence)], {
          failOn: 'high',
          reportOn: 'low',
          minConfidence: min,
          failOnReview: false,
        });
        expect(r.failing.length, `${confidence} under min ${min}`).toBe(i >= levels.indexOf(min) ? 1 : 0);
      }
    });
  }
  it('a finding with no confidence (pip-audit, SARIF) is never set aside', () => {
    const r = decide([finding('high')], {
      failOn: 'high',
      reportOn: 'low',
      minConfidence: 'high',
      failOnReview: false,
    });
    expect(r.failing).toHaveLength(1);
  });
});

describe('report-on: shown exactly at and above', () => {
  it('report-on medium shows medium, not low', () => {
    const r = decide([finding('low'), finding('medium')], {
      failOn: 'none',
      reportOn: 'medium',
      minConfidence: 'low',
      failOnReview: false,
    });
    expect(r.shown.map((f) => f.severity)).toEqual(['medium']);
  });
});

describe('fingerprints survive re-indenting, not a change of code', () => {
  it('folds every run of whitespace', () => {
    expect(normaliseCode('  x =\t\t1\n    y = 2  ')).toBe('x = 1 y = 2');
    expect(fingerprint('B1', normaliseCode('if a:\n    run(x)'))).toBe(
      fingerprint('B1', normaliseCode('if a:\n        run(x)')),
    );
    expect(fingerprint('B1', normaliseCode('run(x)'))).not.toBe(fingerprint('B1', normaliseCode('run(y)')));
  });
  it('keeps the parts apart: ("ab", "c") is not ("a", "bc")', () => {
    expect(fingerprint('ab', 'c')).not.toBe(fingerprint('a', 'bc'));
  });
});
