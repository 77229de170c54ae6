import {
  bandFor,
  bracketFor,
  cumulativeTripAllowances,
  flatRateAllowanceCents,
  MileageScaleError,
  regularisationCents,
  tripAllowanceCents,
  VEHICLE_KINDS,
  yearlyAllowanceCents,
  type MileageTrip,
  type PowerBracket,
  type VehicleKind,
  type YearScale,
} from '../../../shared/claims/mileage-scale';
import { DEFAULT_SCALES, scaleForYear } from '../../../shared/claims/mileage-scale-defaults';
import { validateYearScale } from '../../../shared/claims/mileage-scale-checks';

const scale2025 = scaleForYear(DEFAULT_SCALES, 2025);

/** Deterministic PRNG so a failing random case can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cloneScale(scale: YearScale): YearScale {
  return structuredClone(scale);
}

function expectScaleError(run: () => unknown, code: string): MileageScaleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MileageScaleError);
    const typed = error as MileageScaleError;
    expect(typed.code).toBe(code);
    return typed;
  }
  throw new Error('expected a MileageScaleError');
}

describe('DEFAULT_SCALES', () => {
  it('holds 2022 to 2026, each valid', () => {
    expect(DEFAULT_SCALES.map((scale) => scale.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const scale of DEFAULT_SCALES) expect(validateYearScale(scale)).toEqual([]);
  });

  it('has the same figures every year (scale unchanged since 2022; 2026 pending)', () => {
    const [first, ...others] = DEFAULT_SCALES;
    for (const scale of others) expect(scale.kinds).toEqual(first?.kinds);
    for (const scale of DEFAULT_SCALES) expect(scale.electricBonusPercent).toBe(20);
  });

  it('matches the published car table', () => {
    const rows = scale2025.kinds.voiture.map((bracket) => [
      bracket.minCv,
      bracket.maxCv,
      ...bracket.bands.map((band) => [band.upToKm, band.rateMilli, band.fixedCents]),
    ]);
    expect(rows).toEqual([
      [1, 3, [5000, 529, 0], [20000, 316, 106500], [null, 370, 0]],
      [4, 4, [5000, 606, 0], [20000, 340, 133000], [null, 407, 0]],
      [5, 5, [5000, 636, 0], [20000, 357, 139500], [null, 427, 0]],
      [6, 6, [5000, 665, 0], [20000, 374, 145700], [null, 447, 0]],
      [7, null, [5000, 697, 0], [20000, 394, 151500], [null, 470, 0]],
    ]);
  });

  it('matches the published motorcycle and moped tables', () => {
    const flatten = (brackets: PowerBracket[]): unknown[] =>
      brackets.map((bracket) => [
        bracket.minCv,
        bracket.maxCv,
        ...bracket.bands.map((band) => [band.upToKm, band.rateMilli, band.fixedCents]),
      ]);
    expect(flatten(scale2025.kinds.moto)).toEqual([
      [1, 2, [3000, 395, 0], [6000, 99, 89100], [null, 248, 0]],
      [3, 5, [3000, 468, 0], [6000, 82, 115800], [null, 275, 0]],
      [6, null, [3000, 606, 0], [6000, 79, 158300], [null, 343, 0]],
    ]);
    expect(flatten(scale2025.kinds.cyclomoteur)).toEqual([
      [1, null, [3000, 315, 0], [6000, 79, 71100], [null, 198, 0]],
    ]);
  });

  it('is never decreasing at a band boundary (the scale jumps up, never down)', () => {
    for (const kind of VEHICLE_KINDS) {
      for (const bracket of scale2025.kinds[kind]) {
        for (const band of bracket.bands) {
          if (band.upToKm === null) continue;
          const at = yearlyAllowanceCents(scale2025, kind, bracket.minCv, false, band.upToKm * 10);
          const next = yearlyAllowanceCents(scale2025, kind, bracket.minCv, false, band.upToKm * 10 + 1);
          expect(next).toBeGreaterThanOrEqual(at);
        }
      }
    }
  });
});

describe('scaleForYear', () => {
  it('finds a year and refuses an unknown one in French', () => {
    expect(scaleForYear(DEFAULT_SCALES, 2023).year).toBe(2023);
    const error = expectScaleError(() => scaleForYear(DEFAULT_SCALES, 2019), 'unknown-year');
    expect(error.message).toBe('Aucun barème kilométrique n’est défini pour l’année 2019');
  });
});

describe('validateYearScale', () => {
  it('reports a gap between power brackets', () => {
    const scale = cloneScale(scale2025);
    scale.kinds.voiture.splice(2, 1); // drop 5 CV
    expect(validateYearScale(scale)).toEqual([
      'voiture « 6 CV » : les puissances de 5 à 5 CV ne sont couvertes par aucune tranche',
    ]);
  });

  it('reports overlapping brackets, an uncovered 1 CV and a bounded last bracket', () => {
    const scale = cloneScale(scale2025);
    const moto = scale.kinds.moto;
    if (!moto[0] || !moto[1] || !moto[2]) throw new Error('fixture');
    moto[0].minCv = 2;
    moto[1].minCv = 2;
    moto[2].maxCv = 9;
    expect(validateYearScale(scale)).toEqual([
      'moto « 1 ou 2 CV » : les puissances de 1 à 1 CV ne sont couvertes par aucune tranche',
      'moto « 3 à 5 CV » : chevauche la tranche de puissance précédente',
      'moto « plus de 5 CV » : la dernière tranche de puissance doit être sans limite supérieure',
    ]);
  });

  it('reports an unbounded bracket that is not the last one', () => {
    const scale = cloneScale(scale2025);
    const first = scale.kinds.voiture[0];
    if (!first) throw new Error('fixture');
    first.maxCv = null;
    expect(validateYearScale(scale)).toContain(
      'voiture « 3 CV et moins » : seule la dernière tranche de puissance peut être sans limite',
    );
  });

  it('reports bands that do not increase, negative or fractional rates, and a bounded last band', () => {
    const scale = cloneScale(scale2025);
    const bracket = scale.kinds.voiture[2];
    if (!bracket) throw new Error('fixture');
    bracket.bands = [
      { upToKm: 5000, rateMilli: -1, fixedCents: 0 },
      { upToKm: 5000, rateMilli: 357.5, fixedCents: 139500 },
      { upToKm: 30000, rateMilli: 427, fixedCents: -5 },
    ];
    expect(validateYearScale(scale)).toEqual([
      'voiture « 5 CV », tranche de distance n° 1 : le taux doit être un nombre entier positif ou nul de millièmes d’euro',
      'voiture « 5 CV », tranche de distance n° 2 : le taux doit être un nombre entier positif ou nul de millièmes d’euro',
      'voiture « 5 CV », tranche de distance n° 2 : les limites de distance doivent être des kilomètres entiers strictement croissants',
      'voiture « 5 CV », tranche de distance n° 3 : la part fixe doit être un nombre entier positif ou nul de centimes',
      'voiture « 5 CV », tranche de distance n° 3 : la dernière tranche doit être sans limite de distance',
    ]);
  });

  it('reports an unbounded band before the last, empty bands, empty brackets and a missing kind', () => {
    const scale = cloneScale(scale2025);
    const [first, second] = scale.kinds.voiture;
    if (!first || !second) throw new Error('fixture');
    first.bands = [
      { upToKm: null, rateMilli: 1, fixedCents: 0 },
      { upToKm: null, rateMilli: 1, fixedCents: 0 },
    ];
    second.bands = [];
    scale.kinds.moto = [];
    delete (scale.kinds as Partial<Record<VehicleKind, PowerBracket[]>>).cyclomoteur;
    expect(validateYearScale(scale)).toEqual([
      'voiture « 3 CV et moins », tranche de distance n° 1 : seule la dernière tranche peut être sans limite de distance',
      'voiture « 4 CV » : aucune tranche de distance',
      'moto : aucune tranche de puissance',
      'cyclomoteur : barème manquant',
    ]);
  });

  it('reports a bad year, a negative electric bonus and an empty label', () => {
    const scale = cloneScale(scale2025);
    scale.year = 25;
    scale.electricBonusPercent = -20;
    const first = scale.kinds.cyclomoteur[0];
    if (!first) throw new Error('fixture');
    first.label = ' ';
    expect(validateYearScale(scale)).toEqual([
      'L’année du barème doit être une année sur quatre chiffres',
      'La majoration pour véhicule électrique doit être un pourcentage entier positif ou nul',
      'cyclomoteur, tranche de puissance n° 1 : libellé manquant',
    ]);
  });

  it('accepts a discontinuous scale (continuity is not required)', () => {
    const scale = cloneScale(scale2025);
    const bracket = scale.kinds.voiture[0];
    if (!bracket?.bands[1]) throw new Error('fixture');
    bracket.bands[1].fixedCents = 0;
    expect(validateYearScale(scale)).toEqual([]);
  });
});

describe('bracketFor', () => {
  it.each([
    [1, '3 CV et moins'],
    [3, '3 CV et moins'],
    [4, '4 CV'],
    [5, '5 CV'],
    [6, '6 CV'],
    [7, '7 CV et plus'],
    [11, '7 CV et plus'],
    [40, '7 CV et plus'],
  ])('car of %i CV → %s', (cv, label) => {
    expect(bracketFor(scale2025, 'voiture', cv).label).toBe(label);
  });

  it.each([
    [1, '1 ou 2 CV'],
    [2, '1 ou 2 CV'],
    [3, '3 à 5 CV'],
    [5, '3 à 5 CV'],
    [6, 'plus de 5 CV'],
  ])('motorcycle of %i CV → %s', (cv, label) => {
    expect(bracketFor(scale2025, 'moto', cv).label).toBe(label);
  });

  it('ignores the power of a moped', () => {
    for (const cv of [0, 1, 5, Number.NaN])
      expect(bracketFor(scale2025, 'cyclomoteur', cv).label).toBe('50 cm³ et moins');
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a power of %p CV', (cv) => {
    const error = expectScaleError(() => bracketFor(scale2025, 'voiture', cv), 'invalid-power');
    expect(error.message).toContain('Puissance fiscale invalide');
  });

  it('throws a typed French error when no bracket matches', () => {
    const scale = cloneScale(scale2025);
    scale.kinds.moto = scale.kinds.moto.slice(0, 2);
    const error = expectScaleError(() => bracketFor(scale, 'moto', 7), 'unknown-bracket');
    expect(error.message).toBe('Le barème 2025 ne prévoit pas de tranche pour : moto 7 CV');
    scale.kinds.cyclomoteur = [];
    expect(expectScaleError(() => bracketFor(scale, 'cyclomoteur', 1), 'unknown-bracket').message).toBe(
      'Le barème 2025 ne prévoit pas de tranche pour : cyclomoteur',
    );
  });
});

describe('bandFor', () => {
  const bands = bracketFor(scale2025, 'voiture', 5).bands;
  it('treats band upper bounds as inclusive', () => {
    expect(bandFor(bands, 0).rateMilli).toBe(636);
    expect(bandFor(bands, 50000).rateMilli).toBe(636);
    expect(bandFor(bands, 50001).rateMilli).toBe(357);
    expect(bandFor(bands, 200000).rateMilli).toBe(357);
    expect(bandFor(bands, 200001).rateMilli).toBe(427);
  });
});

describe('yearlyAllowanceCents', () => {
  it('is zero for no distance', () => {
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, false, 0)).toBe(0);
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, true, 0)).toBe(0);
  });

  it('uses the first band up to and including 5 000 km', () => {
    // 5 000 × 0,636 = 3 180 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, false, 50000)).toBe(318000);
    // 1 000 × 0,697 = 697 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 9, false, 10000)).toBe(69700);
  });

  it('switches to the second band at 5 000,1 km', () => {
    // 5 000,1 × 0,357 + 1 395 = 3 180,0357 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, false, 50001)).toBe(318004);
  });

  it('follows the formula across the discontinuity at 20 000 km', () => {
    // 20 000 × 0,357 + 1 395 = 8 535 €, then 20 000,1 × 0,427 = 8 540,0427 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, false, 200000)).toBe(853500);
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, false, 200001)).toBe(854004);
  });

  it('computes every car bracket in every band', () => {
    const cases: Array<[number, number, number]> = [
      [3, 30000, 158700], // 3 000 × 0,529
      [3, 100000, 422500], // 10 000 × 0,316 + 1 065
      [3, 250000, 925000], // 25 000 × 0,370
      [4, 30000, 181800],
      [4, 100000, 473000],
      [4, 250000, 1017500],
      [6, 30000, 199500],
      [6, 100000, 519700],
      [6, 250000, 1117500],
      [7, 30000, 209100],
      [7, 100000, 545500],
      [7, 250000, 1175000],
    ];
    for (const [cv, tenthKm, cents] of cases)
      expect(yearlyAllowanceCents(scale2025, 'voiture', cv, false, tenthKm)).toBe(cents);
  });

  it('computes motorcycles and mopeds with their 3 000 / 6 000 km bands', () => {
    expect(yearlyAllowanceCents(scale2025, 'moto', 2, false, 30000)).toBe(118500); // 3 000 × 0,395
    expect(yearlyAllowanceCents(scale2025, 'moto', 2, false, 30001)).toBe(118801); // 3 000,1 × 0,099 + 891 = 1 188,0099
    expect(yearlyAllowanceCents(scale2025, 'moto', 4, false, 50000)).toBe(156800); // 5 000 × 0,082 + 1 158
    expect(yearlyAllowanceCents(scale2025, 'moto', 8, false, 70000)).toBe(240100); // 7 000 × 0,343
    expect(yearlyAllowanceCents(scale2025, 'cyclomoteur', 0, false, 40000)).toBe(102700); // 4 000 × 0,079 + 711
    expect(yearlyAllowanceCents(scale2025, 'cyclomoteur', 0, false, 60001)).toBe(118802); // 6 000,1 × 0,198
  });

  it('rounds half up once, on the exact amount', () => {
    // 5 km × 0,529 = 2,645 € → 2,65 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 3, false, 50)).toBe(265);
    // 1,2 km × 0,529 = 0,6348 € → 0,63 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 3, false, 12)).toBe(63);
  });

  it('adds 20 % for electric vehicles before the single rounding', () => {
    // (6 000 × 0,357 + 1 395) × 1,2 = 4 244,40 €
    expect(yearlyAllowanceCents(scale2025, 'voiture', 5, true, 60000)).toBe(424440);
    // 2,645 € × 1,2 = 3,174 € → 3,17 € (rounding first would give 2,65 × 1,2 = 3,18 €)
    expect(yearlyAllowanceCents(scale2025, 'voiture', 3, true, 50)).toBe(317);
    // 1 km × 0,315 × 1,2 = 0,378 €
    expect(yearlyAllowanceCents(scale2025, 'cyclomoteur', 1, true, 10)).toBe(38);
  });

  it('uses the scale’s own electric bonus', () => {
    const scale = cloneScale(scale2025);
    scale.electricBonusPercent = 0;
    expect(yearlyAllowanceCents(scale, 'voiture', 5, true, 60000)).toBe(353700);
  });

  it('stays exact for distances beyond the safe range of intermediate products', () => {
    // 10^12 km at 0,470 €: the electric product exceeds 2^53 and takes the BigInt path.
    expect(yearlyAllowanceCents(scale2025, 'voiture', 7, false, 10_000_000_000_000)).toBe(47_000_000_000_000);
    expect(yearlyAllowanceCents(scale2025, 'voiture', 7, true, 10_000_000_000_000)).toBe(56_400_000_000_000);
    // 10^13 km: even d × rate exceeds 2^53.
    expect(yearlyAllowanceCents(scale2025, 'voiture', 7, false, 100_000_000_000_000)).toBe(
      470_000_000_000_000,
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a distance of %p', (distance) => {
    expectScaleError(
      () => yearlyAllowanceCents(scale2025, 'voiture', 5, false, distance),
      'invalid-distance',
    );
  });
});

describe('tripAllowanceCents', () => {
  it('is f(before + trip) − f(before)', () => {
    // f(5 070) = 3 204,99 €; f(4 950) = 3 148,20 €
    expect(tripAllowanceCents(scale2025, 'voiture', 5, false, 49500, 1200)).toBe(5679);
    expect(tripAllowanceCents(scale2025, 'voiture', 5, false, 0, 1200)).toBe(7632);
  });

  it('is zero for a zero-length trip', () => {
    expect(tripAllowanceCents(scale2025, 'voiture', 5, false, 12345, 0)).toBe(0);
  });

  it('captures the jump when the trip crosses 20 000 km', () => {
    expect(tripAllowanceCents(scale2025, 'voiture', 5, false, 200000, 1)).toBe(504);
  });

  it('refuses negative distances', () => {
    expectScaleError(() => tripAllowanceCents(scale2025, 'voiture', 5, false, -10, 10), 'invalid-distance');
    expectScaleError(() => tripAllowanceCents(scale2025, 'voiture', 5, false, 10, -10), 'invalid-distance');
  });

  const vehicles: Array<[VehicleKind, number, boolean, number]> = [
    ['voiture', 3, false, 260000],
    ['voiture', 5, true, 260000],
    ['voiture', 7, false, 230000],
    ['moto', 2, true, 80000],
    ['moto', 4, false, 75000],
    ['moto', 9, false, 90000],
    ['cyclomoteur', 1, true, 70000],
  ];

  it.each(vehicles)(
    'over a year of random trips, %s %i CV (électrique: %p) sums to f(total)',
    (kind, cv, electric, targetTenthKm) => {
      for (let seed = 1; seed <= 20; seed += 1) {
        const random = mulberry32(seed * 7919 + cv);
        let cumul = 0;
        let sum = 0;
        while (cumul < targetTenthKm) {
          // Trips from 0,1 km to 800 km, a few of them zero-length.
          const trip = random() < 0.02 ? 0 : 1 + Math.floor(random() * 8000);
          sum += tripAllowanceCents(scale2025, kind, cv, electric, cumul, trip);
          cumul += trip;
        }
        expect(sum).toBe(yearlyAllowanceCents(scale2025, kind, cv, electric, cumul));
      }
    },
  );

  it('sums to f(total) when trips land exactly on the band boundaries', () => {
    const trips = [25000, 25000, 1, 149999, 1, 9999];
    let cumul = 0;
    let sum = 0;
    for (const trip of trips) {
      sum += tripAllowanceCents(scale2025, 'voiture', 4, false, cumul, trip);
      cumul += trip;
    }
    expect(cumul).toBe(210000);
    expect(sum).toBe(yearlyAllowanceCents(scale2025, 'voiture', 4, false, 210000));
  });
});

describe('cumulativeTripAllowances', () => {
  it('prices each group against its own cumul, like tripAllowanceCents', () => {
    const random = mulberry32(42);
    const people = ['alice', 'bruno', 'chloé'];
    const trips: MileageTrip[] = [];
    for (let index = 0; index < 3000; index += 1) {
      const person = people[Math.floor(random() * people.length)] ?? 'alice';
      const kind: VehicleKind = person === 'bruno' ? 'moto' : 'voiture';
      trips.push({
        groupKey: `${person}|${kind}`,
        kind,
        cv: person === 'alice' ? 5 : 3,
        electric: person === 'chloé',
        tripTenthKm: Math.floor(random() * 3000),
      });
    }
    const amounts = cumulativeTripAllowances(scale2025, trips);
    const cumul = new Map<string, number>();
    trips.forEach((trip, index) => {
      const before = cumul.get(trip.groupKey) ?? 0;
      expect(amounts[index]).toBe(
        tripAllowanceCents(scale2025, trip.kind, trip.cv, trip.electric, before, trip.tripTenthKm),
      );
      cumul.set(trip.groupKey, before + trip.tripTenthKm);
    });
    for (const [key, total] of cumul) {
      const sample = trips.find((trip) => trip.groupKey === key);
      if (!sample) throw new Error('fixture');
      const sum = amounts.reduce(
        (acc, amount, index) => (trips[index]?.groupKey === key ? acc + amount : acc),
        0,
      );
      expect(sum).toBe(yearlyAllowanceCents(scale2025, sample.kind, sample.cv, sample.electric, total));
    }
  });

  it('re-evaluates the cumul when the vehicle of a group is corrected mid-year (e.g. found electric)', () => {
    const trips: MileageTrip[] = [
      { groupKey: 'p', kind: 'voiture', cv: 5, electric: false, tripTenthKm: 40000 },
      { groupKey: 'p', kind: 'voiture', cv: 5, electric: true, tripTenthKm: 20000 },
    ];
    const [first, second] = cumulativeTripAllowances(scale2025, trips);
    expect(first).toBe(254400);
    expect(second).toBe(tripAllowanceCents(scale2025, 'voiture', 5, true, 40000, 20000));
  });

  it('returns nothing for no trips', () => {
    expect(cumulativeTripAllowances(scale2025, [])).toEqual([]);
  });
});

describe('flatRateAllowanceCents', () => {
  it('multiplies by the voted rate and rounds half up once', () => {
    expect(flatRateAllowanceCents(300, 1200)).toBe(3600); // 120 km × 0,30 €
    expect(flatRateAllowanceCents(250, 1)).toBe(3); // 0,025 € → 0,03 €
    expect(flatRateAllowanceCents(250, 3)).toBe(8); // 0,075 € → 0,08 €
    expect(flatRateAllowanceCents(305, 1)).toBe(3); // 0,0305 € → 0,03 €
    expect(flatRateAllowanceCents(349, 1)).toBe(3); // 0,0349 €
    expect(flatRateAllowanceCents(350, 1)).toBe(4); // 0,035 €
    expect(flatRateAllowanceCents(0, 1200)).toBe(0);
    expect(flatRateAllowanceCents(300, 0)).toBe(0);
  });

  it('refuses fractional or negative rates and distances', () => {
    expectScaleError(() => flatRateAllowanceCents(0.3, 10), 'invalid-rate');
    expectScaleError(() => flatRateAllowanceCents(-300, 10), 'invalid-rate');
    expectScaleError(() => flatRateAllowanceCents(300, 10.5), 'invalid-distance');
  });
});

describe('regularisationCents', () => {
  it('pays the difference between f(total) and the allowances frozen earlier', () => {
    // Three claims priced in the first band as if each were the first trip of the year.
    const frozen = [127200, 127200, 127200]; // 3 × 2 000 km × 0,636
    // f(6 000 km) = 6 000 × 0,357 + 1 395 = 3 537 €
    expect(regularisationCents(scale2025, 'voiture', 5, false, 60000, frozen)).toBe(353700 - 381600);
  });

  it('is positive when too little was paid and zero when the trips were priced cumulatively', () => {
    expect(regularisationCents(scale2025, 'voiture', 5, false, 60000, [300000])).toBe(53700);
    const trips = [20000, 20000, 20000];
    let cumul = 0;
    const paid = trips.map((trip) => {
      const amount = tripAllowanceCents(scale2025, 'voiture', 5, false, cumul, trip);
      cumul += trip;
      return amount;
    });
    expect(regularisationCents(scale2025, 'voiture', 5, false, cumul, paid)).toBe(0);
  });

  it('is f(total) when nothing was paid', () => {
    expect(regularisationCents(scale2025, 'moto', 4, true, 50000, [])).toBe(
      yearlyAllowanceCents(scale2025, 'moto', 4, true, 50000),
    );
  });

  it('refuses fractional amounts already paid', () => {
    expect(() => regularisationCents(scale2025, 'voiture', 5, false, 60000, [1.5])).toThrow(RangeError);
  });
});
