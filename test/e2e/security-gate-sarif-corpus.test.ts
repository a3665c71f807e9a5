/**
 * The SARIF conformance corpus through security-gate's bundle: every log in test/fixtures/sarif/corpus.json,
 * from the SARIF standard's samples and real tools (Trivy, Grype, Dockle, njsscan, gitleaks, secretlint,
 * ESLint), must give the counts listed beside it: by severity, suppressed, and scanner errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'sarif');
const KEYS = ['critical', 'high', 'medium', 'low', 'suppressed', 'tool-errors'] as const;

interface Entry {
  file: string;
  producer: string;
  expected: Record<(typeof KEYS)[number], number>;
  why?: string;
}
const corpus = JSON.parse(readFileSync(path.join(FIXTURES, 'corpus.json'), 'utf8')) as Entry[];

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

describe('security-gate on the SARIF corpus', () => {
  it('lists every log in the folder', () => {
    const listed = new Set(corpus.map((e) => e.file));
    const present = readdirSync(FIXTURES).filter((f) => f.endsWith('.sarif'));
    expect(present.filter((f) => !listed.has(f))).toEqual([]);
    expect(corpus.map((e) => e.file).filter((f) => !present.includes(f))).toEqual([]);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const ws = await mkdtemp(path.join(tmpdir(), 'runway-sarif-'));
    scratch.push(ws);
    await copyFile(path.join(FIXTURES, entry.file), path.join(ws, entry.file));
    const run = await runAction('security-gate', {
      workspace: ws,
      runnerTemp: ws,
      inputs: { reports: entry.file, 'fail-on': 'none' },
    });
    // A scanner error fails the step whatever fail-on says; nothing else may.
    expect(run.exitCode, run.stderr + run.log).toBe(entry.expected['tool-errors'] > 0 ? 1 : 0);
    const got = Object.fromEntries(KEYS.map((k) => [k, Number(run.outputs[k])]));
    expect(got, entry.why ?? entry.producer).toEqual(entry.expected);
  });
});
