import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../helpers/context';
import { analyzeImport, runImport } from '../../../electron/exchange/import';
import { importTemplate } from '../../../electron/exchange/import-template';
import { importFields } from '../../../shared/exchange/schemas';
import { instance } from '../trainings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

async function template() {
  const file = await importTemplate(app.ctx);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.data as unknown as ArrayBuffer);
  return { file, book };
}

const cellText = (row: ExcelJS.Row, i: number) => String(row.getCell(i).text ?? '');

describe('the import template', () => {
  it('has every recognised column in the import’s order, and a guide line per column', async () => {
    const { file, book } = await template();
    expect(file.fileName).toBe('modele-import-porte-voix.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Registre', 'Mode d’emploi']);
    const sheet = book.getWorksheet('Registre');
    if (!sheet) throw new Error('feuille Registre absente');
    const headers = importFields.map((_, i) => cellText(sheet.getRow(1), i + 1));
    expect(headers).toEqual(importFields.map((f) => f.label));
    const guide = book.getWorksheet('Mode d’emploi');
    if (!guide) throw new Error('feuille Mode d’emploi absente');
    const guided = importFields.map((_, i) => cellText(guide.getRow(i + 2), 1));
    expect(guided).toEqual(importFields.map((f) => f.label));
    // The required columns say so; « Rôle » lists the roles the import reads.
    expect(cellText(guide.getRow(2 + importFields.findIndex((f) => f.field === 'lastName')), 2)).toBe('oui');
    const role = guide.getRow(2 + importFields.findIndex((f) => f.field === 'role'));
    expect(cellText(role, 2)).toBe('pour une ligne de mandat');
    expect(cellText(role, 3)).toContain('Titulaire');
    expect(cellText(role, 4)).toContain('fonction');
  });

  it('imports as it is: every column recognised, its example line valid on an instance of the register', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const { file } = await template();
    const input = { fileName: file.fileName, dataBase64: file.data.toString('base64'), mapping: null };
    const analysis = await analyzeImport(app.ctx, input);
    for (const f of importFields) expect(analysis.mapping[f.field]).not.toBeNull();
    expect(analysis.errors).toEqual([]);
    expect(analysis.counts).toMatchObject({ peopleCreated: 1, mandatesCreated: 1 });
    const result = await runImport(app.ctx, input);
    expect(result).toMatchObject({ peopleCreated: 1, mandatesCreated: 1 });
    const mandate = await app.ctx.db
      .selectFrom('mandate')
      .innerJoin('instance', 'instance.id', 'mandate.instance_id')
      .select(['instance.name', 'mandate.start_date', 'mandate.end_date', 'mandate.role'])
      .executeTakeFirstOrThrow();
    expect(mandate).toEqual({
      name: 'CDU du CHU de Rennes',
      start_date: '2025-12-01',
      end_date: '2028-11-30',
      role: 'titulaire',
    });
  });

  it('names an example instance when the register has none, and the import says to create it first', async () => {
    const { file } = await template();
    const analysis = await analyzeImport(app.ctx, {
      fileName: file.fileName,
      dataBase64: file.data.toString('base64'),
      mapping: null,
    });
    expect(analysis.errors.map((e) => e.message).join(' ')).toContain('créez-la d’abord');
  });
});
