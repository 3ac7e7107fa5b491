// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries: app → features → components/lib/api → contract; a feature never
 * imports another feature; mocks/ and server/ import contract/ (and the server only
 * mocks/fixtures/, its seed), never src/.
 *
 * Enforced by `layers/imports` below rather than eslint-plugin-boundaries (dropped):
 * boundaries classifies a dependency by resolving it, and its bundled resolver
 * (eslint-import-resolver-node) does not read package.json "imports", so every
 * `#src/…` import was unresolved and let through; a `no-restricted-imports` pattern
 * sees only the written string, so `../search/x` from a feature's top level (another
 * feature) looked like `../end-card` from a feature's subfolder (the same one). This
 * rule resolves each static import, re-export and literal `import()` against the
 * importing file and compares the two files' layers: a few lines, no resolver.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const aliases = Object.entries({
  '#src/': 'src/',
  '#contract/': 'contract/',
  '#mocks/': 'mocks/',
  '#server/': 'server/',
  '#tests/': 'tests/',
});

/** The repository-relative path a specifier points at, or null for a package. */
function resolveSpecifier(specifier, filename) {
  for (const [alias, dir] of aliases) {
    if (specifier.startsWith(alias)) return dir + specifier.slice(alias.length);
  }
  if (!specifier.startsWith('.')) return null;
  const absolute = path.resolve(path.dirname(filename), specifier);
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** The layer a repository-relative path belongs to ('feature:<name>' per feature). */
function layerOf(file) {
  const feature = /^src\/features\/([^/]+)\//.exec(file);
  if (feature) return `feature:${feature[1]}`;
  if (/^src\/(components|lib|api)\//.test(file)) return 'shared';
  if (file.startsWith('src/app/')) return 'app';
  if (file.startsWith('src/sw/')) return 'worker';
  if (file.startsWith('src/')) return 'entry';
  if (file.startsWith('contract/')) return 'contract';
  if (file.startsWith('mocks/fixtures/')) return 'fixtures';
  if (file.startsWith('mocks/')) return 'mocks';
  if (file.startsWith('server/')) return 'server';
  if (file.startsWith('media/')) return 'media';
  return 'other';
}

/** What each layer may import, besides packages and its own layer. */
const allowed = {
  entry: ['app', 'shared', 'contract', 'mocks', 'fixtures'], // main.tsx starts MSW in dev
  app: ['feature:*', 'shared', 'contract'],
  'feature:*': ['shared', 'contract'],
  shared: ['contract'],
  worker: ['shared', 'contract'],
  contract: [],
  mocks: ['fixtures', 'contract'],
  fixtures: ['contract', 'media'],
  server: ['fixtures', 'contract'],
};
/** Tests may also reach test helpers and the mocks, never another side's code. */
const allowedInTests = {
  mocks: ['mocks', 'other'],
  fixtures: ['mocks', 'other'],
  server: ['mocks', 'other'],
  contract: ['other'],
};
const isTestFile = (file) => /\.test\.[jt]sx?$/.test(file);

function isAllowed(from, to, test) {
  if (from === to) return true;
  const key = from.startsWith('feature:') ? 'feature:*' : from;
  if (test && key in allowedInTests && allowedInTests[key].includes(to)) return true;
  return (allowed[key] ?? []).some(
    (l) => l === to || (l === 'feature:*' && to.startsWith('feature:')),
  );
}

/** @type {import('eslint').ESLint.Plugin} */
const layers = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          crossing:
            '{{from}} must not import {{to}} ({{specifier}}): see the layers at the top of eslint.config.js.',
        },
      },
      create(context) {
        const file = path.relative(root, context.filename).split(path.sep).join('/');
        const from = layerOf(file);
        // src/ tests compose whatever they test; other tests keep to their side.
        if (!(from in allowed) && !from.startsWith('feature:')) return {};
        const test = isTestFile(file);
        if (
          test &&
          (from.startsWith('feature:') || ['shared', 'app', 'entry', 'worker'].includes(from))
        ) {
          return {};
        }
        const check = (node) => {
          const source = node.source;
          if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
          const target = resolveSpecifier(source.value, context.filename);
          if (target === null) return;
          const to = layerOf(target);
          if (!isAllowed(from, to, test)) {
            context.report({
              node: source,
              messageId: 'crossing',
              data: { from, to, specifier: source.value },
            });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-mock',
      'dist-ssr',
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
    plugins: { layers, 'simple-import-sort': simpleImportSort },
    rules: {
      'layers/imports': 'error',
      // Side effects, node:, packages, then our #aliases, then relative paths; each group
      // alphabetical. A rule with an autofix rather than a convention to review by eye.
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^#'], ['^\\.']] },
      ],
      'simple-import-sort/exports': 'error',
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
    // The first load carries what the client imports statically: the whole route table
    // or an area's strings there would put every area's schemas and words in it
    // (decision 026). Types cost nothing; areas load theirs with `import()`.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/lib/messages-in-movement*', 'src/lib/messages-account*'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '#contract/routes.ts',
              allowTypeImports: true,
              message:
                'Read the visitors’ or an area’s table (contract/routes-*.ts): the whole table would join the first load.',
            },
          ],
          patterns: [
            {
              group: ['**/messages-in-movement*', '**/messages-account*'],
              allowTypeImports: true,
              message:
                'An area’s strings load with the area (src/lib/message-areas.ts), not in the first load.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The contract imports only zod.' }] },
      ],
    },
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
  {
    // The demo-media generator (tools/demo-media/, its own package): plain Node ES
    // modules that print progress; not product code, so only the base rules apply.
    files: ['tools/demo-media/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  prettier,
);
