/** The état de frais PDF, from what the database holds. */
import { renderExpenseClaim, type ExpenseClaimDocument } from '../documents';
import { associationIdentity } from '../association/identity';
import { formatTenths } from '../../shared/rules/format-fr';
import { lineKindLabels, transportModeLabels } from '../../shared/claims/schemas';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { getClaim } from './claims';
import { todayIso, type ServiceContext } from '../service-context';

export async function claimPdf(ctx: ServiceContext, id: number): Promise<ProducedFile> {
  const c = await getClaim(ctx, id);
  const today = todayIso(ctx);
  const status: ExpenseClaimDocument['status'] =
    c.status === 'abandonnee' ? 'renoncee' : c.status === 'annulee' ? 'refusee' : c.status;
  const document: ExpenseClaimDocument = {
    number: c.number ?? 'brouillon',
    status,
    person: {
      civility: c.person.civility,
      firstName: c.person.firstName,
      lastName: c.person.lastName,
      addressLine: c.person.addressLine,
      postalCode: c.person.postalCode,
      city: c.person.city,
      iban: c.person.iban,
    },
    period: { from: c.firstDate ?? today, to: c.lastDate ?? today },
    submittedOn: c.submittedAt?.slice(0, 10) ?? null,
    lines: c.lines.map((l) => ({
      date: l.date,
      kindLabel:
        l.kind === 'transport' && l.transportMode
          ? transportModeLabels[l.transportMode]
          : lineKindLabels[l.kind],
      purpose: l.purpose,
      from: l.fromPlace,
      to: l.toPlace,
      km:
        l.billedTenthKm === null
          ? null
          : Number(
              formatTenths(l.billedTenthKm)
                .replace(/[\s\u202f\u00a0]/g, '')
                .replace(',', '.'),
            ),
      vehicle: l.vehicleDescription,
      amountCents: l.amountCents,
      explanation: l.explanation,
      receipts: l.receipts.map((r) => r.originalName),
    })),
    totalCents: c.totalCents,
    renunciation: c.renouncedOn ? { signedOn: c.renouncedOn } : null,
    approval: c.validatedAt ? { on: c.validatedAt.slice(0, 10) } : null,
  };
  const pdf = renderExpenseClaim(await associationIdentity(ctx.db), [document]);
  return pdfFile(`etat-de-frais-${c.number ?? `brouillon-${c.id}`}.pdf`, pdf);
}
