/**
 * The rapport d'activité read back with pdftotext: every figure of the dashboard, as the dashboard
 * says it, the charts' labels, the mandates held by instance and the actions carried.
 */
import { annualReportPdf } from '../../../electron/indicators/annual-report';
import { congeFigure } from '../../../electron/indicators/conge-figure';
import { dashboard } from '../../../electron/indicators/dashboard';
import { dispatch } from '../../../electron/ipc/dispatch';
import { figureDef } from '../../../shared/indicators/catalogue';
import { evolution, valueText } from '../../../shared/indicators/display';
import type { PeriodData } from '../../../shared/indicators/schemas';
import { createTestApp, type TestApp } from '../../helpers/context';
import { pdfFlatText, pdfRawFlatText, save } from '../../documents/poppler';
import { givenEngagement, type EngagementSet } from './engagement-fixtures';
import { givenDataSet } from './fixtures';

let app: TestApp;
let engagement: EngagementSet;
beforeAll(async () => {
  app = await createTestApp();
  const data = await givenDataSet(app);
  engagement = await givenEngagement(app, data);
});
afterAll(async () => app.close());

const y2025: PeriodData = { kind: 'annee', year: 2025 };
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('rapport d’activité 2025', () => {
  let text: string;
  let raw: string;
  beforeAll(async () => {
    const file = await annualReportPdf(app.ctx, y2025, { kind: 'tout' });
    const path = save('rapport-activite-2025.pdf', file.data);
    text = pdfFlatText(path);
    raw = pdfRawFlatText(path);
  });

  it('prints every figure of the dashboard, its value and its evolution as the dashboard says them', async () => {
    const board = await dashboard(app.ctx, y2025, { kind: 'tout' });
    const conge = await congeFigure(app.ctx, y2025, { kind: 'tout' });
    // 13 figures of the instances and the money (the congé comes apart), 8 of actions and answers,
    // 2 of the valorisation du bénévolat.
    expect(board.figures).toHaveLength(23);
    for (const f of [...board.figures, conge]) {
      const def = figureDef(f.id);
      expect(raw).toContain(flat(def.label));
      expect(raw).toContain(flat(valueText(def, f.current)));
      expect(raw).toContain(flat(evolution(def, f.current, f.previous, '2024').text));
    }
    // A few by hand (fixtures.ts, engagement-fixtures.ts).
    expect(raw).toContain('Réunions tenues 3 réunions');
    expect(raw).toContain('Actions avec participation des usagers 75 %');
    expect(raw).toContain('Note moyenne des retours 3,8 / 5');
    expect(raw).toContain('Frais remboursés 55,00 €');
  });

  it('draws the breakdowns as charts with their labels', () => {
    expect(text).toContain('Séances d’actions tenues — par mois');
    expect(text).toContain('Actions avec participation des usagers — par niveau d’implication');
    expect(raw).toContain('Collaborer / Co-construire');
  });

  it('lists the mandates held by instance and the actions carried', () => {
    expect(raw).toContain('Mandats détenus');
    expect(raw).toContain('CDU du CHU de Rennes — CHU de Rennes');
    expect(raw).toMatch(/Alice Test Titulaire 01\/01\/2023 31\/12\/2025/);
    expect(raw).toContain('Actions et projets portés');
    expect(raw).toMatch(
      /Parcours diabète Projet · En cours CHU de Rennes Du 01\/01\/2025 au 31\/12\/2025 0 0/,
    );
    expect(raw).toMatch(
      /Ateliers diabète Action · En cours CDU du CHU de Rennes Du 01\/03\/2025 au 30\/06\/2025 1 2/,
    );
    expect(raw).not.toContain('Atelier annulé');
  });

  it('for a project: its figures only, no mandates', async () => {
    const file = await annualReportPdf(app.ctx, y2025, { kind: 'projet', id: engagement.actions.p1 });
    const t = pdfRawFlatText(save('rapport-projet.pdf', file.data));
    expect(t).toContain('Projet « Parcours diabète »');
    expect(t).not.toContain('Mandats détenus');
    expect(t).not.toContain('Représentants engagés');
    expect(t).toContain('Bénéficiaires touchés sur prévus 33 %');
  });

  it('is produced through the boundary as a file reference', async () => {
    const answer = await dispatch(app.ctx, 'indicators:annualReportPdf', {
      period: y2025,
      scope: { kind: 'tout' },
    });
    expect(answer.ok).toBe(true);
  });
});
