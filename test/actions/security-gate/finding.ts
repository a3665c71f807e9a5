/** A finding as the parsers make it, for tests that build their own: a Bandit one in a.py unless told. */
import type { Finding } from '../../../actions/security-gate/src/model.js';

export const finding = (over: Partial<Finding> = {}): Finding => ({
  tool: 'bandit',
  rule: 'B1',
  ruleName: undefined,
  message: 'm',
  severity: 'high',
  confidence: undefined,
  file: 'a.py',
  line: 1,
  column: undefined,
  package: undefined,
  version: undefined,
  fixedVersions: [],
  helpUri: undefined,
  fingerprint: 'fp1',
  kind: 'fail',
  baselineState: undefined,
  suppression: undefined,
  ...over,
});
