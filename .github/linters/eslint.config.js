// Flat config kept under .github/linters so the repository's top level holds only what the layout names.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default tseslint.config(
  {
    ignores: [
      'actions/*/dist/**',
      'node_modules/**',
      'coverage/**',
      'test/fixtures/**',
      '.stryker-tmp/**',
      'reports/**',
      'demo-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // One program for the whole repository: actions/tsconfig.json is the bundler's alone, and a second
      // program for the action sources would only make type-aware linting slower.
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  // Domain code must stay free of the toolkit so it is tested without mocks.
  {
    // Adapters (index.ts, main.ts, main-*.ts, post.ts) talk to the runner; everything else is domain code.
    files: ['actions/*/src/**/*.ts'],
    ignores: [
      'actions/*/src/index.ts',
      'actions/*/src/main.ts',
      'actions/*/src/main-*.ts',
      'actions/*/src/post.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Domain modules take plain values; only main.ts talks to the runner.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
