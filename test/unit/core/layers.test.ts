/**
 * The layers are enforced by ESLint (eslint.config.mjs), not by habit: each snippet below is linted
 * at a virtual path with the project's own configuration, as `npm run lint` would, and each
 * violation must be an error carrying the layer's French message.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

interface Snippet {
  filePath: string;
  code: string;
}
interface Linted {
  filePath: string;
  errors: Array<{ ruleId: string | null; message: string }>;
}

const violations: Array<Snippet & { says: RegExp }> = [
  {
    filePath: 'renderer/register/Page.tsx',
    code: "import { openDatabase } from '../../db/connection';\nexport const open = openDatabase;\n",
    says: /Le renderer n’accède pas à la base/,
  },
  {
    filePath: 'renderer/register/Page.tsx',
    code: "import type { Executor } from '../../db/audit';\nexport type E = Executor;\n",
    says: /Le renderer n’accède pas à la base/,
  },
  {
    filePath: 'renderer/register/Page.tsx',
    code: "import type { ServiceContext } from '../../electron/service-context';\nexport type C = ServiceContext;\n",
    says: /hormis les types du contrat IPC/,
  },
  {
    filePath: 'renderer/register/Page.tsx',
    code: "import { registerContract } from '../../electron/register/contract';\nexport const c = registerContract;\n",
    says: /que des types \(import type\)/,
  },
  {
    filePath: 'renderer/register/Page.tsx',
    code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    says: /Pas de module Node dans le renderer/,
  },
  {
    filePath: 'db/register/mandates.ts',
    code: "import { AppError } from '../../electron/errors';\nexport const E = AppError;\n",
    says: /db\/ n’importe rien de electron\//,
  },
  {
    filePath: 'db/register/mandates.ts',
    code: "import { seedDemo } from '../../demo';\nexport const s = seedDemo;\n",
    says: /db\/ n’importe rien de electron\/, renderer\/ ni demo\//,
  },
  {
    filePath: 'shared/rules/dates.ts',
    code: "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n",
    says: /shared\/ ne fait aucune entrée-sortie/,
  },
  {
    filePath: 'shared/rules/dates.ts',
    code: "import { sql } from 'kysely';\nexport const q = sql;\n",
    says: /shared\/ ne fait aucune entrée-sortie/,
  },
  {
    filePath: 'shared/register/schemas.ts',
    code: "import { notFound } from '../../electron/errors';\nexport const n = notFound;\n",
    says: /shared\/ ne contient que des règles pures/,
  },
  {
    filePath: 'electron/register/mandates.ts',
    code:
      "import type { ServiceContext } from '../service-context';\n" +
      "export const count = (ctx: ServiceContext) => ctx.db.selectFrom('mandate').selectAll().execute();\n",
    says: /Pas de requête dans electron\//,
  },
  {
    filePath: 'electron/meetings/meetings.ts',
    code:
      "import type { ServiceContext } from '../service-context';\n" +
      'export const rename = (ctx: ServiceContext) =>\n' +
      "  ctx.db.transaction().execute((trx) => trx.updateTable('meeting').set({ place: '' }).execute());\n",
    says: /Pas de requête dans electron\//,
  },
  {
    filePath: 'electron/meetings/meetings.ts',
    code: "import { sql } from 'kysely';\nexport const now = sql`select 1`;\n",
    says: /Pas de requête dans electron\//,
  },
];

const compliant: Snippet[] = [
  {
    filePath: 'renderer/register/Page.tsx',
    code:
      "import type { ChannelOutput } from '../../electron/ipc/contract';\n" +
      "import type { registerContract } from '../../electron/register/contract';\n" +
      "import { frenchDate } from '../../shared/rules/dates';\n" +
      "import { call } from '../api';\n" +
      "export type Out = ChannelOutput<'representatives:get'> | typeof registerContract;\n" +
      'export const show = (iso: string) => (call ? frenchDate(iso) : iso);\n',
  },
  {
    filePath: 'db/register/mandates.ts',
    code:
      "import type { Executor } from '../audit';\n" +
      "import { frenchDate } from '../../shared/rules/dates';\n" +
      "export const list = (db: Executor) => db.selectFrom('mandate').selectAll().execute();\n" +
      'export const show = frenchDate;\n',
  },
  {
    filePath: 'shared/rules/dates.ts',
    code: "import { z } from 'zod';\nexport const iso = z.string();\n",
  },
  {
    filePath: 'electron/register/mandates.ts',
    code:
      "import type { Kysely } from 'kysely';\n" +
      "import type { ServiceContext } from '../service-context';\n" +
      "import * as repo from '../../db/register/mandates';\n" +
      'export const list = (ctx: ServiceContext) =>\n' +
      '  ctx.db.transaction().execute((trx) => repo.listMandates(trx));\n' +
      'export type K = Kysely<object>;\n',
  },
];

function lint(snippets: Snippet[]): Linted[] {
  const script = path.resolve(__dirname, '../../helpers/lint-snippets.mjs');
  const out = execFileSync(process.execPath, [script], { input: JSON.stringify(snippets), encoding: 'utf8' });
  return JSON.parse(out) as Linted[];
}

jest.setTimeout(60_000);

let linted: Linted[];
beforeAll(() => {
  linted = lint([...violations, ...compliant]);
});

test.each(violations.map((v, i) => [v.filePath, v.code.split('\n')[0], i] as const))(
  'a layer violation fails lint: %s « %s »',
  (_file, _line, i) => {
    const messages = linted[i]?.errors.map((e) => e.message) ?? [];
    expect(messages.some((m) => violations[i]?.says.test(m))).toBe(true);
  },
);

test.each(compliant.map((c, i) => [c.filePath, i] as const))('a compliant snippet passes: %s', (_file, i) => {
  expect(linted[violations.length + i]?.errors).toEqual([]);
});
