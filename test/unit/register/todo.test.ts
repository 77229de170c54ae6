import { createTestApp, type TestApp } from '../../helpers/context';
import { endMandate, renewalDraft, renewMandate } from '../../../electron/register/mandates';
import { getTodo, saveRegisterSettings } from '../../../electron/todo/todo';
import { mandateInput } from '../../../shared/register/schemas';
import { cdu, mandate, person } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

/** Trainings and charters belong to the register's second part; their rows are written directly here. */
async function baseTraining(representativeId: number, date: string) {
  const kind = await app.ctx.db
    .selectFrom('training_kind')
    .select('id')
    .where('is_base', '=', 1)
    .executeTakeFirstOrThrow();
  await app.ctx.db
    .insertInto('training')
    .values({
      representative_id: representativeId,
      kind_id: kind.id,
      date,
      duration_minutes: 840,
      organiser: 'FAS',
      notes: null,
      created_at: date,
    })
    .execute();
}
async function charterVersion(version: string, effectiveDate: string) {
  const row = await app.ctx.db
    .insertInto('charter_version')
    .values({
      title: 'Charte',
      version,
      effective_date: effectiveDate,
      body: 'Texte',
      created_at: effectiveDate,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function sign(representativeId: number, versionId: number, signedOn: string) {
  await app.ctx.db
    .insertInto('charter_signature')
    .values({
      representative_id: representativeId,
      charter_version_id: versionId,
      signed_on: signedOn,
      method: 'papier',
      file_hash: null,
      created_at: signedOn,
    })
    .execute();
}

describe('« À faire »', () => {
  it('lists vacant seats until they are filled, and again when a mandate ends', async () => {
    const instance = await cdu(app.ctx);
    let todo = await getTodo(app.ctx);
    expect(todo.vacancies.lines.map((v) => [v.role, v.vacant])).toEqual([
      ['titulaire', 2],
      ['suppleant', 2],
    ]);
    expect(todo.belowTarget.lines).toHaveLength(1);
    const ids: number[] = [];
    for (const [name, role] of [
      ['Alpha', 'titulaire'],
      ['Bravo', 'titulaire'],
      ['Charlie', 'suppleant'],
      ['Delta', 'suppleant'],
    ] as const) {
      const p = await person(app.ctx, name);
      ids.push((await mandate(app.ctx, { representativeId: p.id, instanceId: instance.id, role })).id);
    }
    todo = await getTodo(app.ctx);
    expect(todo.vacancies.lines).toEqual([]);
    expect(todo.belowTarget.lines).toEqual([]);
    await endMandate(app.ctx, {
      id: ids[0] as number,
      endedOn: '2026-11-21',
      reason: 'demission',
      note: null,
    });
    todo = await getTodo(app.ctx);
    expect(todo.vacancies.lines).toEqual([
      expect.objectContaining({ instanceId: instance.id, role: 'titulaire', vacant: 1 }),
    ]);
  });

  it('lists mandates ending within the warning window until they are renewed', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    const m = await mandate(app.ctx, {
      representativeId: a.id,
      instanceId: instance.id,
      startDate: '2023-12-01',
      endDate: '2027-01-31',
    });
    let todo = await getTodo(app.ctx);
    expect(todo.expiring.lines).toEqual([
      expect.objectContaining({ mandateId: m.id, daysLeft: 70, endDate: '2027-01-31' }),
    ]);
    await saveRegisterSettings(app.ctx, { expiryWarningDays: 30, baseTrainingDelayMonths: 6 });
    expect((await getTodo(app.ctx)).expiring.lines).toEqual([]);
    await saveRegisterSettings(app.ctx, { expiryWarningDays: 90, baseTrainingDelayMonths: 6 });
    const draft = await renewalDraft(app.ctx, m.id);
    await renewMandate(app.ctx, m.id, mandateInput.parse(draft));
    todo = await getTodo(app.ctx);
    expect(todo.expiring.lines).toEqual([]);
  });

  it('lists formations de base overdue or due soon for people holding a mandate', async () => {
    const instance = await cdu(app.ctx, { seatsTitulaire: 3 });
    const late = await person(app.ctx, 'Retard');
    const soon = await person(app.ctx, 'Bientot');
    const fine = await person(app.ctx, 'Forme');
    await mandate(app.ctx, { representativeId: late.id, instanceId: instance.id, startDate: '2026-01-01' });
    await mandate(app.ctx, { representativeId: soon.id, instanceId: instance.id, startDate: '2026-07-01' });
    await mandate(app.ctx, { representativeId: fine.id, instanceId: instance.id, startDate: '2026-01-01' });
    await baseTraining(fine.id, '2026-03-15');
    const todo = await getTodo(app.ctx);
    expect(todo.trainings.lines.map((t) => [t.representativeName, t.dueDate, t.overdue])).toEqual([
      ['Claire Retard', '2026-07-01', true],
      ['Claire Bientot', '2027-01-01', false],
    ]);
    await baseTraining(late.id, '2026-11-20');
    expect((await getTodo(app.ctx)).trainings.lines.map((t) => t.representativeName)).toEqual([
      'Claire Bientot',
    ]);
  });

  it('counts a formation de base planned for a later date as not yet done, shown as planned', async () => {
    const instance = await cdu(app.ctx);
    const late = await person(app.ctx, 'Retard');
    await mandate(app.ctx, { representativeId: late.id, instanceId: instance.id, startDate: '2026-01-01' });
    await baseTraining(late.id, '2026-12-10');
    expect((await getTodo(app.ctx)).trainings.lines.map((t) => [t.dueDate, t.overdue, t.plannedOn])).toEqual([
      ['2026-07-01', true, '2026-12-10'],
    ]);
    app.setNow('2026-12-10T10:00:00.000Z');
    expect((await getTodo(app.ctx)).trainings.lines).toEqual([]);
  });

  it('lists charters never signed or to sign again, once a charter is published', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    const b = await person(app.ctx, 'Bravo');
    await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id, startDate: '2025-12-01' });
    await mandate(app.ctx, { representativeId: b.id, instanceId: instance.id, startDate: '2025-12-01' });
    expect((await getTodo(app.ctx)).charters.lines).toEqual([]);
    const v1 = await charterVersion('1', '2024-01-01');
    await sign(a.id, v1, '2025-12-05');
    let todo = await getTodo(app.ctx);
    expect(todo.charters.lines.map((c) => [c.representativeName, c.status])).toEqual([
      ['Claire Bravo', 'jamais_signee'],
    ]);
    await charterVersion('2', '2026-10-01');
    await sign(b.id, v1, '2026-01-10');
    todo = await getTodo(app.ctx);
    expect(todo.charters.lines.map((c) => [c.representativeName, c.status])).toEqual([
      ['Claire Alpha', 'a_resigner'],
      ['Claire Bravo', 'a_resigner'],
    ]);
  });
});

describe('« À faire » and archives', () => {
  it('forgets an archived instance and refuses new mandates on it', async () => {
    const { setInstanceArchived } = await import('../../../electron/register/instances');
    const instance = await cdu(app.ctx);
    expect((await getTodo(app.ctx)).vacancies.lines).toHaveLength(2);
    await setInstanceArchived(app.ctx, instance.id, true);
    const todo = await getTodo(app.ctx);
    expect(todo.vacancies.lines).toEqual([]);
    expect(todo.instanceCount).toBe(0);
    const p = await person(app.ctx, 'Alpha');
    await expect(mandate(app.ctx, { representativeId: p.id, instanceId: instance.id })).rejects.toThrow(
      'archivée',
    );
  });

  it('keeps the register settings within their bounds, with French messages', async () => {
    await expect(
      saveRegisterSettings(app.ctx, { expiryWarningDays: 0, baseTrainingDelayMonths: 6 }),
    ).rejects.toThrow('Au moins 1 jour');
    const saved = await saveRegisterSettings(app.ctx, {
      expiryWarningDays: 120,
      baseTrainingDelayMonths: 12,
    });
    expect(saved).toEqual({ expiryWarningDays: 120, baseTrainingDelayMonths: 12 });
    expect((await getTodo(app.ctx)).expiryWarningDays).toBe(120);
  });
});

describe('« À faire » and endings recorded in advance', () => {
  it('lists a resignation dated next month until a successor is designated', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    const m = await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    await endMandate(app.ctx, { id: m.id, endedOn: '2026-12-31', reason: 'demission', note: null });
    const todo = await getTodo(app.ctx);
    expect(todo.expiring.lines).toEqual([
      expect.objectContaining({ mandateId: m.id, endDate: '2026-12-31', endedInAdvance: true, daysLeft: 39 }),
    ]);
    const b = await person(app.ctx, 'Bravo');
    await mandate(app.ctx, { representativeId: b.id, instanceId: instance.id, startDate: '2027-01-01' });
    expect((await getTodo(app.ctx)).expiring.lines).toEqual([]);
  });
});

describe('« À faire » and successors', () => {
  it('drops a term ending soon once someone else is designated from the day after', async () => {
    const instance = await cdu(app.ctx, { seatsTitulaire: 1 });
    const a = await person(app.ctx, 'Alpha');
    await mandate(app.ctx, {
      representativeId: a.id,
      instanceId: instance.id,
      startDate: '2023-12-01',
      endDate: '2026-11-30',
    });
    expect((await getTodo(app.ctx)).expiring.lines).toHaveLength(1);
    const b = await person(app.ctx, 'Bravo');
    await mandate(app.ctx, {
      representativeId: b.id,
      instanceId: instance.id,
      startDate: '2026-12-01',
      endDate: '2029-11-30',
    });
    expect((await getTodo(app.ctx)).expiring.lines).toEqual([]);
  });
  it('keeps an early end listed when the only successor on a two-seat instance replaces someone else', async () => {
    const instance = await cdu(app.ctx);
    const [x, y, z] = [
      await person(app.ctx, 'Xavier'),
      await person(app.ctx, 'Yvon'),
      await person(app.ctx, 'Zoé'),
    ];
    const mx = await mandate(app.ctx, { representativeId: x.id, instanceId: instance.id });
    const my = await mandate(app.ctx, { representativeId: y.id, instanceId: instance.id });
    await endMandate(app.ctx, { id: my.id, endedOn: '2026-12-15', reason: 'demission', note: null });
    await mandate(app.ctx, { representativeId: z.id, instanceId: instance.id, startDate: '2026-12-16' });
    await endMandate(app.ctx, { id: mx.id, endedOn: '2026-11-30', reason: 'demission', note: null });
    expect((await getTodo(app.ctx)).expiring.lines.map((e) => e.mandateId)).toEqual([mx.id]);
    const w = await person(app.ctx, 'Wanda');
    await mandate(app.ctx, { representativeId: w.id, instanceId: instance.id, startDate: '2027-01-10' });
    expect((await getTodo(app.ctx)).expiring.lines).toEqual([]);
  });
});
