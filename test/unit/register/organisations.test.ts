import { createTestApp, type TestApp } from '../../helpers/context';
import { AppError } from '../../../electron/errors';
import {
  createInstanceType,
  deleteInstance,
  listInstances,
  listInstanceTypes,
  setInstanceTypeArchived,
  updateInstanceType,
} from '../../../electron/register/instances';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  setOrganisationArchived,
} from '../../../electron/register/organisations';
import {
  instanceListQuery,
  instanceTypeInput,
  organisationInput,
  organisationListQuery,
} from '../../../shared/register/schemas';
import { cdu, mandate, person } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

describe('organisations and instances', () => {
  it('finds organisations without accents and counts their instances', async () => {
    await createOrganisation(
      app.ctx,
      organisationInput.parse({ name: 'Clinique Saint-Hélier', kind: 'etablissement', city: 'Rennes' }),
    );
    const instance = await cdu(app.ctx);
    const list = await listOrganisations(app.ctx, organisationListQuery.parse({ search: 'helier' }));
    expect(list.rows.map((r) => r.name)).toEqual(['Clinique Saint-Hélier']);
    const all = await listOrganisations(
      app.ctx,
      organisationListQuery.parse({ sort: 'instances', direction: 'desc' }),
    );
    expect(all.rows[0]?.id).toBe(instance.organisationId);
    expect(all.rows[0]?.instanceCount).toBe(1);
  });

  it('refuses a duplicate organisation name', async () => {
    await createOrganisation(
      app.ctx,
      organisationInput.parse({ name: 'CPAM d’Ille-et-Vilaine', kind: 'cpam' }),
    );
    await expect(
      createOrganisation(app.ctx, organisationInput.parse({ name: 'CPAM d’Ille-et-Vilaine', kind: 'cpam' })),
    ).rejects.toThrow('déjà');
  });

  it('archives an organisation that has instances instead of deleting it', async () => {
    const instance = await cdu(app.ctx);
    const organisation = await getOrganisation(app.ctx, instance.organisationId);
    expect(organisation.deletable).toBe(false);
    await expect(deleteOrganisation(app.ctx, organisation.id)).rejects.toBeInstanceOf(AppError);
    const archived = await setOrganisationArchived(app.ctx, organisation.id, true);
    expect(archived.archived).toBe(true);
    const empty = await createOrganisation(app.ctx, organisationInput.parse({ name: 'DAC 35', kind: 'dac' }));
    await expect(deleteOrganisation(app.ctx, empty.id)).resolves.toEqual({ deleted: true });
  });

  it('refuses to delete an instance with mandates', async () => {
    const instance = await cdu(app.ctx);
    const p = await person(app.ctx, 'Alpha');
    await mandate(app.ctx, { representativeId: p.id, instanceId: instance.id });
    await expect(deleteInstance(app.ctx, instance.id)).rejects.toThrow('archivez l’instance');
  });

  it('lists instances with their vacant seats, searchable by type', async () => {
    const instance = await cdu(app.ctx);
    const p = await person(app.ctx, 'Alpha');
    await mandate(app.ctx, { representativeId: p.id, instanceId: instance.id });
    const list = await listInstances(app.ctx, instanceListQuery.parse({ search: 'cdu' }));
    expect(list.rows).toEqual([
      expect.objectContaining({ id: instance.id, activeTitulaires: 1, vacantSeats: 3, activePeople: 1 }),
    ]);
  });

  it('edits the list of instance types: add, rename, archive', async () => {
    const before = await listInstanceTypes(app.ctx);
    expect(before.find((t) => t.code === 'CDU')?.defaultMandateMonths).toBe(36);
    let types = await createInstanceType(
      app.ctx,
      instanceTypeInput.parse({ code: 'cgs', label: 'Conseil de surveillance', defaultMandateMonths: 60 }),
    );
    const created = types.find((t) => t.code === 'CGS');
    expect(created).toBeDefined();
    types = await updateInstanceType(app.ctx, created?.id ?? 0, {
      code: 'CS',
      label: 'Conseil de surveillance (hôpital)',
      defaultMandateMonths: 60,
    });
    expect(types.find((t) => t.id === created?.id)?.label).toBe('Conseil de surveillance (hôpital)');
    await expect(
      createInstanceType(app.ctx, { code: 'CDU', label: 'Doublon', defaultMandateMonths: null }),
    ).rejects.toThrow('déjà utilisé');
    types = await setInstanceTypeArchived(app.ctx, created?.id ?? 0, true);
    expect(types.find((t) => t.id === created?.id)?.archived).toBe(true);
  });
});
