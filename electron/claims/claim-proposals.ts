/**
 * Claims the app proposes: mileage lines from the meetings a person attended (with the distance
 * they last claimed to the same place), and the year-end régularisation of each vehicle, which
 * settles f(its total km) − what was already fixed for it.
 */
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import type { ClaimLineData } from '../../shared/claims/schemas';
import type { AttendanceProposals, Claim, RegularisationProposal } from '../../shared/claims/types';
import type { VehicleKind } from '../../shared/register/representative';
import { claimVehiclesOf, meetingsByIds } from '../../db/claims/claimants';
import * as lineRepo from '../../db/claims/claim-lines';
import * as repo from '../../db/claims/claims';
import { lastDistanceTo } from '../../db/claims/line-lookups';
import { AppError } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { vehicleBalances, type VehicleBalance } from './claim-amounts';
import { createClaim } from './claim-editing';
import { recordEvent, requireClaimant } from './claim-records';
import { getClaim } from './claim-view';
import { describeVehicle, vehicleName } from './vehicle-names';
import { engagementOf } from '../../db/meetings/engagement';
import { engagementLabel, engagementPurpose } from '../../shared/meetings/engagement';

// ------------------------------------------------------------------------ from attendance

export async function proposeFromAttendance(
  ctx: ServiceContext,
  representativeId: number,
): Promise<AttendanceProposals> {
  const p = await requireClaimant(ctx.db, representativeId);
  const vehicles = await claimVehiclesOf(ctx.db, representativeId);
  const firstVehicle = vehicles.find((v) => !v.archived) ?? null;
  const meetings = await repo.attendedMeetingsNotClaimed(ctx.db, representativeId);
  const home = p.city ?? null;
  const proposals = [];
  for (const m of meetings) {
    const place = m.place ?? m.usual_place ?? null;
    const last = place ? await lastDistanceTo(ctx.db, representativeId, place) : null;
    proposals.push({
      meetingId: m.id,
      date: m.date,
      engagement: engagementLabel(engagementOf(m)),
      kind: m.action_id === null ? ('instance' as const) : ('action' as const),
      title: m.title,
      place,
      fromPlace: last?.fromPlace ?? home,
      distanceTenthKm: last?.distanceTenthKm ?? null,
      roundTrip: last?.roundTrip ?? true,
      vehicleId: firstVehicle?.id ?? null,
    });
  }
  return { representativeId, personName: `${p.first_name} ${p.last_name}`, vehicles, proposals };
}

export async function createFromAttendance(
  ctx: ServiceContext,
  input: {
    representativeId: number;
    title: string | null;
    lines: Array<{
      meetingId: number;
      fromPlace: string;
      toPlace: string;
      distanceTenthKm: number;
      roundTrip: boolean;
      vehicleId: number;
    }>;
  },
): Promise<Claim> {
  const meetings = await meetingsByIds(
    ctx.db,
    input.lines.map((l) => l.meetingId),
  );
  const lines: ClaimLineData[] = input.lines.map((l) => {
    const m = meetings.find((x) => x.id === l.meetingId);
    if (!m) throw new AppError('VALIDATION', 'Une des réunions ou séances est introuvable.');
    return {
      kind: 'kilometrique',
      transportMode: null,
      date: m.date,
      purpose: engagementPurpose(m.engagement, m.title),
      meetingId: m.id,
      fromPlace: l.fromPlace,
      toPlace: l.toPlace,
      distanceTenthKm: l.distanceTenthKm,
      roundTrip: l.roundTrip,
      vehicleId: l.vehicleId,
      expenseCents: null,
    };
  });
  return createClaim(ctx, {
    representativeId: input.representativeId,
    title: input.title ?? 'Déplacements aux réunions',
    notes: null,
    lines,
  });
}

// ------------------------------------------------------------------------ régularisation

function regularisationProposal(
  representativeId: number,
  year: number,
  b: VehicleBalance,
): RegularisationProposal {
  const described = describeVehicle(b.vehicle);
  const name = vehicleName(b.vehicle);
  return {
    representativeId,
    year,
    vehicleKey: b.vehicleKey,
    vehicleId: b.vehicleId,
    vehicleKind: b.vehicle.kind as VehicleKind,
    // The record's own name first ("Clio — voiture 5 CV"), unless it only repeats the kind.
    vehicleDescription: name
      ? `${name} — ${described.charAt(0).toLowerCase()}${described.slice(1)}`
      : described,
    totalTenthKm: b.totalTenthKm,
    dueCents: b.dueCents,
    alreadyFixedCents: b.alreadyFixedCents,
    balanceCents: b.balanceCents,
    explanation: b.explanation,
    alreadyProposed: b.openRegularisationIds.length > 0,
  };
}

/** One proposal per vehicle driven in the year: the scale settles each vehicle apart. */
export async function regularisationProposals(
  ctx: ServiceContext,
  representativeId: number,
  year: number,
): Promise<RegularisationProposal[]> {
  await requireClaimant(ctx.db, representativeId);
  return (await vehicleBalances(ctx.db, representativeId, year)).map((b) =>
    regularisationProposal(representativeId, year, b),
  );
}

export async function createRegularisation(
  ctx: ServiceContext,
  input: { representativeId: number; year: number; vehicleKey: string },
): Promise<Claim> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const balance = (await vehicleBalances(trx, input.representativeId, input.year)).find(
      (b) => b.vehicleKey === input.vehicleKey,
    );
    if (!balance) {
      throw new AppError(
        'VALIDATION',
        `Aucun trajet de ${input.year} avec ce véhicule : il n’y a rien à régulariser. Rouvrez la régularisation pour recharger la liste.`,
      );
    }
    const proposal = regularisationProposal(input.representativeId, input.year, balance);
    if (proposal.alreadyProposed) {
      throw new AppError(
        'CONFLICT',
        `Une régularisation ${input.year} est déjà proposée pour ce véhicule : validez-la ou refusez-la d’abord.`,
      );
    }
    if (proposal.balanceCents === 0) {
      throw new AppError(
        'VALIDATION',
        `Rien à régulariser pour ${input.year} : les indemnités déjà fixées font exactement le montant annuel (${formatEuros(proposal.dueCents)}).`,
      );
    }
    const claimId = await repo.insertClaim(trx, {
      representativeId: input.representativeId,
      title: `Régularisation kilométrique ${input.year}`,
      notes: null,
      at,
    });
    await lineRepo.insertRegularisationLine(trx, claimId, {
      year: input.year,
      vehicleId: balance.vehicleId,
      vehicle: balance.vehicle,
      amountCents: proposal.balanceCents,
      purpose: `Régularisation du barème kilométrique ${input.year} — ${vehicleName(balance.vehicle) ?? proposal.vehicleDescription} : ${formatKm(proposal.totalTenthKm)} dans l’année`,
      explanation: proposal.explanation,
      at,
    });
    await lineRepo.refreshTotals(trx, [claimId], at);
    await recordEvent(ctx, trx, claimId, 'régularisation proposée', null, 'brouillon', null, {
      annee: input.year,
      vehicule: proposal.vehicleDescription,
      montant: formatEuros(proposal.balanceCents),
    });
    return claimId;
  });
  return getClaim(ctx, id);
}
