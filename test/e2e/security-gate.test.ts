/**
 * security-gate through its committed bundle: the real Bandit on code made in the test, the shared real
 * reports of pip-audit, gitleaks and Safety, baselines that survive moved code, and SARIF within GitHub's limits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../harness/servers.js';
import { type ActionRun, runAction } from '../harness/run-action.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'security');
const scratch: string[] = [];
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'runway-sg-'));
  scratch.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

function gate(
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction('security-gate', { workspace: ws, runnerTemp: ws, inputs, env });
}

/** The parts of the SARIF 2.1.0 schema (OASIS) that the merged log uses, written from the spec. */
const SARIF_SUBSET_SCHEMA = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string' },
    runs: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  informationUri: { type: 'string', pattern: '^https?://' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        helpUri: { type: 'string' },
                        shortDescription: { type: 'object', required: ['text'] },
                      },
                    },
                  },
                },
              },
            },
          },
          automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
          results: {
            type: 'array',
            maxItems: 25000,
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: { type: 'object', properties: { uri: { type: 'string' } } },
                          region: {
                            type: 'object',
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSarif = ajv.compile(SARIF_SUBSET_SCHEMA);

const SAMPLE = [
  'import hashlib',
  'import pickle',
  'import subprocess',
  'import yaml',
  '',
  '',
  'def run(cmd):',
  '    return subprocess.call(cmd, shell=True)',
  '',
  '',
  'def load(data):',
  '    return pickle.loads(data)',
  '',
  '',
  'def digest(x):',
  '    return hashlib.md5(x).hexdigest()',
  '',
  '',
  'def conf(text):',
  '    return yaml.load(text)',
  '',
].join('\n');

describe('security-gate with the real Bandit', () => {
  let ws = '';
  let ready = false;
  beforeAll(async () => {
    ready = requireTool('bandit', ['--version']);
    ws = await workspace();
    mkdirSync(path.join(ws, 'app'));
    writeFileSync(path.join(ws, 'app', 'risky.py'), SAMPLE);
  });

  it("counts exactly what Bandit's own metrics count, and fails on high", async (ctx) => {
    if (!ready) return ctx.skip();
    const own = spawnSync('bandit', ['-r', 'app', '-f', 'json', '-q'], { cwd: ws, encoding: 'utf8' });
    const totals = (JSON.parse(own.stdout) as { metrics: { _totals: Record<string, number> } }).metrics
      ._totals;
    const run = await gate(ws, { bandit: 'app' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      high: String(totals['SEVERITY.HIGH']),
      medium: String(totals['SEVERITY.MEDIUM']),
      low: String(totals['SEVERITY.LOW']),
      passed: 'false',
      'tool-errors': '0',
    });
    expect(Number(run.outputs.high)).toBeGreaterThan(0);
    expect(run.errors.at(-1)?.message).toBe(
      'Security gate failed: 1 finding at or above high, e.g. bandit B602 (high) at app/risky.py:8.',
    );
    expect(run.errors[0]).toMatchObject({ properties: { file: 'app/risky.py', line: '8' } });
    expect(run.summary).toMatch(/\| bandit \| 0 \| 1 \| 3 \| \d+ \|/);
    expect(run.summary).toContain('[B602](https://bandit.readthedocs.io/');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as unknown;
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    // Bandit's own progress lines (stderr) in a group of the log, its JSON (stdout) not.
    const group = run.stdout.split('::group::bandit -r app -f json')[1]?.split('::endgroup::')[0] ?? '';
    expect(group).toMatch(/\[main\]\s+INFO/);
    expect(group).not.toContain('"results"');
  });

  it('passes with fail-on critical, and leaves out low confidence findings when asked', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await gate(ws, { bandit: 'app', 'fail-on': 'critical', 'min-confidence': 'high' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
  });

  it('suppresses a baselined finding, still after the code moves down ten lines, and not once it expires', async (ctx) => {
    if (!ready) return ctx.skip();
    const dir = await workspace();
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'app', 'risky.py'), SAMPLE);
    const written = await gate(dir, {
      bandit: 'app',
      'write-baseline': 'security-baseline.json',
      'fail-on': 'none',
    });
    expect(written.exitCode).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'security-baseline.json'), 'utf8')) as {
      findings: { rule: string; reason: string; expires?: string }[];
    };
    // Accept only the shell=True finding.
    baseline.findings = baseline.findings
      .filter((f) => f.rule === 'B602')
      .map((f) => ({ ...f, reason: 'the command is a constant' }));
    writeFileSync(path.join(dir, 'security-baseline.json'), JSON.stringify(baseline));
    const suppressed = await gate(dir, { bandit: 'app', baseline: 'security-baseline.json' });
    expect(suppressed.exitCode).toBe(0);
    expect(suppressed.outputs).toMatchObject({ high: '0', suppressed: '1' });

    writeFileSync(path.join(dir, 'app', 'risky.py'), `${'# moved\n'.repeat(10)}${SAMPLE}`);
    const moved = await gate(dir, { bandit: 'app', baseline: 'security-baseline.json' });
    expect(moved.exitCode).toBe(0);
    expect(moved.outputs.suppressed).toBe('1');

    writeFileSync(
      path.join(dir, 'security-baseline.json'),
      JSON.stringify({ findings: baseline.findings.map((f) => ({ ...f, expires: '2020-01-31' })) }),
    );
    const expired = await gate(dir, { bandit: 'app', baseline: 'security-baseline.json' });
    expect(expired.exitCode).toBe(1);
    expect(expired.outputs.suppressed).toBe('0');
    expect(expired.annotations.find((a) => a.properties.title === 'Expired baseline entry')?.message).toMatch(
      /expired on 2020-01-31: it no longer suppresses \(the command is a constant\)/,
    );
    expect(expired.summary).toContain('Expired baseline entries');
  });

  it("runs Bandit with the project's own pyproject.toml [tool.bandit], .bandit, or bandit-config", async (ctx) => {
    if (!ready) return ctx.skip();
    const project = async (files: Record<string, string>): Promise<string> => {
      const dir = await workspace();
      mkdirSync(path.join(dir, 'app'));
      writeFileSync(path.join(dir, 'app', 'risky.py'), SAMPLE);
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      return dir;
    };
    const rules = (run: ActionRun): string[] => {
      const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as {
        runs: { results: { ruleId: string }[] }[];
      };
      return [...new Set(sarif.runs.flatMap((r) => r.results.map((x) => x.ruleId)))].sort();
    };
    const without = await gate(await project({}), { bandit: 'app', 'fail-on': 'none' });
    expect(rules(without)).toEqual(['B301', 'B303', 'B403', 'B404', 'B506', 'B602']);

    const pyproject = await gate(
      await project({
        'pyproject.toml': '[project]\nname = "app"\n\n[tool.bandit]\nskips = ["B602", "B404"]\n',
      }),
      { bandit: 'app' },
    );
    expect(pyproject.exitCode, pyproject.log).toBe(0);
    expect(rules(pyproject)).toEqual(['B301', 'B303', 'B403', 'B506']);
    expect(pyproject.summary).toContain('Bandit ran with `pyproject.toml [tool.bandit] (skips B602, B404)`.');

    const ini = await gate(await project({ '.bandit': '[bandit]\nskips = B602,B301\n' }), { bandit: 'app' });
    expect(ini.exitCode, ini.log).toBe(0);
    expect(rules(ini)).toEqual(['B303', 'B403', 'B404', 'B506']);
    expect(ini.summary).toContain('Bandit ran with `.bandit (INI)`.');

    // The input wins over the project's files; a YAML config goes to -c as it is.
    const input = await gate(
      await project({ '.bandit': '[bandit]\nskips = B301\n', 'ci-bandit.yaml': 'skips: [B602, B506]\n' }),
      { bandit: 'app', 'bandit-config': 'ci-bandit.yaml' },
    );
    expect(input.exitCode, input.log).toBe(0);
    expect(rules(input)).toEqual(['B301', 'B303', 'B403', 'B404']);

    const broken = await gate(await project({ 'pyproject.toml': '[tool.bandit\nskips = 1\n' }), {
      bandit: 'app',
    });
    expect(broken.exitCode).toBe(1);
    expect(broken.errors.map((e) => e.message)).toEqual([
      "pyproject.toml is not valid TOML (line 1, column 13): Bandit's configuration cannot be read.",
    ]);
    const wrongType = await gate(await project({ 'pyproject.toml': '[tool.bandit]\nskips = "B101"\n' }), {
      bandit: 'app',
    });
    expect(wrongType.errors.map((e) => e.message)).toEqual([
      'pyproject.toml: [tool.bandit] skips must be a list of strings, like ["B101"].',
    ]);
  });

  it('treats a Bandit crash as a scanner error, never a clean result', async (ctx) => {
    if (!ready) return ctx.skip();
    const run = await gate(ws, { bandit: 'app', 'bandit-args': '--no-such-option' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['tool-errors']).toBe('1');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toMatch(
      /^Security gate failed: 1 scanner error \(a broken scan is never a clean one\): bandit exited with 2: .*unrecognized arguments: --no-such-option\.$/,
    );
  });

  it('says how to install Bandit when it is missing', async () => {
    const run = await gate(ws, { bandit: 'app' }, { PATH: '/nonexistent' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([
      "Input 'bandit' asks for a scan, but bandit is not installed on this runner: pip install bandit (or apt-get install bandit) first.",
    ]);
  });
});

describe('security-gate on the shared real reports', () => {
  let ws = '';
  beforeAll(async () => {
    ws = await workspace();
    await cp(FIXTURES, path.join(ws, 'reports'), { recursive: true });
  });

  it.each([
    ['bandit/defectdojo__dd.json', { medium: '36', low: '11', high: '0' }],
    ['bandit/defectdojo__many_vulns.json', { medium: '155', low: '59' }],
    ['bandit/generated__bandit.json', { high: '1', medium: '2', low: '5' }],
    ['pip-audit/defectdojo__many_vulns_new.json', { high: '7', total: '7' }],
    ['pip-audit/defectdojo__many_vulns.json', { total: '7' }],
    ['pip-audit/defectdojo__zero_vulns_new.json', { total: '0' }],
    ['gitleaks/defectdojo__gitleaks8_many.json', { high: '4' }],
    ['gitleaks/defectdojo__version_7.5.0.json', {}],
    ['gitleaks/gitleaks-repo__sarif_simple.sarif', { high: '1' }],
    ['gitleaks/defectdojo__no_findings.json', { total: '0' }],
    ['safety/defectdojo-1.x__many_vulns.json', { total: '5' }],
    ['safety/safety-repo-2.x__report_with_recommended_fix.json', {}],
  ])('reads %s', async (file, expected) => {
    const run = await gate(ws, { reports: `reports/${file}`, 'fail-on': 'none' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ ...expected, 'tool-errors': '0' });
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as unknown;
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
  });

  it('takes CVSS from Safety 2.x when it has one: 6.1 is medium', async () => {
    const run = await gate(ws, {
      reports: 'reports/safety/safety-repo-2.x__report_with_recommended_fix.json',
      'fail-on': 'none',
      'vulnerability-severity': 'low',
    });
    expect(Number(run.outputs.medium)).toBeGreaterThanOrEqual(1);
  });

  it('never prints a secret, even when the report holds it unredacted', async () => {
    const run = await gate(ws, {
      reports: 'reports/gitleaks/*.json\nreports/gitleaks/*.sarif',
      'fail-on': 'none',
    });
    const everything = run.stdout + run.summary + readFileSync(run.outputs['sarif-file'] ?? '', 'utf8');
    for (const secret of ['secretAWSsecret', 'AKIAIOSFODNN7EXAMPLE', 'a secret'])
      expect(everything).not.toContain(secret);
    expect(run.summary).toContain('gitleaks');
  });

  it('merges every tool into one gate, one SARIF run per tool', async () => {
    const run = await gate(ws, { reports: 'reports/**/*.json\nreports/**/*.sarif' });
    expect(run.exitCode).toBe(1);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as {
      runs: { automationDetails: { id: string } }[];
    };
    expect(sarif.runs.map((r) => r.automationDetails.id).sort()).toEqual(
      expect.arrayContaining([
        'runway-security-gate/bandit/',
        'runway-security-gate/gitleaks/',
        'runway-security-gate/pip-audit/',
        'runway-security-gate/safety/',
      ]),
    );
    expect(validateSarif(sarif)).toBe(true);
    expect(run.errors.filter((e) => e.properties.title !== undefined).length).toBeLessThanOrEqual(9);
  });

  it('keeps SARIF within 25,000 results per run and says what it left out', async () => {
    const dir = await workspace();
    const results = Array.from({ length: 30_000 }, (_, i) => ({
      ruleId: `R${i % 50}`,
      level: i % 3 === 0 ? 'error' : 'note',
      message: { text: `finding ${i}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `src/f${i % 400}.py` },
            region: { startLine: (i % 300) + 1 },
          },
        },
      ],
    }));
    writeFileSync(
      path.join(dir, 'big.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results }] }),
    );
    const run = await gate(dir, { reports: 'big.sarif', 'fail-on': 'none', annotate: 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.total).toBe('30000');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as {
      runs: { results: { level: string }[] }[];
    };
    expect(sarif.runs[0]?.results).toHaveLength(25_000);
    // The most severe are kept.
    expect(sarif.runs[0]?.results.filter((r) => r.level === 'error')).toHaveLength(10_000);
    expect(run.annotations.find((a) => a.properties.title === 'SARIF limits')?.message).toBe(
      'SARIF output: 5000 findings left out: semgrep: more than 25000 results in one run (least severe left out).',
    );
  });

  it('reads a SARIF log of 160,000 results (past what a spread into push() can take)', async () => {
    const dir = await workspace();
    const results = Array.from({ length: 160_000 }, (_, i) => ({
      ruleId: `R${i % 20}`,
      level: 'note',
      message: { text: `f${i}` },
      locations: [
        { physicalLocation: { artifactLocation: { uri: `f${i % 100}.py` }, region: { startLine: 1 } } },
      ],
    }));
    writeFileSync(
      path.join(dir, 'huge.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results }] }),
    );
    const run = await gate(dir, { reports: 'huge.sarif', 'fail-on': 'none', annotate: 'false' });
    expect(run.exitCode, run.errors.map((e) => e.message).join('; ')).toBe(0);
    expect(run.outputs).toMatchObject({ total: '160000', low: '160000', 'tool-errors': '0' });
  });

  it('fails with the file name on an empty, broken or unknown report, and when no report exists', async () => {
    const dir = await workspace();
    writeFileSync(path.join(dir, 'empty.json'), '');
    writeFileSync(path.join(dir, 'broken.json'), '{"results":\n  [1 2]}');
    writeFileSync(path.join(dir, 'other.json'), '{"hello": "world"}');
    const run = await gate(dir, { reports: '*.json', 'fail-on': 'none' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['tool-errors']).toBe('3');
    expect(run.errors).toHaveLength(1);
    const message = run.errors[0]?.message ?? '';
    expect(message).toMatch(/^Security gate failed: 3 scanner errors/);
    // Node 22 and later say where JSON breaks (the runner's Node 24 does); Node 20 does not.
    const bundleNode = execFileSync(
      process.env.RUNWAY_TEST_NODE ?? process.execPath,
      ['-p', 'process.versions.node'],
      {
        encoding: 'utf8',
      },
    );
    expect(message).toContain(
      Number(bundleNode.split('.')[0]) >= 22
        ? 'broken.json is not valid JSON (line 2, column 6): the scanner may have crashed'
        : 'broken.json is not valid JSON: the scanner may have crashed',
    );
    expect(message).toContain('empty.json is empty: the scanner wrote nothing (did it crash?)');
    expect(message).toContain(
      'other.json is JSON but not a Bandit, SARIF, pip-audit, gitleaks or Safety report',
    );
    const none = await gate(dir, { reports: 'nothing/*.json' });
    expect(none.errors.map((e) => e.message)).toEqual([
      `No security report matched nothing/*.json under ${dir}: a scan that wrote nothing is not a clean scan.`,
    ]);
  });

  it.each([
    [
      {},
      "Input 'reports' (scanner reports to read), 'artifacts' (artifacts holding them) or 'bandit' (paths for Bandit to scan) is required; all are empty.",
    ],
    [
      { reports: 'x.json', 'fail-on': 'severe' },
      "Input 'fail-on' must be one of critical, high, medium, low, none; got 'severe'.",
    ],
    [
      { reports: 'x.json', 'min-confidence': 'certain' },
      "Input 'min-confidence' must be one of low, medium, high; got 'certain'.",
    ],
  ])('rejects %j', async (inputs, message) => {
    const run = await gate(ws, inputs);
    expect(run.errors.map((e) => e.message)).toEqual([message]);
  });
});
