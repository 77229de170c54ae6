/**
 * « Actions et projets » from a volunteer's seat: an action created through the form (its field
 * errors first), found again by search and filters, edited, and its record with its sessions.
 */
import type { Page } from 'playwright-core';
import { openDatabase } from '../../db/connection';
import { closeBrowser, describeApp, launchApp, rawApi, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

const SHOTS = process.env.PORTE_VOIX_SHOTS ?? '/tmp';

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} : ${result.error?.message}`);
  return result.value;
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function shots(page: Page, name: string, target: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/actions-${name}-${target}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

const base = {
  kind: 'action',
  projectId: null,
  carrier: 'association',
  organisationId: null,
  instanceId: null,
  themeId: null,
  phase: null,
  involvementLevel: null,
  status: 'prevu',
  startDate: null,
  endDate: null,
  place: null,
  description: null,
  expectedBeneficiaries: null,
  actualBeneficiaries: null,
  partners: null,
  attestationKind: 'participation',
};

/** A forum of 2025 with two sessions written as the sessions' pages write them (meetings of the action). */
async function seedForum(dbFile: string): Promise<void> {
  const database = await openDatabase(dbFile);
  const at = '2025-03-01T10:00:00.000Z';
  const { id } = await database.db
    .insertInto('action')
    .values({
      kind: 'action',
      title: 'Forum santé mentale',
      carrier: 'association',
      status: 'termine',
      start_date: '2025-03-12',
      end_date: '2025-03-12',
      place: 'Salle polyvalente de Fougères',
      search_text: 'forum sante mentale salle polyvalente de fougeres',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [date, counted] of [
    ['2025-03-12', 48],
    ['2025-03-13', null],
  ] as const)
    await database.db
      .insertInto('meeting')
      .values({
        action_id: id,
        date,
        start_time: '14:00',
        end_time: '17:30',
        place: 'Salle polyvalente',
        counted_participants: counted,
        cancelled_at: counted === null ? at : null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  await database.close();
}

describeApp('Actions et projets', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target, { seed: seedForum });
  });
  afterEach(() => app.close());

  it('creates an action in a project, finds it by search and filters, edits it', async () => {
    const { page } = app;
    await api(app, 'organisations:create', { name: 'CPTS Rennes Nord', kind: 'cpts', city: 'Rennes' });
    await api(app, 'actions:create', {
      ...base,
      kind: 'projet',
      title: 'Parcours diabète',
      status: 'en_cours',
    });

    await go(page, '#/actions');
    await page.getByRole('row', { name: /Forum santé mentale/ }).waitFor();
    await page.getByTestId('compte').getByText('2 actions et projets').waitFor();

    await page.getByRole('button', { name: 'Nouvelle action ou projet' }).click();
    await page.getByRole('heading', { name: 'Nouvelle action' }).waitFor();
    // Refused as it is: the message is under the field.
    await page.getByRole('radio', { name: 'Une organisation' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Indiquez le titre').waitFor();
    await page.getByText('Choisissez l’organisation qui porte l’action').waitFor();
    await shots(page, 'form-errors', target);

    await page.getByLabel('Titre').fill('Groupe de travail prévention');
    await page.getByRole('combobox', { name: 'Projet' }).fill('diab');
    await page.getByRole('option', { name: 'Parcours diabète' }).click();
    await page.getByRole('combobox', { name: 'Organisation' }).click();
    await page.getByRole('option', { name: 'CPTS Rennes Nord' }).click();
    await page.getByRole('combobox', { name: 'Thématique' }).click();
    await page.getByRole('option', { name: 'Maladies chroniques (diabète, IRC, ICC, AVC)' }).click();
    await page.getByRole('combobox', { name: 'Niveau d’implication des usagers' }).click();
    await page.getByRole('option', { name: 'Collaborer / Co-construire' }).click();
    await page.getByLabel('Début').fill('15/01/2026');
    await page.getByLabel('Fin').fill('10/01/2026');
    await page.getByLabel('Lieu').click();
    await page.getByLabel('Lieu').fill('Maison de santé de Vitré');
    await page.getByLabel('Partenaires').fill('Réseau diabète 35, Mutualité française');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('La fin ne peut pas précéder le début').waitFor();
    await page.getByLabel('Fin').fill('30/06/2026');
    await page.getByLabel('Lieu').click();
    await page
      .getByText('Une participation à un groupe de travail n’ouvre pas droit au congé de représentation', {
        exact: false,
      })
      .waitFor();
    await shots(page, 'form', target);
    await page.getByText('Type d’attestation').scrollIntoViewIfNeeded();
    await shots(page, 'form-attestation', target);
    await page.getByLabel('Lieu').press('Enter');

    await page.getByRole('heading', { name: 'Groupe de travail prévention' }).waitFor();
    await page.getByRole('link', { name: 'Parcours diabète' }).waitFor();
    await page.getByText('CPTS Rennes Nord').waitFor();
    await page.getByText('du 15/01/2026 au 30/06/2026').waitFor();
    await page.getByText('Aucune séance pour l’instant', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Supprimer' }).waitFor();
    await page.getByRole('button', { name: 'Ajouter une séance' }).waitFor();
    await shots(page, 'detail-new', target);

    // Found by a word of the place, typed without accents, and by the filters.
    await go(page, '#/actions');
    const list = page.getByRole('table', { name: 'Liste des actions et projets' });
    await page.getByLabel('Rechercher').fill('vitre');
    await page.getByTestId('compte').getByText('1 action ou projet').waitFor();
    await list.getByText('Groupe de travail prévention').waitFor();
    await page.getByLabel('Rechercher').fill('');
    await page.getByTestId('compte').getByText('3 actions et projets').waitFor();
    await page.getByRole('combobox', { name: 'Porteur' }).click();
    await page.getByRole('option', { name: 'CPTS Rennes Nord' }).click();
    await page.getByTestId('compte').getByText('1 action ou projet').waitFor();
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByRole('combobox', { name: 'Année' }).click();
    await page.getByRole('option', { name: '2025' }).click();
    await page.getByTestId('compte').getByText('1 action ou projet').waitFor();
    await list.getByText('Forum santé mentale').waitFor();
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByTestId('compte').getByText('3 actions et projets').waitFor();
    await shots(page, 'list', target);

    // Edited: its new status shows in the list.
    await list.getByText('Groupe de travail prévention').click();
    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByRole('heading', { name: 'Modifier l’action' }).waitFor();
    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'En cours' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Groupe de travail prévention' }).waitFor();
    await go(page, '#/actions');
    await page
      .getByRole('row', { name: /Groupe de travail prévention/ })
      .getByText('En cours')
      .waitFor();

    // Escape with unsaved edits asks first.
    await go(page, '#/actions/nouvelle');
    await page.getByLabel('Titre').fill('Brouillon');
    await page.getByLabel('Titre').press('Escape');
    await page.getByText('Quitter sans enregistrer ?').waitFor();
  });

  it('shows the sessions of an action, and offers to cancel it rather than delete it', async () => {
    const { page } = app;
    await go(page, '#/actions');
    await page
      .getByRole('table', { name: 'Liste des actions et projets' })
      .getByText('Forum santé mentale')
      .click();
    const sessions = page.getByRole('table', { name: 'Séances de l’action' });
    await sessions.getByText('0 présent + 48 sans inscription').waitFor();
    await sessions.getByText('Annulée').waitFor();
    expect(await sessions.getByRole('link', { name: '12/03/2025' }).getAttribute('href')).toMatch(
      /#\/seances\/\d+$/,
    );
    await page.getByText('elle ne peut plus être supprimée', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Supprimer' }).count()).toBe(0);
    await shots(page, 'detail-sessions', target);
    await page.getByRole('button', { name: 'Annuler l’action' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler l’action' }).click();
    await page.getByText('Annulée', { exact: true }).first().waitFor();

    await go(page, '#/parametres');
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByRole('table', { name: 'Thématiques des actions' }).waitFor();
    await page.getByRole('button', { name: 'Archiver « Cancer »' }).click();
    await page.getByText('«\u00a0Cancer\u00a0» n’est plus proposée.').waitFor();
    await shots(page, 'themes', target);
  });
});
