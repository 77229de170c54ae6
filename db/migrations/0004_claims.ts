/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * The fiscal scale of revenus 2022, unchanged for 2023–2025 (DOMAIN.md); 2026 starts as a copy
 * until its publication. Written out here rather than imported so that this migration never
 * changes when the application's defaults do.
 * [kind, label, minCv, maxCv, first km, second km, rate1, rate2, fixed €, rate3]
 */
const brackets: Array<
  [string, string, number, number | null, number, number, number, number, number, number]
> = [
  ['voiture', '3 CV et moins', 1, 3, 5000, 20000, 529, 316, 1065, 370],
  ['voiture', '4 CV', 4, 4, 5000, 20000, 606, 340, 1330, 407],
  ['voiture', '5 CV', 5, 5, 5000, 20000, 636, 357, 1395, 427],
  ['voiture', '6 CV', 6, 6, 5000, 20000, 665, 374, 1457, 447],
  ['voiture', '7 CV et plus', 7, null, 5000, 20000, 697, 394, 1515, 470],
  ['moto', '1 ou 2 CV', 1, 2, 3000, 6000, 395, 99, 891, 248],
  ['moto', '3 à 5 CV', 3, 5, 3000, 6000, 468, 82, 1158, 275],
  ['moto', 'plus de 5 CV', 6, null, 3000, 6000, 606, 79, 1583, 343],
  ['cyclomoteur', '50 cm³ et moins', 1, null, 3000, 6000, 315, 79, 711, 198],
];

const statuses = "'brouillon', 'soumise', 'validee', 'payee', 'refusee', 'abandonnee', 'annulee'";
const lineKinds =
  "'kilometrique', 'transport', 'taxi', 'parking', 'peage', 'repas', 'hebergement', 'autre', 'regularisation'";

export async function up(db: Kysely<any>): Promise<void> {
  const at = new Date().toISOString();

  await db.schema
    .createTable('claim_policy')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('mileage_mode', 'text', (c) => c.notNull().check(sql`mileage_mode in ('bareme', 'forfait')`))
    .addColumn('flat_rate_voiture_milli', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flat_rate_moto_milli', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flat_rate_cyclomoteur_milli', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('claim_policy_kind')
    .addColumn('year', 'integer', (c) => c.notNull().references('claim_policy.year').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cap_cents', 'integer')
    .addColumn('receipt_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('claim_policy_kind_pk', ['year', 'kind'])
    .execute();

  await db.schema
    .createTable('mileage_scale_year')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('electric_bonus_percent', 'integer', (c) => c.notNull().defaultTo(20))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mileage_scale_band')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('year', 'integer', (c) =>
      c.notNull().references('mileage_scale_year.year').onDelete('cascade'),
    )
    .addColumn('vehicle_kind', 'text', (c) =>
      c.notNull().check(sql`vehicle_kind in ('voiture', 'moto', 'cyclomoteur')`),
    )
    .addColumn('bracket_order', 'integer', (c) => c.notNull())
    .addColumn('bracket_label', 'text', (c) => c.notNull())
    .addColumn('min_cv', 'integer', (c) => c.notNull())
    .addColumn('max_cv', 'integer')
    .addColumn('band_order', 'integer', (c) => c.notNull())
    .addColumn('up_to_km', 'integer')
    .addColumn('rate_milli', 'integer', (c) => c.notNull())
    .addColumn('fixed_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('mileage_scale_band_unique', ['year', 'vehicle_kind', 'bracket_order', 'band_order'])
    .execute();

  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    await db
      .insertInto('mileage_scale_year')
      .values({ year, electric_bonus_percent: 20, updated_at: at })
      .execute();
    const orders: Record<string, number> = {};
    for (const [kind, label, minCv, maxCv, first, second, r1, r2, fixed, r3] of brackets) {
      const order = (orders[kind] = (orders[kind] ?? 0) + 1);
      const bands: Array<[number | null, number, number]> = [
        [first, r1, 0],
        [second, r2, fixed * 100],
        [null, r3, 0],
      ];
      for (const [index, [upTo, rate, fixedCents]] of bands.entries()) {
        await db
          .insertInto('mileage_scale_band')
          .values({
            year,
            vehicle_kind: kind,
            bracket_order: order,
            bracket_label: label,
            min_cv: minCv,
            max_cv: maxCv,
            band_order: index + 1,
            up_to_km: upTo,
            rate_milli: rate,
            fixed_cents: fixedCents,
          })
          .execute();
      }
    }
  }

  await db.schema
    .createTable('sepa_batch')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('execution_date', 'text', (c) => c.notNull())
    .addColumn('payment_count', 'integer', (c) => c.notNull())
    .addColumn('total_cents', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('xml', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('claim')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('number_year', 'integer')
    .addColumn('number_seq', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in (${statuses})`)))
    .addColumn('title', 'text')
    .addColumn('notes', 'text')
    .addColumn('total_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('validated_at', 'text')
    .addColumn('validated_by', 'text')
    .addColumn('refused_at', 'text')
    .addColumn('refused_by', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('renounced_on', 'text')
    .addColumn('renounced_at', 'text')
    .addColumn('renounced_by', 'text')
    .addColumn('paid_on', 'text')
    .addColumn('payment_method', 'text')
    .addColumn('payment_reference', 'text')
    .addColumn('paid_at', 'text')
    .addColumn('paid_by', 'text')
    .addColumn('sepa_batch_id', 'integer', (c) => c.references('sepa_batch.id').onDelete('restrict'))
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('cancelled_from', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_representative_idx').on('claim').column('representative_id').execute();
  await db.schema.createIndex('claim_status_idx').on('claim').column('status').execute();

  await db.schema
    .createTable('claim_line')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in (${lineKinds})`)))
    .addColumn('transport_mode', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'integer', (c) => c.references('meeting.id').onDelete('restrict'))
    .addColumn('from_place', 'text')
    .addColumn('to_place', 'text')
    .addColumn('distance_tenth_km', 'integer')
    .addColumn('round_trip', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vehicle_id', 'integer', (c) => c.references('vehicle.id').onDelete('restrict'))
    .addColumn('vehicle_kind', 'text')
    .addColumn('vehicle_cv', 'integer')
    .addColumn('vehicle_electric', 'integer')
    .addColumn('vehicle_label', 'text')
    .addColumn('vehicle_plate', 'text')
    .addColumn('expense_cents', 'integer')
    .addColumn('amount_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cumulative_before_tenth_km', 'integer')
    .addColumn('explanation', 'text')
    .addColumn('regularisation_year', 'integer')
    .addColumn('regularisation_vehicle_kind', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_line_claim_idx').on('claim_line').column('claim_id').execute();
  await db.schema.createIndex('claim_line_date_idx').on('claim_line').columns(['date', 'kind']).execute();
  await db.schema.createIndex('claim_line_meeting_idx').on('claim_line').column('meeting_id').execute();
  await db.schema.createIndex('claim_line_vehicle_idx').on('claim_line').column('vehicle_id').execute();

  await db.schema
    .createTable('claim_line_receipt')
    .addColumn('line_id', 'integer', (c) => c.notNull().references('claim_line.id').onDelete('cascade'))
    .addColumn('file_hash', 'text', (c) => c.notNull().references('stored_file.hash').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_line_receipt_pk', ['line_id', 'file_hash'])
    .execute();

  await db.schema
    .createTable('claim_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('claim_event_claim_idx').on('claim_event').column('claim_id').execute();

  await db.schema
    .createTable('tax_receipt')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('gift_dates', 'text', (c) => c.notNull())
    .addColumn('donor_name', 'text', (c) => c.notNull())
    .addColumn('donor_address_line', 'text')
    .addColumn('donor_postal_code', 'text')
    .addColumn('donor_city', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('replaced_by_id', 'integer', (c) => c.references('tax_receipt.id'))
    .addColumn('replaces_id', 'integer', (c) => c.references('tax_receipt.id'))
    .addUniqueConstraint('tax_receipt_year_seq_unique', ['year', 'seq'])
    .execute();

  await db.schema
    .createTable('tax_receipt_claim')
    .addColumn('receipt_id', 'integer', (c) => c.notNull().references('tax_receipt.id').onDelete('restrict'))
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('tax_receipt_claim_pk', ['receipt_id', 'claim_id'])
    .execute();
  await db.schema
    .createIndex('tax_receipt_claim_claim_idx')
    .on('tax_receipt_claim')
    .column('claim_id')
    .execute();
}
