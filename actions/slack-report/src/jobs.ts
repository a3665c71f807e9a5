/** The jobs to report, from `toJSON(needs)` or from the REST API, and the run's overall status. */
import { ConfigurationError } from '../../../shared/errors.js';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export const RESULTS: readonly JobResult[] = ['success', 'failure', 'cancelled', 'skipped'];

export interface Job {
  name: string;
  result: JobResult;
  durationMs: number | undefined;
  url: string | undefined;
}

/** `${{ toJSON(needs) }}`: `{ "<job id>": { "result": "success", "outputs": {...} } }`. */
export function jobsFromNeeds(text: string | undefined): Job[] {
  if (text === undefined) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      "Input 'needs' must be the JSON of ${{ toJSON(needs) }}; it is not valid JSON.",
    );
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ConfigurationError(
      "Input 'needs' must be the JSON of ${{ toJSON(needs) }}, an object keyed by job id.",
    );
  }
  return Object.entries(doc as Record<string, { result?: unknown }>).map(([name, job]) => {
    const result = job.result;
    if (typeof result !== 'string' || !RESULTS.includes(result as JobResult)) {
      throw new ConfigurationError(
        `Input 'needs': job '${name}' has result '${String(result)}', expected one of ${RESULTS.join(', ')}.`,
      );
    }
    return { name, result: result as JobResult, durationMs: undefined, url: undefined };
  });
}

export interface ApiJob {
  name: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  html_url: string | null;
}

/** Jobs listed by the REST API: the current job is still running and is left out. */
export function jobsFromApi(jobs: readonly ApiJob[], currentJob: string | undefined): Job[] {
  return jobs
    .filter((j) => j.status === 'completed' && j.name !== currentJob)
    .map((j) => {
      const started = j.started_at ? Date.parse(j.started_at) : Number.NaN;
      const completed = j.completed_at ? Date.parse(j.completed_at) : Number.NaN;
      const conclusion = j.conclusion ?? 'failure';
      const result: JobResult =
        conclusion === 'success' || conclusion === 'skipped' || conclusion === 'cancelled'
          ? conclusion
          : conclusion === 'neutral'
            ? 'success'
            : 'failure';
      return {
        name: j.name,
        result,
        durationMs: Number.isFinite(started) && Number.isFinite(completed) ? completed - started : undefined,
        url: j.html_url ?? undefined,
      };
    });
}

/** failure if any failed, cancelled if any was cancelled (and none failed), else success. */
export function autoStatus(jobs: readonly Job[]): JobResult {
  if (jobs.some((j) => j.result === 'failure')) return 'failure';
  if (jobs.some((j) => j.result === 'cancelled')) return 'cancelled';
  return 'success';
}
