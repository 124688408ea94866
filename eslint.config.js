import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // SQL lives in repositories: the rest of the server (routes, use cases, policies, presenters, the
    // demo loader, the CLI, test factories) reaches the database through a feature's repository.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/**/*.repository.ts', 'packages/server/src/**/*.test.ts', 'packages/server/src/db/**', 'packages/server/src/ops/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'SQL belongs in <feature>.repository.ts; call a repository method instead.' }],
          patterns: [
            { group: ['drizzle-orm/*'], message: 'SQL belongs in <feature>.repository.ts; call a repository method instead.' },
            {
              group: ['**/db/schema', '**/db/schema.ts', '**/db/schema/*'],
              allowTypeImports: true,
              message: 'Tables are for repositories; outside them import row types only (import type …).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
