/**
 * When the runner cancels a step it signals the step's process (SIGINT, then SIGTERM), not what the step
 * started in groups or sessions of their own. `whileRunning` stops such work first, then lets the signal do
 * what it would have done: the step still ends, with nothing of its own left behind.
 */
export function whileRunning(stop: () => void | Promise<void>): { release: () => void } {
  const onCancel = (signal: NodeJS.Signals): void => {
    void Promise.resolve()
      .then(stop)
      .catch(() => undefined)
      .finally(() => {
        release();
        // The default action, unless someone else still listens (another child being stopped).
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
  };
  const release = (): void => {
    process.off('SIGINT', onCancel);
    process.off('SIGTERM', onCancel);
  };
  process.on('SIGINT', onCancel);
  process.on('SIGTERM', onCancel);
  return { release };
}
