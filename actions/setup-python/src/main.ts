/**
 * The adapter's entry for both steps: the main step checks its inputs and sets Python up; the post step
 * (the same bundle, `isPost` in the state; post-if: success()) saves the venv to the cache.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { parseSpec } from './version-spec.js';

export async function run(): Promise<void> {
  if (core.getState('isPost') === 'true') {
    await runAction('setup-python (post)', async () => {
      const { saveVenvCache } = await import('./main-cache.js');
      await saveVenvCache();
    });
    return;
  }
  await runAction('setup-python', async ({ inputs }) => {
    core.saveState('isPost', 'true');
    const version = inputs.optionalString('python-version');
    const settings = {
      spec: version === undefined ? undefined : parseSpec(version, 'python-version'),
      versionFile: inputs.optionalString('python-version-file'),
      architecture: inputs.enumeration(
        'architecture',
        ['x64', 'arm64', 'x86'],
        process.arch === 'arm64' ? 'arm64' : 'x64',
      ),
      venv: inputs.optionalString('venv') ?? '.venv',
      requirements: inputs.list('requirements'),
      packages: inputs.list('packages').flatMap((l) => l.split(/\s+/).filter(Boolean)),
      pipArgs: (inputs.optionalString('pip-args') ?? '').split(/\s+/).filter(Boolean),
      upgradePip: inputs.boolean('upgrade-pip', false),
      cache: inputs.boolean('cache', true),
      cacheDependencyPath: inputs.globs('cache-dependency-path'),
      problemMatchers: inputs.boolean('problem-matchers', true),
      manifestUrl: inputs.optionalString('manifest-url'),
      token: inputs.optionalSecret('token'),
    };
    if (settings.manifestUrl !== undefined && !/^https?:\/\//.test(settings.manifestUrl))
      throw new ConfigurationError(
        `Input 'manifest-url' must be an http(s) URL of a versions-manifest.json; got '${settings.manifestUrl}'.`,
      );
    const { setup } = await import('./main-setup.js');
    await setup(settings);
  });
}
