/**
 * The unit tests alone, for mutation testing (npm run mutation): a mutant changes the sources, which only the
 * unit tests import; the end-to-end tests run the committed bundles and would never see it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // RUNWAY_MUTATION_TESTS (comma-separated globs) narrows a run on a few modules to the tests that can kill
    // their mutants: Stryker's first run executes every included test, instrumented.
    include: process.env.RUNWAY_MUTATION_TESTS?.split(',') ?? [
      'test/shared/**/*.test.ts',
      'test/actions/**/*.test.ts',
    ],
    pool: 'forks',
    // Instrumented code runs several times slower.
    testTimeout: 120_000,
    // Randomised comparisons run fewer rounds: each mutant that they cover reruns them.
    env: { RUNWAY_MUTATION: '1' },
  },
});
