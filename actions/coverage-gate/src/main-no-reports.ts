/** What a run with no coverage report does: fail, warn or pass, as `if-no-files` says. */
import * as core from '@actions/core';
import { ActionFailure } from '../../../shared/errors.js';

export function noReports(
  patterns: readonly string[],
  artifacts: readonly string[],
  workspace: string,
  ifNoFiles: 'error' | 'warn' | 'ignore',
): void {
  const message = `No coverage report matched ${patterns.join(', ')} under ${workspace}${artifacts.length > 0 ? ` nor in this run's artifacts: ${artifacts.join('; ')}` : ''}.`;
  if (ifNoFiles === 'error')
    throw new ActionFailure(
      `${message} Check that the tests wrote one (pytest --cov --cov-report=xml) before this step, or set 'if-no-files'.`,
    );
  if (ifNoFiles === 'warn') core.warning(message);
  else core.info(message);
  core.setOutput('passed', 'true');
}
