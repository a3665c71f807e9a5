/** Each phase's time, in the debug log (ACTIONS_STEP_DEBUG), for a run that takes longer than it should. */
import * as core from '@actions/core';

export function phaseTimer(): (phase: string) => void {
  let started = performance.now();
  return (phase) => {
    const now = performance.now();
    core.debug(`${phase}: ${Math.round(now - started)} ms`);
    started = now;
  };
}
