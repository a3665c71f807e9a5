/**
 * The contract between each action's code, its action.yml and its README: what the code reads is declared
 * and what is declared is read; every output written is declared; metadata is complete; the README tables
 * are generated from action.yml; the entry is the two-line adapter; the bundle exists and is whole.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { type ActionMetadata, REPO_ROOT } from './harness/run-action.js';
import { actionNames, withTables } from './tools/docs.js';

const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

const names = actionNames();

it('finds the actions', () => {
  expect(names).toContain('health-check');
});

describe.each(names)('%s', (name) => {
  const dir = path.join(REPO_ROOT, 'actions', name);
  const metadata = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
  const code = sources(path.join(dir, 'src')).join('\n');

  it('has complete metadata', () => {
    expect(metadata.name).toBeTruthy();
    expect(metadata.description).toBeTruthy();
    expect(metadata.author).toBeTruthy();
    expect(metadata.branding?.icon).toBeTruthy();
    expect(BRANDING_COLORS).toContain(metadata.branding?.color);
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe('dist/index.js');
    for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
      expect(spec.description, `input ${input} needs a description`).toBeTruthy();
      expect(typeof spec.required, `input ${input} needs required: true|false`).toBe('boolean');
      expect(spec.default, `input ${input} needs a default (may be '')`).toBeDefined();
      expect(input).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    for (const [output, spec] of Object.entries(metadata.outputs ?? {})) {
      expect(spec.description, `output ${output} needs a description`).toBeTruthy();
      expect(output).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('reads exactly the inputs it declares', () => {
    const read = new Set([...code.matchAll(/\binputs\.\w+\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(metadata.inputs ?? {}).sort());
  });

  it('declares every output it writes', () => {
    const written = new Set([...code.matchAll(/\bsetOutput\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect([...written].sort()).toEqual(Object.keys(metadata.outputs ?? {}).sort());
  });

  it('points runs.main and runs.post at committed files, with a two-line entry', () => {
    expect(existsSync(path.join(dir, metadata.runs.main))).toBe(true);
    if (metadata.runs.post !== undefined) expect(existsSync(path.join(dir, metadata.runs.post))).toBe(true);
    expect(readFileSync(path.join(dir, 'dist', 'package.json'), 'utf8')).toMatch(/"type":\s*"module"/);
    expect(existsSync(path.join(dir, 'dist', 'licenses.txt'))).toBe(true);
    const entry = readFileSync(path.join(dir, 'src', 'index.ts'), 'utf8')
      .trim()
      .split('\n');
    expect(entry).toEqual(["import { run } from './main.js';", 'await run();']);
  });

  it('has a README whose tables match action.yml (npm run docs)', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(withTables(readme, metadata, name)).toBe(readme);
    expect(readme).toContain(`uses: runway-ci/runway/actions/${name}@v1`);
  });

  it('has README tables that a Markdown parser reads as one row per input and output', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const tables = marked.lexer(readme).filter((t): t is Tokens.Table => t.type === 'table');
    const inputs = tables.find((t) => t.header[0]?.text === 'Input');
    const outputs = tables.find((t) => t.header[0]?.text === 'Output');
    expect(inputs?.rows.map((r) => r[0]?.text)).toEqual(
      Object.keys(metadata.inputs ?? {}).map((n) => `\`${n}\``),
    );
    for (const row of inputs?.rows ?? []) expect(row).toHaveLength(4);
    expect(outputs?.rows.map((r) => r[0]?.text)).toEqual(
      Object.keys(metadata.outputs ?? {}).map((n) => `\`${n}\``),
    );
    for (const row of outputs?.rows ?? []) expect(row).toHaveLength(2);
  });

  it('has a README that answers what a user needs first, and performance last', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
    const at = (h: string): number => headings.indexOf(h);
    expect(headings.slice(0, 4)).toEqual(['Permissions', 'Inputs', 'Outputs', 'Troubleshooting']);
    if (at('Performance') >= 0) expect(at('Performance')).toBe(headings.length - 1);
    // The troubleshooting table: each row a message, what it means, what to do.
    const trouble = readme.split(/^## Troubleshooting$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(trouble.match(/^\| `/gm)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });

  it('has a README with a minimal example first and a full one', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const uses = `uses: runway-ci/runway/actions/${name}@v1`;
    const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
    expect(blocks[0], 'the first YAML block is the minimal example').toContain(uses);
    const full = readme.split(/^## Full example$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(full, 'a "## Full example" section').toContain(uses);
    // "Full": most of the inputs, in use.
    const inputs = Object.keys(metadata.inputs ?? {});
    const shown = inputs.filter((input) => new RegExp(`^\\s*${input}:`, 'm').test(full));
    expect(shown.length, `inputs shown: ${shown.join(', ')}`).toBeGreaterThanOrEqual(
      Math.ceil(inputs.length * 0.75),
    );
  });

  it('has a whole bundle; undici only in the lazily loaded chunk of a GitHub API client; no upload code', () => {
    const dist = path.join(dir, 'dist');
    const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
    const text = (f: string): string => readFileSync(path.join(dist, f), 'utf8');
    expect(files.map(text).join('\n')).not.toContain('webpackMissingModule');
    // undici's own sources in the main bundle would cost every run ~60 ms of cold start (see
    // shared/vendor/README.md); an action that calls the GitHub API loads it in a chunk, after its inputs.
    const hasUndici = (f: string): boolean =>
      text(f).includes('undici/lib/') || /class ProxyAgent extends/.test(text(f));
    expect(hasUndici('index.js')).toBe(false);
    const callsGitHub = readdirSync(path.join(dir, 'src'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .some((f) =>
        /shared\/(github|pr-comment|event|artifacts)\.js'/.test(
          readFileSync(path.join(dir, 'src', f), 'utf8'),
        ),
      );
    expect(files.some(hasUndici)).toBe(callsGitHub);
    // @actions/artifact's zip for uploads is left out (shared/vendor/artifact-upload-absent.cjs).
    const all = files.map(text).join('\n');
    expect(all).not.toMatch(/node_modules\/(archiver|zip-stream|archiver-utils)\//);
  });
});

describe('dependencies', () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  /** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
  const packageOf = (specifier: string): string =>
    specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  const sources = ['shared', ...names.map((a) => `actions/${a}/src`)].flatMap((dir) =>
    readdirSync(path.join(REPO_ROOT, dir), { recursive: true })
      .map(String)
      .filter((f) => /\.(ts|cjs)$/.test(f))
      .map((f) => path.join(dir, f)),
  );
  const imported = new Map<string, string>();
  for (const file of sources) {
    // Type-only imports vanish from the bundle: they need no runtime dependency.
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/^import type .*$/gm, '');
    for (const m of text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'([^'.][^']*)'/g)) {
      const specifier = m[1] ?? '';
      if (specifier.startsWith('node:')) continue;
      imported.set(packageOf(specifier), file);
    }
  }

  it('finds the imports it checks', () => {
    expect([...imported.keys()]).toEqual(
      expect.arrayContaining(['@actions/core', '@actions/github', 'undici']),
    );
  });

  it.each([...imported])('%s (imported by %s) is a runtime dependency', (name) => {
    expect(pkg.dependencies[name], `${name} must be in "dependencies"`).toBeDefined();
  });

  it('every runtime dependency is imported somewhere', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => !imported.has(name))).toEqual([]);
  });
});
