import { recordHistory } from '../../../electron/history/history';
import { updateRepresentative } from '../../../electron/register/representatives';
import { representativeInput } from '../../../shared/register/representative';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson, personInput } from '../../helpers/representatives';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

describe('the « Historique » of a record', () => {
  it('shows who changed what on a person, before → after, with French labels and values', async () => {
    const person = await createPerson(app.ctx, { lastName: 'Martin', employed: false });
    app.setNow('2026-11-23T09:30:00.000Z');
    await updateRepresentative(
      app.ctx,
      person.id,
      representativeInput.parse(
        personInput({ lastName: 'Durand', employed: true, employer: 'CHU de Rennes' }),
      ),
    );
    const page = await recordHistory(app.ctx, { entity: 'representative', entityId: person.id, offset: 0 });
    expect(page.total).toBe(2);
    const [edit, creation] = page.entries;
    expect(edit).toMatchObject({ at: '2026-11-23T09:30:00.000Z', actor: 'test', action: 'modifié' });
    expect(edit?.changes).toEqual([
      { label: 'Nom', before: 'Martin', after: 'Durand' },
      { label: 'Salarié (congé de représentation)', before: 'non', after: 'oui' },
      { label: 'Employeur', before: '(vide)', after: 'CHU de Rennes' },
    ]);
    expect(creation?.action).toBe('créé');
  });

  it('pages the entries, newest first', async () => {
    const person = await createPerson(app.ctx);
    for (let i = 0; i < 24; i += 1) {
      await updateRepresentative(
        app.ctx,
        person.id,
        representativeInput.parse(personInput({ city: `Ville ${i}` })),
      );
    }
    const first = await recordHistory(app.ctx, { entity: 'representative', entityId: person.id, offset: 0 });
    const second = await recordHistory(app.ctx, {
      entity: 'representative',
      entityId: person.id,
      offset: 20,
    });
    expect(first.total).toBe(25);
    expect(first.entries).toHaveLength(20);
    expect(first.entries[0]?.changes).toEqual([{ label: 'Ville', before: 'Ville 22', after: 'Ville 23' }]);
    expect(second.entries.map((e) => e.action)).toEqual(['modifié', 'modifié', 'modifié', 'modifié', 'créé']);
  });
});
