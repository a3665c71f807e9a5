/**
 * templates/python-service, the starter a team copies: every file the pipeline runs on exists, and each is
 * checked by the tool that reads it. The Makefile's lint, test, coverage, bench and E2E targets run for real
 * (Debian's black, flake8, mypy, pytest, coverage.py and pytest-benchmark) on a copy; the compose files are
 * validated against the Compose Specification's JSON schema, the Dockerfile by dockerfile-utils (the Docker
 * language server's linter), `.pre-commit-config.yaml` by `pre-commit validate-config`, `.codecov.yml` by
 * coverage-gate's own parser. No Docker daemon runs here: images are not built.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCodecovYaml } from '../actions/coverage-gate/src/codecov-config.js';
import { REPO_ROOT } from './harness/run-action.js';
import { requireTool } from './harness/servers.js';

const STARTER = path.join(REPO_ROOT, 'templates/python-service');
const read = (file: string): string => readFileSync(path.join(STARTER, file), 'utf8');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('templates/python-service: the files', () => {
  it.each([
    'README.md',
    'Makefile',
    'pyproject.toml',
    '.flake8',
    '.pre-commit-config.yaml',
    '.codecov.yml',
    '.gitignore',
    'docker-compose.yml',
    'docker-compose.ci.yml',
    'backend/Dockerfile',
    'backend/.dockerignore',
    'backend/requirements.txt',
    'backend/requirements-dev.txt',
    'backend/app/server.py',
    'backend/app/health.py',
    'backend/app/healthcheck.py',
    'backend/tests/unit/test_health.py',
    'backend/tests/integration/test_server.py',
    'backend/tests/e2e/test_service.py',
    'backend/tests/performance/test_benchmarks.py',
    '.github/workflows/ci.yml',
    '.github/workflows/deploy.yml',
  ])('has %s', (file) => {
    expect(existsSync(path.join(STARTER, file))).toBe(true);
  });

  it('pyproject.toml: black at 100 columns, mypy strict, the gpu and slow markers, coverage, Bandit', () => {
    const toml = parseToml(read('pyproject.toml')) as {
      project: { 'requires-python': string };
      tool: {
        black: { 'line-length': number };
        mypy: { strict: boolean };
        pytest: { ini_options: { markers: string[]; addopts: string; timeout: number } };
        coverage: { run: { source: string[]; branch: boolean }; report: { fail_under?: number } };
        bandit: { skips: string[]; exclude_dirs: string[] };
      };
    };
    expect(toml.project['requires-python']).toBe('>=3.11');
    expect(toml.tool.black['line-length']).toBe(100);
    expect(toml.tool.mypy.strict).toBe(true);
    expect(toml.tool.pytest.ini_options.markers.map((m) => m.split(':')[0])).toEqual(['gpu', 'slow']);
    expect(toml.tool.pytest.ini_options.addopts).toContain('--strict-markers');
    expect(toml.tool.pytest.ini_options.timeout).toBe(300);
    expect(toml.tool.coverage.run).toEqual({ source: ['backend/app'], branch: true, relative_files: true });
    // Gated after merging every job's coverage, never per shard.
    expect(toml.tool.coverage.report.fail_under).toBeUndefined();
    expect(toml.tool.bandit.skips).toEqual(['B101']);
    // flake8 reads only its own files; the same 100 columns there.
    expect(read('.flake8')).toMatch(/^max-line-length = 100$/m);
  });

  it('requirements: the service needs nothing outside the standard library; every dev tool is pinned', () => {
    expect(
      read('backend/requirements.txt')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#')),
    ).toEqual([]);
    const dev = read('backend/requirements-dev.txt')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('-r'));
    expect(dev.length).toBeGreaterThanOrEqual(8);
    for (const line of dev) expect(line).toMatch(/^[A-Za-z0-9_.-]+(\[[a-z]+\])?==\d+(\.\d+)+$/);
  });

  it('the Makefile has each target the pipeline needs, each with a one-line description', () => {
    const make = read('Makefile');
    for (const target of [
      'install',
      'format',
      'lint',
      'test',
      'test-unit',
      'test-integration',
      'test-e2e',
      'coverage',
      'security',
      'bench',
      'docker-build',
      'docker-up',
      'docker-down',
      'ci',
    ])
      expect(make, target).toMatch(new RegExp(`^${target}:[^\\n]*## \\S`, 'm'));
  });

  it('.codecov.yml is read by coverage-gate as Codecov reads it', () => {
    const config = parseCodecovYaml(read('.codecov.yml'), '.codecov.yml');
    expect(config.statuses.map((s) => [s.kind, s.target, s.threshold])).toEqual([
      ['project', 80, 2],
      ['patch', 70, 5],
    ]);
    expect(config.ignore).toEqual(['backend/tests']);
  });

  it('its deploy workflow is workflows/deploy.yml (the one the rollback test runs)', () => {
    expect(read('.github/workflows/deploy.yml')).toBe(
      readFileSync(path.join(REPO_ROOT, 'workflows/deploy.yml'), 'utf8'),
    );
  });
});

describe('templates/python-service: Docker files, checked by their parsers', () => {
  const schema = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'test/fixtures/compose/compose-spec.json'), 'utf8'),
  ) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // It names its draft as https://json-schema.org/draft-07/schema, which Ajv knows as http://…#: it is draft-07.
  const validateCompose = ajv.compile(schema);
  /** Compose's interpolation, with the defaults (and a value for the required ones). */
  const interpolate = (text: string): string =>
    text.replace(/\$\{(\w+)(?::?[-?]([^}]*))?\}/g, (_, name: string, fallback?: string) =>
      name === 'POSTGRES_PASSWORD' ? 'example' : (fallback ?? ''),
    );
  const compose = (file: string): Record<string, unknown> =>
    parseYaml(interpolate(read(file))) as Record<string, unknown>;

  it.each(['docker-compose.yml', 'docker-compose.ci.yml'])(
    '%s is valid under the Compose Specification',
    (file) => {
      const valid = validateCompose(compose(file));
      expect(validateCompose.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('the schema check can fail: a misspelt key and a wrong type are refused', () => {
    expect(validateCompose({ services: { a: { image: 'x', helthcheck: {} } } })).toBe(false);
    expect(validateCompose({ services: { a: { image: 'x', ports: 'not-a-list' } } })).toBe(false);
  });

  it.each(['docker-compose.yml', 'docker-compose.ci.yml'])(
    '%s: the service and PostgreSQL both have health checks, and the service waits for a healthy database',
    (file) => {
      type Service = {
        healthcheck?: { test: string[] };
        depends_on?: Record<string, { condition: string }>;
        ports?: string[];
        image?: string;
        build?: { context: string };
      };
      const services = compose(file).services as Record<string, Service>;
      expect(Object.keys(services).sort()).toEqual(['backend', 'db']);
      expect(services.backend?.healthcheck?.test).toEqual(['CMD', 'python', '-m', 'app.healthcheck']);
      expect(services.db?.healthcheck?.test.join(' ')).toContain('pg_isready');
      expect(services.backend?.depends_on?.db?.condition).toBe('service_healthy');
      expect(services.backend?.ports?.some((p) => p.endsWith('55433:55433'))).toBe(true);
      expect(services.backend?.build?.context).toBe('./backend');
    },
  );

  it('the Dockerfile: no lint diagnostics; multi-stage, non-root, HEALTHCHECK, port 55433', () => {
    const text = read('backend/Dockerfile');
    expect(
      lintDockerfile(text).map((d) => `${d.range.start.line + 1}: ${JSON.stringify(d.message)}`),
    ).toEqual([]);
    const dockerfile = DockerfileParser.parse(text);
    const froms = dockerfile.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const instructions = dockerfile.getInstructions();
    const last = froms.at(-1)?.getRange().start.line ?? 0;
    const final = instructions.filter((i) => i.getRange().start.line > last);
    const keyword = (i: (typeof final)[number]): string => i.getKeyword();
    const user = final.filter((i) => keyword(i) === 'USER').map((i) => i.getArgumentsContent());
    expect(user).toEqual(['app']);
    expect(final.find((i) => keyword(i) === 'HEALTHCHECK')?.getArgumentsContent()).toContain(
      'app.healthcheck',
    );
    expect(final.find((i) => keyword(i) === 'EXPOSE')?.getArgumentsContent()).toBe('55433');
    // The runtime stage copies the venv from the build stage, not the compilers and caches.
    const lines = text.split('\n');
    expect(
      final.some((i) => keyword(i) === 'COPY' && /--from=build\b/.test(lines[i.getRange().start.line] ?? '')),
    ).toBe(true);
  });

  it('the Dockerfile check can fail', () => {
    expect(lintDockerfile('FROM python:3.11\nHEALTHCHECK CMD\nRUNN x\n')).toHaveLength(2);
  });
});

describe('templates/python-service: the tools run', () => {
  /** A copy, so that caches and reports never land in the repository. */
  function copy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'runway-starter-'));
    scratch.push(dir);
    cpSync(STARTER, dir, { recursive: true });
    return dir;
  }
  const python = '/usr/bin/python3';
  // Checked once for the four tests that need them (each check starts a Python).
  let tools: boolean | undefined;
  const hasPythonTools = (): boolean =>
    (tools ??=
      [
        'black',
        'flake8',
        'mypy',
        'pytest',
        'pytest_cov',
        'pytest_benchmark',
        'pytest_timeout',
        'coverage',
      ].every((m) => requireTool(python, ['-c', `import ${m}`])) && requireTool('make'));

  function make(dir: string, ...args: string[]): { status: number | null; output: string } {
    const run = spawnSync('make', ['-s', `PYTHON=${python}`, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 120_000,
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it('make lint: black, flake8 and mypy --strict pass on the starter', (ctx) => {
    if (!hasPythonTools()) return ctx.skip();
    const run = make(copy(), 'lint');
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Success: no issues found');
  });

  it('make lint fails on a style error and a type error', (ctx) => {
    if (!hasPythonTools()) return ctx.skip();
    const dir = copy();
    const file = path.join(dir, 'backend/app/config.py');
    cpSync(file, `${file}.orig`);
    execFileSync('sh', ['-c', `printf '\\n\\ndef bad(x):\\n    return x+1\\n' >> '${file}'`]);
    const run = make(dir, 'lint');
    expect(run.status).not.toBe(0);
  });

  it('make test and make coverage: unit and integration tests pass, with reports CI reads', (ctx) => {
    if (!hasPythonTools()) return ctx.skip();
    const dir = copy();
    const test = make(dir, 'test');
    expect(test.status, test.output).toBe(0);
    expect(test.output).toMatch(/\d+ passed/);
    const coverage = make(dir, 'coverage');
    expect(coverage.status, coverage.output).toBe(0);
    expect(existsSync(path.join(dir, 'reports/coverage.xml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'reports/junit.xml'), 'utf8')).toContain('<testsuite');
    // relative_files: the root is the repository's backend/app, not this machine's folder (coverage-gate
    // and Codecov join it with each file's name).
    expect(readFileSync(path.join(dir, 'reports/coverage.xml'), 'utf8')).toContain(
      '<source>backend/app</source>',
    );
  });

  it('make test-e2e (without a GPU) and make bench', (ctx) => {
    if (!hasPythonTools()) return ctx.skip();
    const dir = copy();
    const e2e = make(dir, 'test-e2e', "PYTEST_ARGS=-m 'not gpu'");
    expect(e2e.status, e2e.output).toBe(0);
    expect(e2e.output).toMatch(/2 passed, 1 deselected/);
    const bench = make(dir, 'bench');
    expect(bench.status, bench.output).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'reports/benchmark.json'), 'utf8')) as {
      benchmarks: unknown[];
    };
    expect(json.benchmarks).toHaveLength(2);
  });

  it('pre-commit validates .pre-commit-config.yaml; every hook repository is pinned to a release', (ctx) => {
    if (!requireTool('pre-commit')) return ctx.skip();
    const run = spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], {
      cwd: STARTER,
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const config = parseYaml(read('.pre-commit-config.yaml')) as {
      repos: { repo: string; rev: string; hooks: { id: string }[] }[];
    };
    for (const repo of config.repos) expect(repo.rev, repo.repo).toMatch(/^v?\d+\.\d+\.\d+$/);
    const hooks = config.repos.flatMap((r) => r.hooks.map((h) => h.id));
    expect(hooks).toEqual(expect.arrayContaining(['black', 'flake8', 'mypy', 'bandit', 'gitleaks']));
    // The check can fail.
    const bad = spawnSync('pre-commit', ['validate-config', '/dev/stdin'], {
      input: 'repos: [{repo: x}]\n',
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
  });
});
