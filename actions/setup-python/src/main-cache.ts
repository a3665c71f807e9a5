/** The venv cache through @actions/cache; a cache problem is a warning, never a failure. */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { errorMessage } from '../../../shared/errors.js';

export type CacheHit = 'true' | 'false' | 'partial';

export async function restoreVenvCache(venv: string, key: string, prefix: string): Promise<CacheHit> {
  if (!cache.isFeatureAvailable()) {
    core.warning(
      'The cache service is not available here (not on GitHub, or an outage): the venv is built without a cache.',
      { title: 'setup-python cache' },
    );
    return 'false';
  }
  try {
    const hit = await cache.restoreCache([venv], key, [prefix]);
    if (hit === undefined) return 'false';
    return hit === key ? 'true' : 'partial';
  } catch (error) {
    core.warning(`Could not restore the venv cache: ${errorMessage(error)}. Going on without it.`, {
      title: 'setup-python cache',
    });
    return 'false';
  }
}

/** The post step: save when there was no exact hit (post-if: success() keeps a failed job's venv out). */
export async function saveVenvCache(): Promise<void> {
  const key = core.getState('cache-key');
  const venv = core.getState('venv-path');
  const hit = core.getState('cache-hit');
  if (key === '' || venv === '') return;
  if (hit === 'true') {
    core.info(`Cache hit on ${key}: nothing to save.`);
    return;
  }
  if (!cache.isFeatureAvailable()) {
    core.info('The cache service is not available here: the venv is not saved.');
    return;
  }
  try {
    await cache.saveCache([venv], key);
    core.info(`Saved the venv to the cache as ${key}.`);
  } catch (error) {
    core.warning(`Could not save the venv cache: ${errorMessage(error)}.`, { title: 'setup-python cache' });
  }
}
