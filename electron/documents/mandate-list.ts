/**
 * Liste des mandats (for one instance or one person): a landscape table whose header row
 * is repeated on every page, status in colour so expiring mandates stand out.
 */
import { plural } from '../../shared/rules/plural';
import type { Doc } from './pdf-document';
import type { AssociationIdentity, MandateList, MandateStatus } from './types';
import { formatDate } from './format';
import { COLOR, contentBox, text } from './layout';
import { associationName, letterhead, title } from './letterhead';
import { type Cell, type Column, table } from './table';
import { continuationPage, renderRecords } from './pages';

const STATUS: Record<MandateStatus, { label: string; color: string }> = {
  actif: { label: 'Actif', color: COLOR.ok },
  termine: { label: 'Terminé', color: COLOR.muted },
  a_renouveler: { label: 'À renouveler', color: COLOR.warn },
};

function drawList(doc: Doc, association: AssociationIdentity, list: MandateList): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, {
    aside: ['Liste des mandats', `Éditée le ${formatDate(list.generatedOn)}`],
  });
  y = title(doc, list.title, y, list.subtitle);

  const columns: Column[] = [
    { header: 'Représentant', width: 130 },
    { header: 'Instance', width: 150 },
    { header: 'Rôle', width: 65 },
    { header: 'Début', width: 55 },
    { header: 'Fin', width: 55 },
    { header: 'Autorité de désignation', width: width - 130 - 150 - 65 - 55 - 55 - 95 - 68 },
    { header: 'Acte de désignation', width: 95 },
    { header: 'Statut', width: 68 },
  ];
  const rows = list.rows.map((m): Cell[] => [
    { text: m.person, bold: true },
    { text: m.instance },
    { text: m.role },
    { text: formatDate(m.start) },
    { text: m.end ? formatDate(m.end) : '—' },
    { text: m.designatingAuthority ?? '' },
    { text: m.actReference ?? '' },
    { text: STATUS[m.status].label, bold: true, color: STATUS[m.status].color },
  ]);
  if (rows.length === 0) {
    text(doc, 'Aucun mandat à afficher.', x, y, width, { size: 10, color: COLOR.muted });
    return;
  }
  const active = list.rows.filter((r) => r.status === 'actif').length;
  const renew = list.rows.filter((r) => r.status === 'a_renouveler').length;
  y =
    text(
      doc,
      `${plural(list.rows.length, 'mandat', 'mandats')} — ${plural(active, 'actif', 'actifs')}, ${renew} à renouveler`,
      x,
      y - 4,
      width,
      {
        size: 9,
        color: COLOR.muted,
      },
    ) + 6;
  table(doc, {
    columns,
    rows,
    x,
    y,
    size: 8.5,
    newPage: () => continuationPage(doc, `${associationName(association)} — ${list.title}`),
  });
}

export function drawMandateLists(
  doc: Doc,
  association: AssociationIdentity,
  lists: readonly MandateList[],
): void {
  renderRecords(
    doc,
    lists,
    (list) => drawList(doc, association, list),
    (list) => `${list.title} — ${associationName(association)} — éditée le ${formatDate(list.generatedOn)}`,
  );
}
