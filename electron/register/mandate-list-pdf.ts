/**
 * « Liste des mandats » PDF, per instance and per person, for the ARS renewal campaigns:
 * gathered from the register, drawn by the document kit (electron/documents).
 */
import { representativeLabel } from '../../shared/rules/agreement';
import { plural } from '../../shared/rules/plural';
import { getPerson } from '../../db/register/people';
import { formalName, personName } from '../../shared/rules/person-name';
import { fileNamePart } from '../../shared/rules/text';
import { associationIdentity } from '../association/identity';
import * as instancesRepo from '../../db/register/instances';
import * as mandatesRepo from '../../db/register/mandates';
import type { Mandate } from '../../shared/register/types';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { renderMandateList } from '../documents';
import type { MandateList, MandateRow } from '../documents/types';
import { AppError, notFound } from '../errors';
import { addDays } from '../../shared/register/register-rules';
import { todayIso, type ServiceContext } from '../service-context';
import { getRegisterSettings } from '../todo/todo';

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

async function render(ctx: ServiceContext, list: MandateList, fileName: string): Promise<ProducedFile> {
  const pdf = renderMandateList(await associationIdentity(ctx.db), list);
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
    `liste-des-mandats-${fileNamePart(instance.name)}-${today}.pdf`,
  );
}

export async function personMandateListPdf(
  ctx: ServiceContext,
  representativeId: number,
): Promise<ProducedFile> {
  const today = todayIso(ctx);
  const person = await getPerson(ctx.db, representativeId);
  if (!person) throw notFound('Représentant');
  const mandates = await mandatesRepo.listMandatesOfPerson(ctx.db, representativeId, today);
  if (mandates.length === 0) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `${personName(person.firstName, person.lastName)} n’a aucun mandat enregistré : la liste serait vide.`,
    );
  }
  const { expiryWarningDays } = await getRegisterSettings(ctx);
  const warnUntil = addDays(today, expiryWarningDays);
  const name = formalName(person.civility, person.firstName, person.lastName);
  return render(
    ctx,
    {
      title: `Liste des mandats — ${name}`,
      subtitle: `${representativeLabel(person.civility)} : ${name}`,
      generatedOn: today,
      rows: ordered(mandates).map((m) => toRow(m, today, warnUntil, 'instance')),
    },
    `liste-des-mandats-${fileNamePart(`${person.lastName}-${person.firstName}`)}-${today}.pdf`,
  );
}
