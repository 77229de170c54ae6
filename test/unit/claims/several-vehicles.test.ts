/**
 * Several vehicles in one year (a change of car, a car and a motorcycle): the scale applies to each
 * vehicle apart — its own power band, and only the kilometres driven with it that year.
 */
import { yearlyAllowanceCents } from '../../../shared/claims/mileage-scale';
import { DEFAULT_SCALES, scaleForYear } from '../../../shared/claims/mileage-scale-defaults';
import { recomputeMileageYear } from '../../../electron/claims/claim-amounts';
import * as claims from '../../../electron/claims/claims';
import { getRepresentative, updateRepresentative } from '../../../electron/register/representatives';
import { NBSP, NNBSP } from '../../../shared/rules/format-fr';
import { representativeInput, type VehicleKind } from '../../../shared/register/representative';
import type { Claim } from '../../../shared/claims/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson, personInput } from '../../helpers/representatives';
import { draft, trip, validated } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const scale = scaleForYear(DEFAULT_SCALES, 2026);
/** Expected strings are written with ordinary spaces; French typography is compared without it. */
const plain = (text: string | null | undefined): string =>
  (text ?? '').replaceAll(NNBSP, ' ').replaceAll(NBSP, ' ');

interface Car {
  label: string;
  kind: VehicleKind;
  cv: number;
  electric?: boolean;
  plate: string | null;
}
const CLIO: Car = { label: 'Clio', kind: 'voiture', cv: 5, plate: 'AB-123-CD' };
const TALISMAN: Car = { label: 'Talisman', kind: 'voiture', cv: 7, plate: 'EF-456-GH' };
const MOTO: Car = { label: 'Moto', kind: 'moto', cv: 4, plate: 'GH-789-JK' };

async function personWith(cars: Car[]) {
  const p = await createPerson(app.ctx, {
    iban: 'FR7630006000011234567890189',
    vehicles: cars.map((c) => ({
      label: c.label,
      kind: c.kind,
      fiscalPowerCv: c.cv,
      electric: c.electric ?? false,
      plate: c.plate,
    })),
  });
  const ids = p.vehicles.map((v) => v.id);
  return { id: p.id, ids };
}

const lineOf = (claim: Claim, date: string) => {
  const line = claim.lines.find((l) => l.date === date);
  if (!line) throw new Error(`ligne du ${date}`);
  return line;
};
const reload = (claim: Claim) => claims.getClaim(app.ctx, claim.id);

describe('a change of car within the year', () => {
  it('prices 2 000 km with a 7 CV after 4 000 km with a 5 CV at f₇(2 000) = 1 394,00 €, and says so', async () => {
    const { id, ids } = await personWith([CLIO, TALISMAN]);
    const [clio, talisman] = ids as [number, number];
    const first = await validated(app.ctx, id, [trip(clio, '2026-03-10', 4000)]);
    expect(first.totalCents).toBe(254_400); // 4 000 × 0,636
    const second = await draft(app.ctx, id, [trip(talisman, '2026-06-10', 2000)]);
    const line = lineOf(second, '2026-06-10');
    expect(line.amountCents).toBe(139_400);
    expect(line.cumulativeBeforeTenthKm).toBe(0);
    expect(plain(line.explanation)).toBe(
      'Barème 2026, voiture 7 CV (tranche 7 CV et plus) immatriculée EF-456-GH : 2 000,0 km × 0,697 = 1 394,00 € ; ligne = 1 394,00 €',
    );
    // Frozen with the claim, the explanation quotes nothing of the other car.
    await claims.submitClaim(app.ctx, second.id);
    const done = await claims.validateClaim(app.ctx, second.id);
    expect(done.totalCents).toBe(139_400);
    expect(plain(done.lines[0]?.explanation)).toBe(plain(line.explanation));
  });

  it('gives the same amounts when both trips are on one draft', async () => {
    const { id, ids } = await personWith([CLIO, TALISMAN]);
    const [clio, talisman] = ids as [number, number];
    const c = await draft(app.ctx, id, [trip(clio, '2026-03-10', 4000), trip(talisman, '2026-06-10', 2000)]);
    expect(lineOf(c, '2026-03-10').amountCents).toBe(254_400);
    expect(lineOf(c, '2026-06-10').amountCents).toBe(139_400);
  });

  it('crosses the 5 000 km band with each car on its own kilometres, and each car adds up to its f(total)', async () => {
    const { id, ids } = await personWith([CLIO, TALISMAN]);
    const [clio, talisman] = ids as [number, number];
    const spring = await validated(app.ctx, id, [
      trip(clio, '2026-01-15', 3000),
      trip(clio, '2026-03-15', 3000),
    ]);
    // f₅(6 000) − f₅(3 000) = 3 537,00 − 1 908,00
    expect(lineOf(spring, '2026-03-15').amountCents).toBe(162_900);
    const summer = await draft(app.ctx, id, [
      trip(talisman, '2026-07-15', 2500),
      trip(clio, '2026-08-01', 500),
    ]);
    const autumn = await draft(app.ctx, id, [trip(talisman, '2026-09-15', 3500)]);
    expect(lineOf(summer, '2026-07-15').amountCents).toBe(174_250); // 2 500 × 0,697
    // The Clio goes on from its own 6 000 km: f₅(6 500) − f₅(6 000) = 3 715,50 − 3 537,00.
    expect(lineOf(summer, '2026-08-01').cumulativeBeforeTenthKm).toBe(60_000);
    expect(lineOf(summer, '2026-08-01').amountCents).toBe(17_850);
    // The Talisman crosses 5 000 km on its own 2 500 + 3 500 km: f₇(6 000) − f₇(2 500).
    const crossing = lineOf(autumn, '2026-09-15');
    expect(crossing.cumulativeBeforeTenthKm).toBe(25_000);
    expect(crossing.amountCents).toBe(387_900 - 174_250);
    expect(plain(crossing.explanation)).toBe(
      'Barème 2026, voiture 7 CV (tranche 7 CV et plus) immatriculée EF-456-GH : (2 500,0 + 3 500,0 km) × 0,394 + 1 515 € = 3 879,00 € ; ' +
        'déjà indemnisé pour ce véhicule (2 500,0 km × 0,697) : 1 742,50 € ; ligne = 2 136,50 €',
    );
    const all = [spring, await reload(summer), await reload(autumn)].flatMap((c) => c.lines);
    const sumOf = (vehicleId: number) =>
      all.filter((l) => l.vehicleId === vehicleId).reduce((s, l) => s + l.amountCents, 0);
    expect(sumOf(clio)).toBe(yearlyAllowanceCents(scale, 'voiture', 5, false, 65_000));
    expect(sumOf(talisman)).toBe(yearlyAllowanceCents(scale, 'voiture', 7, false, 60_000));
  });

  it('prices a new car from zero after the old one’s claims were validated, and leaves nothing to settle', async () => {
    const { id, ids } = await personWith([CLIO]);
    const [clio] = ids as [number];
    await validated(app.ctx, id, [trip(clio, '2026-01-10', 4000)]);
    await validated(app.ctx, id, [trip(clio, '2026-03-10', 900)]);
    // The Clio is sold in May: the new car is added to the record, the Clio archived.
    await updateRepresentative(
      app.ctx,
      id,
      representativeInput.parse(
        personInput({
          iban: 'FR7630006000011234567890189',
          vehicles: [
            { label: 'Talisman', kind: 'voiture', fiscalPowerCv: 7, electric: false, plate: 'EF-456-GH' },
          ],
        }),
      ),
    );
    const record = await getRepresentative(app.ctx, id);
    const talisman = record.vehicles.find((v) => !v.archived)?.id ?? 0;
    const june = await validated(app.ctx, id, [trip(talisman, '2026-06-10', 300)]);
    expect(june.lines[0]?.cumulativeBeforeTenthKm).toBe(0);
    expect(june.totalCents).toBe(20_910); // 300 × 0,697
    expect(plain(june.lines[0]?.explanation)).toBe(
      'Barème 2026, voiture 7 CV (tranche 7 CV et plus) immatriculée EF-456-GH : 300,0 km × 0,697 = 209,10 € ; ligne = 209,10 €',
    );
    const proposals = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(proposals.map((p) => [p.vehicleId, p.totalTenthKm, p.dueCents, p.balanceCents])).toEqual([
      [clio, 49_000, 311_640, 0],
      [talisman, 3_000, 20_910, 0],
    ]);
  });
});

describe('a car and a motorcycle in one year', () => {
  it('keeps each on its own scale and kilometres', async () => {
    const { id, ids } = await personWith([CLIO, MOTO]);
    const [clio, moto] = ids as [number, number];
    const c = await draft(app.ctx, id, [
      trip(clio, '2026-02-01', 4000),
      trip(moto, '2026-03-01', 2000),
      trip(moto, '2026-04-01', 1500),
      trip(clio, '2026-05-01', 2000),
    ]);
    expect(lineOf(c, '2026-03-01').amountCents).toBe(93_600); // 2 000 × 0,468
    // The motorcycle crosses 3 000 km on its own: f(3 500) − f(2 000) = 1 445,00 − 936,00.
    expect(lineOf(c, '2026-04-01').amountCents).toBe(50_900);
    expect(plain(lineOf(c, '2026-04-01').explanation)).toContain(
      'moto 4 CV (tranche 3 à 5 CV) immatriculée GH-789-JK',
    );
    expect(lineOf(c, '2026-05-01').amountCents).toBe(353_700 - 254_400);
    expect(c.totalCents).toBe(353_700 + 144_500);
  });
});

describe('every vehicle’s year adds up to f(its total)', () => {
  it('holds for trips of three vehicles entered in any order, some validated in between', async () => {
    const ELECTRIC: Car = { label: 'Zoé', kind: 'voiture', cv: 4, electric: true, plate: null };
    const cars = [CLIO, ELECTRIC, MOTO];
    const { id, ids } = await personWith(cars);
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const claimIds: number[] = [];
    for (let c = 0; c < 14; c++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const day = 1 + Math.floor(random() * 360);
        const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
        const vehicle = ids[Math.floor(random() * ids.length)] ?? 0;
        return trip(vehicle, date, 50 + Math.floor(random() * 9000) / 10);
      });
      const made = random() < 0.5 ? await validated(app.ctx, id, lines) : await draft(app.ctx, id, lines);
      claimIds.push(made.id);
    }
    const all = (await Promise.all(claimIds.map((c) => claims.getClaim(app.ctx, c)))).flatMap((c) => c.lines);
    cars.forEach((car, index) => {
      const mine = all.filter((l) => l.vehicleId === ids[index]);
      const km = mine.reduce((s, l) => s + (l.billedTenthKm ?? 0), 0);
      const sum = mine.reduce((s, l) => s + l.amountCents, 0);
      expect(sum).toBe(yearlyAllowanceCents(scale, car.kind, car.cv, car.electric ?? false, km));
    });
  });
});

describe('the year-end régularisation, vehicle by vehicle', () => {
  it('settles f(total km of the vehicle) − what was fixed for it, and explains only that vehicle', async () => {
    const { id, ids } = await personWith([CLIO, TALISMAN]);
    const [clio, talisman] = ids as [number, number];
    const first = await validated(app.ctx, id, [trip(clio, '2026-01-10', 4000)]);
    const second = await validated(app.ctx, id, [trip(clio, '2026-02-10', 2000)]);
    expect(second.totalCents).toBe(353_700 - 254_400);
    await validated(app.ctx, id, [trip(talisman, '2026-05-10', 1000)]);
    await claims.cancelClaim(app.ctx, first.id, 'Réunion annulée');

    const proposals = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(proposals).toHaveLength(2);
    const [forClio, forTalisman] = proposals;
    expect(forClio?.vehicleId).toBe(clio);
    expect(forClio?.vehicleDescription).toBe(`Clio — voiture 5${NBSP}CV, AB-123-CD`);
    // The Clio now holds 2 000 km: f₅(2 000) = 1 272,00 €, 993,00 € were fixed.
    expect(forClio?.dueCents).toBe(127_200);
    expect(forClio?.alreadyFixedCents).toBe(99_300);
    expect(forClio?.balanceCents).toBe(27_900);
    expect(plain(forClio?.explanation)).toBe(
      'Barème 2026, voiture 5 CV immatriculée AB-123-CD : 2 000,0 km × 0,636 = 1 272,00 € ; déjà indemnisé : 993,00 € ; régularisation = 279,00 €',
    );
    expect(forTalisman?.vehicleId).toBe(talisman);
    expect(forTalisman?.dueCents).toBe(69_700);
    expect(forTalisman?.balanceCents).toBe(0);

    const reg = await claims.createRegularisation(app.ctx, {
      representativeId: id,
      year: 2026,
      vehicleKey: forClio?.vehicleKey ?? '',
    });
    expect(reg.totalCents).toBe(27_900);
    expect(reg.lines[0]?.kind).toBe('regularisation');
    expect(reg.lines[0]?.vehicleId).toBe(clio);
    expect(reg.lines[0]?.vehicleDescription).toBe(`Voiture 5${NBSP}CV, AB-123-CD`);
    const again = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(again.map((p) => p.alreadyProposed)).toEqual([true, false]);
    await expect(
      claims.createRegularisation(app.ctx, {
        representativeId: id,
        year: 2026,
        vehicleKey: forClio?.vehicleKey ?? '',
      }),
    ).rejects.toThrow(/déjà proposée pour ce véhicule/);

    // A later Talisman trip does not move the Clio's régularisation.
    await draft(app.ctx, id, [trip(talisman, '2026-11-10', 100)]);
    expect((await reload(reg)).totalCents).toBe(27_900);

    await claims.submitClaim(app.ctx, reg.id);
    const done = await claims.validateClaim(app.ctx, reg.id);
    expect(plain(done.lines[0]?.explanation)).toBe(plain(forClio?.explanation));
    const after = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(after.map((p) => p.balanceCents)).toEqual([0, 0]);
  });

  it('asks back a régularisation paid for a vehicle whose trips were all cancelled since', async () => {
    const { id, ids } = await personWith([CLIO]);
    const [clio] = ids as [number];
    const first = await validated(app.ctx, id, [trip(clio, '2026-01-10', 4000)]);
    const second = await validated(app.ctx, id, [trip(clio, '2026-02-10', 2000)]);
    await claims.cancelClaim(app.ctx, first.id, 'Réunion annulée');
    const [proposal] = await claims.regularisationProposals(app.ctx, id, 2026);
    const reg = await claims.createRegularisation(app.ctx, {
      representativeId: id,
      year: 2026,
      vehicleKey: proposal?.vehicleKey ?? '',
    });
    await claims.submitClaim(app.ctx, reg.id);
    await claims.validateClaim(app.ctx, reg.id);
    await claims.cancelClaim(app.ctx, second.id, 'Réunion annulée');
    const [after] = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(after?.vehicleId).toBe(clio);
    expect(after?.balanceCents).toBe(-27_900);
    expect(plain(after?.explanation)).toBe(
      'Barème 2026, voiture 5 CV immatriculée AB-123-CD : 0,0 km × 0,636 = 0,00 € ; déjà indemnisé : 279,00 € ; régularisation = -279,00 €',
    );
  });

  it('refuses a vehicle that has no trip that year, in French', async () => {
    const { id } = await personWith([CLIO]);
    await expect(
      claims.createRegularisation(app.ctx, { representativeId: id, year: 2026, vehicleKey: 'v:999' }),
    ).rejects.toThrow(/Aucun trajet de 2026 avec ce véhicule/);
  });

  it('follows a CV corrected in the register: drafts move, the régularisation settles the validated lines', async () => {
    const { id, ids } = await personWith([CLIO]);
    const [clio] = ids as [number];
    await validated(app.ctx, id, [trip(clio, '2026-01-10', 1000)]); // 636,00 € at 5 CV
    const record = await getRepresentative(app.ctx, id);
    await updateRepresentative(
      app.ctx,
      id,
      representativeInput.parse(
        personInput({
          iban: record.iban,
          vehicles: record.vehicles.map(({ archived: _archived, inUse: _inUse, ...v }) => ({
            ...v,
            fiscalPowerCv: 6,
          })),
        }),
      ),
    );
    const later = await draft(app.ctx, id, [trip(clio, '2026-03-10', 1000)]);
    // Same car, corrected to 6 CV: f₆(2 000) − f₆(1 000) over its own 1 000 km.
    expect(later.totalCents).toBe(133_000 - 66_500);
    const [proposal] = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(proposal?.balanceCents).toBe(66_500 - 63_600);
    expect(plain(proposal?.explanation)).toBe(
      'Barème 2026, voiture 6 CV immatriculée AB-123-CD : 2 000,0 km × 0,665 = 1 330,00 € ; déjà indemnisé : 1 301,00 € ; régularisation = 29,00 €',
    );
  });

  it('proposes what a year validated before this rule underpaid a second car', async () => {
    const { id, ids } = await personWith([CLIO, TALISMAN]);
    const [clio, talisman] = ids as [number, number];
    await validated(app.ctx, id, [trip(clio, '2026-03-10', 4000)]);
    const old = await validated(app.ctx, id, [trip(talisman, '2026-06-10', 2000)]);
    // As the former rule froze it: priced over the Clio's 4 000 km, f₇(6 000) − f₇(4 000).
    await app.ctx.db
      .updateTable('claim_line')
      .set({ amount_cents: 109_100, cumulative_before_tenth_km: 40_000 })
      .where('claim_id', '=', old.id)
      .execute();
    const proposals = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(proposals.map((p) => p.balanceCents)).toEqual([0, 139_400 - 109_100]);
  });
});

describe('lines without a vehicle record', () => {
  it('tells vehicles apart by their copied characteristics and plate, and gives an older régularisation to the kind’s last car', async () => {
    const { id } = await personWith([]);
    const at = '2026-01-01T00:00:00.000Z';
    const claim = await app.ctx.db
      .insertInto('claim')
      .values({ representative_id: id, status: 'brouillon', total_cents: 0, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const line = (date: string, tenthKm: number, plate: string) => ({
      claim_id: claim.id,
      kind: 'kilometrique' as const,
      date,
      purpose: 'Réunion',
      from_place: 'Rennes',
      to_place: 'Vannes',
      distance_tenth_km: tenthKm,
      round_trip: 0,
      vehicle_id: null,
      vehicle_kind: 'voiture' as const,
      vehicle_cv: 5,
      vehicle_electric: 0,
      vehicle_label: null,
      vehicle_plate: plate,
      amount_cents: 0,
      created_at: at,
      updated_at: at,
    });
    await app.ctx.db
      .insertInto('claim_line')
      .values([line('2026-02-01', 40_000, 'AA-111-AA'), line('2026-05-01', 20_000, 'BB-222-BB')])
      .execute();
    await app.ctx.db.transaction().execute((trx) => recomputeMileageYear(trx, 2026, [id], at));
    const c = await claims.getClaim(app.ctx, claim.id);
    expect(lineOf(c, '2026-02-01').amountCents).toBe(254_400);
    expect(lineOf(c, '2026-05-01').amountCents).toBe(127_200);
    expect(plain(lineOf(c, '2026-05-01').explanation)).toContain(
      'voiture 5 CV immatriculée BB-222-BB : 2 000,0 km',
    );

    // A régularisation from before this rule knows only the kind: it joins the kind's car driven last.
    const older = await app.ctx.db
      .insertInto('claim')
      .values({
        representative_id: id,
        status: 'validee',
        validated_at: at,
        total_cents: 1000,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.ctx.db
      .insertInto('claim_line')
      .values({
        claim_id: older.id,
        kind: 'regularisation',
        date: '2026-12-31',
        purpose: 'Régularisation',
        round_trip: 0,
        amount_cents: 1000,
        regularisation_year: 2026,
        regularisation_vehicle_kind: 'voiture',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const proposals = await claims.regularisationProposals(app.ctx, id, 2026);
    expect(proposals.map((p) => [p.vehicleDescription, p.balanceCents])).toEqual([
      [`Voiture 5${NBSP}CV, AA-111-AA`, 0],
      [`Voiture 5${NBSP}CV, BB-222-BB`, -1000],
    ]);
  });
});
