/**
 * The hand-built data set of the valorisation's tests, through the IPC dispatch (so that every
 * input also passes the boundary). One CDU (Rennes, 35), one action, four people:
 *
 * Meetings of the CDU                     attendance                                  counted
 *   2026-03-10 14–17                      Alice présente, Bruno à distance 14–16,     Alice 180, Bruno 120
 *                                         Chloé excusée
 *   2026-03-10 16–18 (overlaps the first) Alice présente                              Alice 120 (each counts)
 *   2026-04-02 09–12, then cancelled      Alice présente                              0
 *   2025-11-05 10–12                      Alice présente                              Alice 120 in 2025
 * Session of the action « Atelier »
 *   2026-05-12 14–16                      Bruno participant, Chloé animatrice         Bruno 120 (participation),
 *                                         14:30–16, Denis absent                      Chloé 90 (animation)
 * Temps bénévole
 *   Alice 2026-02-01 02:30 Préparation, tied to the CDU                               150
 *   Bruno 2026-06-01 01:00 Temps de trajet                                            60 only if travel counts
 *   Chloé 2026-09-15 03:00 Fonctions de bureau                                        180
 *
 * 2026 by category: Représentation 420, Participation 120, Animation 90, Préparation 150,
 * Bureau 180 — 960 minutes (16 h) without travel.
 */
import { dispatch } from '../../../electron/ipc/dispatch';
import { associationInput } from '../../../shared/association/schemas';
import { saveAssociation } from '../../../electron/association/association';
import type { TestApp } from '../../helpers/context';
import { createPerson } from '../../helpers/representatives';
import type { ServiceContext } from '../../../electron/service-context';

const silent = () => undefined;

/** A channel's answer, or the test fails with the French message. */
export async function call<T = unknown>(ctx: ServiceContext, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, input, silent);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The refusal of a channel: its message and the messages under the fields. */
export async function refusal(ctx: ServiceContext, channel: string, input: unknown) {
  const result = await dispatch(ctx, channel, input, silent);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  return result.error;
}

export interface DataSet {
  people: Record<'alice' | 'bruno' | 'chloe' | 'denis', number>;
  instance: number;
  organisation: number;
  action: number;
  categories: Record<
    'representation' | 'participation' | 'animation' | 'preparation' | 'bureau' | 'trajet',
    number
  >;
}

/** Hourly values of 2026 in cents (the test's own, not official figures). */
export const RATES_2026 = {
  representation: 1500,
  participation: 1200,
  animation: 2000,
  preparation: 1250,
  bureau: 2500,
  trajet: 1000,
} as const;

export async function givenDataSet(app: TestApp): Promise<DataSet> {
  const { ctx } = app;
  app.setNow('2026-01-05T10:00:00.000Z');
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Collectif des usagers de santé',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Représenter les usagers du système de santé',
      organismType: 'Association loi 1901',
      president: 'Hélène Dubois',
      treasurer: 'Bernard Hamon',
      documentPlace: 'Rennes',
    }),
  );
  const person = async (firstName: string) => (await createPerson(ctx, { firstName, lastName: 'Test' })).id;
  const people = {
    alice: await person('Alice'),
    bruno: await person('Bruno'),
    chloe: await person('Chloé'),
    denis: await person('Denis'),
  };
  const type = await ctx.db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', 'CDU')
    .executeTakeFirstOrThrow();
  const organisation = (
    await call<{ id: number }>(ctx, 'organisations:create', {
      name: 'CHU de Rennes',
      kind: 'etablissement',
      addressLine: '1 rue de la Santé',
      postalCode: '35000',
      city: 'Rennes',
    })
  ).id;
  const instance = (
    await call<{ id: number }>(ctx, 'instances:create', {
      organisationId: organisation,
      typeId: type.id,
      name: 'CDU du CHU de Rennes',
      seatsTitulaire: 2,
      seatsSuppleant: 2,
      targetMin: 2,
      mandateMonths: null,
      involvementLevel: null,
      participationForm: null,
      meetingPlace: null,
    })
  ).id;
  const meeting = async (
    date: string,
    startTime: string,
    endTime: string,
    rows: Array<{ representativeId: number; status: string; startTime?: string; endTime?: string }>,
  ) => {
    const m = await call<{ id: number }>(ctx, 'meetings:create', {
      instanceId: instance,
      date,
      startTime,
      endTime,
      mode: 'sur_place',
    });
    await call(ctx, 'meetings:saveAttendance', {
      meetingId: m.id,
      rows: rows.map((r) => ({ nonMandated: true, ...r })),
    });
    return m.id;
  };
  app.setNow('2026-12-20T10:00:00.000Z');
  await meeting('2026-03-10', '14:00', '17:00', [
    { representativeId: people.alice, status: 'present' },
    { representativeId: people.bruno, status: 'distance', startTime: '14:00', endTime: '16:00' },
    { representativeId: people.chloe, status: 'excuse' },
  ]);
  await meeting('2026-03-10', '16:00', '18:00', [{ representativeId: people.alice, status: 'present' }]);
  const cancelled = await meeting('2026-04-02', '09:00', '12:00', [
    { representativeId: people.alice, status: 'present' },
  ]);
  await call(ctx, 'meetings:cancel', { id: cancelled, reason: 'Quorum non atteint' });
  await meeting('2025-11-05', '10:00', '12:00', [{ representativeId: people.alice, status: 'present' }]);

  const action = (
    await call<{ id: number }>(ctx, 'actions:create', {
      kind: 'action',
      projectId: null,
      title: 'Atelier',
      carrier: 'association',
      organisationId: null,
      instanceId: null,
      themeId: null,
      phase: null,
      involvementLevel: null,
      status: 'en_cours',
      startDate: null,
      endDate: null,
      place: null,
      description: null,
      expectedBeneficiaries: null,
      actualBeneficiaries: null,
      partners: null,
      attestationKind: 'participation',
    })
  ).id;
  const session = await call<{ id: number }>(ctx, 'sessions:create', {
    actionId: action,
    date: '2026-05-12',
    startTime: '14:00',
    endTime: '16:00',
    mode: 'sur_place',
  });
  const participant = (representativeId: number, status: string, role: string, times = {}) =>
    call(ctx, 'sessions:saveParticipant', {
      meetingId: session.id,
      representativeId,
      status,
      role,
      ...times,
    });
  await participant(people.bruno, 'present', 'participant');
  await participant(people.chloe, 'present', 'animateur', { startTime: '14:30', endTime: '16:00' });
  await participant(people.denis, 'absent', 'participant');

  const list = await call<Array<{ id: number; label: string }>>(ctx, 'volunteerCategories:list', {});
  const idOf = (start: string) => {
    const found = list.find((c) => c.label.startsWith(start));
    if (!found) throw new Error(start);
    return found.id;
  };
  const categories = {
    representation: idOf('Représentation'),
    participation: idOf('Participation'),
    animation: idOf('Animation'),
    preparation: idOf('Préparation'),
    bureau: idOf('Fonctions de bureau'),
    trajet: idOf('Temps de trajet'),
  };
  await call(ctx, 'volunteerTime:create', {
    representativeId: people.alice,
    date: '2026-02-01',
    duration: '02:30',
    categoryId: categories.preparation,
    instanceId: instance,
    description: 'Lecture des plaintes avant la CDU',
  });
  await call(ctx, 'volunteerTime:create', {
    representativeId: people.bruno,
    date: '2026-06-01',
    duration: '1:00',
    categoryId: categories.trajet,
  });
  await call(ctx, 'volunteerTime:create', {
    representativeId: people.chloe,
    date: '2026-09-15',
    duration: '03:00',
    categoryId: categories.bureau,
    description: 'Trésorerie : clôture du semestre',
  });
  return { people, instance, organisation, action, categories };
}

export async function givenRates2026(ctx: ServiceContext, data: DataSet): Promise<void> {
  await call(ctx, 'volunteerRates:save', {
    year: 2026,
    rates: Object.entries(RATES_2026).map(([key, hourlyCents]) => ({
      categoryId: data.categories[key as keyof typeof RATES_2026],
      hourlyCents,
      source: 'Vote du CA du 12/01/2026',
    })),
  });
}
