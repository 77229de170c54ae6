/**
 * Timing of the pure money rules on realistic volumes: a year of mileage lines
 * recomputed from scratch (what a scale correction triggers) and a SEPA file
 * for a large batch of claims. Pure computation: no floor to compare with; the claims bench
 * times the same work through the services. Run alone: npx tsx bench/rules-bench.ts
 */

import {
  cumulativeTripAllowances,
  yearlyAllowanceCents,
  type MileageTrip,
  type VehicleKind,
} from '../shared/claims/mileage-scale';
import { DEFAULT_SCALES, scaleForYear } from '../shared/claims/mileage-scale-defaults';
import { buildSepaCreditTransferXml, type SepaPayment } from '../shared/treasury/sepa-credit-transfer';
import { atMost, measure, single, type BenchRow } from './measure';
import { printRows } from './print';

const MILEAGE_LINES = 100_000;
const PEOPLE = 400;
const PAYEES = 1_000;

/** Deterministic PRNG so every run measures the same data. */
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

interface DatedLine {
  date: string;
  personId: number;
  kind: VehicleKind;
  cv: number;
  electric: boolean;
  tripTenthKm: number;
}

function makeMileageLines(): DatedLine[] {
  const random = mulberry32(2025);
  const kinds: VehicleKind[] = ['voiture', 'voiture', 'voiture', 'moto', 'cyclomoteur'];
  const vehicles = Array.from({ length: PEOPLE }, () => ({
    kind: kinds[Math.floor(random() * kinds.length)] ?? 'voiture',
    cv: 1 + Math.floor(random() * 9),
    electric: random() < 0.15,
  }));
  return Array.from({ length: MILEAGE_LINES }, () => {
    const personId = Math.floor(random() * PEOPLE);
    const vehicle = vehicles[personId] ?? { kind: 'voiture' as const, cv: 5, electric: false };
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      date: `2025-${month}-${day}`,
      personId,
      ...vehicle,
      tripTenthKm: 20 + Math.floor(random() * 4000),
    };
  });
}

/** Sorts chronologically, groups per person and vehicle (one each here), prices every line cumulatively. */
function recomputeYear(lines: readonly DatedLine[]): number[] {
  const scale = scaleForYear(DEFAULT_SCALES, 2025);
  const ordered = [...lines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const trips: MileageTrip[] = ordered.map((line) => ({
    groupKey: `${line.personId}|${line.kind}`,
    kind: line.kind,
    cv: line.cv,
    electric: line.electric,
    tripTenthKm: line.tripTenthKm,
  }));
  const amounts = cumulativeTripAllowances(scale, trips);
  // Not part of the rule, a guard on the bench itself: each group must telescope to f(total).
  const totals = new Map<string, { tenthKm: number; cents: number; trip: MileageTrip }>();
  trips.forEach((trip, index) => {
    const entry = totals.get(trip.groupKey) ?? { tenthKm: 0, cents: 0, trip };
    entry.tenthKm += trip.tripTenthKm;
    entry.cents += amounts[index] ?? 0;
    totals.set(trip.groupKey, entry);
  });
  for (const { tenthKm, cents, trip } of totals.values()) {
    if (cents !== yearlyAllowanceCents(scale, trip.kind, trip.cv, trip.electric, tenthKm))
      throw new Error('bench: sum of trips ≠ f(total)');
  }
  return amounts;
}

function makePayments(): SepaPayment[] {
  return Array.from({ length: PAYEES }, (_, index) => ({
    endToEndId: `NDF-2025-${String(index).padStart(5, '0')}`,
    creditorName: `Bénévole ${index} Lefèvre-Œuvray`,
    creditorIban: 'FR7630006000011234567890189',
    creditorBic: index % 2 === 0 ? 'BNPAFRPP' : undefined,
    amountCents: 1 + ((index * 7919) % 250_000),
    remittanceInfo: `Frais de déplacement n° ${index} – séances CDU`,
  }));
}

function buildFile(payments: readonly SepaPayment[]): string {
  return buildSepaCreditTransferXml({
    messageId: 'BENCH-2025-001',
    createdAt: '2025-03-14T10:30:00',
    debtor: { name: 'Association des usagers', iban: 'FR7630006000011234567890189', bic: 'CMCIFR2A' },
    requestedExecutionDate: '2025-03-17',
    payments,
  });
}

export async function runRulesBench(): Promise<BenchRow[]> {
  const lines = makeMileageLines();
  const payments = makePayments();
  const sizeKb = Buffer.byteLength(buildFile(payments), 'utf8') / 1024;
  return [
    single(
      `Mileage rule alone: ${MILEAGE_LINES.toLocaleString('en-US')} lines of a year priced (per person and kind, cumulative)`,
      await measure(() => recomputeYear(lines), { runs: 7, warmup: 1 }),
      { target: atMost('median', 1000) },
    ),
    single(
      `SEPA rule alone: pain.001 XML for ${PAYEES.toLocaleString('en-US')} payees (${sizeKb.toFixed(0)} KiB)`,
      await measure(() => buildFile(payments), { runs: 10, warmup: 2 }),
    ),
  ];
}

// tsx may load this file as ESM, where require.main does not exist: match the script path instead.
if (/rules-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runRulesBench()
    .then(printRows)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
