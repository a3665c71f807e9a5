/**
 * The adapter's first half: read and check every input, then load the rest (main-gate.ts, with the XML
 * parser, YAML, git and the uploaders) only when there is work to do.
 */
import path from 'node:path';
import { artifactPatterns, baseArtifactRef } from '../../../shared/artifact-names.js';
import { ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { noReports } from './main-no-reports.js';
import { parsePercent } from './percent.js';

export async function run(): Promise<void> {
  await runAction('coverage-gate', async ({ inputs, redactor }) => {
    const percentInput = (
      name: string,
      value: string | undefined,
      allowAuto: boolean,
    ): number | 'auto' | undefined =>
      value === undefined ? undefined : parsePercent(value, `Input '${name}'`, allowAuto);
    const settings = {
      files: inputs.globs('files', { required: true }),
      artifacts: artifactPatterns(inputs.list('artifacts'), 'artifacts'),
      artifactsTimeoutMs: inputs.duration('artifacts-timeout', 300_000, { min: 1000, max: 3_600_000 }),
      ifNoFiles: inputs.enumeration('if-no-files', ['error', 'warn', 'ignore'], 'error'),
      metric: inputs.enumeration('metric', ['lines', 'combined'], 'lines'),
      config: inputs.optionalString('config'),
      target: percentInput('target', inputs.optionalString('target'), true),
      threshold: percentInput('threshold', inputs.optionalString('threshold'), false) as number | undefined,
      patchTarget: percentInput('patch-target', inputs.optionalString('patch-target'), true),
      patchThreshold: percentInput('patch-threshold', inputs.optionalString('patch-threshold'), false) as
        number | undefined,
      ignore: inputs.list('ignore'),
      informational: inputs.optionalBoolean('informational'),
      base: inputs.optionalString('base'),
      patchBase: inputs.optionalString('patch-base'),
      summaryJson: inputs.optionalString('summary-json'),
      comment: inputs.enumeration('comment', ['auto', 'always', 'off'], 'auto'),
      commentId: inputs.optionalString('comment-id') ?? 'default',
      token: inputs.optionalSecret('github-token'),
      annotate: inputs.boolean('annotate', true),
      badge: inputs.optionalString('badge'),
      badgeJson: inputs.optionalString('badge-json'),
      codecovToken: inputs.optionalSecret('codecov-token'),
      codecovUrl: inputs.urls('codecov-url', ['http:', 'https:'])[0]?.toString() ?? 'https://codecov.io',
      flags: inputs.list('flags').flatMap((f) =>
        f
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
      name: inputs.optionalString('name'),
      uploadTimeoutMs: inputs.duration('upload-timeout', 120_000, { min: 1000, max: 3_600_000 }),
      failOnUploadError: inputs.boolean('fail-on-upload-error', true),
    };
    const baseArtifact = settings.base === undefined ? undefined : baseArtifactRef(settings.base, 'base');
    if (baseArtifact !== undefined && settings.token === undefined) {
      throw new ConfigurationError(
        "Input 'github-token' is required when 'base' is an artifact of another run; pass ${{ github.token }} (with `actions: read`).",
      );
    }
    if (settings.comment === 'always' && settings.token === undefined) {
      throw new ConfigurationError(
        "Input 'github-token' is required when 'comment' is always; pass ${{ github.token }}.",
      );
    }
    // Found before the rest loads (the XML scanner, YAML, git): a run with no report ends in bare-node time.
    const { findWorkspaceFiles } = await import('../../../shared/find-files.js');
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const found = await findWorkspaceFiles(settings.files, workspace);
    // Reports in artifacts are known only once they are downloaded (main-gate.ts).
    if (found.length === 0 && settings.artifacts.length === 0) {
      noReports(settings.files, [], workspace, settings.ifNoFiles);
      return;
    }
    const { gateCoverage } = await import('./main-gate.js');
    await gateCoverage({ ...settings, baseArtifact, found }, redactor);
  });
}
