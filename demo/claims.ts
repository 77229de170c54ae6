/**
 * Demo claims, made through the services from the demo attendance: for a dozen representatives,
 * their on-site meetings become mileage claims in every state — paid (one SEPA batch and a
 * cheque), validated waiting for payment, submitted, drafts, refused, cancelled, and renounced
 * ones with their reçus fiscaux — plus parking and meal lines with receipts.
 */
import { claimInput, type ClaimLineInput } from '../shared/claims/schemas';
import type { ServiceContext } from '../electron/service-context';
import * as claims from '../electron/claims/claims';
import { createSepaBatch } from '../electron/treasury/payments';
import { confirmSepaBatch } from '../electron/treasury/sepa-batches';
import { issueTaxReceipts } from '../electron/treasury/tax-receipts';
import { listScaleYears, openYear } from '../electron/claims/policies';
import { todayIso } from '../electron/service-context';

/** A tiny valid PDF standing for a scanned ticket. */
function demoReceipt(label: string): string {
  const body = `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n% ${label}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1').toString('base64');
}

/** Same place, same distance: a stable pseudo-distance (one way, tenths of km) from the place's name. */
function distanceTo(place: string, home: string): number {
  let h = 0;
  for (const ch of `${home}>${place}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 60 + (h % 700);
}

type Fate =
  'payee_sepa' | 'payee_cheque' | 'validee' | 'soumise' | 'brouillon' | 'refusee' | 'annulee' | 'abandonnee';
const fates: Fate[] = [
  'payee_sepa',
  'abandonnee',
  'payee_sepa',
  'validee',
  'payee_cheque',
  'refusee',
  'soumise',
  'abandonnee',
  'annulee',
  'brouillon',
];

export async function loadClaimsDemo(ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx);
  // The demo loads at any date: open the years after the last preloaded scale, as the treasurer
  // would each January (the copy is to be checked against the published scale).
  const { years: scaleYears } = await listScaleYears(ctx);
  for (let year = Math.max(...scaleYears) + 1; year <= Number(today.slice(0, 4)); year += 1)
    await openYear(ctx, year);
  const people = await ctx.db
    .selectFrom('representative as r')
    .innerJoin('vehicle as v', 'v.representative_id', 'r.id')
    .select(['r.id', 'r.city', 'v.id as vehicleId'])
    .where('r.archived_at', 'is', null)
    .where('v.archived_at', 'is', null)
    .orderBy('r.id')
    .execute();
  const toPay: number[] = [];
  let fateIndex = 0;
  let made = 0;
  for (const person of people) {
    if (made >= 12) break;
    const proposals = await claims.proposeFromAttendance(ctx, person.id);
    const usable = proposals.proposals.filter((p) => p.place);
    if (usable.length < 2) continue;
    made += 1;
    // Claims of up to three meetings each, in date order, like quarterly claims.
    for (let start = 0; start < usable.length; start += 3) {
      const chunk = usable.slice(start, start + 3);
      const lines: ClaimLineInput[] = chunk.map((p) => ({
        kind: 'kilometrique',
        date: p.date,
        purpose: `${p.kind === 'action' ? 'Séance' : 'Réunion'} ${p.engagement}${p.title ? ` — ${p.title}` : ''}`,
        meetingId: p.meetingId,
        fromPlace: person.city ?? 'Domicile',
        toPlace: p.place,
        distanceTenthKm: distanceTo(p.place ?? '', person.city ?? ''),
        roundTrip: true,
        vehicleId: person.vehicleId,
      }));
      const first = chunk[0];
      const withExpenses = first !== undefined && (start / 3) % 2 === 0;
      if (withExpenses) {
        lines.push({
          kind: 'parking',
          date: first.date,
          purpose: `Stationnement — ${first.engagement}`,
          meetingId: first.meetingId,
          expenseCents: 450 + (person.id % 5) * 50,
        });
        if (person.id % 3 === 0)
          lines.push({
            kind: 'repas',
            date: first.date,
            purpose: 'Déjeuner avant la séance',
            expenseCents: 1850,
          });
      }
      const claim = await claims.createClaim(
        ctx,
        claimInput.parse({
          representativeId: person.id,
          title: `Déplacements ${first?.date.slice(0, 4) ?? ''}`,
          lines,
        }),
      );
      for (const line of claim.lines) {
        if (line.receiptRequired) {
          await claims.attachReceipt(ctx, {
            lineId: line.id,
            fileName: `justificatif-${line.kind}-${line.date}.pdf`,
            dataBase64: demoReceipt(`${claim.personName} ${line.date} ${line.purpose} ${line.id}`),
          });
        }
      }
      const fate = fates[fateIndex % fates.length] ?? 'brouillon';
      fateIndex += 1;
      // The most recent claims stay in the early states, as in real life.
      const recent = chunk.some((p) => p.date > `${Number(today.slice(0, 4))}-09-30`);
      const effective: Fate = recent && fate !== 'brouillon' ? 'soumise' : fate;
      if (effective === 'brouillon') continue;
      await claims.submitClaim(ctx, claim.id);
      if (effective === 'soumise') continue;
      if (effective === 'refusee') {
        await claims.refuseClaim(ctx, claim.id, 'Réunion déjà remboursée par l’organisme qui l’a convoquée');
        continue;
      }
      if (effective === 'abandonnee') {
        const last = claim.lastDate ?? today;
        await claims.renounceClaim(ctx, claim.id, last > today ? today : last);
        continue;
      }
      await claims.validateClaim(ctx, claim.id);
      if (effective === 'annulee')
        await claims.cancelClaim(ctx, claim.id, 'Saisie en double d’une note déjà payée');
      else if (effective === 'payee_cheque') {
        await claims.markPaid(ctx, {
          ids: [claim.id],
          paidOn: today,
          method: 'cheque',
          reference: `Chèque n° ${4_200_000 + claim.id}`,
        });
      } else if (effective === 'payee_sepa') toPay.push(claim.id);
    }
  }
  if (toPay.length > 0) {
    const { batch } = await createSepaBatch(ctx, { claimIds: toPay, executionDate: today });
    await confirmSepaBatch(ctx, batch.id);
  }
  // Receipts for the renounced claims of past years and of this year.
  const years = await ctx.db
    .selectFrom('claim')
    .select('renounced_on')
    .where('status', '=', 'abandonnee')
    .execute();
  for (const year of [...new Set(years.map((y) => Number((y.renounced_on ?? '').slice(0, 4))))].sort()) {
    if (Number.isFinite(year) && year > 2000) await issueTaxReceipts(ctx, { year });
  }
}
