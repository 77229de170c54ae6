/**
 * Inputs of the meetings domain: meetings and series, attendance grid, attestations and documents.
 * The same schemas check the forms and the IPC boundary.
 */
import { z } from 'zod';
import { addDays, addMonths } from '../rules/dates';
import { id, isoDate, optionalText, requiredText } from '../fields';

export const meetingModes = ['sur_place', 'distance'] as const;
export type MeetingMode = (typeof meetingModes)[number];
export const meetingModeLabels: Record<MeetingMode, string> = {
  sur_place: 'Sur place',
  distance: 'Visioconférence',
};

export const attendanceStatuses = ['present', 'distance', 'excuse', 'absent', 'remplace'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
/** Said in the person's gender by attendanceStatusLabel (shared/rules/agreement.ts). */
/** How a person took part: a participant, or the one who led the session. */
export const attendanceRoles = ['participant', 'animateur'] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];
/** Said in the person's gender by attendanceRoleLabel (shared/rules/agreement.ts) when a person is named. */
export const attendanceRoleLabels: Record<AttendanceRole, string> = {
  participant: 'Participant',
  animateur: 'Animateur / intervenant',
};

/** Statuses that mean the person sat in the meeting (and may receive an attestation). */
export const presentStatuses: readonly AttendanceStatus[] = ['present', 'distance'];

export const seriesFrequencies = [
  'hebdomadaire',
  'mensuelle',
  'bimestrielle',
  'trimestrielle',
  'semestrielle',
] as const;
export type SeriesFrequency = (typeof seriesFrequencies)[number];
export const seriesFrequencyLabels: Record<SeriesFrequency, string> = {
  hebdomadaire: 'Chaque semaine',
  mensuelle: 'Chaque mois',
  bimestrielle: 'Tous les deux mois',
  trimestrielle: 'Chaque trimestre',
  semestrielle: 'Chaque semestre',
};

export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure invalide (HH:MM)');

export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

const meetingFields = {
  instanceId: id,
  startTime: timeOfDay,
  endTime: timeOfDay,
  mode: z.enum(meetingModes, { message: 'Choisissez sur place ou visioconférence' }),
  place: optionalText(200),
  title: optionalText(200),
  agenda: optionalText(5000),
  minutesReference: optionalText(100),
  notes: optionalText(5000),
};

function checkTimes(value: { startTime: string; endTime: string }, ctx: z.RefinementCtx): void {
  if (minutesOf(value.endTime) <= minutesOf(value.startTime)) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'La fin doit être après le début' });
  }
}

export const meetingInput = z.strictObject({ ...meetingFields, date: isoDate }).superRefine(checkTimes);
export type MeetingInput = z.input<typeof meetingInput>;
export type MeetingData = z.output<typeof meetingInput>;

export const meetingSeriesInput = z
  .strictObject({
    ...meetingFields,
    dates: z
      .array(isoDate)
      .min(1, 'Indiquez au moins une date')
      .max(60, '60 réunions au plus par série')
      .refine((dates) => new Set(dates).size === dates.length, 'La même date figure deux fois'),
  })
  .superRefine(checkTimes);
export type MeetingSeriesInput = z.input<typeof meetingSeriesInput>;
export type MeetingSeriesData = z.output<typeof meetingSeriesInput>;

export const meetingUpdateInput = z.strictObject({ id, data: meetingInput }).strict();

export const meetingCancelInput = z
  .strictObject({
    id,
    reason: requiredText(300, 'Indiquez le motif de l’annulation'),
    /** Issued attestations stay valid unless the user asks to void them. */
    voidAttestations: z.boolean().default(false),
  })
  .strict();

export const meetingListQuery = z.strictObject({
  search: z.string().max(200).default(''),
  instanceId: id.nullish(),
  period: z.enum(['a_venir', 'passees', 'toutes']).default('toutes'),
  year: z.number().int().min(2000).max(2100).nullish(),
  includeCancelled: z.boolean().default(true),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type MeetingListQuery = z.input<typeof meetingListQuery>;

export const attendanceRowInput = z
  .strictObject({
    representativeId: id,
    status: z.enum(attendanceStatuses, { message: 'Choisissez un statut' }),
    /** For "remplacé": the suppléant who sat instead. */
    replacedById: id.nullish().transform((v) => v ?? null),
    /** Null: the meeting's times. */
    startTime: timeOfDay.nullish().transform((v) => v ?? null),
    endTime: timeOfDay.nullish().transform((v) => v ?? null),
    nonMandated: z.boolean().default(false),
    notes: optionalText(500),
  })
  .superRefine((row, ctx) => {
    if (row.status === 'remplace' && row.replacedById === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacedById'],
        message: 'Choisissez le suppléant qui a siégé',
      });
    }
    if (row.status !== 'remplace' && row.replacedById !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacedById'],
        message: 'Seul un titulaire remplacé a un remplaçant',
      });
    }
    if ((row.startTime === null) !== (row.endTime === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'Indiquez l’heure d’arrivée et l’heure de départ',
      });
    } else if (
      row.startTime !== null &&
      row.endTime !== null &&
      minutesOf(row.endTime) <= minutesOf(row.startTime)
    ) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Le départ doit être après l’arrivée' });
    }
  });
export type AttendanceRowInput = z.input<typeof attendanceRowInput>;
export type AttendanceRowData = z.output<typeof attendanceRowInput>;

/** The whole grid of one meeting, saved at once: rows absent from the list are not recorded. */
export const attendanceSaveInput = z
  .strictObject({
    meetingId: id,
    rows: z.array(attendanceRowInput).max(500, '500 participants au plus'),
  })
  .strict();
export type AttendanceSaveInput = z.input<typeof attendanceSaveInput>;

export const attestationIssueInput = z.strictObject({ meetingId: id, representativeId: id }).strict();
export const attestationVoidInput = z
  .strictObject({ id, reason: requiredText(300, 'Indiquez le motif de l’annulation de l’attestation') })
  .strict();

export const periodInput = z
  .strictObject({ representativeId: id, from: isoDate, to: isoDate })
  .strict()
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'La fin de la période doit suivre son début' });

export const yearInput = z.strictObject({ year: z.number().int().min(2000).max(2100) });
export const personYearInput = z
  .strictObject({ representativeId: id, year: z.number().int().min(2000).max(2100) })
  .strict();

const monthsOf: Record<Exclude<SeriesFrequency, 'hebdomadaire'>, number> = {
  mensuelle: 1,
  bimestrielle: 2,
  trimestrielle: 3,
  semestrielle: 6,
};

/** The dates of a series from its first date, always counted from the first (no drift after a 31st). */
export function seriesDates(first: string, frequency: SeriesFrequency, count: number): string[] {
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    dates.push(
      frequency === 'hebdomadaire' ? addDays(first, 7 * i) : addMonths(first, monthsOf[frequency] * i),
    );
  }
  return dates;
}
