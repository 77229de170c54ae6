/** Every list of the register as CSV or XLSX. Archived records are included and flagged. */
import { mandateRoleLabel, profileLabel } from '../../shared/rules/agreement';
import { endReasonLabels, involvementLabels, participationFormLabels } from '../../shared/register/schemas';
import { signatureMethodLabels } from '../../shared/charters/schemas';
import { producedFile, type ProducedFile } from '../files/produced-file';
import type { ExportFormat, ExportKind } from '../../shared/exchange/types';
import * as trainingsRepo from '../../db/trainings/trainings';
import * as chartersRepo from '../../db/charters/charters';
import { toCsv, toXlsx, type ExportColumn } from './table-export';
import { effectiveEnd } from '../../shared/register/register-rules';
import { todayIso, type ServiceContext } from '../service-context';
import { localTodayIso } from '../../shared/rules/dates';
import * as repo from '../../db/exchange/exchange';

/** The local calendar day of a stored UTC timestamp: archived at 00:30 in Paris is that day, not the day before. */
function localDateOf(timestamp: string | null): string | null {
  if (timestamp === null) return null;
  return localTodayIso(new Date(timestamp));
}

const yesNo = (flag: boolean) => (flag ? 'oui' : 'non');

async function file<T>(
  ctx: ServiceContext,
  name: string,
  sheet: string,
  format: ExportFormat,
  columns: ExportColumn<T>[],
  rows: T[],
): Promise<ProducedFile> {
  const stamp = todayIso(ctx);
  if (format === 'csv') {
    return producedFile(`${name}-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(columns, rows));
  }
  return producedFile(
    `${name}-${stamp}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    await toXlsx(sheet, columns, rows, ctx.now()),
  );
}

async function exportRepresentatives(ctx: ServiceContext, format: ExportFormat): Promise<ProducedFile> {
  const rows = await repo.representativesForExport(ctx.db);
  type R = (typeof rows)[number];
  const columns: ExportColumn<R>[] = [
    { header: 'Civilité', value: (r) => r.civility, width: 9 },
    { header: 'Nom', value: (r) => r.last_name, width: 22 },
    { header: 'Prénom', value: (r) => r.first_name, width: 18 },
    { header: 'E-mail', value: (r) => r.email, width: 30 },
    { header: 'Téléphone', value: (r) => r.phone, width: 16 },
    { header: 'Adresse', value: (r) => r.address_line, width: 30 },
    { header: 'Code postal', value: (r) => r.postal_code, width: 11 },
    { header: 'Ville', value: (r) => r.city, width: 20 },
    { header: 'Association d’origine', value: (r) => r.origin_association, width: 32 },
    { header: 'Salarié', value: (r) => yesNo(r.employed === 1), width: 9 },
    { header: 'Employeur', value: (r) => r.employer, width: 24 },
    // After the columns older files already have, so that their positions do not move.
    {
      header: 'Profil',
      value: (r) =>
        r.profile_label === null
          ? null
          : profileLabel({ label: r.profile_label, labelFeminine: r.profile_label_feminine }, r.civility),
      width: 26,
    },
    { header: 'Archivé le', type: 'date', value: (r) => localDateOf(r.archived_at), width: 12 },
  ];
  return file(ctx, 'representants', 'Représentants', format, columns, rows);
}

async function exportInstances(ctx: ServiceContext, format: ExportFormat): Promise<ProducedFile> {
  const rows = await repo.instancesForExport(ctx.db);
  type R = (typeof rows)[number];
  const columns: ExportColumn<R>[] = [
    { header: 'Instance', value: (r) => r.name, width: 34 },
    { header: 'Organisation', value: (r) => r.organisation, width: 30 },
    { header: 'Type', value: (r) => r.type_label, width: 30 },
    { header: 'Sièges titulaires', type: 'number', value: (r) => r.seats_titulaire, width: 10 },
    { header: 'Sièges suppléants', type: 'number', value: (r) => r.seats_suppleant, width: 10 },
    { header: 'Minimum souhaité', type: 'number', value: (r) => r.target_min, width: 10 },
    {
      header: 'Durée du mandat (mois)',
      type: 'number',
      value: (r) => r.mandate_months ?? r.default_mandate_months,
      width: 12,
    },
    {
      header: 'Niveau d’implication',
      value: (r) =>
        r.involvement_level ? (involvementLabels[r.involvement_level] ?? r.involvement_level) : null,
      width: 22,
    },
    {
      header: 'Forme',
      value: (r) =>
        r.participation_form ? (participationFormLabels[r.participation_form] ?? r.participation_form) : null,
      width: 14,
    },
    { header: 'Lieu des réunions', value: (r) => r.meeting_place, width: 30 },
    { header: 'Archivée le', type: 'date', value: (r) => localDateOf(r.archived_at), width: 12 },
  ];
  return file(ctx, 'instances', 'Instances', format, columns, rows);
}

async function exportMandates(ctx: ServiceContext, format: ExportFormat): Promise<ProducedFile> {
  const today = todayIso(ctx);
  const rows = await repo.mandatesForExport(ctx.db);
  type R = (typeof rows)[number];
  // Same headers as the import expects: an export can be edited and imported back.
  const columns: ExportColumn<R>[] = [
    { header: 'Nom', value: (r) => r.last_name, width: 22 },
    { header: 'Prénom', value: (r) => r.first_name, width: 18 },
    { header: 'E-mail', value: (r) => r.email, width: 30 },
    { header: 'Code postal', value: (r) => r.postal_code, width: 11 },
    { header: 'Instance', value: (r) => r.instance, width: 34 },
    { header: 'Organisation', value: (r) => r.organisation, width: 30 },
    {
      header: 'Rôle',
      value: (r) => mandateRoleLabel(r.role, r.role_other, r.civility),
      width: 14,
    },
    { header: 'Début', type: 'date', value: (r) => r.start_date, width: 12 },
    { header: 'Fin', type: 'date', value: (r) => r.end_date, width: 12 },
    { header: 'Terminé le', type: 'date', value: (r) => r.ended_on, width: 12 },
    {
      header: 'Motif de fin',
      value: (r) => (r.end_reason ? (endReasonLabels[r.end_reason] ?? r.end_reason) : null),
      width: 14,
    },
    {
      header: 'En cours',
      value: (r) => {
        const end = effectiveEnd({ startDate: r.start_date, endDate: r.end_date, endedOn: r.ended_on });
        return yesNo(r.start_date <= today && (end === null || end >= today));
      },
      width: 9,
    },
    { header: 'Autorité de désignation', value: (r) => r.designating_authority, width: 30 },
    { header: 'Référence de l’acte', value: (r) => r.designation_reference, width: 24 },
    { header: 'Association proposante', value: (r) => r.proposing_association, width: 28 },
  ];
  return file(ctx, 'mandats', 'Mandats', format, columns, rows);
}

async function exportTrainings(ctx: ServiceContext, format: ExportFormat): Promise<ProducedFile> {
  const rows = await trainingsRepo.listTrainings(ctx.db, {
    search: '',
    kindId: null,
    year: null,
    sort: 'date',
    direction: 'desc',
  });
  type R = (typeof rows)[number];
  const columns: ExportColumn<R>[] = [
    { header: 'Représentant', value: (r) => r.personName, width: 28 },
    { header: 'Formation', value: (r) => r.kindLabel, width: 40 },
    { header: 'Formation de base', value: (r) => yesNo(r.isBase), width: 10 },
    { header: 'Date', type: 'date', value: (r) => r.date, width: 12 },
    {
      header: 'Durée (heures)',
      type: 'number',
      value: (r) => (r.durationMinutes === null ? null : Math.round((r.durationMinutes / 60) * 100) / 100),
      width: 10,
    },
    { header: 'Organisme', value: (r) => r.organiser, width: 28 },
    { header: 'Notes', value: (r) => r.notes, width: 40 },
  ];
  return file(ctx, 'formations', 'Formations', format, columns, rows);
}

async function exportSignatures(ctx: ServiceContext, format: ExportFormat): Promise<ProducedFile> {
  const rows = await chartersRepo.listSignatures(ctx.db);
  type R = (typeof rows)[number];
  const columns: ExportColumn<R>[] = [
    { header: 'Représentant', value: (r) => r.personName, width: 28 },
    { header: 'Version de la charte', value: (r) => r.version, width: 12 },
    { header: 'En vigueur depuis', type: 'date', value: (r) => r.versionEffectiveDate, width: 12 },
    { header: 'Signée le', type: 'date', value: (r) => r.signedOn, width: 12 },
    { header: 'Mode', value: (r) => signatureMethodLabels[r.method] ?? r.method, width: 14 },
    { header: 'Document numérisé', value: (r) => r.fileName ?? 'non', width: 30 },
  ];
  return file(ctx, 'signatures-charte', 'Signatures', format, columns, rows);
}

export function exportList(
  ctx: ServiceContext,
  kind: ExportKind,
  format: ExportFormat,
): Promise<ProducedFile> {
  switch (kind) {
    case 'representatives':
      return exportRepresentatives(ctx, format);
    case 'instances':
      return exportInstances(ctx, format);
    case 'mandates':
      return exportMandates(ctx, format);
    case 'trainings':
      return exportTrainings(ctx, format);
    case 'signatures':
      return exportSignatures(ctx, format);
  }
}
