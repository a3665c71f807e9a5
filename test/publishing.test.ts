/**
 * What a Marketplace listing and a team adopting Runway need: a root listing action that points to the
 * suite, metadata within the Marketplace's rules, the files a release needs, one vocabulary (no internal
 * words) and one set of secret and variable names across every workflow and README.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ActionMetadata, REPO_ROOT } from './harness/run-action.js';
import { actionNames } from './tools/docs.js';

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const metadataOf = (file: string): ActionMetadata => parse(read(file)) as ActionMetadata;

/** Feather icons GitHub accepts for `branding.icon` that Runway uses. */
const ICONS = [
  'activity',
  'check-square',
  'cpu',
  'lock',
  'message-square',
  'package',
  'shield',
  'trending-up',
  'upload-cloud',
  'zap',
];
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

const listed = ['action.yml', ...actionNames().map((name) => `actions/${name}/action.yml`)];

describe('Marketplace metadata', () => {
  it.each(listed)('%s: a name, a description under 125 characters, and branding GitHub accepts', (file) => {
    const m = metadataOf(file);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.description.length).toBeLessThan(125);
    expect(m.description).not.toContain('\n');
    expect(ICONS).toContain(m.branding?.icon);
    expect(COLORS).toContain(m.branding?.color);
  });

  it('gives every action a name of its own', () => {
    const names = listed.map((f) => metadataOf(f).name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('the root action, used directly, fails with one line pointing to the actions', () => {
    const root = metadataOf('action.yml');
    expect(root.runs.using).toBe('node24');
    const ran = spawnSync(process.execPath, [path.join(REPO_ROOT, root.runs.main)], { encoding: 'utf8' });
    expect(ran.status).toBe(1);
    const lines = ran.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::.*uses: runway-ci\/runway\/actions\/test-report@v1/);
    for (const name of actionNames()) expect(lines[0]).toContain(name);
  });
});

describe('release files', () => {
  it('has a license, a changelog in the Keep a Changelog form, and a security policy', () => {
    expect(read('LICENSE')).toMatch(/^MIT License/);
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/keepachangelog\.com/);
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/m);
    expect(read('SECURITY.md')).toMatch(/## Supported versions[\s\S]*## Reporting a vulnerability/);
  });
});

/** Markdown and YAML a user reads: the READMEs, the example and reusable workflows, the metadata. */
function userDocs(): string[] {
  const out: string[] = ['README.md', 'CHANGELOG.md', 'SECURITY.md', 'action.yml'];
  for (const dir of ['actions', 'workflows', '.github/workflows']) {
    for (const f of readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (f.includes('dist') || f.includes('node_modules')) continue;
      if (/\.(md|ya?ml)$/.test(f)) out.push(path.join(dir, f));
    }
  }
  return out.filter((f) => existsSync(path.join(REPO_ROOT, f)));
}

describe('one vocabulary', () => {
  it.each(userDocs())('%s uses no internal word', (file) => {
    expect(read(file)).not.toMatch(/\bseed('s)?\b/i);
  });
});

describe('secrets and variables', () => {
  const table =
    read('README.md')
      .split(/^## Secrets and variables$/m)[1]
      ?.split(/^## /m)[0] ?? '';
  const documented = new Set(
    [...table.matchAll(/^\| `(?:secrets|vars)\.([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]),
  );

  it('the README has the table', () => {
    expect(documented.size).toBeGreaterThan(5);
  });

  it.each(userDocs())('%s uses only the names in the README table', (file) => {
    const used = [...read(file).matchAll(/\b(?:secrets|vars)\.([A-Z][A-Z0-9_]*)\b/g)].map((m) => m[1]);
    // GITHUB_TOKEN is the runner's own.
    const unknown = used.filter((name) => name !== 'GITHUB_TOKEN' && !documented.has(name));
    expect(unknown, `add them to the table in README.md, or use a name that is there`).toEqual([]);
  });
});

describe('the release notes', () => {
  it('come from the newest released entry of the changelog', async () => {
    const { latestRelease } = (await import(path.join(REPO_ROOT, '.github/scripts/changelog.mjs'))) as {
      latestRelease: (text: string) => { version: string; date: string; notes: string } | undefined;
    };
    const text =
      '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2026-12-01\n\n### Fixed\n\n- a\n\n## [1.1.0] - 2026-11-01\n\n- b\n\n[1.2.0]: https://x\n';
    expect(latestRelease(text)).toEqual({ version: '1.2.0', date: '2026-12-01', notes: '### Fixed\n\n- a' });
    expect(latestRelease('# Changelog\n\n## [Unreleased]\n')).toBeUndefined();
    expect(latestRelease(read('CHANGELOG.md'))?.notes).not.toBe('');
  });
});
