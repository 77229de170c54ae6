/**
 * The bilan d'action read back: the PDF with pdftotext (every section of the ARS form, the
 * contents' page numbers, the figures equal to the dashboard's for the same period and scope),
 * the workbook with exceljs (one sheet per table, the same numbers).
 */
import ExcelJS from 'exceljs';
import { addStaffLine, createBilan, saveSection } from '../../electron/bilans/bilans';
import { bilanPdf, bilanXlsx } from '../../electron/bilans/bilan-files';
import { createFunding } from '../../electron/bilans/fundings';
import { createIndicator, createObjective } from '../../electron/bilans/objectives';
import { dashboard } from '../../electron/indicators/dashboard';
import { fundingInput, staffLineInput } from '../../shared/bilans/fundings';
import { indicatorInput } from '../../shared/bilans/objectives';
import { figureDef } from '../../shared/indicators/catalogue';
import { valueText } from '../../shared/indicators/display';
import { createTestApp, type TestApp } from '../helpers/context';
import { action, session } from '../unit/actions/fixtures';
import { givenDataSet, type DataSet } from '../unit/indicators/fixtures';
import { pdfRawFlatText, save } from './poppler';

let app: TestApp;
let data: DataSet;
let bilanId: number;

beforeAll(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  data = await givenDataSet(app);
  const project = await action(app.ctx, {
    kind: 'projet',
    title: 'Structuration des CPTS',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    expectedBeneficiaries: 200,
    actualBeneficiaries: 180,
    partners: 'ARS Bretagne ; Communes (Vitré, Fougères)\nCHU de Rennes',
  });
  const workshop = await action(app.ctx, {
    title: 'Club CPTS',
    projectId: project.id,
    startDate: '2025-02-01',
    endDate: '2025-11-30',
    expectedBeneficiaries: 40,
    actualBeneficiaries: 35,
    partners: 'CHU de Rennes',
  });
  // Two sessions in 2025 (Alice and Bruno present 14–16 at the first, Alice at the second), one cancelled.
  await session(app.ctx, workshop.id, '2025-03-12', { present: [data.people.alice, data.people.bruno] });
  await session(app.ctx, workshop.id, '2025-10-08', { present: [data.people.alice] });
  await session(app.ctx, workshop.id, '2025-06-01', { cancelled: true, present: [data.people.emma] });
  const set = await createObjective(
    app.ctx,
    { kind: 'projet', actionId: project.id },
    'Soutenir la structuration des CPTS',
  );
  const objectiveId = set.objectives[0]?.id ?? 0;
  const line = {
    expectedNumber: null,
    expectedText: null,
    figureId: null,
    resultNumber: null,
    resultText: null,
    comment: null,
  };
  await createIndicator(
    app.ctx,
    objectiveId,
    indicatorInput.parse({
      ...line,
      label: 'Réunions tenues',
      expectedNumber: 4,
      source: 'calcule',
      figureId: 'meetingsHeld',
    }),
  );
  await createIndicator(
    app.ctx,
    objectiveId,
    indicatorInput.parse({
      ...line,
      label: 'Satisfaction des CPTS',
      expectedText: 'Satisfaction globale',
      source: 'saisi',
      resultText: 'Qualité évaluée à 3,8/5',
      comment: '3 sur 4 CPTS répondantes',
    }),
  );
  const funding = await createFunding(
    app.ctx,
    fundingInput.parse({
      funder: 'ARS',
      title: 'CPOM 2025',
      agreementRef: '85_CPOM2025_TIP',
      amountCents: 12_500_000,
      from: '2025-01-01',
      to: '2025-12-31',
      status: 'verse',
      projectIds: [project.id],
      notes: null,
    }),
  );
  bilanId = (
    await createBilan(app.ctx, {
      fundingId: funding.id,
      from: '2025-01-01',
      to: '2025-12-31',
      scope: { kind: 'tout' },
    })
  ).id;
  await addStaffLine(
    app.ctx,
    bilanId,
    staffLineInput.parse({
      role: 'Coordonnateur',
      people: 1,
      minutes: 1610 * 60,
      status: 'salarie',
      steps: 'Ensemble du projet',
    }),
  );
  await addStaffLine(
    app.ctx,
    bilanId,
    staffLineInput.parse({
      role: 'Assistante administrative',
      people: 1,
      minutes: 250 * 60,
      status: 'mis_a_disposition',
      steps: null,
    }),
  );
  await saveSection(app.ctx, bilanId, 'evaluation', 'Auto-évaluation en mars 2026.');
  await saveSection(app.ctx, bilanId, 'impacts', 'Création des six associations CPTS.');
}, 60_000);
afterAll(() => app.close());

async function pdfText(): Promise<string> {
  const file = await bilanPdf(app.ctx, bilanId);
  return pdfRawFlatText(save('bilan.pdf', file.data)).replace(/\u00a0|\u202f/g, ' ');
}

describe('the bilan d’action as PDF', () => {
  it('has every section of the form, its contents with page numbers and the signatures', async () => {
    const text = await pdfText();
    for (const heading of [
      '1. Identification et financement',
      '2. Modalités de réalisation de l’évaluation',
      '3.2. Calendrier de réalisation',
      '3.4. Public et bénéficiaires',
      '3.6. Objectifs et indicateurs',
      '3.7. Partenariat',
      '3.8. Moyens mis en œuvre',
      '4. Chiffres clés de la période',
      '5. Synthèse de l’évaluation',
      '6. Bilan financier',
      '7. Signatures',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(
      /Sommaire 1\. Identification et financement 1 2\. Modalités de réalisation de l’évaluation 2/,
    );
    expect(text).toContain('Montant de la subvention 125 000,00 €');
    expect(text).toContain('Référence convention 85_CPOM2025_TIP');
    expect(text).toContain('Auto-évaluation en mars 2026.');
    expect(text).toContain('Création des six associations CPTS.');
    expect(text).toContain('Hélène Dubois');
    expect(text).toContain('Bernard Hamon');
    expect(text).toContain('Fait à Rennes, le 22/11/2026');
    expect(text).toContain('Précédée de la mention « certifié exact »');
  });

  it('fills the calendar, beneficiaries, partners, human resources and objectives from the data', async () => {
    const text = await pdfText();
    // Planned from the action's dates, actual from its held sessions (the cancelled one left out).
    expect(text).toContain('Club CPTS du 01/02/2025 au 30/11/2025 2 séances du 12/03/2025 au 08/10/2025');
    expect(text).toContain('Total 240 215');
    expect(text).toContain('Communes (Vitré, Fougères) Structuration des CPTS');
    expect(text).toContain('CHU de Rennes Structuration des CPTS ; Club CPTS');
    // Sessions: 3 presences of 2 h, by 2 people.
    expect(text).toMatch(/Bénévoles aux séances des actions financées compté par Porte-voix 2 6 h B/);
    expect(text).toContain('Coordonnateur 1 1610 h S Ensemble du projet');
    expect(text).toContain('Assistante administrative 1 250 h M');
    expect(text).toContain('Soutenir la structuration des CPTS 1- Réunions tenues 4 3 réunions');
    expect(text).toContain('Qualité évaluée à 3,8/5');
    expect(text).toContain('3 sur 4 CPTS répondantes');
  });

  it('prints every key figure as the dashboard says it for the same period and scope', async () => {
    const text = await pdfText();
    const board = await dashboard(app.ctx, { kind: 'annee', year: 2025 }, { kind: 'tout' });
    for (const f of board.figures) {
      const def = figureDef(f.id);
      expect(text).toContain(`${def.label} `);
      expect(text).toContain(valueText(def, f.current).replace(/\u00a0|\u202f/g, ' '));
    }
    // Hand count (see the fixture): 3 meetings held in 2025, attendance 4 of 6.
    expect(text).toContain('Réunions tenues');
    expect(text).toContain('3 réunions');
    expect(text).toContain('67 %');
  });
});

describe('the bilan d’action as a workbook', () => {
  it('has one sheet per table with the same numbers', async () => {
    const file = await bilanXlsx(app.ctx, bilanId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Identification',
      'Calendrier',
      'Bénéficiaires',
      'Partenaires',
      'Moyens humains',
      'Objectifs et indicateurs',
      'Chiffres clés',
      'Textes',
    ]);
    const rows = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? [])
        .slice(2)
        .map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows('Identification')).toContainEqual(['Montant de la subvention (€)', 125000]);
    expect(rows('Bénéficiaires')).toEqual([
      ['Structuration des CPTS', 200, 180],
      ['Club CPTS', 40, 35],
    ]);
    expect(rows('Moyens humains')).toContainEqual([
      'Coordonnateur',
      1,
      1610,
      'S',
      'Ensemble du projet',
      'Saisi',
    ]);
    expect(rows('Moyens humains')[0]?.slice(0, 4)).toEqual([
      'Bénévoles aux séances des actions financées',
      2,
      6,
      'B',
    ]);
    expect(rows('Objectifs et indicateurs')[0]?.slice(0, 5)).toEqual([
      'Projet « Structuration des CPTS »',
      'Soutenir la structuration des CPTS',
      'Réunions tenues',
      '4',
      '3 réunions',
    ]);
    const board = await dashboard(app.ctx, { kind: 'annee', year: 2025 }, { kind: 'tout' });
    const meetings = board.figures.find((f) => f.id === 'meetingsHeld');
    expect(rows('Chiffres clés')).toContainEqual(
      expect.arrayContaining([
        'Réunions tenues',
        valueText(figureDef('meetingsHeld'), meetings?.current ?? { value: 0, of: null }),
      ]),
    );
    expect(rows('Textes')).toContainEqual(['Méthode d’évaluation', 'Auto-évaluation en mars 2026.']);
  });
});
