/** The list of actions as filtered on screen, as CSV or XLSX (the exchange domain's table export). */
import type { z } from 'zod';
import * as repo from '../../db/actions/actions';
import { actionStatusLabel } from '../../shared/actions/rules';
import {
  actionKindLabels,
  actionPhaseLabels,
  type AttestationKind,
  type actionExportInput,
} from '../../shared/actions/schemas';
import { involvementLabels } from '../../shared/register/schemas';
import { toCsv, toXlsx, type ExportColumn } from '../exchange/table-export';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { todayIso, type ServiceContext } from '../service-context';

const attestationShort: Record<AttestationKind, string> = {
  participation: 'Participation',
  representation: 'Représentation (L3142-60)',
};

export async function exportActions(
  ctx: ServiceContext,
  input: z.output<typeof actionExportInput>,
): Promise<ProducedFile> {
  const { format, ...query } = input;
  const rows = await repo.allActions(ctx.db, query);
  const columns: ExportColumn<repo.ActionRow>[] = [
    { header: 'Type', value: (r) => actionKindLabels[r.kind], width: 9 },
    { header: 'Titre', value: (r) => r.title, width: 40 },
    { header: 'Projet', value: (r) => r.project_title, width: 30 },
    { header: 'Porteur', value: (r) => repo.carrierNameOf(r), width: 32 },
    { header: 'Thématique', value: (r) => r.theme_label, width: 28 },
    { header: 'Phase', value: (r) => (r.phase ? actionPhaseLabels[r.phase] : null), width: 16 },
    {
      header: 'Niveau d’implication',
      value: (r) => (r.involvement_level ? involvementLabels[r.involvement_level] : null),
      width: 22,
    },
    { header: 'Statut', value: (r) => actionStatusLabel(r.kind, r.status), width: 11 },
    { header: 'Début', type: 'date', value: (r) => r.start_date, width: 12 },
    { header: 'Fin', type: 'date', value: (r) => r.end_date, width: 12 },
    { header: 'Lieu', value: (r) => r.place, width: 24 },
    { header: 'Bénéficiaires prévus', type: 'number', value: (r) => r.expected_beneficiaries, width: 12 },
    { header: 'Bénéficiaires touchés', type: 'number', value: (r) => r.actual_beneficiaries, width: 12 },
    { header: 'Partenaires', value: (r) => r.partners, width: 30 },
    { header: 'Attestation', value: (r) => attestationShort[r.attestation_kind], width: 24 },
    { header: 'Séances', type: 'number', value: (r) => Number(r.session_count ?? 0), width: 9 },
    { header: 'Description', value: (r) => r.description, width: 50 },
  ];
  const stamp = todayIso(ctx);
  if (format === 'csv')
    return producedFile(`actions-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(columns, rows));
  return producedFile(
    `actions-${stamp}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    await toXlsx('Actions et projets', columns, rows, ctx.now()),
  );
}
