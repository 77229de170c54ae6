/**
 * « Anonymiser » a person (RGPD, right to erasure): erases what the law does not require keeping,
 * keeps what it does (accounting records and reçus fiscaux: see shared/privacy/rules.ts), in one
 * transaction — a failure anywhere leaves the person exactly as they were.
 *
 * The person's row stays as an anonymous shell (« Personne anonymisée n° 12 ») so that the kept
 * records and the statistics (attendance, mandates, trainings) keep their link without naming
 * anyone. The journal (audit log) keeps every entry (who did what, when) but loses the person's
 * data inside the entries' details.
 */
import { logAction, type Executor } from '../../db/audit';
import { redactSnapshots } from '../history/snapshots';
import * as erasure from '../../db/privacy/erasure';
import {
  filesNamedWith,
  freeTextColumns,
  renameStoredFile,
  rewriteText,
  rowsContaining,
} from '../../db/privacy/free-text';
import { mandatesHeldAfter } from '../../db/register/mandates';
import { searchTextOf } from '../../db/register/representatives';
import { normalizeIban } from '../../shared/rules/iban';
import {
  ACCOUNTING_RETENTION_YEARS,
  ERASED,
  ERASED_NAME,
  RECEIPT_TAX_RETENTION_YEARS,
  anonymousLabel,
  foldedNeedles,
  maskIban,
  redactLeaves,
  redactText,
  yearsBefore,
  type Needle,
} from '../../shared/privacy/rules';
import type { ErasurePreview, ErasureResult } from '../../shared/privacy/types';
import { frenchDate } from '../../shared/rules/dates';
import { plural } from '../../shared/rules/plural';
import { personName } from '../../shared/rules/person-name';
import { removeStoredFileBytes } from '../association/stored-files';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { formatEuros } from '../../shared/rules/format-fr';

interface PersonRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address_line: string | null;
  iban: string | null;
  anonymised_at: string | null;
}

async function personOf(db: Executor, id: number): Promise<PersonRow> {
  const row = await erasure.identifiersOf(db, id);
  if (!row) throw notFound('Personne');
  return row;
}

/** What identifies the person in free text: full name both ways, e-mail, phone, IBAN, street address. */
function needlesOf(p: PersonRow): Needle[] {
  const name = (text: string): Needle => ({ text, replacement: ERASED_NAME });
  const contact = (text: string | null): Needle[] =>
    text === null || text.trim().length < 4 ? [] : [{ text: text.trim(), replacement: ERASED }];
  return [
    ...(p.first_name.trim() && p.last_name.trim()
      ? [name(personName(p.first_name, p.last_name)), name(personName(p.last_name, p.first_name))]
      : [name(p.last_name)]),
    ...contact(p.email),
    ...contact(p.phone),
    ...contact(p.iban),
    ...(p.iban ? contact(normalizeIban(p.iban)) : []),
    ...contact(p.address_line),
  ];
}

/** Why the person cannot be anonymised now, each reason with what to do. */
async function blockersOf(db: Executor, person: PersonRow, today: string): Promise<string[]> {
  const blockers: string[] = [];
  const open = await erasure.openClaimsOf(db, person.id);
  if (open.length > 0) {
    const list = open.map((c) => `${c.number ?? 'brouillon'} (${formatEuros(c.total_cents)})`).join(', ');
    blockers.push(
      `${plural(open.length, 'note de frais n’est pas réglée', 'notes de frais ne sont pas réglées')} : ${list}. Payez ou faites renoncer les notes validées, refusez ou annulez les notes soumises, supprimez les brouillons ; anonymisez ensuite.`,
    );
  }
  const renounced = await erasure.renouncedWithoutReceiptOf(db, person.id);
  if (renounced.length > 0) {
    blockers.push(
      `${plural(renounced.length, 'abandon de frais attend', 'abandons de frais attendent')} son reçu fiscal (${renounced.map((c) => c.number ?? '').join(', ')}) : émettez-le d’abord dans Trésorerie › Reçus fiscaux, il doit porter le nom du donateur.`,
    );
  }
  const held = await mandatesHeldAfter(db, person.id, today);
  if (held.length > 0) {
    blockers.push(
      `${plural(held.length, 'mandat est', 'mandats sont')} en cours ou à venir (${held.map((m) => `${m.instanceName}${m.end ? `, jusqu’au ${frenchDate(m.end)}` : ''}`).join(' ; ')}) : terminez-${held.length > 1 ? 'les' : 'le'} d’abord depuis la fiche.`,
    );
  }
  return blockers;
}

export async function erasurePreview(ctx: ServiceContext, id: number): Promise<ErasurePreview> {
  const person = await personOf(ctx.db, id);
  const today = todayIso(ctx);
  const counts = await erasure.countsOf(ctx.db, id);
  const addressUntil = yearsBefore(today, RECEIPT_TAX_RETENTION_YEARS);
  return {
    representativeId: id,
    personName: personName(person.first_name, person.last_name),
    anonymisedAt: person.anonymised_at,
    blockers: person.anonymised_at === null ? await blockersOf(ctx.db, person, today) : [],
    erased: [
      'Identité et coordonnées : nom, prénom, civilité, e-mail, téléphone, adresse, association d’origine, employeur, IBAN et BIC, notes.',
      `Véhicules : immatriculations et libellés (${plural(counts.vehicles, 'véhicule', 'véhicules')}).`,
      'Notes écrites sur ses mandats, présences, formations et notes de frais ; chartes signées numérisées ; justificatifs des notes de frais refusées ou annulées.',
      `Attestations délivrées (${counts.attestations}) : annulées et sans nom.`,
      'Son nom, son e-mail, son téléphone, son IBAN et son adresse partout où ils ont été écrits (ordres du jour, comptes rendus, suites, motifs…) et dans les détails du journal des modifications.',
    ],
    kept: [
      `Reçus fiscaux (${counts.receipts}) : conservés avec le nom du donateur, exigé sur le reçu (${RECEIPT_TAX_RETENTION_YEARS} ans, contrôle fiscal) ; l’adresse est retirée des reçus émis il y a plus de ${RECEIPT_TAX_RETENTION_YEARS} ans (avant le ${frenchDate(addressUntil)}).`,
      `Notes de frais (${counts.claims}) : montants, dates, trajets et justificatifs des notes payées ou abandonnées, pièces comptables gardées ${ACCOUNTING_RETENTION_YEARS} ans ; les totaux de la comptabilité ne changent pas. Les virements gardent le montant, l’IBAN est masqué.`,
      `Sans nom, pour les statistiques de l’association : mandats (${counts.mandates}), présences (${counts.attendance}), formations (${counts.trainings}), signatures de charte (${counts.signatures}), comptes rendus (${counts.reports}).`,
      'Le journal garde chaque opération (qui, quand, quoi) sans les données de la personne.',
    ],
  };
}

/** The SEPA file of a batch loses the person's name and IBAN in their own payment only. */
function redactBatchXml(xml: string, endToEndId: string, label: string, maskedIban: string): string {
  return xml.replace(/<CdtTrfTxInf>[\s\S]*?<\/CdtTrfTxInf>/g, (block) =>
    block.includes(`<EndToEndId>${endToEndId}</EndToEndId>`)
      ? block
          .replace(/(<Cdtr>\s*<Nm>)[^<]*(<\/Nm>)/, `$1${label}$2`)
          .replace(/(<CdtrAcct>\s*<Id>\s*<IBAN>)[^<]*(<\/IBAN>)/, `$1${maskedIban}$2`)
          .replace(/\s*<CdtrAgt>[\s\S]*?<\/CdtrAgt>/, '')
      : block,
  );
}

export async function anonymisePerson(ctx: ServiceContext, id: number): Promise<ErasureResult> {
  const at = isoNow(ctx);
  const today = todayIso(ctx);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const person = await personOf(trx, id);
    if (person.anonymised_at !== null) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `Cette personne a déjà été anonymisée le ${frenchDate(person.anonymised_at.slice(0, 10))}.`,
      );
    }
    const blockers = await blockersOf(trx, person, today);
    if (blockers.length > 0) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `La fiche de ${personName(person.first_name, person.last_name)} ne peut pas encore être anonymisée. ${blockers.join(' ')}`,
      );
    }
    const needles = needlesOf(person);
    const label = anonymousLabel(id);
    const detachedSnapshots: string[] = [];

    // Free text anywhere first, while the identifiers are still known.
    let textsRedacted = 0;
    for (const target of freeTextColumns) {
      const own = target.folded ? foldedNeedles(needles) : needles;
      for (const row of await rowsContaining(
        trx,
        target,
        own.map((n) => n.text),
      )) {
        const text = redactText(row.text, own);
        if (text === row.text) continue;
        await rewriteText(trx, target, row.id, text);
        textsRedacted += 1;
      }
    }
    for (const f of await filesNamedWith(
      trx,
      needles.map((n) => n.text),
    )) {
      await renameStoredFile(trx, f.hash, redactText(f.original_name, needles));
    }

    // The journal: entries on the record lose every value; entries elsewhere lose the identifiers.
    let auditEntriesRedacted = 0;
    for (const entry of await erasure.auditEntriesOnRecord(trx, id)) {
      await erasure.setAuditDetails(
        trx,
        entry.id,
        JSON.stringify(redactLeaves(parseJson(entry.details))),
        at,
      );
      auditEntriesRedacted += 1;
    }
    for (const entry of await erasure.auditEntriesMentioning(
      trx,
      id,
      needles.map((n) => n.text),
    )) {
      if (entry.details === null) continue;
      const details = redactText(
        entry.details,
        needles.map((n) => ({ ...n, replacement: jsonSafe(n.replacement) })),
      );
      if (details === entry.details) continue;
      await erasure.setAuditDetails(trx, entry.id, details, at);
      auditEntriesRedacted += 1;
    }

    // Documents and records of their own.
    for (const a of await erasure.attestationsOf(trx, id)) {
      const content = redactLeavesNamed(parseJson(a.content), needles);
      await erasure.rewriteAttestation(trx, a.id, {
        content: JSON.stringify(content),
        voidedAt: a.voided_at ?? at,
        voidReason: a.voided_at === null ? 'Personne anonymisée (RGPD)' : null,
      });
    }
    for (const item of await erasure.sepaItemsOf(trx, id)) {
      const masked = maskIban(item.iban);
      await erasure.anonymiseSepaItem(
        trx,
        { batchId: item.batch_id, claimId: item.claim_id },
        { personName: label, iban: masked },
      );
      await erasure.setBatchXml(
        trx,
        item.batch_id,
        redactBatchXml(item.xml, item.end_to_end_id, label, masked),
      );
    }
    // The snapshots of issued documents (reprinted byte for byte) follow the records: attestations
    // and états de frais lose the person, reçus fiscaux keep the donor's name and lose the address
    // once the fiscal delay is over, like the receipt itself.
    const redactDocument = (document: unknown) => redactLeavesNamed(document, needles);
    for (const a of await erasure.attestationsOf(trx, id))
      detachedSnapshots.push(...(await redactSnapshots(ctx, trx, 'attestation', a.id, redactDocument)));
    for (const c of await erasure.claimIdsOf(trx, id))
      detachedSnapshots.push(...(await redactSnapshots(ctx, trx, 'claim', c.id, redactDocument)));
    for (const r of await erasure.receiptIdsOf(trx, id, yearsBefore(today, RECEIPT_TAX_RETENTION_YEARS)))
      detachedSnapshots.push(...(await redactSnapshots(ctx, trx, 'tax_receipt', r.id, withoutDonorAddress)));
    const receiptsWithoutAddress = await erasure.removeOldReceiptAddresses(
      trx,
      id,
      yearsBefore(today, RECEIPT_TAX_RETENTION_YEARS),
    );
    await erasure.eraseNotes(trx, id);
    await erasure.eraseVehicles(trx, id, at);
    const detached = [
      ...(await erasure.detachNonAccountingReceipts(trx, id)),
      ...(await erasure.detachSignatureFiles(trx, id)),
    ];
    const dropped = await erasure.dropUnusedFiles(trx, [...detached, ...detachedSnapshots]);
    await erasure.renameKeptReceiptFiles(trx, id);
    await erasure.anonymiseRepresentativeRow(trx, id, {
      label,
      searchText: searchTextOf({
        lastName: label,
        firstName: '',
        city: null,
        originAssociation: null,
        email: null,
        postalCode: null,
      }),
      at,
    });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'anonymisé',
      entity: 'representative',
      entityId: id,
      details: {
        textes: textsRedacted,
        journal: auditEntriesRedacted,
        fichiers: dropped.length,
        recusSansAdresse: receiptsWithoutAddress,
      },
    });
    return { auditEntriesRedacted, textsRedacted, dropped };
  });
  // After the commit: a file is removed only once no record can point to it any more.
  for (const hash of outcome.dropped) removeStoredFileBytes(ctx, hash);
  return {
    representativeId: id,
    anonymisedAt: at,
    auditEntriesRedacted: outcome.auditEntriesRedacted,
    textsRedacted: outcome.textsRedacted,
    filesRemoved: outcome.dropped.length,
  };
}

/** A reçu fiscal as issued, without the donor's address (the name stays: the law wants it). */
function withoutDonorAddress(document: unknown): unknown {
  if (document === null || typeof document !== 'object' || !('donor' in document)) return document;
  const donor = document.donor;
  if (donor === null || typeof donor !== 'object') return document;
  return { ...document, donor: { ...donor, addressLine: null, postalCode: null, city: null } };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A replacement written inside JSON text must not break its quoting. */
const jsonSafe = (text: string): string => JSON.stringify(text).slice(1, -1);

/**
 * An attestation as printed: its person's name, address and any identifier go, the rest (instance,
 * date, hours, reference) stays so that the numbering and the statistics keep their meaning.
 */
function redactLeavesNamed(value: unknown, needles: readonly Needle[]): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'person' ? redactLeaves(v) : redactLeavesNamed(v, needles),
      ]),
    );
  }
  if (Array.isArray(value)) return value.map((v) => redactLeavesNamed(v, needles));
  if (typeof value === 'string') return redactText(value, needles);
  return value;
}
