import type { AssociationData } from '../../shared/association/schemas';
import type { Association } from '../../shared/register/representative-types';
import { logAction } from '../../db/audit';
import * as repo from '../../db/association/association';
import { AppError } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';

export async function getAssociation(ctx: ServiceContext): Promise<Association> {
  const row = await repo.getAssociationRow(ctx.db);
  const officers = await repo.getOfficerCivilities(ctx.db);
  if (!row) {
    return {
      name: '',
      addressLine: '',
      postalCode: '',
      city: '',
      rna: null,
      siren: null,
      objet: '',
      organismType: 'Association loi 1901',
      president: '',
      presidentCivility: officers.presidentCivility,
      treasurer: '',
      treasurerCivility: officers.treasurerCivility,
      documentPlace: '',
      iban: null,
      bic: null,
      hasLogo: false,
      logoDataUrl: null,
      updatedAt: null,
    };
  }
  return {
    name: row.name,
    addressLine: row.address_line,
    postalCode: row.postal_code,
    city: row.city,
    rna: row.rna,
    siren: row.siren,
    objet: row.objet,
    organismType: row.organism_type,
    president: row.president,
    presidentCivility: officers.presidentCivility,
    treasurer: row.treasurer,
    treasurerCivility: officers.treasurerCivility,
    documentPlace: row.document_place,
    iban: row.iban,
    bic: row.bic,
    hasLogo: row.logo !== null,
    logoDataUrl:
      row.logo && row.logo_mime
        ? `data:${row.logo_mime};base64,${Buffer.from(row.logo).toString('base64')}`
        : null,
    updatedAt: row.updated_at,
  };
}

export async function saveAssociation(ctx: ServiceContext, data: AssociationData): Promise<Association> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveAssociation(trx, data, at);
    await repo.saveOfficerCivilities(trx, data);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'association', entityId: 1 });
  });
  return getAssociation(ctx);
}

/** The type is read from the bytes, not trusted from the file name or the declared type. */
export function sniffImageMime(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (
    bytes.length > 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export async function setLogo(
  ctx: ServiceContext,
  input: { dataBase64: string; mime: string },
): Promise<Association> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const mime = sniffImageMime(bytes);
  if (!mime)
    throw new AppError('VALIDATION', 'Ce fichier n’est pas une image PNG ou JPEG lisible.', {
      logo: 'Image PNG ou JPEG attendue',
    });
  if (bytes.length > 2 * 1024 * 1024)
    throw new AppError('VALIDATION', 'Le logo ne doit pas dépasser 2 Mo.', { logo: '2 Mo au maximum' });
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setLogo(trx, bytes, mime, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'logo modifié',
      entity: 'association',
      entityId: 1,
    });
  });
  return getAssociation(ctx);
}

export async function removeLogo(ctx: ServiceContext): Promise<Association> {
  const at = isoNow(ctx);
  await repo.setLogo(ctx.db, null, null, at);
  return getAssociation(ctx);
}
