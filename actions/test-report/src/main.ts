/**
 * The adapter's first half: read and check every input, then load the rest (main-publish.ts, with the XML parser
 * and the glob engine) only when there is work to do, so a mistyped input fails in bare-node time.
 */
import path from 'node:path';
import { artifactPatterns } from '../../../shared/artifact-names.js';
import { ActionFailure, ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { noTestsMessage } from './no-tests.js';

export async function run(): Promise<void> {
  await runAction('test-report', async ({ inputs, redactor }) => {
    const patterns = inputs.globs('files', { required: true });
    const rerunPatterns = inputs.globs('rerun-files');
    const artifacts = artifactPatterns(inputs.list('artifacts'), 'artifacts');
    const artifactsTimeoutMs = inputs.duration('artifacts-timeout', 300_000, { min: 1000, max: 3_600_000 });
    const title = inputs.optionalString('title') ?? 'Test results';
    const failOn = inputs.enumeration('fail-on', ['failures', 'errors', 'none'], 'failures');
    const requireTests = inputs.boolean('require-tests', true);
    const annotate = inputs.boolean('annotate', true);
    const commentMode = inputs.enumeration('comment', ['off', 'on-failure', 'always'], 'off');
    const token = inputs.optionalSecret('github-token');
    if (commentMode !== 'off' && token === undefined) {
      throw new ConfigurationError(
        `Input 'github-token' is required when 'comment' is ${commentMode}; pass \${{ github.token }}.`,
      );
    }

    // Found before the rest loads (the XML parser, the reports): a run with no report fails in bare-node time.
    // Reports in artifacts are known only once they are downloaded (main-publish.ts).
    if (requireTests && artifacts.length === 0) {
      const { findWorkspaceFiles } = await import('../../../shared/find-files.js');
      const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
      const found = await findWorkspaceFiles([...patterns, ...rerunPatterns], workspace);
      if (found.length === 0)
        throw new ActionFailure(noTestsMessage([...patterns, ...rerunPatterns], workspace));
    }
    const { publish } = await import('./main-publish.js');
    await publish(
      {
        patterns,
        rerunPatterns,
        artifacts,
        artifactsTimeoutMs,
        title,
        failOn,
        requireTests,
        annotate,
        commentMode,
        token,
      },
      redactor,
    );
  });
}
