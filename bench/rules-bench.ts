/**
 * Timing of the pure money rules on realistic volumes: a year of mileage lines
 * recomputed from scratch (what a scale correction triggers) and a SEPA file
 * for a large batch of claims. Run: npx tsx bench/rules-bench.ts
 */

import { performance } from 'node:perf_hooks';

import {
  cumulativeTripAllowances,
  yearlyAllowanceCents,
  type MileageTrip,
  type VehicleKind,
} from '../shared/claims/mileage-scale';
import { DEFAULT_SCALES, scaleForYear } from '../shared/claims/mileage-scale-defaults';
import { buildSepaCreditTransferXml, type SepaPayment } from '../shared/treasury/sepa-credit-transfer';

export interface BenchResult {
  name: string;
  value: string;
  target?: string;
}

const MILEAGE_LINES = 100_000;
const PEOPLE = 400;
const PAYEES = 1_000;
const RUNS = 5;

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

/** Median wall time in ms over RUNS runs, after one warm-up run. */
function medianMs(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function runRulesBench(): Promise<BenchResult[]> {
  const lines = makeMileageLines();
  const payments = makePayments();
  const mileageMs = medianMs(() => recomputeYear(lines));
  const sepaMs = medianMs(() => buildFile(payments));
  const sizeKb = Buffer.byteLength(buildFile(payments), 'utf8') / 1024;
  return [
    {
      name: `rules: ${MILEAGE_LINES.toLocaleString('en')} mileage lines recomputed for a year (per person and kind, cumulative)`,
      value: `${mileageMs.toFixed(0)} ms`,
      target: '≤ 1000 ms',
    },
    {
      name: `rules: SEPA pain.001 for ${PAYEES.toLocaleString('en')} payees (${sizeKb.toFixed(0)} KiB)`,
      value: `${sepaMs.toFixed(0)} ms`,
      target: '≤ 1000 ms',
    },
  ];
}

// tsx may load this file as ESM, where require.main does not exist: match the script path instead.
if (/rules-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runRulesBench()
    .then((results) => {
      for (const result of results)
        console.log(`${result.name}: ${result.value}${result.target ? ` (target ${result.target})` : ''}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
