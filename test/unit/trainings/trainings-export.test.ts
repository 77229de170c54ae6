import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../helpers/context';
import { trainingInput, hoursTextToMinutes } from '../../../shared/trainings/schemas';
import * as trainings from '../../../electron/trainings/trainings';
import { exportList } from '../../../electron/exchange/export';
import { setRepresentativeArchived } from '../../../electron/register/representatives';
import { person } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const baseKind = async () => (await trainings.listTrainingKinds(app.ctx, false)).find((k) => k.isBase);

describe('trainings', () => {
  it('start with the seeded kinds, the formation de base flagged', async () => {
    const kinds = await trainings.listTrainingKinds(app.ctx, false);
    expect(kinds.map((k) => k.label)).toContain('Formation de base des représentants des usagers');
    expect(kinds.filter((k) => k.isBase)).toHaveLength(1);
  });

  it('store hours as whole minutes and list them with search, kind and year filters', async () => {
    expect(hoursTextToMinutes('3,5')).toBe(210);
    expect(hoursTextToMinutes('')).toBeNull();
    const anne = await person(app.ctx, 'Martin', 'Anne');
    const luc = await person(app.ctx, 'Durand', 'Luc');
    const base = await baseKind();
    const other = (await trainings.listTrainingKinds(app.ctx, false)).find((k) => !k.isBase);
    if (!base || !other) throw new Error('types absents');
    await trainings.createTraining(
      app.ctx,
      trainingInput.parse({
        representativeId: anne.id,
        kindId: base.id,
        date: '2025-03-10',
        durationMinutes: 840,
        organiser: 'France Assos Santé',
      }),
    );
    await trainings.createTraining(
      app.ctx,
      trainingInput.parse({
        representativeId: luc.id,
        kindId: other.id,
        date: '2026-05-02',
        durationMinutes: 210,
        organiser: null,
      }),
    );
    const all = await trainings.listTrainings(app.ctx, {
      search: '',
      kindId: null,
      year: null,
      sort: 'date',
      direction: 'desc',
    });
    expect(all).toMatchObject({ total: 2, totalMinutes: 1050, years: [2026, 2025] });
    expect(all.rows.map((t) => t.personName)).toEqual(['Luc Durand', 'Anne Martin']);
    expect(
      (
        await trainings.listTrainings(app.ctx, {
          search: 'assos',
          kindId: null,
          year: null,
          sort: 'date',
          direction: 'desc',
        })
      ).total,
    ).toBe(1);
    expect(
      (
        await trainings.listTrainings(app.ctx, {
          search: '',
          kindId: base.id,
          year: null,
          sort: 'date',
          direction: 'desc',
        })
      ).rows[0]?.personName,
    ).toBe('Anne Martin');
    expect(
      (
        await trainings.listTrainings(app.ctx, {
          search: '',
          kindId: null,
          year: 2026,
          sort: 'nom',
          direction: 'asc',
        })
      ).total,
    ).toBe(1);
  });

  it('keep past trainings when their kind is archived, but refuse the archived kind for new ones', async () => {
    const anne = await person(app.ctx, 'Martin', 'Anne');
    const kind = await trainings.createTrainingKind(app.ctx, { label: 'Premiers secours', isBase: false });
    await trainings.createTraining(
      app.ctx,
      trainingInput.parse({
        representativeId: anne.id,
        kindId: kind.id,
        date: '2025-03-10',
        durationMinutes: null,
      }),
    );
    await trainings.setTrainingKindArchived(app.ctx, kind.id, true);
    expect((await trainings.listTrainingKinds(app.ctx, false)).some((k) => k.id === kind.id)).toBe(false);
    expect((await trainings.trainingsOfPerson(app.ctx, anne.id))[0]?.kindLabel).toBe('Premiers secours');
    await expect(
      trainings.createTraining(
        app.ctx,
        trainingInput.parse({
          representativeId: anne.id,
          kindId: kind.id,
          date: '2025-04-10',
          durationMinutes: null,
        }),
      ),
    ).rejects.toMatchObject({ message: 'Ce type de formation est archivé : choisissez-en un autre.' });
  });

  it('refuse two kinds with the same label', async () => {
    await expect(
      trainings.createTrainingKind(app.ctx, { label: 'formation cdu', isBase: false }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('export', () => {
  it('writes CSV for French Excel: BOM, semicolons, DD/MM/YYYY dates', async () => {
    const anne = await person(app.ctx, 'Martin', 'Anne', { city: 'Rennes; centre' });
    const base = await baseKind();
    if (!base) throw new Error('type absent');
    await trainings.createTraining(
      app.ctx,
      trainingInput.parse({
        representativeId: anne.id,
        kindId: base.id,
        date: '2025-03-10',
        durationMinutes: 90,
      }),
    );
    const reps = await exportList(app.ctx, 'representatives', 'csv');
    const text = reps.data.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Civilité;Nom;Prénom;E-mail');
    expect(text).toContain('"Rennes; centre"');
    const tr = (await exportList(app.ctx, 'trainings', 'csv')).data.toString('utf8');
    expect(tr).toContain('Anne Martin;Formation de base des représentants des usagers;oui;10/03/2025;1,5;');
  });

  it('writes XLSX with a bold header and real dates, for every list', async () => {
    const anne = await person(app.ctx, 'Martin', 'Anne');
    const base = await baseKind();
    if (!base) throw new Error('type absent');
    await trainings.createTraining(
      app.ctx,
      trainingInput.parse({
        representativeId: anne.id,
        kindId: base.id,
        date: '2025-03-10',
        durationMinutes: 90,
      }),
    );
    const file = await exportList(app.ctx, 'trainings', 'xlsx');
    expect(file.fileName).toBe('formations-2026-11-22.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    const date = sheet?.getRow(2).getCell(4).value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2025-03-10');
    for (const kind of ['representatives', 'instances', 'mandates', 'signatures'] as const) {
      expect((await exportList(app.ctx, kind, 'xlsx')).data.length).toBeGreaterThan(100);
    }
  });

  it('keeps every cell starting like a formula inert: apostrophe in CSV, plain text cell in XLSX', async () => {
    const dangerous = {
      city: "-2+3+cmd|' /C calc'!A0",
      employer: '+1+HYPERLINK("http://e")',
      addressLine: '=1+1',
      originAssociation: '@SUM(A1)',
    };
    await person(app.ctx, 'Martin', 'Anne', { ...dangerous, employed: true });
    const csv = (await exportList(app.ctx, 'representatives', 'csv')).data.toString('utf8');
    const line = csv.split('\r\n')[1] ?? '';
    for (const value of Object.values(dangerous)) {
      const cell = `'${value}`;
      expect(line).toContain(/[";]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    }
    expect(line.split(';').some((cell) => /^[=+\-@]/.test(cell))).toBe(false);

    const file = await exportList(app.ctx, 'representatives', 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]?.getRow(2);
    const cells = [6, 8, 9, 11].map((n) => row?.getCell(n));
    expect(cells.map((c) => c?.value)).toEqual([
      dangerous.addressLine,
      dangerous.city,
      dangerous.originAssociation,
      dangerous.employer,
    ]);
    expect(cells.every((c) => c?.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it('dates « Archivé le » with the local calendar day, not the UTC one', async () => {
    // Paris in winter (UTC+1), simulated on the local-time getters: Jest cannot change TZ.
    const paris = (d: Date) => new Date(d.getTime() + 3_600_000);
    const spies = [
      jest.spyOn(Date.prototype, 'getFullYear').mockImplementation(function (this: Date) {
        return paris(this).getUTCFullYear();
      }),
      jest.spyOn(Date.prototype, 'getMonth').mockImplementation(function (this: Date) {
        return paris(this).getUTCMonth();
      }),
      jest.spyOn(Date.prototype, 'getDate').mockImplementation(function (this: Date) {
        return paris(this).getUTCDate();
      }),
    ];
    try {
      const anne = await person(app.ctx, 'Martin', 'Anne');
      app.setNow('2026-11-22T23:30:00.000Z'); // 00:30 on 23/11 in Paris
      await setRepresentativeArchived(app.ctx, anne.id, true);
      const csv = (await exportList(app.ctx, 'representatives', 'csv')).data.toString('utf8');
      expect(csv.split('\r\n')[1]).toMatch(/;23\/11\/2026$/);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
