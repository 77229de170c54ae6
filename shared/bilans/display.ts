/**
 * How the bilan says its values: a typed number (« 3 », « 3,8 », « 1 486 »), an « attendu » or a
 * typed « obtenu » (number, text, or « Non déterminé »). Pure: the pages, the PDF and the workbook say them alike.
 */
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: true });

/** 1486 → « 1 486 », 3.8 → « 3,8 ». */
export function formatDecimal(value: number): string {
  return decimal.format(value).replace('-', '−');
}

export const NOT_SET = 'Non déterminé';

/** A number or a text typed by the user; neither is « Non déterminé ». */
export function typedValueText(n: number | null, t: string | null, empty = NOT_SET): string {
  if (n !== null) return formatDecimal(n);
  return t ?? empty;
}
