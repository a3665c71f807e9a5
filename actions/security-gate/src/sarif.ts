/**
 * All findings as one SARIF 2.1.0 log for github/codeql-action/upload-sarif: one run per tool with its own
 * automationDetails category, inside GitHub's limits (20 runs, 25,000 results per run, 10 MB gzipped). What
 * does not fit is dropped least severe first, and the caller is told.
 */
import { gzipSync } from 'node:zlib';
import { type Finding, SEVERITIES } from './model.js';

export const MAX_RUNS = 20;
export const MAX_RESULTS_PER_RUN = 25_000;
export const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;

const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' } as const;
/** GitHub reads `security-severity` to rank alerts: these sit inside each CVSS band. */
const SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' } as const;

export interface SarifResult {
  sarif: string;
  /** Findings left out to stay within GitHub's limits, and why. */
  dropped: { count: number; reason: string }[];
}

function runFor(tool: string, findings: readonly Finding[]): Record<string, unknown> {
  const rules = new Map<string, Finding>();
  for (const f of findings) if (!rules.has(f.rule)) rules.set(f.rule, f);
  const ruleIndex = new Map([...rules.keys()].map((id, i) => [id, i]));
  return {
    tool: {
      driver: {
        name: tool,
        informationUri: 'https://github.com/runway-ci/runway',
        rules: [...rules.values()].map((f) => ({
          id: f.rule,
          ...(f.ruleName !== undefined ? { name: f.ruleName.replace(/[^A-Za-z0-9_-]/g, '_') } : {}),
          shortDescription: { text: f.ruleName ?? f.rule },
          ...(f.helpUri !== undefined ? { helpUri: f.helpUri } : {}),
          properties: { 'security-severity': SCORE[f.severity] },
        })),
      },
    },
    automationDetails: { id: `runway-security-gate/${tool}/` },
    results: findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: LEVEL[f.severity],
      message: {
        text:
          f.package !== undefined
            ? `${f.package} ${f.version ?? ''}: ${f.message}`.slice(0, 4000)
            : f.message.slice(0, 4000),
      },
      locations: [
        {
          physicalLocation: {
            // A dependency finding has no line: point at the requirements file people can edit.
            artifactLocation: { uri: f.file ?? 'requirements.txt' },
            ...(f.line !== undefined && f.line > 0
              ? {
                  region: {
                    startLine: f.line,
                    ...(f.column !== undefined && f.column > 0 ? { startColumn: f.column } : {}),
                  },
                }
              : {}),
          },
        },
      ],
      partialFingerprints: { 'runway/v1': f.fingerprint },
      properties: {
        'security-severity': SCORE[f.severity],
        ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
      },
    })),
  };
}

export function buildSarif(findings: readonly Finding[]): SarifResult {
  const dropped: SarifResult['dropped'] = [];
  const byTool = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byTool.get(f.tool);
    if (list === undefined) byTool.set(f.tool, [f]);
    else list.push(f);
  }
  let tools = [...byTool.entries()];
  if (tools.length > MAX_RUNS) {
    const extra = tools.slice(MAX_RUNS);
    dropped.push({
      count: extra.reduce((n, [, fs]) => n + fs.length, 0),
      reason: `more than ${MAX_RUNS} tools (runs)`,
    });
    tools = tools.slice(0, MAX_RUNS);
  }
  let perRun = tools.map(([tool, fs]) => {
    // Most severe first, in their order otherwise: one pass per severity rather than a comparison sort.
    const sorted = SEVERITIES.flatMap((severity) => fs.filter((f) => f.severity === severity));
    if (sorted.length > MAX_RESULTS_PER_RUN) {
      dropped.push({
        count: sorted.length - MAX_RESULTS_PER_RUN,
        reason: `${tool}: more than ${MAX_RESULTS_PER_RUN} results in one run (least severe left out)`,
      });
    }
    return [tool, sorted.slice(0, MAX_RESULTS_PER_RUN)] as const;
  });
  const render = (): string =>
    JSON.stringify({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: perRun.map(([tool, fs]) => runFor(tool, fs)),
    });
  let sarif = render();
  let trimmed = 0;
  // Over 10 MB gzipped: drop the least severe tenth, again, until it fits.
  while (gzipSync(sarif).length > MAX_GZIPPED_BYTES) {
    perRun = perRun.map(([tool, fs]) => {
      const keep = Math.floor(fs.length * 0.9);
      trimmed += fs.length - keep;
      return [tool, fs.slice(0, keep)] as const;
    });
    sarif = render();
  }
  if (trimmed > 0)
    dropped.push({ count: trimmed, reason: 'the log was over 10 MB gzipped (least severe left out)' });
  return { sarif, dropped };
}
