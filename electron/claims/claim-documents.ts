/**
 * The état de frais PDF. A paid or renounced claim is an issued document: its état de frais is
 * snapshotted in the transaction that pays or records the renunciation, and reprinted from it
 * byte for byte (electron/history/snapshots.ts); any other claim is drawn from what the database holds.
 */
import type { Executor } from '../../db/audit';
import { renderExpenseClaim, type ExpenseClaimDocument } from '../documents';
import { associationIdentity } from '../association/identity';
import { issuedPdf, takeSnapshot } from '../history/snapshots';
import { formatTenths } from '../../shared/rules/format-fr';
import { lineKindLabels, transportModeLabels } from '../../shared/claims/schemas';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { getClaim } from './claim-view';
import { todayIso, type ServiceContext } from '../service-context';

/** The statuses in which a claim's état de frais is an issued document. */
const issuedStatuses = new Set(['payee', 'abandonnee']);

async function claimDocument(
  ctx: ServiceContext,
  db: Executor,
  id: number,
): Promise<{ number: string | null; status: string; document: ExpenseClaimDocument }> {
  const c = await getClaim(ctx, id, db);
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
  return { number: c.number, status: c.status, document };
}

/** In the transaction that pays the claim or records its renunciation. */
export async function snapshotClaim(ctx: ServiceContext, trx: Executor, id: number): Promise<void> {
  const { status, document } = await claimDocument(ctx, trx, id);
  const association = await associationIdentity(trx);
  await takeSnapshot(ctx, trx, { kind: 'claim', recordId: id, variant: status, association, document });
}

export async function claimPdf(ctx: ServiceContext, id: number): Promise<ProducedFile> {
  const { number, status, document } = await claimDocument(ctx, ctx.db, id);
  const fileName = `etat-de-frais-${number ?? `brouillon-${id}`}.pdf`;
  const pdf = issuedStatuses.has(status)
    ? await issuedPdf(ctx, {
        kind: 'claim',
        recordId: id,
        variant: status,
        fileName,
        current: async () => ({ association: await associationIdentity(ctx.db), document }),
        derive: (issued) => ({ ...issued, status: document.status }),
        render: (association, doc, options) => renderExpenseClaim(association, [doc], options),
      })
    : renderExpenseClaim(await associationIdentity(ctx.db), [document]);
  return pdfFile(fileName, pdf);
}
