/**
 * The three ways an action can end badly, kept apart because each is reported differently:
 * - ConfigurationError: the user's inputs or files are wrong. One line, no stack trace.
 * - ActionFailure: the operation ran and its answer is "no" (unhealthy, gate failed). One line, no stack.
 * - anything else: an internal fault, a bug of ours. The message plus a debug stack and a request to report it.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export class ActionFailure extends Error {
  override readonly name = 'ActionFailure';
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    // JSON.stringify returns undefined for undefined and functions, whatever its declared type says.
    const json = JSON.stringify(error) as string | undefined;
    return json === undefined ? String(error) : json;
  } catch {
    return String(error);
  }
}
