import { VEHICLE_KINDS } from '../../../shared/claims/mileage-scale';
import { DEFAULT_SCALES } from '../../../shared/claims/mileage-scale-defaults';
import * as claims from '../../../electron/claims/claims';
import * as policies from '../../../electron/claims/policies';
import { createTestApp, type TestApp } from '../../helpers/context';
import { draft, expense, personWithCar, trip, validated } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

/** Independent reference: (km × rate + fixed) × (1 + bonus), rounded half up once, in BigInt. */
function reference(tenthKm: number, rateMilli: number, fixedCents: number, bonus = 0): number {
  const hundredths = BigInt(tenthKm) * BigInt(rateMilli) + BigInt(fixedCents) * 100n;
  const scaled = hundredths * BigInt(100 + bonus);
  return Number((scaled + 5000n) / 10000n);
}

describe('fiscal scale through the claims service', () => {
  const scale = DEFAULT_SCALES.find((s) => s.year === 2026);
  if (!scale) throw new Error('barème 2026 absent');
  for (const kind of VEHICLE_KINDS) {
    for (const bracket of scale.kinds[kind]) {
      bracket.bands.forEach((band, index) => {
        const previous = index === 0 ? 0 : (bracket.bands[index - 1]?.upToKm ?? 0);
        // A distance inside the band, with a tenth of km to exercise the rounding.
        const km = band.upToKm === null ? previous + 1234.5 : Math.max(1, band.upToKm - 321.7);
        it(`prices a first trip of ${km} km for ${kind} « ${bracket.label} » in band ${index + 1} as f(d)`, async () => {
          const { person, vehicleId } = await personWithCar(app.ctx, { kind, cv: bracket.minCv });
          const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2026-03-10', km)]);
          const line = claim.lines[0];
          expect(line?.amountCents).toBe(reference(Math.round(km * 10), band.rateMilli, band.fixedCents));
          expect(line?.explanation).toContain('Barème 2026');
        });
      });
    }
  }

  it('keeps the "+ b" of d × a + b in the middle band (Dolibarr drops it)', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 6000)]);
    // 6 000 × 0,357 + 1 395 = 3 537 €
    expect(claim.lines[0]?.amountCents).toBe(353_700);
  });

  it('adds 20 % for an electric vehicle, rounded once', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 4, electric: true });
    const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 123.4)]);
    // 123,4 × 0,606 = 74,7804 ; × 1,2 = 89,73648 → 89,74 €
    expect(claim.lines[0]?.amountCents).toBe(8974);
    expect(claim.lines[0]?.explanation).toContain('20');
  });

  it('rounds half up to the cent once per line', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 4 });
    // 2,5 km × 0,606 = 1,515 € → 1,52 €
    const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 2.5)]);
    expect(claim.lines[0]?.amountCents).toBe(152);
  });

  it('doubles the distance of a round trip', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 70, { roundTrip: true })]);
    expect(claim.lines[0]?.billedTenthKm).toBe(1400);
    expect(claim.lines[0]?.amountCents).toBe(8904); // 140 × 0,636
  });
});

describe('cumulative yearly allowance', () => {
  it('makes a year crossing 5 000 and 20 000 km across several claims add up to f(total)', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const a = await validated(app.ctx, person.id, [
      trip(vehicleId, '2026-01-15', 4000),
      trip(vehicleId, '2026-02-15', 900),
    ]);
    const b = await validated(app.ctx, person.id, [trip(vehicleId, '2026-03-15', 300)]); // crosses 5 000
    const c = await draft(app.ctx, person.id, [trip(vehicleId, '2026-05-15', 14_000)]);
    const d = await draft(app.ctx, person.id, [trip(vehicleId, '2026-09-15', 1_800)]); // crosses 20 000
    const total = [a, b, c, d].reduce((s, x) => s + x.totalCents, 0);
    const cAfter = await claims.getClaim(app.ctx, c.id);
    const dAfter = await claims.getClaim(app.ctx, d.id);
    const sum = a.totalCents + b.totalCents + cAfter.totalCents + dAfter.totalCents;
    // f(21 000) = 21 000 × 0,427 = 8 967 €
    expect(sum).toBe(896_700);
    expect(total).toBe(896_700);
    // 4 900 km in the first band, then the line crossing 5 000 : f(5 200) − f(4 900)
    expect(b.totalCents).toBe((5200 * 357) / 10 + 139_500 - (4900 * 636) / 10);
  });

  it('counts kilometres, not lines, and includes paid claims', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const paid = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 4990)]);
    await claims.markPaid(app.ctx, {
      ids: [paid.id],
      paidOn: '2026-02-01',
      method: 'virement',
      reference: null,
    });
    const next = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 20)]);
    // f(5 010) − f(4 990) = (5 010 × 0,357 + 1 395) − 4 990 × 0,636 = 3 183,57 − 3 173,64
    expect(next.lines[0]?.amountCents).toBe(318_357 - 317_364);
    expect(next.lines[0]?.cumulativeBeforeTenthKm).toBe(49_900);
  });

  it('takes the year from the trip date, not from today', async () => {
    app.setNow('2027-01-20T10:00:00.000Z');
    await policies.openYear(app.ctx, 2027);
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    await validated(app.ctx, person.id, [trip(vehicleId, '2026-06-01', 5000)]);
    const lateDecember = await draft(app.ctx, person.id, [trip(vehicleId, '2026-12-20', 100)]);
    const january = await draft(app.ctx, person.id, [trip(vehicleId, '2027-01-05', 100)]);
    expect(lateDecember.lines[0]?.cumulativeBeforeTenthKm).toBe(50_000);
    expect(january.lines[0]?.cumulativeBeforeTenthKm).toBe(0);
    expect(january.lines[0]?.amountCents).toBe(6360);
  });

  it('orders open lines by trip date and recomputes a later draft when an earlier line is added', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const march = await draft(app.ctx, person.id, [trip(vehicleId, '2026-03-01', 100)]);
    expect((await claims.getClaim(app.ctx, march.id)).lines[0]?.cumulativeBeforeTenthKm).toBe(0);
    await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 4950)]);
    const after = await claims.getClaim(app.ctx, march.id);
    expect(after.lines[0]?.cumulativeBeforeTenthKm).toBe(49_500);
    // f(5 050) − f(4 950)
    expect(after.totalCents).toBe((505_000 * 357) / 1000 + 139_500 - 314_820);
  });

  it('freezes the amounts of a validated claim and prices later drafts after it', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const v = await validated(app.ctx, person.id, [trip(vehicleId, '2026-06-01', 4000)]);
    // A trip dated earlier arrives late: the validated amount does not move.
    const late = await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 2000)]);
    expect((await claims.getClaim(app.ctx, v.id)).totalCents).toBe(v.totalCents);
    expect(late.lines[0]?.cumulativeBeforeTenthKm).toBe(40_000);
    // The year still adds up to f(6 000) = 3 537 €.
    expect(v.totalCents + late.totalCents).toBe(353_700);
    expect(v.lines[0]?.explanation).toContain('Barème 2026');
  });

  it('takes refused and cancelled claims out of the cumul', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const refused = await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 4000)]);
    await claims.submitClaim(app.ctx, refused.id);
    const cancelled = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-20', 500)]);
    const later = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 100)]);
    expect(later.lines[0]?.cumulativeBeforeTenthKm).toBe(45_000);
    await claims.refuseClaim(app.ctx, refused.id, 'Trajet non justifié');
    await claims.cancelClaim(app.ctx, cancelled.id, 'Saisie en double');
    const after = await claims.getClaim(app.ctx, later.id);
    expect(after.lines[0]?.cumulativeBeforeTenthKm).toBe(0);
    expect(after.totalCents).toBe(6360);
  });

  it('keeps separate cumuls per vehicle kind and per person', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const other = await personWithCar(app.ctx, { cv: 5 }, { firstName: 'Yannick', lastName: 'Tanguy' });
    await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 4990)]);
    const theirs = await draft(app.ctx, other.person.id, [trip(other.vehicleId, '2026-02-10', 100)]);
    expect(theirs.lines[0]?.cumulativeBeforeTenthKm).toBe(0);
  });

  it('keeps the car and the motorbike of the same person in separate cumuls, and prices each line in its own year', async () => {
    const { createPerson } = await import('../../helpers/representatives');
    const p = await createPerson(app.ctx, {
      vehicles: [
        { label: 'Voiture', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: null },
        { label: 'Moto', kind: 'moto', fiscalPowerCv: 4, electric: false, plate: null },
      ],
    });
    const [car, moto] = p.vehicles;
    if (!car || !moto) throw new Error('véhicules');
    await policies.openYear(app.ctx, 2027);
    const claim = await draft(app.ctx, p.id, [
      trip(car.id, '2026-03-01', 4000),
      trip(moto.id, '2026-03-02', 100),
      trip(car.id, '2026-12-30', 10),
      trip(car.id, '2027-01-02', 10, { purpose: 'Vœux' }),
    ]);
    const motoLine = claim.lines.find((l) => l.vehicleId === moto.id);
    expect(motoLine?.cumulativeBeforeTenthKm).toBe(0);
    expect(motoLine?.amountCents).toBe(4680); // 100 × 0,468
    expect(claim.lines.find((l) => l.date === '2026-12-30')?.cumulativeBeforeTenthKm).toBe(40_000);
    expect(claim.lines.find((l) => l.date === '2027-01-02')?.cumulativeBeforeTenthKm).toBe(0);
    expect(claim.lines.find((l) => l.date === '2027-01-02')?.explanation).toContain('Barème 2027');
  });

  it('proposes a year-end régularisation after a frozen claim is cancelled', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const first = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 4000)]);
    const second = await validated(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 2000)]);
    // Second priced over 4 000 km: f(6 000) − f(4 000).
    expect(second.totalCents).toBe(353_700 - 254_400);
    await claims.cancelClaim(app.ctx, first.id, 'Réunion annulée');
    const [proposal] = await claims.regularisationProposals(app.ctx, person.id, 2026);
    // The year now holds 2 000 km: f(2 000) = 1 272 €, 992,00 € were fixed.
    expect(proposal?.dueCents).toBe(127_200);
    expect(proposal?.balanceCents).toBe(127_200 - 99_300);
    const reg = await claims.createRegularisation(app.ctx, {
      representativeId: person.id,
      year: 2026,
      vehicleKey: proposal?.vehicleKey ?? '',
    });
    expect(reg.totalCents).toBe(27_900);
    expect(reg.lines[0]?.kind).toBe('regularisation');
    await claims.submitClaim(app.ctx, reg.id);
    const done = await claims.validateClaim(app.ctx, reg.id);
    expect(done.lines[0]?.explanation).toContain('régularisation');
    const [after] = await claims.regularisationProposals(app.ctx, person.id, 2026);
    expect(after?.balanceCents).toBe(0);
  });
});

describe('policy: flat rates and caps', () => {
  it('uses the flat rate voted by the board when the year’s policy says so', async () => {
    await policies.savePolicy(app.ctx, {
      year: 2026,
      mileageMode: 'forfait',
      flatRates: { voiture: 300, moto: 200, cyclomoteur: 100 },
      kinds: [{ kind: 'repas', capCents: 2000, receiptRequired: true }],
    });
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 7, electric: true });
    const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 123.5)]);
    // 123,5 × 0,30 = 37,05 €, no scale, no electric increase.
    expect(claim.lines[0]?.amountCents).toBe(3705);
    expect(claim.lines[0]?.explanation).toContain('Taux voté');
  });

  it('caps a meal at the policy’s limit and says so', async () => {
    await policies.savePolicy(app.ctx, {
      year: 2026,
      mileageMode: 'bareme',
      flatRates: { voiture: 0, moto: 0, cyclomoteur: 0 },
      kinds: [
        { kind: 'repas', capCents: 2000, receiptRequired: false },
        { kind: 'hebergement', capCents: 9000, receiptRequired: false },
      ],
    });
    const { person } = await personWithCar(app.ctx);
    const claim = await draft(app.ctx, person.id, [
      expense('repas', '2026-02-01', 3250),
      expense('hebergement', '2026-02-01', 8500),
    ]);
    const meal = claim.lines.find((l) => l.kind === 'repas');
    expect(meal?.amountCents).toBe(2000);
    expect(meal?.explanation).toContain('plafonnée');
    expect(claim.totalCents).toBe(2000 + 8500);
  });

  it('a policy of an earlier year applies until a new one is voted', async () => {
    await policies.savePolicy(app.ctx, {
      year: 2025,
      mileageMode: 'forfait',
      flatRates: { voiture: 250, moto: 0, cyclomoteur: 0 },
      kinds: [],
    });
    const p = await policies.getPolicy(app.ctx, 2026);
    expect(p.mileageMode).toBe('forfait');
    expect(p.inheritedFrom).toBe(2025);
  });
});

describe('scales as data', () => {
  it('opens a new year by copying the last scale, and refuses trips of a year without scale', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    await expect(draft(app.ctx, person.id, [trip(vehicleId, '2027-02-01', 10)])).rejects.toThrow(
      /Aucun barème kilométrique n’est défini pour 2027/,
    );
    expect(await app.ctx.db.selectFrom('claim').select('id').execute()).toHaveLength(0);
    const opened = await policies.openYear(app.ctx, 2027);
    expect(opened.kinds.voiture[2]?.bands[1]?.fixedCents).toBe(139_500);
    const claim = await draft(app.ctx, person.id, [trip(vehicleId, '2027-02-01', 10)]);
    expect(claim.lines[0]?.amountCents).toBe(636);
  });

  it('an edited scale reprices open lines but not validated ones', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx, { cv: 5 });
    const frozen = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 100)]);
    const open = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 100)]);
    const scale = await policies.getScale(app.ctx, 2026);
    const bracket = scale.kinds.voiture[2];
    if (!bracket?.bands[0]) throw new Error('tranche');
    bracket.bands[0].rateMilli = 700;
    await policies.saveScale(app.ctx, scale);
    expect((await claims.getClaim(app.ctx, frozen.id)).totalCents).toBe(6360);
    expect((await claims.getClaim(app.ctx, open.id)).totalCents).toBe(7000);
    expect(open.totalCents).toBe(6360);
  });

  it('refuses an incoherent scale in French', async () => {
    const scale = await policies.getScale(app.ctx, 2026);
    scale.kinds.voiture[0] = {
      label: '3 CV et moins',
      minCv: 2,
      maxCv: 3,
      bands: [{ upToKm: null, rateMilli: 1, fixedCents: 0 }],
    };
    await expect(policies.saveScale(app.ctx, scale)).rejects.toThrow(/ne sont couvertes par aucune tranche/);
  });
});
