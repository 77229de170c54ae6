/**
 * The bilan d'action as files: the PDF, and a workbook with one sheet per table of the PDF (the
 * funder's own template is filled by copying from it). Both from one report (bilan-report.ts), so
 * they say the same numbers.
 */
import { renderActionBilan, type BilanReport } from '../documents/action-bilan';
import { addSheet, newWorkbook, workbookBuffer, type ExportColumn } from '../exchange/table-export';
import { pdfFile, producedFile, type ProducedFile } from '../files/produced-file';
import { fileNamePart } from '../../shared/rules/text';
import { type ServiceContext } from '../service-context';
import { bilanReport } from './bilan-report';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const baseName = (r: BilanReport) =>
  `Bilan d’action ${fileNamePart(r.funding.title, 60)} ${fileNamePart(r.periodLabel, 30)}`;

export async function bilanPdf(ctx: ServiceContext, bilanId: number): Promise<ProducedFile> {
  const report = await bilanReport(ctx, bilanId);
  return pdfFile(`${baseName(report)}.pdf`, renderActionBilan(report));
}

/** Hours as a number of hours with two decimals, as a spreadsheet sums them. */
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

type Pair = [string, string | number | null];
type ObjectiveLine = {
  owner: string;
  objective: string;
  indicator: string;
  expected: string;
  result: string;
  detail: string | null;
  comment: string;
};

export function bilanWorkbook(r: BilanReport, created: Date): Promise<Buffer> {
  const wb = newWorkbook(created);
  const pair: ExportColumn<Pair>[] = [
    { header: 'Rubrique', width: 32, value: (p) => p[0] },
    { header: 'Valeur', width: 70, value: (p) => p[1] },
  ];
  addSheet<Pair>(wb, 'Identification', pair, [
    ['Structure', r.association.name],
    ['Adresse', `${r.association.addressLine}, ${r.association.postalCode} ${r.association.city}`],
    ['Intitulé de l’action', r.funding.title],
    ['Période du bilan', r.periodText],
    ['Financeur', r.funding.funder],
    ['Montant de la subvention (€)', r.funding.amountCents / 100],
    ['Référence convention', r.funding.agreementRef],
    ['Période financée', r.funding.periodLabel],
    ['Statut du financement', r.funding.statusLabel],
    ['Projets financés', r.projects.map((p) => p.title).join(' ; ')],
    ['Thématiques', r.themes.join(' ; ')],
    ['Périmètre des chiffres', r.scopeLabel],
  ]);
  addSheet(
    wb,
    'Calendrier',
    [
      { header: 'Étapes de réalisation', width: 50, value: (c) => c.step },
      { header: 'Calendrier prévisionnel', width: 30, value: (c) => c.planned },
      { header: 'Calendrier réel', width: 34, value: (c) => c.actual },
      { header: 'Statut', width: 14, value: (c) => c.comment },
    ],
    r.calendar,
  );
  addSheet(
    wb,
    'Bénéficiaires',
    [
      { header: 'Action', width: 50, value: (b) => b.label },
      { header: 'Bénéficiaires prévus', type: 'number', width: 20, value: (b) => b.expected },
      { header: 'Bénéficiaires touchés', type: 'number', width: 20, value: (b) => b.actual },
    ],
    r.beneficiaries,
  );
  addSheet(
    wb,
    'Partenaires',
    [
      { header: 'Partenaire', width: 40, value: (p) => p.name },
      { header: 'Actions', width: 70, value: (p) => p.actions },
    ],
    r.partners,
  );
  addSheet(
    wb,
    'Moyens humains',
    [
      { header: 'Fonction', width: 45, value: (s) => s.role },
      { header: 'Nombre', type: 'number', width: 10, value: (s) => s.people },
      { header: 'Nombre d’heures', type: 'number', width: 16, value: (s) => hours(s.minutes) },
      { header: 'Statut (S, B, M, P)', width: 18, value: (s) => s.status },
      { header: 'Étapes de l’intervention', width: 60, value: (s) => s.steps },
      { header: 'Origine', width: 22, value: (s) => (s.computed ? 'Compté par Porte-voix' : 'Saisi') },
    ],
    r.staff,
  );
  const lines: ObjectiveLine[] = r.objectives.flatMap((set) =>
    set.objectives.flatMap((o) =>
      o.indicators.map((i) => ({ owner: set.title, objective: o.label, indicator: i.label, ...i })),
    ),
  );
  addSheet(
    wb,
    'Objectifs et indicateurs',
    [
      { header: 'Projet ou année', width: 30, value: (l) => l.owner },
      { header: 'Objectif opérationnel', width: 40, value: (l) => l.objective },
      { header: 'Indicateur', width: 40, value: (l) => l.indicator },
      { header: 'Résultat attendu', width: 25, value: (l) => l.expected },
      { header: 'Résultat obtenu', width: 25, value: (l) => l.result },
      { header: 'Calcul', width: 35, value: (l) => l.detail },
      { header: 'Commentaire', width: 40, value: (l) => l.comment },
    ],
    lines,
  );
  addSheet(
    wb,
    'Chiffres clés',
    [
      { header: 'Indicateur', width: 36, value: (f) => f.label },
      { header: 'Valeur', width: 22, value: (f) => f.value },
      { header: 'Détail', width: 30, value: (f) => f.detail },
      { header: 'Définition', width: 90, value: (f) => f.definition },
    ],
    r.figures,
  );
  addSheet(
    wb,
    'Textes',
    [
      { header: 'Rubrique', width: 36, value: (s) => s.label },
      { header: 'Texte', width: 120, value: (s) => s.body },
    ],
    r.sections,
  );
  return workbookBuffer(wb);
}

export async function bilanXlsx(ctx: ServiceContext, bilanId: number): Promise<ProducedFile> {
  const report = await bilanReport(ctx, bilanId);
  return producedFile(`${baseName(report)}.xlsx`, XLSX, await bilanWorkbook(report, ctx.now()));
}
