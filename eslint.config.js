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
    ignores: [
      'packages/server/src/**/*.repository.ts',
      'packages/server/src/**/*.test.ts',
      'packages/server/src/db/**',
      'packages/server/src/ops/**',
    ],
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
  // Web client: requests go through the feature's <feature>Api.ts (JSON) or api/files.ts (uploads,
  // downloads); components and hooks never call the server themselves.
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ignores: ['packages/web/src/api/**', 'packages/web/src/**/*Api.ts', 'packages/web/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/client.ts'],
              importNames: ['api', 'apiRequest'],
              message: "Call the server through the feature's <feature>Api.ts (or api/files.ts for files).",
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: "Requests go through api/client.ts, api/files.ts and the features' *Api.ts modules." },
        { name: 'XMLHttpRequest', message: 'Uploads go through api/files.ts.' },
      ],
    },
  },
);
