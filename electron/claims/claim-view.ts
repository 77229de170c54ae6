/**
 * The claims as the UI shows them: the list, and one claim with its lines, receipts, warnings,
 * history and person. A claim is read in a fixed number of queries, whatever its number of lines:
 * every per-line fact (receipts, meetings, possible duplicates, the policy and scale of each year)
 * is fetched once for the whole claim.
 */
import type { Executor } from '../../db/audit';
import { missingReceiptText } from '../../shared/rules/claim-receipts';
import {
  type ClaimStatus,
  type PaymentMethod,
  type StoredLineKind,
  type TransportMode,
} from '../../shared/claims/schemas';
import type { Claim, ClaimLine, ClaimList } from '../../shared/claims/types';
import { claimAllows, isCountedStatus } from '../../shared/claims/workflow';
import { engagementLabel } from '../../shared/meetings/engagement';
import { claimVehiclesOf, meetingsByIds } from '../../db/claims/claimants';
import * as lineRepo from '../../db/claims/claim-lines';
import * as repo from '../../db/claims/claims';
import { similarLinesOfClaim } from '../../db/claims/line-lookups';
import { defaultPolicy, getPolicies } from '../../db/claims/policies';
import * as receipts from '../../db/claims/receipts';
import { loadScales } from '../../db/claims/scales';
import type { ServiceContext } from '../service-context';
import { pendingTransferOf } from '../treasury/claim-transfer';
import { billedTenthKm, explainLine } from './claim-amounts';
import { requireClaim, requireClaimant, yearOf } from './claim-records';
import { describeVehicle } from './vehicle-names';

export async function listClaims(ctx: ServiceContext, filter: repo.ClaimFilter): Promise<ClaimList> {
  const rows = await repo.listClaims(ctx.db, filter);
  return {
    rows,
    total: rows.length,
    totalCents: rows.reduce((s, r) => s + r.totalCents, 0),
    years: await repo.listClaimYears(ctx.db),
  };
}

function lineWarnings(
  l: lineRepo.LineRow,
  receiptRequired: boolean,
  receiptCount: number,
  similar: ReadonlyArray<{ claimNumber: string | null; claimId: number }>,
  claimId: number,
): string[] {
  const warnings: string[] = [];
  if (receiptRequired && receiptCount === 0 && l.kind !== 'regularisation')
    warnings.push(
      missingReceiptText({
        kind: l.kind as StoredLineKind,
        transportMode: l.transport_mode as TransportMode | null,
      }),
    );
  if (similar.length > 0) {
    const where = similar
      .map((s) => (s.claimId === claimId ? 'cette note' : (s.claimNumber ?? 'une note en brouillon')))
      .join(', ');
    warnings.push(`Doublon possible : même date, même nature et même montant (${where})`);
  }
  return warnings;
}

/** `db`: a transaction reading the claim as it is being changed (a snapshot at payment). */
export async function getClaim(ctx: ServiceContext, id: number, db: Executor = ctx.db): Promise<Claim> {
  const c = await requireClaim(db, id);
  const status = c.status as ClaimStatus;
  const p = await requireClaimant(db, c.representative_id);
  const lineRows = await lineRepo.listLines(db, id);
  const files = await receipts.receiptsOfLines(
    db,
    lineRows.map((l) => l.id),
  );
  const meetings = new Map(
    (
      await meetingsByIds(
        db,
        lineRows.flatMap((l) => (l.meeting_id === null ? [] : [l.meeting_id])),
      )
    ).map((m) => [m.id, `${engagementLabel(m.engagement)}${m.title ? ` — ${m.title}` : ''}`]),
  );
  const years = lineRows.map((l) => yearOf(l.date));
  const policies = await getPolicies(db, years);
  const scales = await loadScales(db, years);
  // Refused and cancelled claims no longer count: their lines duplicate nothing.
  const similar = isCountedStatus(status)
    ? await similarLinesOfClaim(db, id, c.representative_id)
    : new Map<number, never[]>();
  const lines: ClaimLine[] = lineRows.map((l) => {
    const year = yearOf(l.date);
    const policy = policies.get(year) ?? defaultPolicy(year);
    const receiptRequired = policy.kinds.find((k) => k.kind === l.kind)?.receiptRequired ?? false;
    const lineFiles = files.get(l.id) ?? [];
    return {
      id: l.id,
      kind: l.kind as StoredLineKind,
      transportMode: l.transport_mode as TransportMode | null,
      date: l.date,
      purpose: l.purpose,
      meetingId: l.meeting_id,
      meetingLabel: l.meeting_id === null ? null : (meetings.get(l.meeting_id) ?? null),
      fromPlace: l.from_place,
      toPlace: l.to_place,
      distanceTenthKm: l.distance_tenth_km,
      roundTrip: l.round_trip === 1,
      billedTenthKm:
        l.kind === 'kilometrique' ? billedTenthKm(l.distance_tenth_km, l.round_trip === 1) : null,
      vehicleId: l.vehicle_id,
      vehicleDescription:
        l.vehicle_kind === null
          ? null
          : describeVehicle({
              kind: l.vehicle_kind,
              cv: l.vehicle_cv,
              electric: l.vehicle_electric === 1,
              plate: l.vehicle_plate,
            }),
      expenseCents: l.expense_cents,
      amountCents: l.amount_cents,
      cumulativeBeforeTenthKm: l.cumulative_before_tenth_km,
      explanation: explainLine(l, policy, scales.get(year) ?? null),
      receipts: lineFiles,
      receiptRequired,
      warnings: lineWarnings(l, receiptRequired, lineFiles.length, similar.get(l.id) ?? [], id),
    };
  });
  const dates = lineRows.map((l) => l.date).sort();
  const active = await receipts.activeReceiptOfClaim(db, id);
  const pendingTransfer = await pendingTransferOf(db, c);
  return {
    id: c.id,
    number: c.number,
    status,
    representativeId: c.representative_id,
    personName: `${p.first_name} ${p.last_name}`,
    title: c.title,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    lineCount: lineRows.length,
    totalCents: c.total_cents,
    createdAt: c.created_at,
    hasIban: Boolean(p.iban),
    notes: c.notes,
    person: {
      civility: p.civility,
      firstName: p.first_name,
      lastName: p.last_name,
      addressLine: p.address_line,
      postalCode: p.postal_code,
      city: p.city,
      iban: p.iban,
      bic: p.bic,
    },
    vehicles: await claimVehiclesOf(db, c.representative_id),
    lines,
    events: await repo.listEvents(db, id),
    editable: claimAllows(
      { status, number: c.number, pendingTransfer, taxReceiptNumber: active?.number ?? null },
      'edit',
    ),
    submittedAt: c.submitted_at,
    validatedAt: c.validated_at,
    validatedBy: c.validated_by,
    refusalReason: c.refusal_reason,
    renouncedOn: c.renounced_on,
    paidOn: c.paid_on,
    paymentMethod: c.payment_method as PaymentMethod | null,
    paymentReference: c.payment_reference,
    cancelReason: c.cancel_reason,
    taxReceiptNumber: active?.number ?? null,
    pendingTransfer,
  };
}
