/** Fixtures of the claims tests, built through the services (meetings: rows, until their service exists). */
import { claimInput, type ClaimLineInput } from '../../../shared/claims/schemas';
import type { AttendanceStatus, MeetingMode } from '../../../shared/meetings/schemas';
import type { ServiceContext } from '../../../electron/service-context';
import * as claims from '../../../electron/claims/claims';
import { createPerson } from '../../helpers/representatives';
import { saveAssociation } from '../../../electron/association/association';
import { associationInput } from '../../../shared/association/schemas';

/** An association with everything a reçu fiscal and a SEPA file need; `overrides` takes one away. */
export async function givenAssociation(ctx: ServiceContext, overrides: Record<string, unknown> = {}) {
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Collectif des usagers de santé',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      siren: null,
      objet: 'Représenter les usagers du système de santé',
      organismType: 'Association loi 1901 reconnue d’intérêt général',
      president: 'Hélène Dubois',
      treasurer: 'Bernard Hamon',
      documentPlace: 'Rennes',
      iban: 'FR7630004000031234567890143',
      bic: 'BNPAFRPPXXX',
      ...overrides,
    }),
  );
}

export async function personWithCar(
  ctx: ServiceContext,
  car: { kind?: 'voiture' | 'moto' | 'cyclomoteur'; cv?: number; electric?: boolean } = {},
  overrides: Parameters<typeof createPerson>[1] = {},
) {
  const p = await createPerson(ctx, {
    iban: 'FR7630006000011234567890189',
    ...overrides,
    vehicles: [
      {
        label: 'Voiture',
        kind: car.kind ?? 'voiture',
        fiscalPowerCv: car.cv ?? 5,
        electric: car.electric ?? false,
        plate: 'AB-123-CD',
      },
    ],
  });
  const vehicle = p.vehicles[0];
  if (!vehicle) throw new Error('véhicule manquant');
  return { person: p, vehicleId: vehicle.id };
}

export function trip(
  vehicleId: number,
  date: string,
  km: number,
  extra: Partial<ClaimLineInput> = {},
): ClaimLineInput {
  return {
    kind: 'kilometrique',
    date,
    purpose: 'Réunion CDU',
    fromPlace: 'Rennes',
    toPlace: 'Saint-Malo',
    distanceTenthKm: Math.round(km * 10),
    roundTrip: false,
    vehicleId,
    ...extra,
  };
}

export function expense(
  kind: ClaimLineInput['kind'],
  date: string,
  cents: number,
  extra: Partial<ClaimLineInput> = {},
): ClaimLineInput {
  return {
    kind,
    date,
    purpose: 'Réunion CRSA',
    expenseCents: cents,
    transportMode: kind === 'transport' ? 'train' : null,
    ...extra,
  };
}

export async function draft(ctx: ServiceContext, representativeId: number, lines: ClaimLineInput[]) {
  return claims.createClaim(ctx, claimInput.parse({ representativeId, lines }));
}

/** Draft → soumise → validée. */
export async function validated(ctx: ServiceContext, representativeId: number, lines: ClaimLineInput[]) {
  const c = await draft(ctx, representativeId, lines);
  await claims.submitClaim(ctx, c.id);
  return claims.validateClaim(ctx, c.id);
}

export async function meetingFixture(
  ctx: ServiceContext,
  values: { date: string; place?: string | null; mode?: MeetingMode; title?: string },
): Promise<number> {
  const at = '2026-01-01T00:00:00.000Z';
  let org = await ctx.db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  if (!org) {
    org = await ctx.db
      .insertInto('organisation')
      .values({ name: 'CHU de Rennes', kind: 'etablissement', created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  let instance = await ctx.db.selectFrom('instance').select('id').limit(1).executeTakeFirst();
  if (!instance) {
    const type = await ctx.db
      .selectFrom('instance_type')
      .select('id')
      .where('code', '=', 'CDU')
      .executeTakeFirstOrThrow();
    instance = await ctx.db
      .insertInto('instance')
      .values({
        organisation_id: org.id,
        type_id: type.id,
        name: 'CDU du CHU de Rennes',
        seats_titulaire: 2,
        seats_suppleant: 2,
        target_min: 2,
        meeting_place: 'CHU Pontchaillou, Rennes',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  const m = await ctx.db
    .insertInto('meeting')
    .values({
      instance_id: instance.id,
      date: values.date,
      start_time: '14:00',
      end_time: '17:00',
      mode: values.mode ?? 'sur_place',
      place: values.place === undefined ? 'CHU Pontchaillou, Rennes' : values.place,
      title: values.title ?? 'Séance plénière',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return m.id;
}

export async function attend(
  ctx: ServiceContext,
  meetingId: number,
  representativeId: number,
  status: AttendanceStatus = 'present',
): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z';
  await ctx.db
    .insertInto('attendance')
    .values({
      meeting_id: meetingId,
      representative_id: representativeId,
      status,
      non_mandated: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
