/**
 * Bilan d'action for a funder, in the order of the ARS form (seed 002): identification and grant,
 * evaluation method, the action's evaluation (progress, calendar planned vs actual, modalities,
 * beneficiaries planned vs reached, territory, objectives and indicators, partners, human and
 * material means, communication), the dashboard's key figures, synthesis, financial report, and
 * the signatures « certifié exact ». A table of contents with page numbers on the first page:
 * the pages are buffered, the headings' pages noted while drawing, the contents written last.
 */
import type { Doc } from './pdf-document';
import { finish, newDocument } from './pdf-document';
import type { AssociationIdentity } from './types';
import { formatDate, formatDuration, formatEuros, formatNumber } from './format';
import { bottomLimit, COLOR, contentBox, flowText, line, text } from './layout';
import { associationName, letterhead, sectionHeading, title } from './letterhead';
import { type CellValue, type Column, table } from './table';
import { continuationPage, renderRecords } from './pages';
import { fields, signatureBlock, signatureBlockHeight, type SignatureBlock } from './blocks';
import {
  type ChartBar,
  columnChart,
  columnChartHeight,
  horizontalBarChart,
  horizontalBarChartHeight,
} from './bar-chart';
import { officeTitle } from '../../shared/rules/agreement';

export interface BilanStaffRow {
  role: string;
  people: number;
  minutes: number;
  /** The form's letter: S, B, M, P. */
  status: string;
  statusLabel: string;
  steps: string;
  /** Counted by Porte-voix (not typed). */
  computed: boolean;
}

export interface BilanReport {
  association: AssociationIdentity;
  issuedOn: string;
  funding: {
    funder: string;
    title: string;
    agreementRef: string | null;
    amountCents: number;
    periodLabel: string;
    statusLabel: string;
  };
  /** The dashboard's name of the period: « 2026 », « du 01/03/2026 au 30/06/2026 ». */
  periodLabel: string;
  periodText: string;
  scopeLabel: string;
  themes: string[];
  projects: Array<{ title: string; dates: string; status: string }>;
  calendar: Array<{ step: string; planned: string; actual: string; comment: string }>;
  beneficiaries: Array<{ label: string; expected: number | null; actual: number | null }>;
  partners: Array<{ name: string; actions: string }>;
  staff: BilanStaffRow[];
  objectives: Array<{
    title: string;
    note: string | null;
    objectives: Array<{
      label: string;
      indicators: Array<{
        label: string;
        expected: string;
        result: string;
        detail: string | null;
        comment: string;
      }>;
    }>;
  }>;
  figures: Array<{ id: string; label: string; value: string; detail: string | null; definition: string }>;
  charts: { meetingsByMonth: ChartBar[]; hoursByStatus: ChartBar[]; beneficiaries: ChartBar[] };
  sections: Array<{ key: string; label: string; body: string }>;
}

interface Heading {
  number: string;
  label: string;
  level: 1 | 2;
  page: number;
}

/** The headings of the contents, in order; their pages are noted as they are drawn. */
const OUTLINE: ReadonlyArray<[number: string, label: string, level: 1 | 2]> = [
  ['1', 'Identification et financement', 1],
  ['2', 'Modalités de réalisation de l’évaluation', 1],
  ['3', 'Évaluation de l’action', 1],
  ['3.1', 'État d’avancement', 2],
  ['3.2', 'Calendrier de réalisation', 2],
  ['3.3', 'Modalités d’intervention', 2],
  ['3.4', 'Public et bénéficiaires', 2],
  ['3.5', 'Territoire et milieu d’intervention', 2],
  ['3.6', 'Objectifs et indicateurs', 2],
  ['3.7', 'Partenariat', 2],
  ['3.8', 'Moyens mis en œuvre', 2],
  ['3.9', 'Moyens de valorisation', 2],
  ['4', 'Chiffres clés de la période', 1],
  ['5', 'Synthèse de l’évaluation', 1],
  ['6', 'Bilan financier', 1],
  ['7', 'Signatures', 1],
];

const CONTENTS_LINE = 14;
const EMPTY = 'Non renseigné.';

class Writer {
  y = 0;
  readonly headings: Heading[] = [];
  readonly x: number;
  readonly width: number;
  constructor(
    readonly doc: Doc,
    readonly running: string,
    readonly firstPage: number,
  ) {
    ({ x: this.x, width: this.width } = contentBox(doc));
  }
  newPage = (): number => {
    this.y = continuationPage(this.doc, this.running);
    return this.y;
  };
  /** Room for `height` below the cursor, or a new page. */
  need(height: number): void {
    if (this.y + height > bottomLimit(this.doc)) this.newPage();
  }
  page(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1 - this.firstPage + 1;
  }
  heading(number: string): void {
    const entry = OUTLINE.find((o) => o[0] === number);
    if (!entry) throw new Error(`Titre inconnu : ${number}`);
    const [, label, level] = entry;
    const value = `${number}. ${label}`;
    if (level === 1) {
      this.need(70);
      this.y = sectionHeading(this.doc, value, this.x, this.y + 6, this.width) + 2;
    } else {
      this.need(50);
      this.y =
        text(this.doc, value, this.x, this.y + 4, this.width, { font: 'bold', size: 10, color: COLOR.ink }) +
        4;
    }
    this.headings.push({ number, label, level, page: this.page() });
  }
  paragraph(value: string, muted = false): void {
    const body = value.trim() === '' ? EMPTY : value;
    this.need(30);
    this.y =
      flowText(
        this.doc,
        body,
        this.x,
        this.y,
        this.width,
        { size: 9.5, color: muted || value.trim() === '' ? COLOR.muted : COLOR.ink },
        this.newPage,
      ) + 8;
  }
  label(value: string): void {
    this.need(30);
    this.y =
      text(this.doc, value, this.x, this.y, this.width, { font: 'bold', size: 9, color: COLOR.muted }) + 2;
  }
  table(columns: Column[], rows: CellValue[][], footerRows?: CellValue[][]): void {
    this.need(40);
    this.y =
      table(this.doc, { columns, rows, x: this.x, y: this.y, newPage: this.newPage, size: 8.5, footerRows }) +
      10;
  }
  chart(height: number, draw: (y: number) => number): void {
    this.need(height + 6);
    this.y = draw(this.y) + 12;
  }
}

const section = (r: BilanReport, key: string): string => r.sections.find((s) => s.key === key)?.body ?? '';
const count = (n: number | null) => (n === null ? 'Non déterminé' : formatNumber(n));

function identification(w: Writer, r: BilanReport): void {
  w.heading('1');
  w.y =
    fields(
      w.doc,
      [
        ['Structure', associationName(r.association)],
        [
          'Adresse',
          [r.association.addressLine, `${r.association.postalCode} ${r.association.city}`.trim()]
            .filter(Boolean)
            .join(', '),
        ],
        ['Intitulé de l’action', r.funding.title],
        ['Période du bilan', r.periodText],
        ['Financeur', r.funding.funder],
        ['Montant de la subvention', formatEuros(r.funding.amountCents)],
        ['Référence convention', r.funding.agreementRef ?? ''],
        ['Période financée', r.funding.periodLabel],
        ['Statut du financement', r.funding.statusLabel],
        ['Projets financés', r.projects.map((p) => p.title).join(' ; ') || 'Aucun projet rattaché'],
        ['Thématiques', r.themes.join(' ; ')],
        ['Périmètre des chiffres', r.scopeLabel],
      ],
      w.x,
      w.y,
      w.width,
      { labelWidth: 150, size: 9.5, rowGap: 4 },
    ) + 12;
}

function calendarAndProgress(w: Writer, r: BilanReport): void {
  w.heading('3');
  w.heading('3.1');
  if (r.projects.length > 0)
    w.table(
      [
        { header: 'Projet', width: w.width - 240 },
        { header: 'Dates', width: 160 },
        { header: 'Statut', width: 80 },
      ],
      r.projects.map((p) => [p.title, p.dates, p.status]),
    );
  w.paragraph(section(r, 'avancement'));
  w.heading('3.2');
  if (r.calendar.length === 0) w.paragraph('Aucune action rattachée aux projets financés.', true);
  else
    w.table(
      [
        { header: 'Étapes de réalisation', width: w.width - 330 },
        { header: 'Calendrier prévisionnel', width: 120 },
        { header: 'Calendrier réel (séances)', width: 130 },
        { header: 'Statut', width: 80 },
      ],
      r.calendar.map((c) => [c.step, c.planned, c.actual, c.comment]),
    );
}

function beneficiaries(w: Writer, r: BilanReport): void {
  w.heading('3.4');
  if (r.beneficiaries.length === 0) w.paragraph('Aucun nombre de bénéficiaires saisi sur les actions.', true);
  else {
    const sum = (key: 'expected' | 'actual') =>
      r.beneficiaries.some((b) => b[key] !== null)
        ? r.beneficiaries.reduce((s, b) => s + (b[key] ?? 0), 0)
        : null;
    w.table(
      [
        { header: 'Action', width: w.width - 200 },
        { header: 'Bénéficiaires prévus', width: 100, align: 'right' },
        { header: 'Bénéficiaires touchés', width: 100, align: 'right' },
      ],
      r.beneficiaries.map((b) => [b.label, count(b.expected), count(b.actual)]),
      [['Total', count(sum('expected')), count(sum('actual'))]],
    );
    if (r.charts.beneficiaries.length > 0) {
      const options = { title: 'Bénéficiaires touchés par action' };
      w.chart(horizontalBarChartHeight(w.doc, r.charts.beneficiaries, w.width, options), (y) =>
        horizontalBarChart(w.doc, r.charts.beneficiaries, w.x, y, w.width, {
          ...options,
          newPage: w.newPage,
        }),
      );
    }
  }
  w.paragraph(section(r, 'public'));
}

function objectives(w: Writer, r: BilanReport): void {
  w.heading('3.6');
  if (r.objectives.length === 0)
    w.paragraph('Aucun objectif défini pour les projets financés ni pour l’année.', true);
  for (const set of r.objectives) {
    w.label(set.title);
    if (set.note) w.paragraph(set.note, true);
    const rows: CellValue[][] = [];
    for (const o of set.objectives) {
      if (o.indicators.length === 0) rows.push([{ text: o.label, bold: true }, 'Aucun indicateur', '', '']);
      o.indicators.forEach((i, index) =>
        rows.push([
          index === 0 ? { text: o.label, bold: true } : '',
          { text: `${index + 1}- ${i.label}`, detail: i.comment || undefined },
          i.expected,
          { text: i.result, detail: i.detail ?? undefined },
        ]),
      );
    }
    w.table(
      [
        { header: 'Objectifs opérationnels', width: 130 },
        { header: 'Indicateurs retenus', width: w.width - 370 },
        { header: 'Résultats attendus', width: 115 },
        { header: 'Résultats obtenus', width: 125 },
      ],
      rows,
    );
  }
  w.paragraph(section(r, 'resultats'));
}

function partners(w: Writer, r: BilanReport): void {
  w.heading('3.7');
  if (r.partners.length === 0) w.paragraph('Aucun partenaire saisi sur les actions.', true);
  else
    w.table(
      [
        { header: 'Partenaire', width: 180 },
        { header: 'Actions où il intervient', width: w.width - 180 },
      ],
      r.partners.map((p) => [p.name, p.actions]),
    );
  w.paragraph(section(r, 'partenariat'));
}

function means(w: Writer, r: BilanReport): void {
  w.heading('3.8');
  w.label('Moyens humains (S = salarié, B = bénévole, M = mis à disposition, P = prestataire)');
  const totalMinutes = r.staff.reduce((s, l) => s + l.minutes, 0);
  w.table(
    [
      { header: 'Fonction', width: 150 },
      { header: 'Nombre', width: 50, align: 'right' },
      { header: 'Nombre d’heures', width: 75, align: 'right' },
      { header: 'Statut', width: 45, align: 'center' },
      { header: 'Étapes de l’intervention', width: w.width - 320 },
    ],
    r.staff.map((s) => [
      { text: s.role, detail: s.computed ? 'compté par Porte-voix' : undefined },
      formatNumber(s.people),
      formatDuration(s.minutes),
      s.status,
      s.steps,
    ]),
    [['Total', '', formatDuration(totalMinutes), '', '']],
  );
  const options = { title: 'Heures par statut', format: 'duree' as const };
  w.chart(horizontalBarChartHeight(w.doc, r.charts.hoursByStatus, w.width, options), (y) =>
    horizontalBarChart(w.doc, r.charts.hoursByStatus, w.x, y, w.width, { ...options, newPage: w.newPage }),
  );
  w.label('Moyens matériels');
  w.paragraph(section(r, 'moyens'));
}

function keyFigures(w: Writer, r: BilanReport): void {
  w.heading('4');
  w.paragraph(
    `Chiffres du tableau de bord de Porte-voix pour la période ${r.periodLabel}, périmètre : ${r.scopeLabel}. Chaque chiffre a la définition du tableau de bord.`,
    true,
  );
  w.table(
    [
      { header: 'Indicateur', width: w.width - 160 },
      { header: 'Valeur', width: 160, align: 'right' },
    ],
    r.figures.map((f) => [
      { text: f.label, detail: f.definition },
      { text: f.value, bold: true, detail: f.detail ?? undefined },
    ]),
  );
  const options = { title: 'Réunions tenues par mois' };
  w.chart(columnChartHeight(w.doc, r.charts.meetingsByMonth, w.width, options), (y) =>
    columnChart(w.doc, r.charts.meetingsByMonth, w.x, y, w.width, options),
  );
}

function signatures(w: Writer, r: BilanReport): void {
  w.heading('7');
  const a = r.association;
  const place = a.documentPlace
    ? `Fait à ${a.documentPlace}, le ${formatDate(r.issuedOn)}`
    : `Le ${formatDate(r.issuedOn)}`;
  const half = (w.width - 24) / 2;
  const block = (
    office: 'president' | 'treasurer',
    name: string,
    civility: string | null | undefined,
  ): SignatureBlock => ({
    // The office agrees with its holder: « Signature de la présidente », « … du trésorier ».
    heading: `Signature — ${officeTitle(office, civility)}`,
    lines: [name.trim() || ' ', 'Précédée de la mention « certifié exact »'],
    hint: 'Certifié exact — signature',
  });
  const president = block('president', a.president, a.presidentCivility);
  const treasurer = block('treasurer', a.treasurer, a.treasurerCivility);
  w.need(
    Math.max(signatureBlockHeight(w.doc, president, half), signatureBlockHeight(w.doc, treasurer, half)) + 30,
  );
  w.y = text(w.doc, place, w.x, w.y, w.width, { size: 9.5 }) + 10;
  const left = signatureBlock(w.doc, president, w.x, w.y, half);
  const right = signatureBlock(w.doc, treasurer, w.x + half + 24, w.y, half);
  w.y = Math.max(left, right) + 10;
}

/** Reserves the contents on the first page; filled once every heading's page is known. */
function contentsHeight(): number {
  return 24 + OUTLINE.length * CONTENTS_LINE;
}

function drawContents(doc: Doc, headings: readonly Heading[], y: number, pageIndex: number): void {
  doc.switchToPage(pageIndex);
  const { x, width } = contentBox(doc);
  let cursor = sectionHeading(doc, 'Sommaire', x, y, width);
  for (const h of headings) {
    const indent = h.level === 1 ? 0 : 16;
    const label = `${h.number}. ${h.label}`;
    line(doc, label, x + indent, cursor, width - indent - 40, {
      size: h.level === 1 ? 9.5 : 9,
      font: h.level === 1 ? 'bold' : 'regular',
    });
    line(doc, String(h.page), x + width - 36, cursor, 36, { size: 9.5, align: 'right' });
    cursor += CONTENTS_LINE;
  }
}

function drawBilan(doc: Doc, r: BilanReport): void {
  const firstPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
  doc.addPage();
  const running = `Bilan d’action — ${r.funding.title}`;
  const w = new Writer(doc, running, firstPage);
  w.y = letterhead(doc, r.association, {
    aside: ['Bilan d’action', r.periodText, `Édité le ${formatDate(r.issuedOn)}`],
  });
  w.y = title(doc, 'BILAN D’ACTION', w.y + 2, `${r.funding.title} — ${r.funding.funder}`);
  identification(w, r);
  const contentsY = w.y;
  w.y += contentsHeight();
  w.newPage();
  w.heading('2');
  w.paragraph(section(r, 'evaluation'));
  calendarAndProgress(w, r);
  w.heading('3.3');
  w.paragraph(section(r, 'modalites'));
  beneficiaries(w, r);
  w.heading('3.5');
  w.paragraph(section(r, 'territoire'));
  objectives(w, r);
  partners(w, r);
  means(w, r);
  w.heading('3.9');
  w.paragraph(section(r, 'valorisation'));
  keyFigures(w, r);
  w.heading('5');
  for (const [key, label] of [
    ['impacts', 'Impacts'],
    ['pointsForts', 'Points forts'],
    ['difficultes', 'Difficultés rencontrées'],
    ['perspectives', 'Points à améliorer et perspectives'],
  ] as const) {
    w.label(label);
    w.paragraph(section(r, key));
  }
  w.heading('6');
  const money = (id: string) => r.figures.find((f) => f.id === id);
  w.table(
    [
      { header: 'Poste', width: w.width - 160 },
      { header: 'Montant', width: 160, align: 'right' },
    ],
    [
      [
        `Subvention (${r.funding.funder}, ${r.funding.statusLabel.toLowerCase()})`,
        formatEuros(r.funding.amountCents),
      ],
      ...['claimsPaid', 'claimsRenounced', 'taxReceipts'].flatMap((id) => {
        const f = money(id);
        return f ? [[{ text: f.label, detail: f.detail ?? undefined }, f.value]] : [];
      }),
    ],
  );
  w.paragraph(section(r, 'financier'));
  signatures(w, r);
  drawContents(doc, w.headings, contentsY, firstPage);
  // Back to the last page, so that the footer pass numbers every page of the bilan.
  const range = doc.bufferedPageRange();
  doc.switchToPage(range.start + range.count - 1);
}

export function renderActionBilan(r: BilanReport): Buffer {
  const doc = newDocument({
    title: `Bilan d’action — ${r.funding.title}`,
    author: associationName(r.association),
    subject: `Bilan d’action ${r.periodText} — ${r.funding.funder}`,
    bufferPages: true,
  });
  renderRecords(
    doc,
    [r],
    (item) => drawBilan(doc, item),
    (item) => `Bilan d’action — ${item.funding.title} — ${associationName(item.association)}`,
  );
  return finish(doc);
}
