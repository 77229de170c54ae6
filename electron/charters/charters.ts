import { plural } from '../../shared/rules/plural';
import type { z } from 'zod';
import type {
  CharterStatus,
  CharterVersionData,
  SignatureData,
  charterStatusQuery,
} from '../../shared/charters/schemas';
import { fileNamePart, searchTerms } from '../../shared/rules/text';
import { pdfFile, producedFile, type ProducedFile } from '../files/produced-file';
import type {
  CharterSignature,
  CharterStatusList,
  CharterStatusRow,
  CharterVersion,
} from '../../shared/charters/types';
import { logAction, type Executor } from '../../db/audit';
import * as repo from '../../db/charters/charters';
import { renderCharter } from '../documents';
import type { CharterDocument } from '../documents/types';
import { associationIdentity } from '../association/identity';
import { getPerson } from '../../db/register/people';
import { charterStatus, currentCharterVersion } from '../../shared/register/register-rules';
import { frenchDate, futureDateError } from '../../shared/rules/dates';
import { signatureDateLabel } from '../../shared/charters/schemas';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { readStoredFile, storeFile } from '../association/stored-files';
import { personName } from '../../shared/rules/person-name';

type StatusQuery = z.output<typeof charterStatusQuery>;

export async function listVersions(ctx: ServiceContext): Promise<CharterVersion[]> {
  const versions = await repo.listVersions(ctx.db);
  const current = currentCharterVersion(versions, todayIso(ctx));
  return versions.map((v) => ({ ...v, isLatest: current?.id === v.id }));
}

export async function getVersion(ctx: ServiceContext, id: number): Promise<CharterVersion> {
  const found = (await listVersions(ctx)).find((v) => v.id === id);
  if (!found) throw notFound('Version de la charte');
  return found;
}

async function refuseDuplicateVersion(
  db: Executor,
  data: CharterVersionData,
  exceptId: number | null,
): Promise<void> {
  const clash = await repo.findVersionId(db, data.title, data.version);
  if (clash !== null && clash !== exceptId) {
    throw new AppError('CONFLICT', `La version « ${data.version} » de cette charte existe déjà.`, {
      version: 'Numéro déjà utilisé',
    });
  }
}

export async function createVersion(ctx: ServiceContext, data: CharterVersionData): Promise<CharterVersion> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await refuseDuplicateVersion(trx, data, null);
    const newId = await repo.insertVersion(trx, data, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'publiée',
      entity: 'charter_version',
      entityId: newId,
      details: { version: data.version },
    });
    return newId;
  });
  return getVersion(ctx, id);
}

/** A version may be corrected until someone signed it; then the signed text must stay what was signed. */
export async function updateVersion(
  ctx: ServiceContext,
  id: number,
  data: CharterVersionData,
): Promise<CharterVersion> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = (await repo.listVersions(trx)).find((v) => v.id === id);
    if (!existing) throw notFound('Version de la charte');
    if (!existing.editable) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `La version ${existing.version} a déjà été signée (${plural(existing.signatureCount, 'signature', 'signatures')}) : elle ne peut plus être modifiée. Publiez une nouvelle version.`,
      );
    }
    await refuseDuplicateVersion(trx, data, id);
    await repo.updateVersion(trx, id, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'modifiée',
      entity: 'charter_version',
      entityId: id,
    });
  });
  return getVersion(ctx, id);
}

const reasonFor = (
  status: CharterStatus,
  signed: repo.SignatureWithVersion | null,
  latestMandate: string | null,
  current: CharterVersion | null,
): string | null => {
  if (status !== 'a_resigner' || !signed) return null;
  if (
    current &&
    current.id !== signed.charterVersionId &&
    current.effectiveDate >= signed.versionEffectiveDate
  ) {
    return `v${signed.version} signée, v${current.version} en vigueur`;
  }
  if (latestMandate && latestMandate > signed.signedOn)
    return `Nouveau mandat le ${latestMandate.slice(8, 10)}/${latestMandate.slice(5, 7)}/${latestMandate.slice(0, 4)}`;
  return null;
};

export async function listStatuses(ctx: ServiceContext, query: StatusQuery): Promise<CharterStatusList> {
  const today = todayIso(ctx);
  const versions = await listVersions(ctx);
  const current = versions.find((v) => v.isLatest) ?? null;
  const people = await repo.activeRepresentatives(ctx.db);
  const signatures = await repo.listSignatures(ctx.db);
  const lastByPerson = new Map<number, repo.SignatureWithVersion>();
  for (const s of signatures) {
    const known = lastByPerson.get(s.representativeId);
    // The most recent signature by date; same day: the newer version.
    if (
      !known ||
      s.signedOn > known.signedOn ||
      (s.signedOn === known.signedOn && s.versionEffectiveDate > known.versionEffectiveDate)
    ) {
      lastByPerson.set(s.representativeId, s);
    }
  }
  const mandateStarts = await repo.latestMandateStarts(ctx.db, today);
  const terms = searchTerms(query.search);
  const counts: Record<CharterStatus, number> = {
    a_jour: 0,
    a_resigner: 0,
    jamais_signee: 0,
    sans_charte: 0,
  };
  const rows: CharterStatusRow[] = [];
  for (const p of people) {
    const signed = lastByPerson.get(p.id) ?? null;
    const latestMandate = mandateStarts.get(p.id) ?? null;
    const status = charterStatus({
      currentVersion: current ? { id: current.id, effectiveDate: current.effectiveDate } : null,
      lastSignature: signed
        ? {
            version: { id: signed.charterVersionId, effectiveDate: signed.versionEffectiveDate },
            signedOn: signed.signedOn,
          }
        : null,
      latestMandateStart: latestMandate,
    });
    if (terms.length > 0 && !terms.every((t) => p.search_text.includes(t))) continue;
    counts[status] += 1;
    if (query.status !== 'tous' && query.status !== status) continue;
    rows.push({
      representativeId: p.id,
      personName: personName(p.first_name, p.last_name),
      lastName: p.last_name,
      firstName: p.first_name,
      status,
      reason: reasonFor(status, signed, latestMandate, current),
      lastSignature: signed ? stripVersionDate(signed) : null,
    });
  }
  return {
    rows,
    counts,
    latestVersion: current ? { id: current.id, version: current.version, title: current.title } : null,
  };
}

function stripVersionDate(s: repo.SignatureWithVersion): CharterSignature {
  const { versionEffectiveDate: _ignored, ...rest } = s;
  return rest;
}

export async function signaturesOfPerson(
  ctx: ServiceContext,
  representativeId: number,
): Promise<CharterSignature[]> {
  return (await repo.listSignatures(ctx.db, representativeId)).map(stripVersionDate);
}

export async function listAllSignatures(ctx: ServiceContext): Promise<CharterSignature[]> {
  return (await repo.listSignatures(ctx.db)).map(stripVersionDate);
}

export async function recordSignature(ctx: ServiceContext, data: SignatureData): Promise<CharterSignature> {
  const at = isoNow(ctx);
  const future = futureDateError(data.signedOn, todayIso(ctx), signatureDateLabel);
  if (future !== null) throw new AppError('VALIDATION', future, { signedOn: future });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const person = await getPerson(trx, data.representativeId);
    if (!person) throw notFound('Représentant');
    const versionNumber = await repo.getVersionNumber(trx, data.charterVersionId);
    if (versionNumber === null)
      throw new AppError('VALIDATION', 'Cette version de la charte n’existe pas.', {
        charterVersionId: 'Version inconnue',
      });
    // Signing the same version again later is how a new mandate is covered; an equal or later
    // signature of that version already recorded makes this one a duplicate.
    const later = await repo.findSignatureOnOrAfter(
      trx,
      data.representativeId,
      data.charterVersionId,
      data.signedOn,
    );
    if (later) {
      const shown = frenchDate(later);
      throw new AppError(
        'CONFLICT',
        `Une signature de la version ${versionNumber} du ${shown} est déjà enregistrée pour cette personne.`,
        {
          signedOn: `Déjà signée le ${shown} : indiquez une date postérieure`,
        },
      );
    }
    let fileHash: string | null = null;
    if (data.file) {
      const stored = await storeFile(ctx, trx, {
        bytes: Buffer.from(data.file.dataBase64, 'base64'),
        originalName: data.file.fileName,
      });
      fileHash = stored.hash;
    }
    const newId = await repo.insertSignature(
      trx,
      {
        representativeId: data.representativeId,
        versionId: data.charterVersionId,
        signedOn: data.signedOn,
        method: data.method,
        fileHash,
      },
      at,
    );
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'signée',
      entity: 'charter_signature',
      entityId: newId,
      details: { version: versionNumber },
    });
    return newId;
  });
  const saved = await repo.getSignature(ctx.db, id);
  if (!saved) throw notFound('Signature');
  return stripVersionDate(saved);
}

export async function deleteSignature(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getSignature(trx, id);
    if (!existing) throw notFound('Signature');
    await repo.deleteSignature(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimée',
      entity: 'charter_signature',
      entityId: id,
      details: { personne: existing.personName, version: existing.version, signee: existing.signedOn },
    });
  });
  return { deleted: true };
}

export async function signatureFile(ctx: ServiceContext, id: number): Promise<ProducedFile> {
  const signature = await repo.getSignature(ctx.db, id);
  if (!signature) throw notFound('Signature');
  if (!signature.fileHash)
    throw new AppError('NOT_FOUND', 'Aucun document numérisé n’est joint à cette signature.');
  const file = await readStoredFile(ctx, signature.fileHash);
  return producedFile(file.originalName, file.mime, file.bytes);
}

export async function charterPdf(
  ctx: ServiceContext,
  representativeId: number,
  versionId: number | null,
): Promise<ProducedFile> {
  const versions = await listVersions(ctx);
  const version =
    versionId === null
      ? (versions.find((v) => v.isLatest) ?? versions[0])
      : versions.find((v) => v.id === versionId);
  if (!version) throw new AppError('NOT_FOUND', 'Aucune charte n’est publiée : rédigez d’abord une version.');
  const person = await getPerson(ctx.db, representativeId);
  if (!person) throw notFound('Représentant');
  const signature = (await repo.listSignatures(ctx.db, representativeId)).find(
    (s) => s.charterVersionId === version.id,
  );
  const association = await associationIdentity(ctx.db);
  const document: CharterDocument = {
    charter: {
      title: version.title,
      version: version.version,
      effectiveDate: version.effectiveDate,
      text: version.body,
    },
    person: { civility: person.civility, firstName: person.firstName, lastName: person.lastName },
    signedOn: signature?.signedOn ?? null,
    presidentName: association.president || null,
  };
  const pdf = renderCharter(association, document);
  return pdfFile(
    `charte-v${fileNamePart(version.version)}-${fileNamePart(person.lastName)}-${fileNamePart(person.firstName)}.pdf`,
    pdf,
  );
}
