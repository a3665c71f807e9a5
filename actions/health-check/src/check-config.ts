import type { BackoffPolicy } from '../../../shared/retry.js';
import type { JsonExpectation } from './expectations.js';
import type { StatusSpec } from './status-spec.js';

/** Everything one health check needs, validated: built from the inputs by main.ts. */
export interface CheckConfig {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly expectedStatus: StatusSpec;
  readonly expectBody: string | undefined;
  readonly expectJson: readonly JsonExpectation[];
  /** Per attempt. */
  readonly timeoutMs: number;
  /** A slower successful response counts as unhealthy. */
  readonly maxResponseTimeMs: number | undefined;
  readonly policy: BackoffPolicy;
  readonly initialDelayMs: number;
  readonly consecutiveSuccesses: number;
  /** `transient`: retry only what may clear by itself; `all`: retry every failure. */
  readonly retryOn: 'transient' | 'all';
  readonly followRedirects: boolean;
  readonly ca: string | undefined;
  readonly insecure: boolean;
}
