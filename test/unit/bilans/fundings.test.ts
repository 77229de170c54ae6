import { dispatch } from '../../../electron/ipc/dispatch';
import * as bilans from '../../../electron/bilans/bilans';
import * as fundings from '../../../electron/bilans/fundings';
import {
  fundingInput,
  fundingListQuery,
  type FundingInput,
  type FundingListQuery,
} from '../../../shared/bilans/fundings';
import { createTestApp, type TestApp } from '../../helpers/context';
import { action } from '../actions/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);
const list = (query: FundingListQuery) => fundings.listFundings(app.ctx, fundingListQuery.parse(query));

const grant = (overrides: Partial<FundingInput> = {}): FundingInput => ({
  funder: 'ARS',
  title: 'CPOM 2021-2023',
  agreementRef: '85_CPOM2021_TIP',
  amountCents: 12_500_000,
  from: '2026-01-01',
  to: '2026-12-31',
  status: 'accorde',
  projectIds: [],
  notes: null,
  ...overrides,
});

describe('financements', () => {
  it('keeps the funded projects, finds, sorts and pages the list', async () => {
    const project = await action(app.ctx, { kind: 'projet', title: 'Structuration des CPTS' });
    const ars = await fundings.createFunding(
      app.ctx,
      fundingInput.parse(grant({ projectIds: [project.id] })),
    );
    expect(ars.projects.map((p) => p.title)).toEqual(['Structuration des CPTS']);
    await fundings.createFunding(
      app.ctx,
      fundingInput.parse(
        grant({
          funder: 'Région Bretagne',
          title: 'Forum santé',
          amountCents: 300_000,
          from: '2025-03-01',
          to: '2025-09-30',
        }),
      ),
    );
    const all = await list({ sort: 'montant', direction: 'asc' });
    expect(all.rows.map((r) => r.funder)).toEqual(['Région Bretagne', 'ARS']);
    const found = await list({ search: 'region' });
    expect(found.rows.map((r) => r.title)).toEqual(['Forum santé']);
    const in2026 = await list({ year: 2026 });
    expect(in2026.total).toBe(1);
    const page = await list({ limit: 1, offset: 1, sort: 'financeur', direction: 'asc' });
    expect(page).toMatchObject({ total: 2, rows: [{ funder: 'Région Bretagne' }] });
  });

  it('refuses bad input in French at the fields, and an action as a funded project', async () => {
    const result = await call('fundings:create', {
      ...grant(),
      funder: ' ',
      amountCents: -5,
      from: '2026-12-31',
      to: '2026-01-01',
      projectIds: [3, 3],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors).toMatchObject({
      funder: 'Indiquez le financeur',
      amountCents: 'Le montant ne peut pas être négatif',
      to: 'La fin ne peut pas précéder le début',
      projectIds: 'Un projet est choisi deux fois',
    });
    const single = await action(app.ctx, { title: 'Atelier' });
    const refused = await call('fundings:create', { ...grant(), projectIds: [single.id] });
    expect(!refused.ok && refused.error.fieldErrors).toEqual({
      projectIds: 'Un projet choisi n’existe plus ou n’est pas un projet',
    });
    expect(await app.ctx.db.selectFrom('funding').select('id').execute()).toEqual([]);
  });

  it('has one bilan per period, and cannot be deleted while it has one', async () => {
    const funding = await fundings.createFunding(app.ctx, fundingInput.parse(grant()));
    const bilan = await bilans.createBilan(app.ctx, {
      fundingId: funding.id,
      from: '2026-01-01',
      to: '2026-12-31',
      scope: { kind: 'tout' },
    });
    const again = await call('bilans:create', {
      fundingId: funding.id,
      from: '2026-01-01',
      to: '2026-12-31',
      scope: { kind: 'tout' },
    });
    expect(!again.ok && again.error).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { from: 'Un bilan existe déjà pour cette période' },
    });
    const kept = await call('fundings:delete', { id: funding.id });
    expect(!kept.ok && kept.error.message).toMatch(/supprimez d’abord le bilan/);
    await bilans.deleteBilan(app.ctx, bilan.id);
    expect((await call('fundings:delete', { id: funding.id })).ok).toBe(true);
  });
});

describe('the texts of a bilan', () => {
  it('keeps each saved text as a version, and a save without change adds none', async () => {
    const funding = await fundings.createFunding(app.ctx, fundingInput.parse(grant()));
    const bilan = await bilans.createBilan(app.ctx, {
      fundingId: funding.id,
      from: '2026-01-01',
      to: '2026-12-31',
      scope: { kind: 'tout' },
    });
    expect(bilan.sections.find((s) => s.key === 'evaluation')).toMatchObject({ body: '', version: 0 });
    await bilans.saveSection(app.ctx, bilan.id, 'evaluation', 'Auto-évaluation en mars.');
    app.setNow('2026-11-23T09:00:00.000Z');
    app.ctx.actor = 'Marie Dupont';
    await bilans.saveSection(app.ctx, bilan.id, 'evaluation', 'Auto-évaluation en mars, avec le bureau.');
    const same = await bilans.saveSection(
      app.ctx,
      bilan.id,
      'evaluation',
      'Auto-évaluation en mars, avec le bureau.\n',
    );
    expect(same.sections.find((s) => s.key === 'evaluation')).toMatchObject({
      body: 'Auto-évaluation en mars, avec le bureau.',
      version: 2,
      savedBy: 'Marie Dupont',
      savedAt: '2026-11-23T09:00:00.000Z',
    });
    const versions = await bilans.sectionVersions(app.ctx, bilan.id, 'evaluation');
    expect(versions.map((v) => [v.version, v.body, v.savedBy])).toEqual([
      [2, 'Auto-évaluation en mars, avec le bureau.', 'Marie Dupont'],
      [1, 'Auto-évaluation en mars.', 'test'],
    ]);
    // Another section is its own history.
    expect(same.sections.find((s) => s.key === 'impacts')).toMatchObject({
      version: 0,
    });
    const unknown = await call('bilans:saveSection', { bilanId: bilan.id, section: 'inconnue', body: 'x' });
    expect(!unknown.ok && unknown.error.fieldErrors).toEqual({ section: 'Section inconnue' });
  });

  it('keeps typed human resources with their status', async () => {
    const funding = await fundings.createFunding(app.ctx, fundingInput.parse(grant()));
    const bilan = await bilans.createBilan(app.ctx, {
      fundingId: funding.id,
      from: '2026-01-01',
      to: '2026-12-31',
      scope: { kind: 'tout' },
    });
    const after = await call('bilans:addStaff', {
      bilanId: bilan.id,
      data: {
        role: 'Coordonnateur',
        people: 1,
        minutes: 1610 * 60,
        status: 'salarie',
        steps: 'Ensemble du projet',
      },
    });
    expect(after.ok && after.value).toMatchObject({
      staff: [{ role: 'Coordonnateur', minutes: 96600, status: 'salarie' }],
    });
    const bad = await call('bilans:addStaff', {
      bilanId: bilan.id,
      data: { role: '', people: 0, minutes: -1, status: 'stagiaire', steps: null },
    });
    expect(!bad.ok && bad.error.fieldErrors).toMatchObject({
      'data.role': 'Indiquez la fonction',
      'data.people': 'Au moins une personne',
      'data.minutes': 'Le nombre d’heures ne peut pas être négatif',
      'data.status': 'Choisissez un statut',
    });
  });
});
