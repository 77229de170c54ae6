import { exportActions } from '../../../electron/actions/action-export';
import { actionExportInput } from '../../../shared/actions/schemas';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createTestApp, type TestApp } from '../../helpers/context';
import { baseAction } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);
const actionCount = async () => (await app.ctx.db.selectFrom('action').select('id').execute()).length;

describe('the actions boundary', () => {
  it('refuses bad input with French messages at the fields, and saves nothing', async () => {
    const result = await call('actions:create', {
      ...baseAction,
      title: '',
      kind: 'projet',
      projectId: 3,
      carrier: 'instance',
      expectedBeneficiaries: -4,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fieldErrors).toMatchObject({
      title: 'Indiquez le titre',
      instanceId: 'Choisissez l’instance qui porte l’action',
      projectId: 'Un projet ne peut pas faire partie d’un autre projet',
      expectedBeneficiaries: 'Le nombre ne peut pas être négatif',
    });
    expect(result.error.message).toMatch(/^Saisie invalide/);
    expect(await actionCount()).toBe(0);
  });

  it('refuses a reference to nothing at the field, and saves nothing', async () => {
    const result = await call('actions:create', {
      ...baseAction,
      carrier: 'organisation',
      organisationId: 999,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { organisationId: 'Cette organisation n’existe plus' } },
    });
    expect(await actionCount()).toBe(0);
  });

  it('refuses unknown fields, a page too large and a search too long', async () => {
    expect(await call('actions:create', { ...baseAction, extra: 1 })).toMatchObject({ ok: false });
    expect(await call('actions:list', { limit: 10_000 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('actions:list', { search: 'x'.repeat(201) })).toMatchObject({ ok: false });
    expect(await call('actions:list', {})).toMatchObject({ ok: true, value: { rows: [], total: 0 } });
  });

  it('exports the filtered list as a CSV file', async () => {
    await call('actions:create', { ...baseAction, title: 'Forum santé', place: 'Vitré' });
    await call('actions:create', { ...baseAction, title: 'Atelier' });
    expect(await call('actions:export', { search: 'vitre', format: 'csv' })).toMatchObject({ ok: true });
    const file = await exportActions(app.ctx, actionExportInput.parse({ search: 'vitre', format: 'csv' }));
    const lines = file.data.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Titre;Projet;Porteur');
    expect(lines[1]).toContain('Forum santé;;L’association');
    expect(file.fileName).toBe('actions-2026-11-22.csv');
  });
});
