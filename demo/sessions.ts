/**
 * The demo's sessions of actions (issue 10): the CPTS projects meet across two years, the DAC's
 * working group twice, the health forum once with residents counted, not named. Patient partners
 * and a pair-aidant join the register for them; one of them leads the workshops.
 */
import { createRepresentative } from '../electron/register/representatives';
import { createSession } from '../electron/meetings/sessions';
import { saveParticipant } from '../electron/meetings/session-attendance';
import { todayIso, type ServiceContext } from '../electron/service-context';
import { representativeInput } from '../shared/register/representative';
import { sessionInput, sessionParticipantInput } from '../shared/meetings/sessions';
import type { AttendanceRole } from '../shared/meetings/schemas';
import { addMonths } from '../shared/register/register-rules';
import { addDays } from '../shared/rules/dates';

async function idOf(
  ctx: ServiceContext,
  table: 'action' | 'person_profile',
  column: 'title' | 'code',
  value: string,
) {
  const row =
    table === 'action'
      ? await ctx.db.selectFrom('action').select('id').where('title', '=', value).executeTakeFirst()
      : await ctx.db.selectFrom('person_profile').select('id').where('code', '=', value).executeTakeFirst();
  if (!row) throw new Error(`Démonstration : ${column} « ${value} » introuvable`);
  return row.id;
}

interface NewPerson {
  civility: 'Mme' | 'M.';
  firstName: string;
  lastName: string;
  city: string;
  postalCode: string;
  profile: string;
}

const partners: NewPerson[] = [
  {
    civility: 'Mme',
    firstName: 'Sabrina',
    lastName: 'Le Goff',
    city: 'Betton',
    postalCode: '35830',
    profile: 'patient_partenaire',
  },
  {
    civility: 'M.',
    firstName: 'Yannick',
    lastName: 'Rouxel',
    city: 'Rennes',
    postalCode: '35000',
    profile: 'patient_formateur',
  },
  {
    civility: 'Mme',
    firstName: 'Nadia',
    lastName: 'Benali',
    city: 'Fougères',
    postalCode: '35300',
    profile: 'pair_aidant',
  },
  {
    civility: 'M.',
    firstName: 'Loïc',
    lastName: 'Guillou',
    city: 'Vitré',
    postalCode: '35500',
    profile: 'benevole',
  },
];

async function addPartners(ctx: ServiceContext): Promise<number[]> {
  const ids: number[] = [];
  for (const p of partners) {
    const person = await createRepresentative(
      ctx,
      representativeInput.parse({
        civility: p.civility,
        firstName: p.firstName,
        lastName: p.lastName,
        email: null,
        phone: null,
        addressLine: null,
        postalCode: p.postalCode,
        city: p.city,
        originAssociation: null,
        employed: false,
        employer: null,
        iban: null,
        bic: null,
        notes: null,
        profileId: await idOf(ctx, 'person_profile', 'code', p.profile),
        vehicles: [],
      }),
    );
    ids.push(person.id);
  }
  return ids;
}

export async function loadSessionsDemo(ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx);
  const [sabrina, yannick, nadia, loic] = await addPartners(ctx);
  const representatives = await ctx.db
    .selectFrom('representative')
    .select('id')
    .where('archived_at', 'is', null)
    .where('profile_id', '=', await idOf(ctx, 'person_profile', 'code', 'representant_usagers'))
    .orderBy('id')
    .limit(4)
    .execute();
  const [ru1, ru2, ru3, ru4] = representatives.map((r) => r.id);
  if (!sabrina || !yannick || !nadia || !loic || !ru1 || !ru2 || !ru3 || !ru4) return;

  type Line = [person: number, role?: AttendanceRole, status?: 'present' | 'distance' | 'excuse'];
  const session = async (
    title: string,
    date: string,
    times: [string, string],
    people: Line[],
    counted: number | null = null,
  ) => {
    const created = await createSession(
      ctx,
      sessionInput.parse({
        actionId: await idOf(ctx, 'action', 'title', title),
        date,
        startTime: times[0],
        endTime: times[1],
        mode: 'sur_place',
        place: null,
        title: null,
        notes: null,
        countedParticipants: counted,
      }),
    );
    for (const [person, role = 'participant', status = 'present'] of people) {
      // A session to come only takes absences: the demo's future sessions wait for their presences.
      if (date > today) continue;
      await saveParticipant(
        ctx,
        sessionParticipantInput.parse({
          meetingId: created.id,
          representativeId: person,
          status,
          role,
          startTime: null,
          endTime: null,
          notes: null,
        }),
      );
    }
  };
  const monthsAgo = (n: number) => addMonths(today, -n);

  // Two CPTS projects across two years.
  for (const [n, months] of [18, 14, 10, 6, 2].entries())
    await session(
      'Groupe de travail éducation thérapeutique',
      monthsAgo(months),
      ['14:00', '16:30'],
      [
        [sabrina, n === 0 ? 'animateur' : 'participant'],
        [ru1],
        [yannick, 'participant', n === 3 ? 'excuse' : 'present'],
      ],
    );
  for (const months of [7, 5, 3, 1])
    await session(
      'Ateliers « Bien vivre avec son diabète »',
      monthsAgo(months),
      ['18:00', '20:00'],
      [[yannick, 'animateur'], [sabrina]],
      12,
    );
  await session(
    'Ateliers « Bien vivre avec son diabète »',
    addDays(today, 21),
    ['18:00', '20:00'],
    [[yannick, 'animateur']],
  );
  for (const months of [14, 12, 9])
    await session(
      'Réunions publiques du diagnostic territorial',
      monthsAgo(months),
      ['18:30', '21:00'],
      [[loic], [ru2, 'animateur']],
      35,
    );
  // The DAC's working group: a participation, not a body under L3142-60 — no congé de représentation.
  for (const months of [4, 2])
    await session(
      'Groupe de travail sorties d’hospitalisation',
      monthsAgo(months),
      ['09:30', '12:00'],
      [[ru3], [ru4, 'participant', months === 2 ? 'distance' : 'present']],
    );
  // The forum: residents counted, not named.
  await session(
    'Forum santé mentale de Fougères',
    monthsAgo(3),
    ['10:00', '17:00'],
    [[nadia, 'animateur'], [ru1], [loic]],
    180,
  );
}
