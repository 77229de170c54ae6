/**
 * Demo data of the meetings domain: two years of meetings of every active instance of the
 * register (and a few planned ahead), with realistic attendance — mostly present, some excused
 * or absent, a few replacements by the suppléant and remote presences — and attestations issued
 * a week after the meetings of employed representatives. Built through the services, from the
 * mandates the register demo created, so every row obeys the rules of the app.
 */
import {
  attendanceRowInput,
  meetingSeriesInput,
  type AttendanceRowInput,
  type AttendanceStatus,
} from '../shared/meetings/schemas';
import { getAttendanceGrid, saveAttendance } from '../electron/meetings/attendance';
import { recordAttestation } from '../electron/attestations/attestations';
import { todayIso, type ServiceContext } from '../electron/service-context';
import { cancelMeeting, createSeries } from '../electron/meetings/meetings';

/** Months between two meetings, by instance type. */
const everyMonths: Record<string, number> = {
  CDU: 3,
  CTS: 4,
  CRSA: 6,
  CPAM: 3,
  'CPTS-AG': 12,
  'CPTS-CA': 2,
  'CPTS-BUREAU': 1,
  'CPTS-GT': 2,
  DAC: 3,
  PTSM: 4,
  CLS: 6,
  GHT: 6,
  CVS: 4,
  'ASSO-AG': 12,
  'ASSO-CA': 2,
  'ASSO-BUREAU': 1,
};

const slots: Array<[string, string]> = [
  ['14:00', '16:30'],
  ['09:30', '12:00'],
  ['17:30', '19:30'],
  ['14:00', '17:00'],
  ['09:00', '16:30'],
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function addMonths(iso: string, months: number, day: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Meetings fall on working days: a Saturday or Sunday moves to the next Tuesday or Monday. */
function weekday(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const day = date.getUTCDay();
  if (day === 6) date.setUTCDate(date.getUTCDate() + 3);
  if (day === 0) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function shift(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

export async function loadMeetingsDemo(ctx: ServiceContext): Promise<void> {
  const random = mulberry32(4242);
  const today = todayIso(ctx);
  const from = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`;
  const until = addMonths(today, 4, Number(today.slice(8, 10)));
  const instances = await ctx.db
    .selectFrom('instance as i')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select(['i.id', 'i.name', 'i.meeting_place', 't.code'])
    .where('i.archived_at', 'is', null)
    .orderBy('i.id')
    .execute();
  if (instances.length === 0) return;

  const held: Array<{ id: number; date: string }> = [];
  for (const [index, instance] of instances.entries()) {
    const step = everyMonths[instance.code] ?? 3;
    const day = 5 + ((index * 7) % 20);
    const dates: string[] = [];
    for (let k = 0; ; k++) {
      const date = weekday(addMonths(from, (index % step) + k * step, day));
      if (date > until) break;
      if (date >= from && !dates.includes(date)) dates.push(date);
    }
    if (dates.length === 0) continue;
    const [startTime, endTime] = slots[index % slots.length] ?? ['14:00', '16:30'];
    const remote = instance.code === 'CPTS-BUREAU' || instance.code === 'CPTS-GT';
    // One series per instance and mode; a few meetings of on-site bodies were held remotely.
    const remoteDates = remote ? dates : dates.filter(() => random() < 0.12);
    const onSite = dates.filter((d) => !remoteDates.includes(d));
    const common = {
      instanceId: instance.id,
      startTime,
      endTime,
      place: null,
      title: instance.code.endsWith('AG') ? 'Assemblée générale' : 'Séance ordinaire',
      agenda: 'Approbation du compte rendu de la séance précédente\nPoints d’information\nQuestions diverses',
      minutesReference: null,
      notes: null,
    };
    const created = [
      ...(onSite.length
        ? await createSeries(ctx, meetingSeriesInput.parse({ ...common, mode: 'sur_place', dates: onSite }))
        : []),
      ...(remoteDates.length
        ? await createSeries(
            ctx,
            meetingSeriesInput.parse({
              ...common,
              mode: 'distance',
              place: 'Visioconférence (lien envoyé avec la convocation)',
              dates: remoteDates,
            }),
          )
        : []),
    ];
    for (const m of created) if (m.date <= today) held.push({ id: m.id, date: m.date });
  }
  held.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));

  const people = await ctx.db
    .selectFrom('representative')
    .select(['id', 'employed'])
    .where('archived_at', 'is', null)
    .execute();
  const employed = new Set(people.filter((p) => p.employed === 1).map((p) => p.id));
  const attestationCutoff = addMonths(today, -8, 1);
  let cancelled = 0;

  for (const meeting of held) {
    if (cancelled < 3 && random() < 0.02) {
      await cancelMeeting(ctx, {
        id: meeting.id,
        reason: 'Quorum non atteint, séance reportée',
        voidAttestations: false,
      });
      cancelled += 1;
      continue;
    }
    const grid = await getAttendanceGrid(ctx, meeting.id);
    if (grid.lines.length === 0) continue;
    const remote = grid.meeting.mode === 'distance';
    const rows: AttendanceRowInput[] = [];
    const sat = new Set<number>();
    const suppleants = grid.lines.filter((l) => l.role === 'suppleant');
    for (const line of grid.lines) {
      if (sat.has(line.representativeId)) continue;
      const r = random();
      let status: AttendanceStatus = remote ? 'distance' : r < 0.08 ? 'distance' : 'present';
      if (r >= 0.8 && r < 0.91) status = 'excuse';
      else if (r >= 0.91 && r < 0.95) status = 'absent';
      const sub =
        suppleants.find(
          (s) => s.representativeId === line.pairedRepresentativeId && !sat.has(s.representativeId),
        ) ?? suppleants.find((s) => !sat.has(s.representativeId));
      if (status === 'excuse' && line.role === 'titulaire' && sub && random() < 0.6) {
        rows.push({
          representativeId: line.representativeId,
          status: 'remplace',
          replacedById: sub.representativeId,
        });
        rows.push({ representativeId: sub.representativeId, status: remote ? 'distance' : 'present' });
        sat.add(sub.representativeId);
        continue;
      }
      const late = status === 'present' && random() < 0.08;
      rows.push({
        representativeId: line.representativeId,
        status,
        startTime: late ? shift(grid.meeting.startTime, 30) : null,
        endTime: late ? grid.meeting.endTime : null,
      });
      sat.add(line.representativeId);
    }
    // Now and then a representative without a mandate on this body comes as a guest.
    if (random() < 0.05) {
      const guest = people.find(
        (p) => !grid.lines.some((l) => l.representativeId === p.id) && random() < 0.2,
      );
      if (guest)
        rows.push({ representativeId: guest.id, status: remote ? 'distance' : 'present', nonMandated: true });
    }
    await saveAttendance(ctx, {
      meetingId: meeting.id,
      rows: rows.map((row) => attendanceRowInput.parse(row)),
    });

    // Employed representatives ask for their attestation; issued about a week after the meeting.
    if (meeting.date >= attestationCutoff) {
      const issueDay = addDays(meeting.date, 7);
      const issuedOn = issueDay > today ? today : issueDay;
      const issueCtx: ServiceContext = { ...ctx, now: () => new Date(`${issuedOn}T10:00:00`) };
      for (const row of rows) {
        if ((row.status === 'present' || row.status === 'distance') && employed.has(row.representativeId)) {
          await recordAttestation(issueCtx, {
            meetingId: meeting.id,
            representativeId: row.representativeId,
          });
        }
      }
    }
  }
}
