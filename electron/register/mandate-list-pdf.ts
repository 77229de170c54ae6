/**
 * « Liste des mandats » PDF, per instance and per person, for the ARS renewal campaigns:
 * gathered from the register, drawn by the document kit (electron/documents).
 */
import { representativeLabel } from '../../shared/rules/agreement';
import { plural } from '../../shared/rules/plural';
import { getAssociationRow } from '../../db/association/association';
import * as instancesRepo from '../../db/register/instances';
import * as mandatesRepo from '../../db/register/mandates';
import type { Mandate } from '../../shared/register/types';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { renderMandateList } from '../documents';
import type { AssociationIdentity, MandateList, MandateRow } from '../documents/types';
import { AppError, notFound } from '../errors';
import { addDays } from '../../shared/register/register-rules';
import { todayIso, type ServiceContext } from '../service-context';
import { getRegisterSettings } from '../todo/todo';

async function identity(ctx: ServiceContext): Promise<AssociationIdentity> {
  const row = await getAssociationRow(ctx.db);
  const mime = row?.logo_mime;
  return {
    name: row?.name || 'Association',
    addressLine: row?.address_line ?? '',
    postalCode: row?.postal_code ?? '',
    city: row?.city ?? '',
    rna: row?.rna ?? null,
    siren: row?.siren ?? null,
    objet: row?.objet ?? '',
    organismType: row?.organism_type ?? '',
    president: row?.president ?? '',
    treasurer: row?.treasurer ?? '',
    documentPlace: row?.document_place ?? '',
    logo:
      row?.logo && (mime === 'image/png' || mime === 'image/jpeg')
        ? { data: Buffer.from(row.logo), mime }
        : null,
  };
}

/** Running mandates ending within the warning window, and not renewed, are « à renouveler ». */
export function toRow(m: Mandate, today: string, warnUntil: string, show: 'instance' | 'person'): MandateRow {
  const status: MandateRow['status'] =
    m.status === 'termine'
      ? 'termine'
      : m.effectiveEnd !== null &&
          m.effectiveEnd <= warnUntil &&
          m.renewedById === null &&
          m.startDate <= today
        ? 'a_renouveler'
        : 'actif';
  return {
    person: m.representativeName,
    instance: show === 'instance' ? `${m.instanceName} — ${m.organisationName}` : m.instanceName,
    role: m.roleLabel,
    start: m.startDate,
    end: m.effectiveEnd,
    designatingAuthority: m.designatingAuthority,
    actReference: m.designationReference,
    status,
  };
}

const fileSafe = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

async function render(ctx: ServiceContext, list: MandateList, fileName: string): Promise<ProducedFile> {
  const pdf = renderMandateList(await identity(ctx), list);
  return pdfFile(fileName, pdf);
}

/** Running and upcoming mandates first, then the past ones, each by start date. */
function ordered(mandates: Mandate[]): Mandate[] {
  const rank = (m: Mandate) => (m.status === 'termine' ? 1 : 0);
  return [...mandates].sort((a, b) => rank(a) - rank(b) || b.startDate.localeCompare(a.startDate));
}

export async function instanceMandateListPdf(ctx: ServiceContext, instanceId: number): Promise<ProducedFile> {
  const today = todayIso(ctx);
  const instance = await instancesRepo.getInstanceRecord(ctx.db, instanceId);
  if (!instance) throw notFound('Instance');
  const mandates = await mandatesRepo.listMandatesOfInstance(ctx.db, instanceId, today);
  const { expiryWarningDays } = await getRegisterSettings(ctx);
  const warnUntil = addDays(today, expiryWarningDays);
  const seats = `${plural(instance.seatsTitulaire, 'siège', 'sièges')} de titulaire, ${instance.seatsSuppleant} de suppléant`;
  return render(
    ctx,
    {
      title: `Liste des mandats — ${instance.name}`,
      subtitle: `${instance.typeLabel} — ${instance.organisationName} — ${seats}`,
      generatedOn: today,
      rows: ordered(mandates).map((m) => toRow(m, today, warnUntil, 'person')),
    },
    `liste-des-mandats-${fileSafe(instance.name)}-${today}.pdf`,
  );
}

export async function personMandateListPdf(
  ctx: ServiceContext,
  representativeId: number,
): Promise<ProducedFile> {
  const today = todayIso(ctx);
  const person = await ctx.db
    .selectFrom('representative')
    .select(['civility', 'first_name', 'last_name'])
    .where('id', '=', representativeId)
    .executeTakeFirst();
  if (!person) throw notFound('Représentant');
  const mandates = await mandatesRepo.listMandatesOfPerson(ctx.db, representativeId, today);
  if (mandates.length === 0) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `${person.first_name} ${person.last_name} n’a aucun mandat enregistré : la liste serait vide.`,
    );
  }
  const { expiryWarningDays } = await getRegisterSettings(ctx);
  const warnUntil = addDays(today, expiryWarningDays);
  const name = `${person.civility ? `${person.civility} ` : ''}${person.first_name} ${person.last_name}`;
  return render(
    ctx,
    {
      title: `Liste des mandats — ${name}`,
      subtitle: `${representativeLabel(person.civility)} : ${name}`,
      generatedOn: today,
      rows: ordered(mandates).map((m) => toRow(m, today, warnUntil, 'instance')),
    },
    `liste-des-mandats-${fileSafe(`${person.last_name}-${person.first_name}`)}-${today}.pdf`,
  );
}
