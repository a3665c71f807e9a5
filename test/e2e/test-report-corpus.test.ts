/**
 * The JUnit conformance corpus through test-report's bundle: every report in test/fixtures/junit/corpus.json,
 * written by a real runner (pytest, Jest, Mocha, Vitest, gotestsum, PHPUnit, JUnit 5, TestNG, googletest,
 * Catch2, CTest, Surefire, nextest, Bazel, swift, xmlrunner), must give the numbers listed beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'junit');

interface Entry {
  file: string;
  producer: string;
  producerSays: string;
  expected: Record<'total' | 'passed' | 'failed' | 'errors' | 'skipped' | 'flaky', number>;
  why?: string;
}
const corpus = JSON.parse(readFileSync(path.join(FIXTURES, 'corpus.json'), 'utf8')) as Entry[];

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

describe('test-report on the JUnit corpus', () => {
  it('covers at least eight runners, and every report in the folder', () => {
    const runners = new Set(corpus.map((e) => e.producer.split(/[ ,(]/)[0]));
    expect(runners.size).toBeGreaterThanOrEqual(8);
    const listed = new Set(corpus.map((e) => e.file));
    // Only the reports at the top of the folder; producers/ holds the suites that wrote them.
    const present = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml'));
    expect(present.filter((f) => !listed.has(f))).toEqual([]);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const ws = await mkdtemp(path.join(tmpdir(), 'runway-corpus-'));
    scratch.push(ws);
    await copyFile(path.join(FIXTURES, entry.file), path.join(ws, entry.file));
    const run = await runAction('test-report', {
      workspace: ws,
      inputs: { files: entry.file, 'fail-on': 'none' },
    });
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    const got = Object.fromEntries(Object.keys(entry.expected).map((k) => [k, Number(run.outputs[k])]));
    expect(got, `${entry.producer} says: ${entry.producerSays}`).toEqual(entry.expected);
  });
});
