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

export function inputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.inputs ?? {}).map(([name, spec]) => {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${String(spec.default)}\``;
    return `| \`${name}\` | ${spec.required === true ? 'yes' : 'no'} | ${fallback} | ${cell(spec.description ?? '')} |`;
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
export function withTables(readme: string, metadata: ActionMetadata): string {
  let out = readme;
  for (const [marker, table] of [
    ['inputs', inputsTable(metadata)],
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
    const after = withTables(before, metadata);
    if (after !== before) writeFileSync(readmePath, after);
    console.log(`${after === before ? 'unchanged' : 'updated'} ${path.relative(ROOT, readmePath)}`);
  }
}
