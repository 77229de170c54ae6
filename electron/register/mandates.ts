import { plural } from '../../shared/rules/plural';
import type { z } from 'zod';
import { logAction, type Executor } from '../../db/audit';
import * as instancesRepo from '../../db/register/instances';
import * as repo from '../../db/register/mandates';
import type { MandateData, mandateEndInput } from '../../shared/register/schemas';
import { mandateRoleLabels } from '../../shared/register/schemas';
import type { Mandate, MandateDraft } from '../../shared/register/types';
import {
  dayAfter,
  defaultEndDate,
  effectiveEnd,
  exceedsSeats,
  findOverlap,
  isSeatRole,
  mandateMonthsFor,
  periodOf,
  periodsOverlap,
  type Period,
} from '../../shared/register/register-rules';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';
import { frenchDate } from '../../shared/rules/dates';
import { personName } from '../../shared/rules/person-name';
import { getPerson } from '../../db/register/people';

const seatWord = (role: 'titulaire' | 'suppleant') => (role === 'titulaire' ? 'titulaire' : 'suppléant');

/**
 * The rules a mandate must obey, checked inside the writing transaction: the person and the
 * instance exist, no overlap with the same person's other mandates on that instance, no more
 * titulaires (or suppléants) than seats on any day unless justified, a coherent pairing.
 */
async function checkMandate(
  trx: Executor,
  data: MandateData,
  self: { id: number; endedOn: string | null } | null,
): Promise<void> {
  const person = await getPerson(trx, data.representativeId);
  if (!person)
    throw new AppError('VALIDATION', 'Représentant introuvable.', {
      representativeId: 'Choisissez le représentant',
    });
  const instance = await instancesRepo.getInstanceRecord(trx, data.instanceId);
  if (!instance)
    throw new AppError('VALIDATION', 'Instance introuvable.', { instanceId: 'Choisissez l’instance' });
  if (self === null && person.archived) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `La fiche de ${personName(person.firstName, person.lastName)} est archivée : restaurez-la avant de lui confier un mandat.`,
      {
        representativeId: 'Cette fiche est archivée',
      },
    );
  }
  if (self === null && instance.archivedAt !== null) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `L’instance « ${instance.name} » est archivée : restaurez-la avant d’y ajouter un mandat.`,
    );
  }
  if (self?.endedOn && self.endedOn < data.startDate) {
    throw new AppError('VALIDATION', 'Ce mandat a été terminé avant la nouvelle date de début.', {
      startDate: `Le mandat a pris fin le ${frenchDate(self.endedOn)}`,
    });
  }

  const candidate: Period = periodOf({
    startDate: data.startDate,
    endDate: data.endDate,
    endedOn: self?.endedOn ?? null,
  });
  const others = await repo.periodsOnInstance(trx, data.instanceId, self?.id ?? null);
  const samePerson = others
    .filter((o) => o.representative_id === data.representativeId)
    .map((o) => ({
      row: o,
      period: periodOf({ startDate: o.start_date, endDate: o.end_date, endedOn: o.ended_on }),
    }));
  const clash = findOverlap(samePerson, candidate);
  if (clash) {
    const message = `${personName(person.firstName, person.lastName)} a déjà un mandat sur cette instance ${periodText(clash.period)} : les deux périodes se chevauchent.`;
    throw new AppError('VALIDATION', message, {
      startDate: 'Chevauche un autre mandat de cette personne sur cette instance',
    });
  }

  if (isSeatRole(data.role)) {
    const seats = data.role === 'titulaire' ? instance.seatsTitulaire : instance.seatsSuppleant;
    const sameKind = others
      .filter((o) => o.role === data.role)
      .map((o) => periodOf({ startDate: o.start_date, endDate: o.end_date, endedOn: o.ended_on }));
    const { exceeds, busiest } = exceedsSeats(seats, sameKind, candidate);
    if (exceeds && !data.overCapacityJustification) {
      const word = seatWord(data.role);
      const message =
        seats === 0
          ? `L’instance « ${instance.name} » n’a aucun siège de ${word}. Indiquez une justification pour enregistrer ce mandat quand même.`
          : `L’instance « ${instance.name} » a ${plural(seats, 'siège', 'sièges')} de ${word} et ${busiest} ${busiest > 1 ? 'sont déjà occupés' : 'est déjà occupé'} sur une partie de cette période. Indiquez une justification pour dépasser le nombre de sièges.`;
      throw new AppError('VALIDATION', message, {
        overCapacityJustification:
          'Justification obligatoire : tous les sièges de ce type sont occupés sur cette période',
      });
    }
  }

  if (data.pairedMandateId !== null) {
    const partner = await repo.getMandateRow(trx, data.pairedMandateId);
    const expected = data.role === 'titulaire' ? 'suppleant' : 'titulaire';
    if (
      !partner ||
      partner.instance_id !== data.instanceId ||
      partner.role !== expected ||
      partner.id === self?.id
    ) {
      throw new AppError(
        'VALIDATION',
        `Le mandat associé doit être un mandat de ${seatWord(expected)} de la même instance.`,
        {
          pairedMandateId: `Choisissez un ${seatWord(expected)} de cette instance`,
        },
      );
    }
    const partnerPeriod = periodOf({
      startDate: partner.start_date,
      endDate: partner.end_date,
      endedOn: partner.ended_on,
    });
    if (!periodsOverlap(candidate, partnerPeriod)) {
      throw new AppError(
        'VALIDATION',
        `Le mandat associé (${periodText(partnerPeriod)}) ne couvre aucun jour de ce mandat (${periodText(candidate)}) : associez un ${seatWord(expected)} en fonction sur la même période.`,
        { pairedMandateId: 'Les deux périodes ne se chevauchent pas' },
      );
    }
    // One titulaire, one suppléant: neither side may already be paired with someone else.
    const partnerTaken = (await repo.pairingsOf(trx, partner.id)).find((p) => p.id !== self?.id);
    if (partnerTaken) {
      throw new AppError(
        'CONFLICT',
        `Ce ${seatWord(expected)} est déjà associé au mandat de ${partnerTaken.name} : retirez d’abord cette association.`,
        { pairedMandateId: `Déjà associé à ${partnerTaken.name}` },
      );
    }
    if (self !== null) {
      const selfTaken = (await repo.pairingsOf(trx, self.id)).find((p) => p.id !== partner.id);
      if (selfTaken) {
        throw new AppError(
          'CONFLICT',
          `Ce mandat est déjà associé au mandat de ${selfTaken.name} : retirez d’abord cette association.`,
          { pairedMandateId: `Déjà associé à ${selfTaken.name}` },
        );
      }
    }
  }
}

const periodText = (p: Period): string =>
  p.end === null
    ? `depuis le ${frenchDate(p.start)}, sans date de fin`
    : `du ${frenchDate(p.start)} au ${frenchDate(p.end)}`;

async function found(ctx: ServiceContext, id: number): Promise<Mandate> {
  const m = await repo.getMandate(ctx.db, id, todayIso(ctx));
  if (!m) throw notFound('Mandat');
  return m;
}

export const getMandate = found;

/** The mandate as read inside a transaction: what its « Historique » compares before and after. */
async function mandateIn(ctx: ServiceContext, trx: Executor, id: number): Promise<Mandate> {
  const m = await repo.getMandate(trx, id, todayIso(ctx));
  if (!m) throw notFound('Mandat');
  return m;
}

export async function listMandatesOfPerson(
  ctx: ServiceContext,
  representativeId: number,
): Promise<Mandate[]> {
  return repo.listMandatesOfPerson(ctx.db, representativeId, todayIso(ctx));
}

export async function createMandate(ctx: ServiceContext, data: MandateData): Promise<Mandate> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkMandate(trx, data, null);
    const newId = await repo.insertMandate(trx, data, null, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'mandate', entityId: newId });
    return newId;
  });
  return found(ctx, id);
}

export async function updateMandate(ctx: ServiceContext, id: number, data: MandateData): Promise<Mandate> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMandateRow(trx, id);
    if (!existing) throw notFound('Mandat');
    await checkMandate(trx, data, { id, endedOn: existing.ended_on });
    const before = await mandateIn(ctx, trx, id);
    await repo.updateMandate(trx, id, data, at);
    const after = await mandateIn(ctx, trx, id);
    await logChange(ctx, trx, { action: 'modifié', entity: 'mandate', entityId: id, before, after });
  });
  return found(ctx, id);
}

export async function endMandate(
  ctx: ServiceContext,
  input: z.output<typeof mandateEndInput>,
): Promise<Mandate> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMandateRow(trx, input.id);
    if (!existing) throw notFound('Mandat');
    if (existing.ended_on !== null) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `Ce mandat est déjà terminé depuis le ${frenchDate(existing.ended_on)}.`,
      );
    }
    if (input.endedOn < existing.start_date) {
      throw new AppError('VALIDATION', 'La fin du mandat ne peut pas précéder son début.', {
        endedOn: `Le mandat commence le ${frenchDate(existing.start_date)}`,
      });
    }
    if (existing.end_date !== null && input.endedOn > existing.end_date) {
      throw new AppError(
        'VALIDATION',
        `Le mandat prend fin au plus tard le ${frenchDate(existing.end_date)} : modifiez-le pour le prolonger.`,
        {
          endedOn: `Au plus tard le ${frenchDate(existing.end_date)}`,
        },
      );
    }
    const before = await mandateIn(ctx, trx, input.id);
    await repo.endMandate(
      trx,
      input.id,
      { endedOn: input.endedOn, reason: input.reason, note: input.note },
      at,
    );
    const after = await mandateIn(ctx, trx, input.id);
    await logChange(ctx, trx, { action: 'terminé', entity: 'mandate', entityId: input.id, before, after });
  });
  return found(ctx, input.id);
}

/** Undo an ending recorded by mistake: the mandate runs again to its planned end. */
export async function reopenMandate(ctx: ServiceContext, id: number): Promise<Mandate> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMandateRow(trx, id);
    if (!existing) throw notFound('Mandat');
    if (existing.ended_on === null) return;
    const data = await draftOf(trx, existing);
    // Reopening must not create an overlap or exceed the seats that others took meanwhile.
    await checkMandate(
      trx,
      { ...data, startDate: existing.start_date, endDate: existing.end_date },
      { id, endedOn: null },
    );
    const before = await mandateIn(ctx, trx, id);
    await repo.reopenMandate(trx, id, at);
    const after = await mandateIn(ctx, trx, id);
    await logChange(ctx, trx, { action: 'rouvert', entity: 'mandate', entityId: id, before, after });
  });
  return found(ctx, id);
}

type MandateRow = NonNullable<Awaited<ReturnType<typeof repo.getMandateRow>>>;

async function draftOf(trx: Executor, row: MandateRow): Promise<MandateData> {
  return {
    representativeId: row.representative_id,
    instanceId: row.instance_id,
    role: row.role as MandateData['role'],
    roleOther: row.role_other,
    startDate: row.start_date,
    endDate: row.end_date,
    designatingAuthority: row.designating_authority,
    designationReference: row.designation_reference,
    proposingAssociation: row.proposing_association,
    notes: row.notes,
    pairedMandateId: row.paired_mandate_id,
    overCapacityJustification: row.over_capacity_justification,
  };
}

/**
 * The form of a renewal: same person, instance, role, authority and proposing association,
 * starting the day after the old mandate ends, for the instance's term length. The act
 * reference is left blank: a renewal is a new designation.
 */
export async function renewalDraft(ctx: ServiceContext, fromId: number): Promise<MandateDraft> {
  const row = await repo.getMandateRow(ctx.db, fromId);
  if (!row) throw notFound('Mandat');
  const end = effectiveEnd({ startDate: row.start_date, endDate: row.end_date, endedOn: row.ended_on });
  if (end === null) {
    throw new AppError(
      'FORBIDDEN_STATE',
      'Ce mandat n’a pas de date de fin : indiquez-la ou terminez-le avant de le renouveler.',
    );
  }
  const instance = await instancesRepo.getInstanceRecord(ctx.db, row.instance_id);
  if (!instance) throw notFound('Instance');
  const start = dayAfter(end);
  return {
    representativeId: row.representative_id,
    instanceId: row.instance_id,
    role: row.role as MandateDraft['role'],
    roleOther: row.role_other,
    startDate: start,
    endDate: defaultEndDate(start, mandateMonthsFor(instance.mandateMonths, instance.typeDefaultMonths)),
    designatingAuthority: row.designating_authority,
    designationReference: null,
    proposingAssociation: row.proposing_association,
    notes: null,
    pairedMandateId: null,
    overCapacityJustification: null,
  };
}

export async function renewMandate(ctx: ServiceContext, fromId: number, data: MandateData): Promise<Mandate> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const old = await repo.getMandateRow(trx, fromId);
    if (!old) throw notFound('Mandat');
    if ((await repo.renewalOf(trx, fromId)) !== null)
      throw new AppError(
        'CONFLICT',
        'Ce mandat a déjà été renouvelé : ouvrez le nouveau mandat pour le modifier.',
      );
    if (old.representative_id !== data.representativeId || old.instance_id !== data.instanceId) {
      throw new AppError('VALIDATION', 'Un renouvellement concerne la même personne sur la même instance.');
    }
    await checkMandate(trx, data, null);
    const newId = await repo.insertMandate(trx, data, fromId, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'renouvelé',
      entity: 'mandate',
      entityId: newId,
      details: { depuis: fromId },
    });
    return newId;
  });
  return found(ctx, id);
}

export async function deleteMandate(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMandateRow(trx, id);
    if (!existing) throw notFound('Mandat');
    if (await repo.mandateIsReferenced(trx, id)) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Des présences sont enregistrées sous ce mandat : terminez-le au lieu de le supprimer.',
      );
    }
    await repo.deleteMandate(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimé',
      entity: 'mandate',
      entityId: id,
      details: {
        representant: existing.representative_id,
        instance: existing.instance_id,
        role: mandateRoleLabels[existing.role as MandateData['role']],
      },
    });
  });
  return { deleted: true };
}
