/** The jobs to report, from `toJSON(needs)` or from the REST API, and the run's overall status. */
import { ConfigurationError } from '../../../shared/errors.js';
import { excerpt, jsonExcerpt } from '../../../shared/text.js';

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
  return Object.entries(doc as Record<string, unknown>).map(([name, job]) => {
    const result = job !== null && typeof job === 'object' ? (job as { result?: unknown }).result : undefined;
    if (typeof result !== 'string' || !RESULTS.includes(result as JobResult)) {
      throw new ConfigurationError(
        `Input 'needs': job ${excerpt(name)} has ${job !== null && typeof job === 'object' ? `result ${jsonExcerpt(result)}` : `no result (it is ${jsonExcerpt(job)})`}, expected one of ${RESULTS.join(', ')}.`,
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
export function jobsFromApi(jobs: readonly unknown[], currentJob: string | undefined): Job[] {
  return jobs
    .map(apiJob)
    .filter((j) => j.status === 'completed' && j.name !== currentJob)
    .map((j) => {
      const started = j.started_at ? Date.parse(j.started_at) : Number.NaN;
      const completed = j.completed_at ? Date.parse(j.completed_at) : Number.NaN;
      const conclusion = j.conclusion ?? 'failure';
      // Anything but a known good conclusion is a failure: a result the API adds later must not read as green.
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

/** An API job as the API documents it; a record of another shape is an error, not a guess. */
function apiJob(item: unknown): ApiJob {
  const o = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  if (o === undefined || typeof o.name !== 'string' || typeof o.status !== 'string')
    throw new ApiShapeError(`the jobs API listed a job that is not one (${jsonExcerpt(item)})`);
  return {
    name: o.name,
    status: o.status,
    conclusion: text(o.conclusion),
    started_at: text(o.started_at),
    completed_at: text(o.completed_at),
    html_url: text(o.html_url),
  };
}

/** The jobs API answered with something that is not its documented shape. */
export class ApiShapeError extends Error {
  override readonly name = 'ApiShapeError';
}

/** failure if any failed, cancelled if any was cancelled (and none failed), else success. */
export function autoStatus(jobs: readonly Job[]): JobResult {
  if (jobs.some((j) => j.result === 'failure')) return 'failure';
  if (jobs.some((j) => j.result === 'cancelled')) return 'cancelled';
  return 'success';
}
