/**
 * Inputs of the claims domain, validated by the same schemas in the forms and at the IPC
 * boundary. Distances in tenths of km, money in cents, rates in thousandths of a euro per km.
 */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';

export const lineKinds = [
  'kilometrique',
  'transport',
  'taxi',
  'parking',
  'peage',
  'repas',
  'hebergement',
  'autre',
] as const;
export type LineKind = (typeof lineKinds)[number];
/** Kinds stored on lines: the user's kinds plus the year-end régularisation the app proposes. */
export type StoredLineKind = LineKind | 'regularisation';

export const lineKindLabels: Record<StoredLineKind, string> = {
  kilometrique: 'Indemnités kilométriques',
  transport: 'Train, car, avion',
  taxi: 'Taxi',
  parking: 'Parking',
  peage: 'Péage',
  repas: 'Repas',
  hebergement: 'Hébergement',
  autre: 'Autre',
  regularisation: 'Régularisation annuelle',
};

export const transportModes = ['train', 'car', 'avion'] as const;
export type TransportMode = (typeof transportModes)[number];
export const transportModeLabels: Record<TransportMode, string> = {
  train: 'Train',
  car: 'Car',
  avion: 'Avion',
};

export const claimStatuses = [
  'brouillon',
  'soumise',
  'validee',
  'payee',
  'refusee',
  'abandonnee',
  'annulee',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export const claimStatusLabels: Record<ClaimStatus, string> = {
  brouillon: 'Brouillon',
  soumise: 'Soumise',
  validee: 'Validée',
  payee: 'Payée',
  refusee: 'Refusée',
  abandonnee: 'Abandonnée (don)',
  annulee: 'Annulée',
};

export const paymentMethods = ['virement', 'cheque', 'especes'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const paymentMethodLabels: Record<PaymentMethod, string> = {
  virement: 'Virement',
  cheque: 'Chèque',
  especes: 'Espèces',
};

const cents = (message: string) =>
  z
    .number({ message })
    .int('Montant en centimes entiers')
    .min(1, message)
    .max(10_000_000, 'Montant improbable (100 000 € au plus)');

export const claimLineInput = z
  .strictObject({
    id: id.optional(),
    kind: z.enum(lineKinds, { message: 'Choisissez la nature de la dépense' }),
    transportMode: z
      .enum(transportModes)
      .nullish()
      .transform((v) => v ?? null),
    date: isoDate,
    purpose: requiredText(300, 'Indiquez l’objet du déplacement ou de la dépense'),
    meetingId: id.nullish().transform((v) => v ?? null),
    fromPlace: optionalText(200),
    toPlace: optionalText(200),
    distanceTenthKm: z
      .number({ message: 'Indiquez la distance' })
      .int('Distance au dixième de kilomètre')
      .min(1, 'La distance doit être positive')
      .max(1_000_000, 'Distance improbable (100 000 km au plus par ligne)')
      .nullish()
      .transform((v) => v ?? null),
    roundTrip: z.boolean().default(false),
    vehicleId: id.nullish().transform((v) => v ?? null),
    expenseCents: cents('Indiquez le montant payé')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((line, ctx) => {
    if (line.kind === 'kilometrique') {
      if (!line.fromPlace)
        ctx.addIssue({ code: 'custom', path: ['fromPlace'], message: 'Indiquez le lieu de départ' });
      if (!line.toPlace)
        ctx.addIssue({ code: 'custom', path: ['toPlace'], message: 'Indiquez la destination' });
      if (line.distanceTenthKm === null)
        ctx.addIssue({ code: 'custom', path: ['distanceTenthKm'], message: 'Indiquez la distance en km' });
      if (line.vehicleId === null)
        ctx.addIssue({ code: 'custom', path: ['vehicleId'], message: 'Choisissez le véhicule utilisé' });
    } else {
      if (line.expenseCents === null)
        ctx.addIssue({ code: 'custom', path: ['expenseCents'], message: 'Indiquez le montant payé' });
      if (line.kind === 'transport' && line.transportMode === null)
        ctx.addIssue({ code: 'custom', path: ['transportMode'], message: 'Choisissez train, car ou avion' });
    }
  });
export type ClaimLineInput = z.input<typeof claimLineInput>;
export type ClaimLineData = z.output<typeof claimLineInput>;

export const claimInput = z.strictObject({
  representativeId: id,
  title: optionalText(200),
  notes: optionalText(2000),
  lines: z.array(claimLineInput).max(200, '200 lignes au plus par note'),
});
export type ClaimInput = z.input<typeof claimInput>;
export type ClaimData = z.output<typeof claimInput>;

export const claimListQuery = z.strictObject({
  search: z.string().max(200).default(''),
  /** a_payer: validated and not already in a SEPA batch à transmettre. */
  status: z.enum([...claimStatuses, 'tous', 'a_traiter', 'a_payer']).default('tous'),
  year: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  representativeId: id.nullish().transform((v) => v ?? null),
  sort: z.enum(['numero', 'personne', 'date', 'montant', 'statut']).default('date'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type ClaimListQuery = z.input<typeof claimListQuery>;

export const reasonInput = z.strictObject({ id, reason: requiredText(500, 'Indiquez le motif') }).strict();

/** A renunciation records a signature already given: its date cannot be after today. */
export const renunciationDateLabel = 'La date de signature de la renonciation';

export const renounceInput = z
  .strictObject({
    id,
    signedOn: isoDate,
  })
  .strict();

export const markPaidInput = z
  .strictObject({
    ids: z.array(id).min(1, 'Choisissez au moins une note').max(5000),
    paidOn: isoDate,
    method: z.enum(paymentMethods, { message: 'Choisissez le mode de paiement' }),
    reference: optionalText(100),
  })
  .strict();

export const attendanceProposalQuery = z.strictObject({ representativeId: id }).strict();

export const fromAttendanceInput = z
  .strictObject({
    representativeId: id,
    title: optionalText(200),
    lines: z
      .array(
        z.strictObject({
          meetingId: id,
          fromPlace: requiredText(200, 'Indiquez le lieu de départ'),
          toPlace: requiredText(200, 'Indiquez la destination'),
          distanceTenthKm: z
            .number({ message: 'Indiquez la distance' })
            .int('Distance au dixième de kilomètre')
            .min(1, 'La distance doit être positive')
            .max(1_000_000, 'Distance improbable (100 000 km au plus par ligne)'),
          roundTrip: z.boolean().default(true),
          vehicleId: id,
        }),
      )
      .min(1, 'Choisissez au moins une réunion'),
  })
  .strict();

export const regularisationInput = z
  .strictObject({
    representativeId: id,
    year: z.number().int().min(2000).max(2100),
    /** As given by the proposal: "v:<vehicle id>" or "s:<kind>:<CV>:<electric>:<plate>". */
    vehicleKey: z
      .string()
      .max(200)
      .regex(/^(v:\d+|s:(voiture|moto|cyclomoteur):\d+:[01]:.*)$/, 'Véhicule inconnu'),
  })
  .strict();

export const attachReceiptInput = z
  .strictObject({
    lineId: id,
    fileName: z.string().min(1).max(200),
    dataBase64: z.string().min(1, 'Fichier vide').max(15_000_000, 'Le fichier dépasse 10 Mo'),
  })
  .strict();

export const receiptRefInput = z
  .strictObject({ lineId: id, hash: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

export const sepaInput = z
  .strictObject({
    claimIds: z.array(id).min(1, 'Choisissez au moins une note validée').max(20_000),
    executionDate: isoDate,
  })
  .strict();

export const yearInput = z.strictObject({ year: z.number().int().min(2000).max(2100) }).strict();

export const issueReceiptInput = z
  .strictObject({
    representativeId: id.optional(),
    claimId: id.optional(),
    year: z.number().int().min(2000).max(2100),
  })
  .strict();

export const cancelReceiptInput = z
  .strictObject({
    id,
    reason: requiredText(500, 'Indiquez le motif de l’annulation'),
    reissue: z.boolean().default(true),
  })
  .strict();
