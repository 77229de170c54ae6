/** The fiscal mileage scales, stored as rows (one per distance band) and read back as YearScale. */
import {
  VEHICLE_KINDS,
  type PowerBracket,
  type VehicleKind,
  type YearScale,
} from '../../shared/claims/mileage-scale';
import type { Selectable } from 'kysely';
import type { MileageScaleBandTable } from '../schema';
import type { Executor } from '../audit';
import { idList } from '../id-list';

export async function listScaleYears(db: Executor): Promise<number[]> {
  const rows = await db.selectFrom('mileage_scale_year').select('year').orderBy('year', 'asc').execute();
  return rows.map((r) => r.year);
}

type BandRow = Selectable<MileageScaleBandTable>;

/** Bands ordered by kind, bracket and band, folded back into the scale's brackets. */
function scaleOf(year: number, electricBonusPercent: number, rows: readonly BandRow[]): YearScale {
  const kinds = { voiture: [], moto: [], cyclomoteur: [] } as Record<VehicleKind, PowerBracket[]>;
  const byKey = new Map<string, PowerBracket>();
  for (const r of rows) {
    const kind = r.vehicle_kind;
    const key = `${kind}|${r.bracket_order}`;
    let bracket = byKey.get(key);
    if (!bracket) {
      bracket = { label: r.bracket_label, minCv: r.min_cv, maxCv: r.max_cv, bands: [] };
      byKey.set(key, bracket);
      kinds[kind].push(bracket);
    }
    bracket.bands.push({ upToKm: r.up_to_km, rateMilli: r.rate_milli, fixedCents: r.fixed_cents });
  }
  return { year, electricBonusPercent, kinds };
}

export async function loadScale(db: Executor, year: number): Promise<YearScale | null> {
  return (await loadScales(db, [year])).get(year) ?? null;
}

/** The scales of several years in two queries; a year without a scale maps to null. */
export async function loadScales(
  db: Executor,
  years: Iterable<number>,
): Promise<Map<number, YearScale | null>> {
  const wanted = [...new Set(years)];
  const out = new Map<number, YearScale | null>(wanted.map((y) => [y, null]));
  if (wanted.length === 0) return out;
  const heads = await db
    .selectFrom('mileage_scale_year')
    .selectAll()
    .where('year', 'in', idList(wanted))
    .execute();
  if (heads.length === 0) return out;
  const rows = await db
    .selectFrom('mileage_scale_band')
    .selectAll()
    .where('year', 'in', idList(heads.map((h) => h.year)))
    .orderBy('year')
    .orderBy('vehicle_kind')
    .orderBy('bracket_order')
    .orderBy('band_order')
    .execute();
  for (const head of heads) {
    out.set(
      head.year,
      scaleOf(
        head.year,
        head.electric_bonus_percent,
        rows.filter((r) => r.year === head.year),
      ),
    );
  }
  return out;
}

/** Replaces the whole scale of a year (the caller validated it). */
export async function saveScale(db: Executor, scale: YearScale, at: string): Promise<void> {
  await db
    .insertInto('mileage_scale_year')
    .values({ year: scale.year, electric_bonus_percent: scale.electricBonusPercent, updated_at: at })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ electric_bonus_percent: scale.electricBonusPercent, updated_at: at }),
    )
    .execute();
  await db.deleteFrom('mileage_scale_band').where('year', '=', scale.year).execute();
  for (const kind of VEHICLE_KINDS) {
    for (const [bi, bracket] of scale.kinds[kind].entries()) {
      for (const [ni, band] of bracket.bands.entries()) {
        await db
          .insertInto('mileage_scale_band')
          .values({
            year: scale.year,
            vehicle_kind: kind,
            bracket_order: bi + 1,
            bracket_label: bracket.label,
            min_cv: bracket.minCv,
            max_cv: bracket.maxCv,
            band_order: ni + 1,
            up_to_km: band.upToKm,
            rate_milli: band.rateMilli,
            fixed_cents: band.fixedCents,
          })
          .execute();
      }
    }
  }
}
