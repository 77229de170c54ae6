import {
  cancelAction,
  deleteAction,
  getAction,
  listActionSessions,
  listActions,
  listProjectOptions,
  updateAction,
} from '../../../electron/actions/actions';
import { actionInput, actionListQuery, type ActionListQuery } from '../../../shared/actions/schemas';
import { actionInYear, actionStatusLabel, deletionRefusal } from '../../../shared/actions/rules';
import { createTestApp, type TestApp } from '../../helpers/context';
import { cdu, person } from '../register/fixtures';
import { action, baseAction, session, themeId } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const list = (query: ActionListQuery = {}) => listActions(app.ctx, actionListQuery.parse(query));
const titles = async (query: ActionListQuery = {}) => (await list(query)).rows.map((r) => r.title);

describe('the list of actions', () => {
  it('finds words in the title, description, partners and place, whatever the accents and case', async () => {
    await action(app.ctx, { title: 'Forum santé mentale', place: 'Salle polyvalente de Vitré' });
    await action(app.ctx, { title: 'Atelier', description: 'Éducation thérapeutique du patient diabétique' });
    await action(app.ctx, { title: 'Diagnostic territorial', partners: 'CPTS Rennes Nord, Mutualité' });
    expect(await titles({ search: 'vitre' })).toEqual(['Forum santé mentale']);
    expect(await titles({ search: 'EDUCATION diabetique' })).toEqual(['Atelier']);
    expect(await titles({ search: 'mutualite' })).toEqual(['Diagnostic territorial']);
    expect(await titles({ search: 'sante forum' })).toEqual(['Forum santé mentale']);
    expect(await titles({ search: '100%' })).toEqual([]);
  });

  it('filters by carrier, theme, level, year, status and kind', async () => {
    const instance = await cdu(app.ctx);
    const mental = await themeId(app.ctx, 'Santé mentale');
    await action(app.ctx, {
      title: 'Par l’instance',
      carrier: 'instance',
      instanceId: instance.id,
      themeId: mental,
      startDate: '2025-11-01',
      endDate: '2026-02-01',
    });
    await action(app.ctx, {
      title: 'Par l’organisation',
      carrier: 'organisation',
      organisationId: instance.organisationId,
      involvementLevel: 'co_decider',
      startDate: '2024-03-01',
    });
    await action(app.ctx, { title: 'Projet de l’association', kind: 'projet', status: 'en_cours' });
    // The organisation carries what it carries itself and what its instances carry.
    expect(
      await titles({ organisationId: instance.organisationId, sort: 'titre', direction: 'asc' }),
    ).toEqual(['Par l’instance', 'Par l’organisation']);
    expect(await titles({ carrier: 'association' })).toEqual(['Projet de l’association']);
    expect(await titles({ themeId: mental })).toEqual(['Par l’instance']);
    expect(await titles({ involvementLevel: 'co_decider' })).toEqual(['Par l’organisation']);
    // A period across two years belongs to both; an undated action to none.
    expect(await titles({ year: 2025 })).toEqual(['Par l’instance']);
    expect(await titles({ year: 2026 })).toEqual(['Par l’instance']);
    expect(await titles({ year: 2024 })).toEqual(['Par l’organisation']);
    expect(await titles({ status: 'en_cours' })).toEqual(['Projet de l’association']);
    expect(await titles({ kind: 'projet' })).toEqual(['Projet de l’association']);
  });

  it('sorts by date (undated last by default), title, status and carrier', async () => {
    await action(app.ctx, { title: 'Écoute', startDate: '2026-01-10', status: 'termine' });
    await action(app.ctx, { title: 'atelier', startDate: '2026-03-10', status: 'prevu' });
    await action(app.ctx, { title: 'Bilan', status: 'en_cours' });
    expect(await titles()).toEqual(['atelier', 'Écoute', 'Bilan']);
    expect(await titles({ direction: 'asc' })).toEqual(['Bilan', 'Écoute', 'atelier']);
    expect(await titles({ sort: 'titre', direction: 'asc' })).toEqual(['atelier', 'Bilan', 'Écoute']);
    expect(await titles({ sort: 'statut', direction: 'asc' })).toEqual(['atelier', 'Bilan', 'Écoute']);
  });

  it('reads a page at a time with the count of all matches, and refuses pages too large', async () => {
    for (let i = 1; i <= 7; i += 1)
      await action(app.ctx, { title: `Séance ${i}`, startDate: `2026-01-0${i}` });
    const page = await list({ offset: 2, limit: 3 });
    expect(page.rows.map((r) => r.title)).toEqual(['Séance 5', 'Séance 4', 'Séance 3']);
    expect(page).toMatchObject({ total: 7, offset: 2 });
    expect(actionListQuery.safeParse({ limit: 501 }).success).toBe(false);
  });
});

describe('the record of an action', () => {
  it('refuses a missing title, a carrier without its organisation and an end before the start, in French', () => {
    const result = actionInput.safeParse({
      ...baseAction,
      title: ' ',
      carrier: 'organisation',
      startDate: '2026-05-02',
      endDate: '2026-05-01',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(messages).toMatchObject({
      title: 'Indiquez le titre',
      organisationId: 'Choisissez l’organisation qui porte l’action',
      endDate: 'La fin ne peut pas précéder le début',
    });
  });

  it('keeps only the reference of the chosen carrier', async () => {
    const instance = await cdu(app.ctx);
    const saved = await action(app.ctx, {
      carrier: 'instance',
      instanceId: instance.id,
      organisationId: instance.organisationId,
    });
    expect(saved).toMatchObject({
      carrier: 'instance',
      instanceId: instance.id,
      organisationId: null,
      organisationName: instance.organisationName,
    });
    const row = await app.ctx.db
      .selectFrom('action')
      .selectAll()
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row.organisation_id).toBeNull();
    expect(saved.carrierName).toBe(`Commission des usagers — ${instance.organisationName}`);
  });

  it('puts an action in a project only, and lists the project’s actions on its record', async () => {
    const project = await action(app.ctx, { kind: 'projet', title: 'Parcours diabète' });
    const other = await action(app.ctx, { title: 'Simple action' });
    await expect(action(app.ctx, { projectId: other.id })).rejects.toMatchObject({
      fieldErrors: { projectId: 'Choisissez un projet, pas une action' },
    });
    await action(app.ctx, { title: 'Atelier 2', projectId: project.id, startDate: '2026-02-01' });
    await action(app.ctx, { title: 'Atelier 1', projectId: project.id, startDate: '2026-01-01' });
    const record = await getAction(app.ctx, project.id);
    expect(record.children.map((c) => c.title)).toEqual(['Atelier 1', 'Atelier 2']);
    expect(record).toMatchObject({ childCount: 2, deletable: false });
    expect((await listProjectOptions(app.ctx, { search: 'diabete', limit: 30 })).map((p) => p.title)).toEqual(
      ['Parcours diabète'],
    );
    // A project with actions stays a project.
    await expect(
      updateAction(app.ctx, project.id, actionInput.parse({ ...baseAction, title: 'Parcours diabète' })),
    ).rejects.toMatchObject({
      fieldErrors: { kind: 'Ce projet a des actions rattachées : il reste un projet' },
    });
  });

  it('offers no archived theme for a new choice, but keeps it on the action that had it', async () => {
    const theme = await themeId(app.ctx, 'Cancer');
    const kept = await action(app.ctx, { themeId: theme });
    await app.ctx.db
      .updateTable('action_theme')
      .set({ archived_at: '2026-11-01T00:00:00Z' })
      .where('id', '=', theme)
      .execute();
    await expect(action(app.ctx, { themeId: theme })).rejects.toMatchObject({
      fieldErrors: { themeId: 'Cette thématique est archivée : choisissez-en une autre' },
    });
    const updated = await updateAction(
      app.ctx,
      kept.id,
      actionInput.parse({ ...baseAction, themeId: theme, title: 'Renommée' }),
    );
    expect(updated).toMatchObject({ title: 'Renommée', themeLabel: 'Cancer' });
  });

  it('refuses to delete an action with sessions, and cancels it instead', async () => {
    const forum = await action(app.ctx, { title: 'Forum santé', kind: 'action' });
    const alice = await person(app.ctx, 'Martin');
    await session(app.ctx, forum.id, '2026-03-12', { counted: 40, present: [alice.id] });
    expect((await getAction(app.ctx, forum.id)).deletable).toBe(false);
    await expect(deleteAction(app.ctx, forum.id)).rejects.toMatchObject({
      code: 'FORBIDDEN_STATE',
      message: 'Cette action a des séances enregistrées : annulez-la plutôt que de la supprimer.',
    });
    expect(
      await app.ctx.db.selectFrom('action').select('id').where('id', '=', forum.id).execute(),
    ).toHaveLength(1);
    expect(await cancelAction(app.ctx, forum.id)).toMatchObject({ status: 'annule' });
    const free = await action(app.ctx, { title: 'Sans séance' });
    await deleteAction(app.ctx, free.id);
    await expect(getAction(app.ctx, free.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists its sessions a page at a time, with the people present and those counted', async () => {
    const forum = await action(app.ctx, { title: 'Forum' });
    const alice = await person(app.ctx, 'Martin');
    const bruno = await person(app.ctx, 'Riou', 'Bruno');
    await session(app.ctx, forum.id, '2026-01-10');
    await session(app.ctx, forum.id, '2026-02-10', { counted: 35, present: [alice.id, bruno.id] });
    await session(app.ctx, forum.id, '2026-03-10', { cancelled: true });
    const first = await listActionSessions(app.ctx, { actionId: forum.id, offset: 0, limit: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((s) => [s.date, s.presentCount, s.countedParticipants, s.cancelled])).toEqual([
      ['2026-03-10', 0, null, true],
      ['2026-02-10', 2, 35, false],
    ]);
    expect((await list()).rows[0]?.sessionCount).toBe(3);
  });
});

describe('rules of actions', () => {
  it('says a status in the gender of what it qualifies', () => {
    expect(actionStatusLabel('projet', 'termine')).toBe('Terminé');
    expect(actionStatusLabel('action', 'termine')).toBe('Terminée');
    expect(actionStatusLabel('action', 'en_cours')).toBe('En cours');
  });
  it('places a period in every year it meets', () => {
    expect(actionInYear({ startDate: '2025-12-01', endDate: '2026-01-15' }, 2026)).toBe(true);
    expect(actionInYear({ startDate: '2025-12-01', endDate: null }, 2026)).toBe(false);
    expect(actionInYear({ startDate: null, endDate: null }, 2026)).toBe(false);
  });
  it('explains why a project cannot be deleted', () => {
    expect(deletionRefusal('projet', { sessions: 0, children: 2 })).toBe(
      'Ce projet a des actions rattachées : annulez-le plutôt que de le supprimer.',
    );
    expect(deletionRefusal('action', { sessions: 0, children: 0 })).toBeNull();
  });
});
