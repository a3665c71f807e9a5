/**
 * The one wrapper every action's run() goes through. It reads nothing at import time, catches everything,
 * and reports a failure exactly once, as a single error annotation:
 * - a ConfigurationError or ActionFailure as its own one-line message, with no stack trace;
 * - anything else as an internal fault, with the stack in the debug log.
 * All text leaving it passes through the run's Redactor, so secrets never reach a log.
 */
import * as core from '@actions/core';
import { ActionFailure, ConfigurationError, errorMessage } from './errors.js';
import { environmentSource, Inputs } from './inputs.js';
import { proxySecrets, proxyWarnings } from './proxy.js';
import { Redactor } from './secrets.js';
import { bounded } from './text.js';

/** The one line a failure is told in: a tool's multi-line message joined, then bounded. */
const failureLine = (text: string): string => bounded(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());

export interface ActionContext {
  inputs: Inputs;
  redactor: Redactor;
}

export async function runAction(
  name: string,
  body: (context: ActionContext) => Promise<void>,
): Promise<void> {
  const redactor = new Redactor((secret) => {
    core.setSecret(secret);
  });
  // A proxy's password is a secret the workflow may not have marked as one.
  for (const secret of proxySecrets()) redactor.add(secret);
  for (const warning of proxyWarnings()) core.warning(warning);
  const inputs = new Inputs(environmentSource(), redactor);
  try {
    await body({ inputs, redactor });
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof ActionFailure) {
      core.setFailed(failureLine(redactor.redact(error.message)));
      return;
    }
    if (error instanceof Error && error.stack !== undefined) core.debug(redactor.redact(error.stack));
    core.setFailed(
      failureLine(
        redactor.redact(
          `${name} failed with an internal error: ${errorMessage(error)}. ` +
            'This is a bug in Runway: please report it with the step log (re-run with debug logging for the stack).',
        ),
      ),
    );
  }
}
