/**
 * Rapport d'activité de l'année, for the association's general assembly: the dashboard's figures
 * for a period and a scope (said exactly as the dashboard says them: the caller passes the texts),
 * each family with its charts as vector drawings, then the mandates held by instance and the
 * actions and projects carried. Not to be confused with activity-report.ts, the comptes rendus
 * de mandat of one person or instance.
 */
import type { Doc } from './pdf-document';
import { finish, newDocument } from './pdf-document';
import type { AssociationIdentity } from './types';
import { formatDate } from './format';
import { bottomLimit, COLOR, contentBox, text, textHeight } from './layout';
import { associationName, letterhead, sectionHeading, title } from './letterhead';
import { type Column, table } from './table';
import { continuationPage, renderRecords } from './pages';
import {
  columnChart,
  columnChartHeight,
  horizontalBarChart,
  horizontalBarChartHeight,
  type ChartBar,
  type ChartFormat,
} from './bar-chart';

export interface AnnualChart {
  title: string;
  /** Months as columns, anything else as labelled bars. */
  kind: 'mois' | 'barres';
  format: ChartFormat;
  bars: ChartBar[];
}

export interface AnnualFigure {
  label: string;
  value: string;
  detail: string | null;
  evolution: string;
  chart: AnnualChart | null;
}

export interface AnnualFamily {
  label: string;
  figures: AnnualFigure[];
}

export interface AnnualMandateGroup {
  instance: string;
  organisation: string;
  rows: Array<{ name: string; role: string; from: string; to: string | null }>;
}

export interface AnnualAction {
  title: string;
  kind: string;
  carrier: string;
  dates: string;
  status: string;
  sessions: number;
  people: number;
}

export interface AnnualActivityReport {
  /** « 2025 », « du 01/03/2025 au 30/06/2025 ». */
  periodLabel: string;
  scopeLabel: string;
  /** « Comparé à 2024 ». */
  comparison: string;
  issuedOn: string;
  families: AnnualFamily[];
  mandates: AnnualMandateGroup[];
  /** « 1 200 mandats ; les 1 000 premiers sont listés. », or null when all are. */
  mandatesNote: string | null;
  actions: AnnualAction[];
  actionsNote: string | null;
  /** Mandates are not listed for a project. */
  withMandates: boolean;
}

const CHART_GAP = 14;

function figuresTable(doc: Doc, family: AnnualFamily, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  const columns: Column[] = [
    { header: 'Indicateur', width: width * 0.36 },
    { header: 'Valeur', width: width * 0.26, align: 'right' },
    { header: 'Évolution', width: width * 0.38 },
  ];
  const rows = family.figures.map((f) => [
    f.label,
    { text: f.value, bold: true, detail: f.detail ?? undefined },
    f.evolution,
  ]);
  return table(doc, { columns, rows, x, y, newPage, size: 9 });
}

function drawChart(doc: Doc, chart: AnnualChart, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  const options = { title: chart.title, format: chart.format };
  if (chart.kind === 'mois') {
    if (y + columnChartHeight(doc, chart.bars, width, options) > bottomLimit(doc)) y = newPage();
    return columnChart(doc, chart.bars, x, y, width, options);
  }
  // A short list of bars stays whole on one page; a long one continues on the next.
  const height = horizontalBarChartHeight(doc, chart.bars, width, options);
  if (y + Math.min(height, 120) > bottomLimit(doc)) y = newPage();
  return horizontalBarChart(doc, chart.bars, x, y, width, { ...options, newPage });
}

function drawFamily(doc: Doc, family: AnnualFamily, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  if (y + 80 > bottomLimit(doc)) y = newPage();
  y = sectionHeading(doc, family.label, x, y, width);
  y = figuresTable(doc, family, y, newPage) + CHART_GAP;
  for (const f of family.figures) {
    if (!f.chart || f.chart.bars.length === 0) continue;
    y = drawChart(doc, f.chart, y, newPage) + CHART_GAP;
  }
  return y + 4;
}

function note(doc: Doc, value: string, y: number): number {
  const { x, width } = contentBox(doc);
  return text(doc, value, x, y, width, { size: 9, color: COLOR.muted }) + 8;
}

function drawMandates(doc: Doc, r: AnnualActivityReport, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  if (y + 80 > bottomLimit(doc)) y = newPage();
  y = sectionHeading(doc, 'Mandats détenus', x, y, width);
  if (r.mandates.length === 0) return note(doc, 'Aucun mandat en cours pendant la période.', y);
  const columns: Column[] = [
    { header: 'Représentant', width: width * 0.4 },
    { header: 'Rôle', width: width * 0.24 },
    { header: 'Début', width: width * 0.18 },
    { header: 'Fin', width: width * 0.18 },
  ];
  for (const group of r.mandates) {
    const heading = `${group.instance} — ${group.organisation}`;
    if (y + textHeight(doc, heading, width, { font: 'bold', size: 10 }) + 50 > bottomLimit(doc))
      y = newPage();
    y = text(doc, heading, x, y, width, { font: 'bold', size: 10 }) + 3;
    const rows = group.rows.map((m) => [m.name, m.role, formatDate(m.from), formatDate(m.to)]);
    y = table(doc, { columns, rows, x, y, newPage, size: 8.5 }) + 10;
  }
  return r.mandatesNote ? note(doc, r.mandatesNote, y) : y;
}

function drawActions(doc: Doc, r: AnnualActivityReport, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  if (y + 80 > bottomLimit(doc)) y = newPage();
  y = sectionHeading(doc, 'Actions et projets portés', x, y, width);
  if (r.actions.length === 0) return note(doc, 'Aucune action ni aucun projet pendant la période.', y);
  const columns: Column[] = [
    { header: 'Action ou projet', width: width * 0.32 },
    { header: 'Porteur', width: width * 0.2 },
    { header: 'Dates', width: width * 0.2 },
    { header: 'Séances', width: width * 0.13, align: 'right' },
    { header: 'Participants', width: width * 0.15, align: 'right' },
  ];
  const rows = r.actions.map((a) => [
    { text: a.title, detail: `${a.kind} · ${a.status}` },
    a.carrier,
    a.dates,
    String(a.sessions),
    String(a.people),
  ]);
  y = table(doc, { columns, rows, x, y, newPage, size: 8.5 }) + 8;
  return r.actionsNote ? note(doc, r.actionsNote, y) : y;
}

function drawReport(doc: Doc, association: AssociationIdentity, r: AnnualActivityReport): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, { aside: [r.periodLabel, `Édité le ${formatDate(r.issuedOn)}`] });
  y = title(doc, `RAPPORT D’ACTIVITÉ ${r.periodLabel.toUpperCase()}`, y + 2, 'Pour l’assemblée générale');
  y = text(doc, r.scopeLabel, x, y, width, { font: 'bold', size: 12 });
  y =
    text(
      doc,
      `${r.comparison}. Chaque chiffre est calculé comme sur le tableau de bord de Porte-voix, avec la même définition.`,
      x,
      y + 4,
      width,
      { size: 9.5, color: COLOR.muted },
    ) + 14;
  const newPage = () => continuationPage(doc, `Rapport d’activité ${r.periodLabel} — ${r.scopeLabel}`);
  for (const family of r.families) y = drawFamily(doc, family, y, newPage);
  if (r.withMandates) y = drawMandates(doc, r, y, newPage);
  drawActions(doc, r, y, newPage);
}

export function renderAnnualActivityReport(
  association: AssociationIdentity,
  r: AnnualActivityReport,
): Buffer {
  const name = `Rapport d’activité ${r.periodLabel} — ${r.scopeLabel}`;
  const doc = newDocument({ title: name, author: associationName(association), bufferPages: true });
  renderRecords(
    doc,
    [r],
    (report) => drawReport(doc, association, report),
    () => `${name} — ${associationName(association)}`,
  );
  return finish(doc);
}
