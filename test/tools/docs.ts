/**
 * Keeps each action's README in step with its action.yml: the inputs and outputs tables between the
 * `<!-- inputs -->` / `<!-- outputs -->` markers are generated. `npm run docs` rewrites them; the consistency
 * test fails when a README is stale.
 */
import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ActionMetadata } from '../harness/run-action.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

/** A default as table cell: each line in code, lines apart with <br> (a newline would end the row). */
function defaultCell(value: string | number | boolean | undefined): string {
  if (value === undefined || value === '') return '';
  return String(value)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `\`${line.trim().replace(/\|/g, '\\|')}\``)
    .join('<br>');
}

/**
 * Inputs needed together, which action.yml cannot say (`required` is per input): shown in the Required
 * column, where a reader looks first.
 */
export const NEEDED_TOGETHER: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'coverage-gate': { 'github-token': 'with `comment: always`' },
  'ec2-deploy': {
    'instance-id': 'one of `instance-id`, `instance-tags`, `host`',
    'instance-tags': 'one of `instance-id`, `instance-tags`, `host`',
    host: 'one of `instance-id`, `instance-tags`, `host`',
    region: 'with `instance-id` or `instance-tags`',
    username: 'with `script`',
    'ssh-key': 'with `script`',
    script: 'with `host`',
  },
  'security-gate': {
    reports: 'one of `reports`, `artifacts`, `bandit`',
    artifacts: 'one of `reports`, `artifacts`, `bandit`',
    bandit: 'one of `reports`, `artifacts`, `bandit`',
  },
  'slack-report': {
    channel: 'with `token`',
    'github-token': 'with `jobs-from-api: true`',
  },
  'verify-gpu': { 'smoke-test': 'needs `framework`' },
};

export function inputsTable(metadata: ActionMetadata, action = ''): string {
  const together = NEEDED_TOGETHER[action] ?? {};
  const rows = Object.entries(metadata.inputs ?? {}).map(([name, spec]) => {
    const required = spec.required === true ? 'yes' : (together[name] ?? 'no');
    return `| \`${name}\` | ${required} | ${defaultCell(spec.default)} | ${cell(spec.description ?? '')} |`;
  });
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** The README with both generated sections replaced; throws when a marker pair is missing. */
export function withTables(readme: string, metadata: ActionMetadata, action = ''): string {
  let out = readme;
  for (const [marker, table] of [
    ['inputs', inputsTable(metadata, action)],
    ['outputs', outputsTable(metadata)],
  ] as const) {
    const pattern = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`);
    if (!pattern.test(out))
      throw new Error(`README has no <!-- ${marker}:start --> ... <!-- ${marker}:end --> markers`);
    // Prettier would realign the table and make every README look stale; the generator owns this block.
    out = out.replace(
      pattern,
      (_m, start: string, end: string) =>
        `${start}<!-- prettier-ignore-start -->\n${table}\n<!-- prettier-ignore-end -->\n${end}`,
    );
  }
  return out;
}

export function actionNames(): string[] {
  return readdirSync(path.join(ROOT, 'actions')).filter((name) =>
    existsSync(path.join(ROOT, 'actions', name, 'action.yml')),
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const name of actionNames()) {
    const dir = path.join(ROOT, 'actions', name);
    const metadata = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
    const readmePath = path.join(dir, 'README.md');
    const before = readFileSync(readmePath, 'utf8');
    const after = withTables(before, metadata, name);
    if (after !== before) writeFileSync(readmePath, after);
    console.log(`${after === before ? 'unchanged' : 'updated'} ${path.relative(ROOT, readmePath)}`);
  }
}
