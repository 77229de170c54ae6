/**
 * Reçu fiscal: a layout reproducing every mention of cerfa n° 11580*05 ("Reçu des dons et
 * versements effectués par les particuliers au titre des articles 200 et 978 du CGI"),
 * with the boxes that apply ticked. One page per receipt.
 */
import type { Doc } from './pdf-document';
import type { AssociationIdentity, GiftForm, PaymentMode, TaxReceipt } from './types';
import { formatDate, formatEuros, postalLines, signatoryTitle } from './format';
import { COLOR, contentBox, line, text } from './layout';
import { identifiersLine, letterhead } from './letterhead';
import {
  type Choice,
  choices,
  type Field,
  fields,
  signatureBlock,
  voidBanner,
  voidWatermark,
} from './blocks';
import { renderRecords } from './pages';

export const CERTIFICATION =
  'Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction ' +
  'd’impôt prévue à l’article 200 du CGI';

const FORMS: Array<[GiftForm | 'sous_seing_prive', string]> = [
  ['acte_authentique', 'Acte authentique'],
  ['sous_seing_prive', 'Acte sous seing privé'],
  ['declaration_don_manuel', 'Déclaration de don manuel'],
  ['autre', 'Autre'],
];

const PAYMENT_MODES: Array<[PaymentMode, string]> = [
  ['especes', 'Remise d’espèces'],
  ['cheque', 'Chèque'],
  ['virement', 'Virement, prélèvement, carte bancaire'],
];

export interface ReceiptBoxes {
  form: Choice[];
  nature: Choice[];
  /** The lines under "Autres", indented. */
  natureOther: Choice[];
  payment: Choice[];
}

/** Which boxes of the cerfa are ticked for this receipt. */
export function receiptBoxes(r: TaxReceipt): ReceiptBoxes {
  const option = (label: string, checked: boolean): Choice => ({ label, checked });
  const form = FORMS.map(([k, label]) =>
    option(
      k === 'autre' && r.form === 'autre' && r.formOther ? `Autre : ${r.formOther}` : label,
      k === r.form,
    ),
  );
  const nature = [
    option('Numéraire', r.nature === 'numeraire'),
    option('Titres de sociétés cotés', r.nature === 'titres'),
    option('Autres :', r.nature === 'frais_benevoles' || r.nature === 'autre'),
  ];
  const natureOther = [
    option(
      'Frais engagés par les bénévoles, dont ils renoncent expressément au remboursement',
      r.nature === 'frais_benevoles',
    ),
    option(
      r.nature === 'autre' && r.natureOther
        ? `Autre : ${r.natureOther}`
        : 'Autre (don en nature, abandon de revenus ou de produits…)',
      r.nature === 'autre',
    ),
  ];
  // An abandon de frais is no payment: the cerfa's payment boxes stay empty.
  const payment = PAYMENT_MODES.map(([k, label]) => option(label, k === r.paymentMode));
  if (r.paymentMode === 'autre') payment.push(option(`Autre : ${r.paymentModeOther ?? ''}`, true));
  return { form, nature, natureOther, payment };
}

/** Band heading a part of the form, as on the cerfa. */
function band(doc: Doc, label: string, y: number): number {
  const { x, width } = contentBox(doc);
  doc.save().rect(x, y, width, 16).fill(COLOR.accent).restore();
  line(doc, label, x + 8, y + 3, width - 16, { font: 'bold', size: 9.5, color: '#ffffff' });
  return y + 16 + 6;
}

function frame(doc: Doc, top: number, bottom: number): void {
  const { x, width } = contentBox(doc);
  doc
    .save()
    .rect(x, top, width, bottom - top)
    .lineWidth(0.8)
    .strokeColor(COLOR.accent)
    .stroke()
    .restore();
}

function drawReceipt(doc: Doc, association: AssociationIdentity, r: TaxReceipt): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  const inner = width - 20;
  const ix = x + 10;

  let y = letterhead(doc, association, { aside: [`Reçu n° ${r.number}`, 'Cerfa n° 11580*05'] });
  y = text(doc, 'Reçu des dons et versements effectués par les particuliers', x, y - 2, width, {
    font: 'bold',
    size: 13.5,
    color: COLOR.accent,
    align: 'center',
  });
  y =
    text(doc, 'au titre des articles 200 et 978 du code général des impôts', x, y + 1, width, {
      size: 9.5,
      color: COLOR.muted,
      align: 'center',
    }) + 10;

  if (r.replacedBy || r.cancelled) {
    y = voidBanner(
      doc,
      r.replacedBy ? `ANNULÉ ET REMPLACÉ PAR LE REÇU N° ${r.replacedBy}` : 'REÇU ANNULÉ',
      y,
    );
  }

  // Bénéficiaire
  let top = y;
  y = band(doc, 'Bénéficiaire des versements', y);
  const beneficiary: Field[] = [
    ['Nom ou dénomination', association.name],
    ['Adresse', postalLines(association).join(', ')],
    ['N° SIREN ou RNA', identifiersLine(association)],
    ['Objet', association.objet],
  ];
  y = fields(doc, beneficiary, ix, y, inner, { labelWidth: 125, size: 9.5, rowGap: 3 }) + 6;
  y = choices(doc, [{ label: association.organismType, checked: true }], ix, y, inner) + 6;
  frame(doc, top, y);
  y += 9;

  // Donateur
  top = y;
  y = band(doc, 'Donateur', y);
  const donor: Field[] = [
    ['Nom et prénoms', r.donor.name],
    ['Adresse', postalLines(r.donor).join(', ')],
  ];
  y = fields(doc, donor, ix, y, inner, { labelWidth: 125, size: 9.5, rowGap: 3 }) + 8;
  frame(doc, top, y);
  y += 9;

  // Le don
  top = y;
  y = band(doc, 'Dons et versements', y);
  y =
    text(
      doc,
      'Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d’impôt, la somme de :',
      ix,
      y,
      inner,
      { size: 9.5 },
    ) + 4;
  const amountBox = 170;
  doc.save().rect(ix, y, amountBox, 24).lineWidth(1).fillAndStroke(COLOR.fill, COLOR.accent).restore();
  line(doc, formatEuros(r.amountCents), ix + 8, y + 5.5, amountBox - 16, {
    font: 'bold',
    size: 13,
    align: 'right',
  });
  y += 32;
  const gift: Field[] = [
    ['Somme en toutes lettres', r.amountInWords],
    [
      r.giftDates.length > 1 ? 'Dates des versements ou des dons' : 'Date du versement ou du don',
      r.giftDates.map(formatDate).join(', '),
    ],
  ];
  y = fields(doc, gift, ix, y, inner, { labelWidth: 165, size: 9.5, rowGap: 3, boldValues: true }) + 9;

  y = text(doc, `${CERTIFICATION}.`, ix, y, inner, { size: 9.5, font: 'bold' }) + 8;

  const boxes = receiptBoxes(r);
  y = text(doc, 'Forme du don :', ix, y, inner, { size: 9.5, font: 'bold' }) + 3;
  y = choices(doc, boxes.form, ix + 10, y, inner - 10) + 6;

  y = text(doc, 'Nature du don :', ix, y, inner, { size: 9.5, font: 'bold' }) + 3;
  y = choices(doc, boxes.nature, ix + 10, y, inner - 10) + 2;
  for (const sub of boxes.natureOther) y = choices(doc, [sub], ix + 30, y, inner - 30) + 2;
  y += 4;

  y =
    text(doc, 'En cas de don en numéraire, mode de versement du don :', ix, y, inner, {
      size: 9.5,
      font: 'bold',
    }) + 3;
  y = choices(doc, boxes.payment, ix + 10, y, inner - 10) + 2;
  if (r.paymentMode === 'abandon_frais') {
    y =
      text(doc, 'Sans objet : abandon de frais par un bénévole, aucun versement.', ix + 10, y, inner - 10, {
        size: 9,
        color: COLOR.muted,
      }) + 2;
  }
  y += 4;
  frame(doc, top, y);
  y += 12;

  const blockWidth = 240;
  signatureBlock(
    doc,
    {
      heading: `Fait à ${association.documentPlace}, le ${formatDate(r.issuedOn)}`,
      lines: [`${r.signatory.name}, ${signatoryTitle(r.signatory)}`],
      hint: 'Date et signature',
      height: 50,
    },
    x + width - blockWidth,
    y,
    blockWidth,
  );
  text(
    doc,
    'Reçu à joindre à la déclaration de revenus ou à conserver pour la déclaration en ligne. ' +
      'La réduction d’impôt sur le revenu est égale à 66 % des sommes versées, dans la limite de 20 % du revenu imposable.',
    x,
    y + 4,
    width - blockWidth - 24,
    { size: 8, color: COLOR.muted },
  );
  if (r.replacedBy || r.cancelled) voidWatermark(doc, 'ANNULÉ');
}

export function drawTaxReceipts(
  doc: Doc,
  association: AssociationIdentity,
  receipts: readonly TaxReceipt[],
): void {
  renderRecords(
    doc,
    receipts,
    (r) => drawReceipt(doc, association, r),
    (r) => `Reçu fiscal n° ${r.number} — ${association.name}`,
  );
}
