/**
 * The hand-built data set of the indicators' tests, through the services. Two organisations in
 * two departments, a CDU in Rennes (35) and a CTS in Brest (29), seven people, and 2024–2026:
 *
 * Mandates                      instance  role        from        to
 *   Alice (salariée)            CDU       titulaire   2023-01-01  2025-12-31
 *   Bruno                       CDU       titulaire   2024-06-01  2025-03-31
 *   Chloé (salariée)            CDU       suppléante  2025-12-31  2028-12-30   first mandate on the period's last day
 *   Denis                       CTS       titulaire   2022-01-01  2024-12-31   over before 2025
 *   Emma (salariée)             CTS       titulaire   2025-03-01  2030-02-28   new in 2025
 *   Gaël                        CTS       suppléant   2024-10-15  2027-10-14
 *   Fanny: no mandate, sits once as a participant without mandate.
 *
 * Meetings                      attendance
 *   CDU 2025-03-10 14–17 (Mon)  Alice présente, Bruno à distance, Fanny (sans mandat) 14–16
 *   CDU 2025-06-05 09–12        Alice présente — then cancelled
 *   CDU 2025-12-31 10–12 (Wed)  Alice présente 10:30–12, Chloé absente
 *   CTS 2025-09-20 14–18 (Sat)  Emma présente, Gaël excusé
 *   CTS 2024-05-10 09–11        Denis présent
 *   CDU 2026-01-15 14–17        Chloé présente
 *
 * Trainings: Gaël base 2025-05-20 (7 h, due 2025-04-15: late), Emma base 2025-06-15 (4 h, due
 * 2025-09-01: on time), Alice « Formation CDU » 2025-11-05 (no duration), Alice 2026-02-01.
 *
 * Claims: Alice paid 2025-04-02 (repas 20 € for the CDU of 10/03, parking 5 € with no meeting);
 * Emma paid 2026-01-10 (train 45,50 € for the CTS of 20/09); Bruno renounced 2025-05-01 (repas
 * 18 € for the CDU of 10/03), reçu fiscal issued on 2025-06-01; Alice validated, not paid (12 €).
 */
import { associationInput } from '../../../shared/association/schemas';
import { claimInput, type ClaimLineInput } from '../../../shared/claims/schemas';
import { attendanceRowInput, meetingInput, type AttendanceRowInput } from '../../../shared/meetings/schemas';
import { instanceInput, mandateInput, organisationInput } from '../../../shared/register/schemas';
import { trainingInput } from '../../../shared/trainings/schemas';
import { policyInput, policyKinds } from '../../../shared/claims/settings';
import { savePolicy } from '../../../electron/claims/policies';
import { saveAssociation } from '../../../electron/association/association';
import * as claims from '../../../electron/claims/claims';
import { saveAttendance } from '../../../electron/meetings/attendance';
import { cancelMeeting, createMeeting } from '../../../electron/meetings/meetings';
import { createInstance } from '../../../electron/register/instances';
import { createMandate } from '../../../electron/register/mandates';
import { createOrganisation } from '../../../electron/register/organisations';
import type { ServiceContext } from '../../../electron/service-context';
import { issueTaxReceipts } from '../../../electron/treasury/tax-receipts';
import { createTraining } from '../../../electron/trainings/trainings';
import { createPerson } from '../../helpers/representatives';
import type { TestApp } from '../../helpers/context';

export interface DataSet {
  organisations: { chu: number; clinique: number };
  types: { cdu: number; cts: number };
  instances: { cdu: number; cts: number };
  people: Record<'alice' | 'bruno' | 'chloe' | 'denis' | 'emma' | 'fanny' | 'gael', number>;
  meetings: { march: number; cancelled: number; lastDay: number; cts: number };
}

async function typeId(ctx: ServiceContext, code: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function organisation(ctx: ServiceContext, name: string, postalCode: string, city: string) {
  return (
    await createOrganisation(
      ctx,
      organisationInput.parse({
        name,
        kind: 'etablissement',
        addressLine: '1 rue de la Santé',
        postalCode,
        city,
      }),
    )
  ).id;
}

async function instance(
  ctx: ServiceContext,
  organisationId: number,
  type: number,
  name: string,
  seats: [number, number],
  targetMin: number,
) {
  return (
    await createInstance(
      ctx,
      instanceInput.parse({
        organisationId,
        typeId: type,
        name,
        seatsTitulaire: seats[0],
        seatsSuppleant: seats[1],
        targetMin,
        mandateMonths: null,
        involvementLevel: null,
        participationForm: null,
        meetingPlace: null,
      }),
    )
  ).id;
}

async function person(ctx: ServiceContext, firstName: string, civility: 'Mme' | 'M.', employed: boolean) {
  return (
    await createPerson(ctx, {
      firstName,
      lastName: 'Test',
      civility,
      employed,
      employer: employed ? 'Employeur SA' : null,
      iban: 'FR7630006000011234567890189',
    })
  ).id;
}

async function mandate(
  ctx: ServiceContext,
  representativeId: number,
  instanceId: number,
  role: 'titulaire' | 'suppleant',
  startDate: string,
  endDate: string,
) {
  await createMandate(ctx, mandateInput.parse({ representativeId, instanceId, role, startDate, endDate }));
}

async function meeting(
  ctx: ServiceContext,
  instanceId: number,
  date: string,
  startTime: string,
  endTime: string,
  rows: AttendanceRowInput[],
) {
  const m = await createMeeting(
    ctx,
    meetingInput.parse({ instanceId, date, startTime, endTime, mode: 'sur_place' }),
  );
  await saveAttendance(ctx, { meetingId: m.id, rows: rows.map((r) => attendanceRowInput.parse(r)) });
  return m.id;
}

const line = (
  kind: ClaimLineInput['kind'],
  date: string,
  cents: number,
  meetingId: number | null,
): ClaimLineInput => ({
  kind,
  date,
  purpose: 'Réunion',
  expenseCents: cents,
  transportMode: kind === 'transport' ? 'train' : null,
  meetingId,
});

async function validatedClaim(ctx: ServiceContext, representativeId: number, lines: ClaimLineInput[]) {
  const c = await claims.createClaim(ctx, claimInput.parse({ representativeId, lines }));
  await claims.submitClaim(ctx, c.id);
  return claims.validateClaim(ctx, c.id);
}

export async function givenDataSet(app: TestApp): Promise<DataSet> {
  const { ctx } = app;
  app.setNow('2025-01-02T10:00:00.000Z');
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Collectif des usagers de santé',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Représenter les usagers du système de santé',
      organismType: 'Association loi 1901 reconnue d’intérêt général',
      president: 'Hélène Dubois',
      treasurer: 'Bernard Hamon',
      documentPlace: 'Rennes',
    }),
  );
  const types = { cdu: await typeId(ctx, 'CDU'), cts: await typeId(ctx, 'CTS') };
  const organisations = {
    chu: await organisation(ctx, 'CHU de Rennes', '35000', 'Rennes'),
    clinique: await organisation(ctx, 'Clinique de Brest', '29200', 'Brest'),
  };
  const instances = {
    cdu: await instance(ctx, organisations.chu, types.cdu, 'CDU du CHU de Rennes', [2, 2], 2),
    cts: await instance(ctx, organisations.clinique, types.cts, 'CTS du Finistère', [1, 1], 3),
  };
  const people = {
    alice: await person(ctx, 'Alice', 'Mme', true),
    bruno: await person(ctx, 'Bruno', 'M.', false),
    chloe: await person(ctx, 'Chloé', 'Mme', true),
    denis: await person(ctx, 'Denis', 'M.', false),
    emma: await person(ctx, 'Emma', 'Mme', true),
    fanny: await person(ctx, 'Fanny', 'Mme', false),
    gael: await person(ctx, 'Gaël', 'M.', false),
  };
  await mandate(ctx, people.alice, instances.cdu, 'titulaire', '2023-01-01', '2025-12-31');
  await mandate(ctx, people.bruno, instances.cdu, 'titulaire', '2024-06-01', '2025-03-31');
  await mandate(ctx, people.chloe, instances.cdu, 'suppleant', '2025-12-31', '2028-12-30');
  await mandate(ctx, people.denis, instances.cts, 'titulaire', '2022-01-01', '2024-12-31');
  await mandate(ctx, people.emma, instances.cts, 'titulaire', '2025-03-01', '2030-02-28');
  await mandate(ctx, people.gael, instances.cts, 'suppleant', '2024-10-15', '2027-10-14');

  app.setNow('2026-02-20T10:00:00.000Z');
  const meetings = {
    march: await meeting(ctx, instances.cdu, '2025-03-10', '14:00', '17:00', [
      { representativeId: people.alice, status: 'present' },
      { representativeId: people.bruno, status: 'distance' },
      {
        representativeId: people.fanny,
        status: 'present',
        nonMandated: true,
        startTime: '14:00',
        endTime: '16:00',
      },
    ]),
    cancelled: await meeting(ctx, instances.cdu, '2025-06-05', '09:00', '12:00', [
      { representativeId: people.alice, status: 'present' },
    ]),
    lastDay: await meeting(ctx, instances.cdu, '2025-12-31', '10:00', '12:00', [
      { representativeId: people.alice, status: 'present', startTime: '10:30', endTime: '12:00' },
      { representativeId: people.chloe, status: 'absent' },
    ]),
    cts: await meeting(ctx, instances.cts, '2025-09-20', '14:00', '18:00', [
      { representativeId: people.emma, status: 'present' },
      { representativeId: people.gael, status: 'excuse' },
    ]),
  };
  await meeting(ctx, instances.cts, '2024-05-10', '09:00', '11:00', [
    { representativeId: people.denis, status: 'present' },
  ]);
  await meeting(ctx, instances.cdu, '2026-01-15', '14:00', '17:00', [
    { representativeId: people.chloe, status: 'present' },
  ]);
  await cancelMeeting(ctx, { id: meetings.cancelled, reason: 'Quorum non atteint', voidAttestations: false });

  const kinds = await ctx.db.selectFrom('training_kind').select(['id', 'is_base', 'label']).execute();
  const base = kinds.find((k) => k.is_base === 1)?.id ?? 0;
  const cduTraining = kinds.find((k) => k.label === 'Formation CDU')?.id ?? 0;
  const training = (representativeId: number, kindId: number, date: string, durationMinutes: number | null) =>
    createTraining(ctx, trainingInput.parse({ representativeId, kindId, date, durationMinutes }));
  await training(people.gael, base, '2025-05-20', 420);
  await training(people.emma, base, '2025-06-15', 240);
  await training(people.alice, cduTraining, '2025-11-05', null);
  await training(people.alice, cduTraining, '2026-02-01', 180);

  // Receipts are the claims domain's business: this association's 2025 policy asks for none.
  await savePolicy(
    ctx,
    policyInput.parse({
      year: 2025,
      mileageMode: 'bareme',
      flatRates: { voiture: 0, moto: 0, cyclomoteur: 0 },
      kinds: policyKinds.map((kind) => ({ kind, capCents: null, receiptRequired: false })),
    }),
  );
  const paid = await validatedClaim(ctx, people.alice, [
    line('repas', '2025-03-10', 2000, meetings.march),
    line('parking', '2025-03-10', 500, null),
  ]);
  await claims.markPaid(ctx, { ids: [paid.id], paidOn: '2025-04-02', method: 'virement', reference: null });
  const later = await validatedClaim(ctx, people.emma, [line('transport', '2025-09-20', 4550, meetings.cts)]);
  await claims.markPaid(ctx, { ids: [later.id], paidOn: '2026-01-10', method: 'virement', reference: null });
  const renounced = await validatedClaim(ctx, people.bruno, [
    line('repas', '2025-03-10', 1800, meetings.march),
  ]);
  await claims.renounceClaim(ctx, renounced.id, '2025-05-01');
  await validatedClaim(ctx, people.alice, [line('repas', '2025-12-31', 1200, meetings.lastDay)]);
  app.setNow('2025-06-01T10:00:00.000Z');
  await issueTaxReceipts(ctx, { year: 2025, representativeId: people.bruno });

  app.setNow('2026-11-22T10:00:00.000Z');
  return { organisations, types, instances, people, meetings };
}
