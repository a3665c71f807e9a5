/** The adapter's first half: read and check every input, then load the rest only when there is work. */
import { artifactPatterns } from '../../../shared/artifact-names.js';
import { ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';

const SEVERITY = ['critical', 'high', 'medium', 'low'] as const;

export async function run(): Promise<void> {
  await runAction('security-gate', async ({ inputs }) => {
    const settings = {
      reports: inputs.globs('reports'),
      artifacts: artifactPatterns(inputs.list('artifacts'), 'artifacts'),
      artifactsTimeoutMs: inputs.duration('artifacts-timeout', 300_000, { min: 1000, max: 3_600_000 }),
      bandit: inputs.list('bandit'),
      banditArgs: (inputs.optionalString('bandit-args') ?? '').split(/\s+/).filter(Boolean),
      banditConfig: inputs.optionalString('bandit-config'),
      failOn: inputs.enumeration('fail-on', [...SEVERITY, 'none'], 'high'),
      failOnReview: inputs.boolean('fail-on-review', false),
      reportOn: inputs.enumeration('report-on', SEVERITY, 'low'),
      minConfidence: inputs.enumeration('min-confidence', ['low', 'medium', 'high'], 'low'),
      vulnerabilitySeverity: inputs.enumeration('vulnerability-severity', SEVERITY, 'high'),
      baseline: inputs.optionalString('baseline'),
      writeBaseline: inputs.optionalString('write-baseline'),
      sarifOutput: inputs.optionalString('sarif-output'),
      annotate: inputs.boolean('annotate', true),
    };
    if (settings.reports.length === 0 && settings.artifacts.length === 0 && settings.bandit.length === 0) {
      throw new ConfigurationError(
        "Input 'reports' (scanner reports to read), 'artifacts' (artifacts holding them) or 'bandit' (paths for Bandit to scan) is required; all are empty.",
      );
    }
    const { gateFindings } = await import('./main-gate.js');
    await gateFindings(settings);
  });
}
