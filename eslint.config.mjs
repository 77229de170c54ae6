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

const nodeModules = [...nodeBuiltins, 'node:*'];

// ------------------------------------------------------------------ layers
// Which folder may import which. Each layer lists what it may NOT reach, with the French message
// a developer reads in the editor. test/unit/core/layers.test.ts lints a violation of each.

/** Only the Electron shell imports electron: elsewhere it would pull the binary into the tests. */
const electronOnlyInShell = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Seule la coque Electron (main, preload, shell/desktop-*) importe electron.',
};

/** The renderer sees the main process only through the types of the IPC contract. */
const rendererLayer = {
  paths: [],
  patterns: [
    {
      group: ['**/electron/ipc/contract', '**/electron/*/contract'],
      allowTypeImports: true,
      message:
        'Le renderer n’importe du contrat IPC que des types (import type) : les appels passent par renderer/api.ts.',
    },
    {
      group: ['**/electron', '**/electron/**', '!**/electron/ipc/contract', '!**/electron/*/contract'],
      message:
        'Le renderer n’importe rien du processus principal (electron/) hormis les types du contrat IPC (electron/ipc/contract, electron/<domaine>/contract).',
    },
    {
      group: ['**/db', '**/db/**', '**/demo', '**/demo/**'],
      message: 'Le renderer n’accède pas à la base : il appelle un canal du contrat via renderer/api.ts.',
    },
    {
      group: [
        'electron',
        'better-sqlite3',
        'better-sqlite3-multiple-ciphers',
        'kysely',
        'pdfkit',
        'exceljs',
        'fontkit',
      ],
      message: 'Module du processus principal interdit dans le renderer.',
    },
    { group: nodeModules, message: 'Pas de module Node dans le renderer.' },
  ],
};

/** Pure rules, shared by the renderer and the main process: no I/O, no other layer. */
const sharedLayer = {
  paths: [],
  patterns: [
    {
      group: [
        '**/electron',
        '**/electron/**',
        '**/db',
        '**/db/**',
        '**/renderer',
        '**/renderer/**',
        '**/demo',
        '**/demo/**',
      ],
      message:
        'shared/ ne contient que des règles pures : il n’importe ni electron/, ni db/, ni renderer/, ni demo/.',
    },
    {
      group: [
        'electron',
        'better-sqlite3',
        'better-sqlite3-multiple-ciphers',
        'kysely',
        'pdfkit',
        'exceljs',
        'fontkit',
        ...nodeModules,
      ],
      message:
        'shared/ ne fait aucune entrée-sortie (pas de module Node, de base de données, de PDF ni de tableur) : mettez ce code dans electron/ ou db/.',
    },
  ],
};

/** Repositories know tables, never the services, the IPC, the pages or the demo data above them. */
const dbLayer = {
  paths: [electronOnlyInShell],
  patterns: [
    {
      group: ['**/electron', '**/electron/**', '**/renderer', '**/renderer/**', '**/demo', '**/demo/**'],
      message:
        'db/ n’importe rien de electron/, renderer/ ni demo/ : les dépôts ne connaissent que les tables (et shared/).',
    },
  ],
};

/** Services reach the database only through repositories (db/<domaine>/). */
const mainProcessLayer = {
  paths: [
    electronOnlyInShell,
    {
      name: 'kysely',
      allowTypeImports: true,
      message:
        'Pas de requête dans electron/ : écrivez-la dans un dépôt de db/<domaine>/ (seuls les types de kysely sont permis ici).',
    },
    {
      name: 'better-sqlite3',
      message:
        'Seul db/ ouvre la base (db/connection.ts, db/cipher.ts), avec better-sqlite3-multiple-ciphers.',
    },
    {
      name: 'better-sqlite3-multiple-ciphers',
      message: 'Seul db/ ouvre la base (db/connection.ts, db/cipher.ts).',
    },
  ],
  patterns: [],
};

const queryBuilderCall = {
  selector:
    'CallExpression > MemberExpression.callee[property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|with|withRecursive|executeQuery)$/]',
  message:
    'Pas de requête dans electron/ : appelez une fonction d’un dépôt de db/<domaine>/ (un service ouvre la transaction, le dépôt écrit la requête).',
};

const restrict = (layer) => ({ '@typescript-eslint/no-restricted-imports': ['error', layer] });

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
      ...restrict(rendererLayer),
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict(sharedLayer) },
  { files: ['db/**/*.ts'], rules: restrict(dbLayer) },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/desktop-*.ts'],
    rules: { ...restrict(mainProcessLayer), 'no-restricted-syntax': ['error', queryBuilderCall] },
  },
  {
    files: ['bench/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ignores: ['test/e2e/**'],
    rules: restrict({ paths: [electronOnlyInShell], patterns: [] }),
  },
);
