// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries: app → features → api/components/lib → contract. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-mock',
      'node_modules',
      'public/mockServiceWorker.js',
      'public/media',
      'coverage',
      'bench/out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: {
      ...jsxA11y.flatConfigs.recommended.plugins,
      'react-hooks': reactHooks,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      // Refs read during render are intentional in the gesture hook (latest handlers).
      'react-hooks/refs': 'off',
    },
  },
  {
    files: ['src/features/**'],
    ignores: ['**/*.test.*'],
    rules: restrict([
      {
        group: ['\\#src/features/*', '../../*'],
        message: 'A feature never imports another feature.',
      },
      { group: ['\\#src/app/*'], message: 'Features do not import the app layer.' },
      { group: ['\\#mocks/*', '\\#server/*'], message: 'The app only talks to the API over HTTP.' },
    ]),
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**'],
    ignores: ['**/*.test.*'],
    rules: restrict([
      {
        group: ['\\#src/features/*', '\\#src/app/*'],
        message: 'Shared layers do not import features or the app.',
      },
      { group: ['\\#mocks/*', '\\#server/*'], message: 'The app only talks to the API over HTTP.' },
    ]),
  },
  {
    files: ['contract/**'],
    rules: restrict([
      { group: ['\\#*', '../*', 'node:*'], message: 'The contract imports only zod.' },
    ]),
  },
  {
    files: ['mocks/**', 'server/**'],
    rules: restrict([
      {
        group: ['\\#src/*', '../src/*', '../../src/*'],
        message: 'mocks/ and server/ share only contract/.',
      },
    ]),
  },
  {
    // The server shares the fixtures (its seed) with mocks/, never the mock handlers.
    files: ['server/**'],
    ignores: ['server/**/*.test.ts'],
    rules: restrict([
      // A leading '#' starts a comment in these gitignore-style patterns: escape it.
      {
        group: ['\\#src/*', '../src/*', '../../src/*'],
        message: 'mocks/ and server/ share only contract/.',
      },
      {
        group: ['\\#mocks/*.ts', '\\#mocks/handlers/*', '**/mocks/*.ts', '**/mocks/handlers/*'],
        message: 'server/ imports only contract/ and mocks/fixtures/ from the mocks.',
      },
    ]),
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      'no-console': 'off',
    },
  },
  {
    files: ['tests/e2e/**'],
    rules: {
      'testing-library/prefer-screen-queries': 'off',
    },
  },
  {
    files: ['scripts/**', 'mocks/http-server.ts', 'server/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
