/** health-check's tests' shared check configuration. */
import type { CheckConfig } from '../../../actions/health-check/src/check-config.js';

export const config: CheckConfig = {
  method: 'GET',
  headers: {},
  // A literal, not parseStatusSpec(): a mutant that breaks the parser must fail its own tests, not the loading
  // of this file (Stryker's Vitest runner counts a file that fails to load as no failures).
  expectedStatus: { ranges: [[200, 299]], text: '200-299' },
  expectBody: undefined,
  expectJson: [],
  timeoutMs: 10_000,
  maxResponseTimeMs: undefined,
  policy: {
    maxAttempts: 5,
    initialDelayMs: 1000,
    factor: 2,
    maxDelayMs: 30_000,
    deadlineMs: 60_000,
    jitter: 'none',
  },
  initialDelayMs: 0,
  consecutiveSuccesses: 1,
  retryOn: 'transient',
  followRedirects: true,
  ca: undefined,
  insecure: false,
};
