import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'events',
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['scripts/**/*.mjs', '*.js', '*.mjs', '*.cjs'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // French typography puts no-break spaces before « : ; ! ? » and inside « guillemets ».
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // The renderer talks to the main process through api.ts only: no Node, no database, no
      // main-process code — except `import type` of the IPC contract and the shared pure code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/db/**'],
              allowTypeImports: true,
              message: 'Le renderer ne peut importer que les types du contrat IPC.',
            },
            {
              group: ['electron', 'better-sqlite3', 'kysely', 'pdfkit', 'exceljs'],
              message: 'Module du processus principal interdit dans le renderer.',
            },
            {
              group: [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`), 'node:*'],
              message: 'Pas de module Node dans le renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/db/**', 'electron', 'node:*', ...nodeBuiltins],
              message: 'shared/ est du code pur, partagé avec le renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the shell may import electron: importing it elsewhere would pull the binary into tests.
    files: ['electron/**/*.ts', 'db/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/desktop-*.ts', 'test/e2e/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Seule la coque Electron importe electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
