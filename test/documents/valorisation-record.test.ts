/** The valorisation du bénévolat on a person's relevé annuel, read back with pdftotext. */
import { participationRecordFile } from '../../electron/attestations/participation-records';
import { createTestApp, type TestApp } from '../helpers/context';
import { call, givenDataSet, givenRates2026, type DataSet } from '../unit/valorisation/fixtures';
import { pdfRawFlatText, save } from './poppler';

let app: TestApp;
let data: DataSet;
let settings: Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp();
  data = await givenDataSet(app);
  await givenRates2026(app.ctx, data);
  settings = await call(app.ctx, 'valorisationSettings:get', {});
  app.setNow('2027-01-10T10:00:00.000Z');
});
afterAll(() => app.close());

const relevé = async (name: string, year: number) =>
  pdfRawFlatText(
    save(name, (await participationRecordFile(app.ctx, { representativeId: data.people.alice, year })).data),
  );

describe('the relevé annuel and the valorisation', () => {
  it('leaves the valorisation out by default', async () => {
    expect(await relevé('releve-sans.pdf', 2026)).not.toContain('Valorisation du bénévolat');
  });

  it('shows the person’s hours × hourly value by category when the settings say so', async () => {
    await call(app.ctx, 'valorisationSettings:save', { ...settings, showOnRecord: true });
    const text = await relevé('releve-valorisation.pdf', 2026);
    expect(text).toContain('Valorisation du bénévolat');
    expect(text).toContain('Catégorie Heures Valeur horaire Valorisation');
    expect(text).toContain('Représentation dans les instances 5 h 15,00 € 75,00 €');
    expect(text).toContain('Préparation des réunions et des actions 2 h 30 12,50 € 31,25 €');
    expect(text).toContain('Total 7 h 30 106,25 €');
    expect(text).toContain('elle n’ouvre pas droit à une réduction d’impôt');
    // The relevé's own hours count the common hour of the two meetings once (4 h): the
    // valorisation follows the dashboard (5 h), and says so.
    expect(text).toContain('Heures de représentation 4 h');
    expect(text).toContain('comptent chacune leurs heures, comme au tableau de bord');
  });

  it('refuses a relevé whose hours have no hourly value, saying which', async () => {
    await expect(relevé('releve-2025.pdf', 2025)).rejects.toThrow(
      'Le relevé 2025 de Alice Test n’est pas produit : Aucune valeur horaire pour « Représentation dans les instances » en 2025 (2\u00a0h)',
    );
  });
});
