/**
 * The adapter's first half: read and check every input, then load the rest (main-gate.ts: glob, git, the
 * GitHub API) only when there is work to do.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { FORMATS, METRICS } from './model.js';
import { nameGlob, parseOverrides, parseRatio } from './thresholds.js';

const DATA_DIR = /^(?:[A-Za-z0-9._-]+\/)*[A-Za-z0-9._-]+$/;
// git's rules for a branch name, narrowed; never a leading '-', which git would read as an option.
const BRANCH = /^(?![-/.])(?!.*(?:\/\/|\/$|\.\.|@\{|\.lock$|\.$|\/\.))[A-Za-z0-9._/-]+$/;

export async function run(): Promise<void> {
  await runAction('benchmark-gate', async ({ inputs, redactor }) => {
    const ratio = (name: string, raw: string | undefined): number | undefined => {
      if (raw === undefined) return undefined;
      const parsed = parseRatio(raw);
      if (parsed === undefined)
        throw new ConfigurationError(
          `Input '${name}' must be a ratio above 100%, such as 150% or 1.5; got '${raw}'.`,
        );
      return parsed;
    };
    const alert = ratio('alert-threshold', inputs.optionalString('alert-threshold') ?? '150%') as number;
    const fail = ratio('fail-threshold', inputs.optionalString('fail-threshold'));
    if (fail !== undefined && fail < alert)
      throw new ConfigurationError(
        `Input 'fail-threshold' (${Math.round(fail * 100)}%) must be at least 'alert-threshold' (${Math.round(alert * 100)}%).`,
      );
    const dataDir = inputs.optionalString('data-dir') ?? '';
    if (
      dataDir !== '' &&
      (!DATA_DIR.test(dataDir) || dataDir.split('/').some((s) => s === '.' || s === '..'))
    )
      throw new ConfigurationError(
        `Input 'data-dir' must be a folder inside the data branch, such as benchmarks or dev/bench (letters, digits, . _ - and /, no '..'); got '${dataDir}'.`,
      );
    const dataBranch = inputs.optionalString('data-branch') ?? 'benchmarks';
    if (!BRANCH.test(dataBranch))
      throw new ConfigurationError(
        `Input 'data-branch' must be a branch name such as benchmarks or gh-pages; got '${dataBranch}'.`,
      );
    const saveOn = inputs.list('save-on').flatMap((l) =>
      l
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    );
    for (const event of saveOn)
      if (!/^[a-z_]+$/.test(event))
        throw new ConfigurationError(
          `Input 'save-on' must list event names such as push or schedule, or never; got '${event}'.`,
        );
    const format = inputs.enumeration('format', ['auto', ...FORMATS], 'auto');
    const settings = {
      files: inputs.globs('files', { required: true }),
      format: format === 'auto' ? undefined : format,
      metric: inputs.enumeration('metric', METRICS, 'median'),
      alert,
      fail: fail ?? alert,
      failSet: fail !== undefined,
      failOnAlert: inputs.optionalBoolean('fail-on-alert'),
      overrides: parseOverrides(inputs.list('thresholds'), (line) => {
        throw new ConfigurationError(
          `Input 'thresholds' must hold lines of name-glob=ratio, such as test_io_*=200%; got '${line}'.`,
        );
      }),
      noiseMultiple: inputs.number('noise-multiple', 4, { min: 0, max: 100 }),
      window: inputs.integer('baseline-window', 5, { min: 1, max: 1000 }),
      dataBranch,
      dataDir,
      saveOn: saveOn.length === 0 ? ['push'] : saveOn,
      maxHistory: inputs.integer('max-history', 1000, { min: 2, max: 100_000 }),
      importFile: inputs.optionalString('import'),
      comment: inputs.enumeration('comment', ['on-alert', 'always', 'off'], 'on-alert'),
      commentId: inputs.optionalString('comment-id') ?? 'default',
      title: inputs.optionalString('name') ?? 'Benchmarks',
      charts: inputs.list('charts').map(nameGlob),
      token: inputs.optionalSecret('github-token'),
      allowEmpty: inputs.boolean('allow-empty', false),
      annotate: inputs.boolean('annotate', true),
      json: inputs.optionalString('json'),
      timeoutMs: inputs.duration('timeout', 120_000, { min: 1000, max: 3_600_000 }),
    };
    if (settings.window > settings.maxHistory)
      throw new ConfigurationError(
        `Input 'baseline-window' (${settings.window}) must not exceed 'max-history' (${settings.maxHistory}).`,
      );
    const { gateBenchmarks } = await import('./main-gate.js');
    await gateBenchmarks(settings, redactor);
  });
}
