/** The venv cache decisions, with @actions/cache faked at the module boundary (the service cannot run here). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const cache = vi.hoisted(() => ({
  isFeatureAvailable: vi.fn(() => true),
  restoreCache: vi.fn((): Promise<string | undefined> => Promise.resolve(undefined)),
  saveCache: vi.fn(() => Promise.resolve(1)),
}));
vi.mock('@actions/cache', () => cache);

const { restoreVenvCache, saveVenvCache } = await import('../../../actions/setup-python/src/main-cache.js');

let written = '';
beforeEach(() => {
  written = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
  cache.isFeatureAvailable.mockReturnValue(true);
  cache.restoreCache.mockReset();
  cache.saveCache.mockReset();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env['STATE_cache-key'];
  delete process.env['STATE_venv-path'];
  delete process.env['STATE_cache-hit'];
});

describe('restoring the venv', () => {
  it('tells an exact hit, a partial (prefix) hit and a miss apart', async () => {
    cache.restoreCache.mockResolvedValueOnce('k-exact');
    expect(await restoreVenvCache('/ws/.venv', 'k-exact', 'k-')).toBe('true');
    cache.restoreCache.mockResolvedValueOnce('k-older');
    expect(await restoreVenvCache('/ws/.venv', 'k-exact', 'k-')).toBe('partial');
    cache.restoreCache.mockResolvedValueOnce(undefined);
    expect(await restoreVenvCache('/ws/.venv', 'k-exact', 'k-')).toBe('false');
    expect(cache.restoreCache).toHaveBeenLastCalledWith(['/ws/.venv'], 'k-exact', ['k-']);
  });

  it('warns and goes on when the service fails or is not there', async () => {
    cache.restoreCache.mockRejectedValueOnce(new Error('Cache service responded with 503'));
    expect(await restoreVenvCache('/ws/.venv', 'k', 'p')).toBe('false');
    expect(written).toContain(
      '::warning title=setup-python cache::Could not restore the venv cache: Cache service responded with 503. Going on without it.',
    );
    cache.isFeatureAvailable.mockReturnValue(false);
    expect(await restoreVenvCache('/ws/.venv', 'k', 'p')).toBe('false');
    expect(cache.restoreCache).toHaveBeenCalledTimes(1);
  });
});

describe('saving the venv in the post step', () => {
  const state = (key: string, hit: string): void => {
    process.env['STATE_cache-key'] = key;
    process.env['STATE_venv-path'] = '/ws/.venv';
    process.env['STATE_cache-hit'] = hit;
  };

  it('saves after a miss or a partial hit, not after an exact hit', async () => {
    state('k1', 'false');
    await saveVenvCache();
    state('k2', 'partial');
    await saveVenvCache();
    state('k3', 'true');
    await saveVenvCache();
    expect(cache.saveCache.mock.calls).toEqual([
      [['/ws/.venv'], 'k1'],
      [['/ws/.venv'], 'k2'],
    ]);
    expect(written).toContain('Cache hit on k3: nothing to save.');
  });

  it('never fails for a cache reason', async () => {
    state('k', 'false');
    cache.saveCache.mockRejectedValueOnce(new Error('Unable to reserve cache'));
    await expect(saveVenvCache()).resolves.toBeUndefined();
    expect(written).toContain('Could not save the venv cache: Unable to reserve cache.');
  });
});
