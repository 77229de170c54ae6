/**
 * Which receipt a claim line still lacks, said in words, for the claim page (before anything is
 * submitted) and for the main process's refusal alike: the rule and its wording live here only.
 * Whether a kind requires a receipt is the year's policy (Paramètres › Frais); this says what to join.
 */
import {
  lineKindLabels,
  transportModeLabels,
  type StoredLineKind,
  type TransportMode,
} from '../claims/schemas';

export interface ReceiptCheckLine {
  kind: StoredLineKind;
  transportMode: TransportMode | null;
  date: string;
  /** The year's policy requires a receipt for this kind of expense. */
  receiptRequired: boolean;
  receiptCount: number;
}

const transportReceipts: Record<TransportMode, string> = {
  train: 'le billet de train',
  car: 'le billet de car',
  avion: 'le billet d’avion ou la carte d’embarquement',
};

const kindReceipts: Record<Exclude<StoredLineKind, 'transport'>, string> = {
  kilometrique: 'un justificatif du déplacement (convocation ou feuille de présence)',
  taxi: 'la facture du taxi',
  parking: 'le ticket de parking',
  peage: 'le ticket de péage',
  repas: 'la note du restaurant',
  hebergement: 'la facture de l’hôtel',
  autre: 'la facture ou le ticket de caisse',
  regularisation: 'le justificatif',
};

/** « le billet de train », « le ticket de parking »… */
export function expectedReceipt(line: Pick<ReceiptCheckLine, 'kind' | 'transportMode'>): string {
  if (line.kind === 'transport') return transportReceipts[line.transportMode ?? 'train'];
  return kindReceipts[line.kind];
}

export const isReceiptMissing = (line: ReceiptCheckLine): boolean =>
  line.receiptRequired && line.receiptCount === 0 && line.kind !== 'regularisation';

/** Shown on the line: « Justificatif manquant : joignez le billet de train ». */
export const missingReceiptText = (line: Pick<ReceiptCheckLine, 'kind' | 'transportMode'>): string =>
  `Justificatif manquant\u00a0: joignez ${expectedReceipt(line)}`;

const frDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function lineName(line: ReceiptCheckLine, index: number): string {
  const nature =
    line.kind === 'transport' && line.transportMode
      ? transportModeLabels[line.transportMode]
      : lineKindLabels[line.kind];
  return `ligne ${index + 1} (${nature.toLowerCase()} du ${frDate(line.date)})`;
}

/**
 * Every line lacking its receipt, named in words, or null when nothing is missing:
 * « Justificatif manquant à la ligne 2 (train du 10/01/2026)\u00a0: joignez le billet de train. »
 */
export function missingReceiptsSentence(lines: readonly ReceiptCheckLine[]): string | null {
  const missing = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => isReceiptMissing(line))
    .map(({ line, index }) => `${lineName(line, index)}\u00a0: joignez ${expectedReceipt(line)}`);
  if (missing.length === 0) return null;
  if (missing.length === 1) return `Justificatif manquant à la ${missing[0]}.`;
  return `${missing.length} justificatifs manquants\u00a0: ${missing.join('\u00a0; ')}.`;
}
