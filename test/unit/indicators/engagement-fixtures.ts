/**
 * Actions, sessions, questionnaires and claim lines of sessions, on top of fixtures.ts (its
 * organisations, instances and people), for the figures of « Actions et projets », « Retours et
 * satisfaction » and the money by project. Every expected number of engagement.test.ts is counted
 * by hand from these tables.
 *
 * Actions                         kind    carrier            phase           level        dates                   expected / actual
 *   P1 Parcours diabète           projet  CHU (35)           conception      collaborer   2025-01-01 → 2025-12-31  100 / 80 (has actions: not counted)
 *   A1 Ateliers diabète (of P1)   action  CDU instance (35)  mise en œuvre   impliquer    2025-03-01 → 2025-06-30   40 / 30
 *   A2 Enquête usagers (of P1)    action  association        diagnostic      consulter    2025-02-01 → (no end)    50 / —
 *   A3 Forum santé mentale        action  Clinique (29)      —               informer     2025-10-10 → 2025-10-10  200 / 250
 *   A4 Atelier annulé             action  association        —               —            2025-05-01, cancelled    10 / 0
 *   A5 Groupe 2024                action  association        évaluation      co-décider   2024-03-01 → 2024-11-30  20 / 15
 *   A6 Sans date                  action  association        —               —            no start date            5 / 5
 *
 * Sessions                        attendance                                      counted
 *   S1 A1 2025-03-15 14–17        Alice présente, Fanny présente 14–16, Bruno absent   12
 *   S2 A1 2025-05-20 10–12        Alice présente — then cancelled                      30
 *   S3 A3 2025-10-10 09–17        Emma à distance, Gaël excusé                         150
 *   S4 A2 2025-12-31 18–20        Denis absent                                         —
 *   S5 A5 2024-06-10 09–11        Denis présent                                        5
 *   S6 P1 2026-01-20 10–12        Alice présente                                       —
 *
 * Questionnaires                  attached   audience         answers (received on: scale answers)
 *   SV1 Retours ateliers          A1         participants     R1 2025-04-01: 5, 4 (oui) · R2 2025-04-02: 3, — (non)
 *   SV2 Rôle des représentants    CTS        representants    R3 2025-11-01: 2 · R4 2024-12-15: 4
 *   SV3 Bilan annuel              the year   professionnels   R5 2025-06-01: 5
 *
 * Claims: Fanny paid 2025-04-15, transport 30 € for S1; Emma renounced 2025-11-02, repas 12 € for S3.
 */
import { actionInput, type ActionInput } from '../../../shared/actions/schemas';
import { claimInput, type ClaimLineInput } from '../../../shared/claims/schemas';
import { sessionInput, sessionParticipantInput } from '../../../shared/meetings/sessions';
import { questionInput, responseInput, surveyInput, type SurveyInput } from '../../../shared/surveys/schemas';
import { createAction } from '../../../electron/actions/actions';
import * as claims from '../../../electron/claims/claims';
import { saveParticipant } from '../../../electron/meetings/session-attendance';
import { cancelSession, createSession } from '../../../electron/meetings/sessions';
import { addResponse } from '../../../electron/surveys/responses';
import { addQuestion, createSurvey, setSurveyStatus } from '../../../electron/surveys/surveys';
import type { ServiceContext } from '../../../electron/service-context';
import type { TestApp } from '../../helpers/context';
import type { DataSet } from './fixtures';

export interface EngagementSet {
  actions: Record<'p1' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6', number>;
  sessions: Record<'s1' | 's3' | 's4', number>;
}

async function action(ctx: ServiceContext, values: Partial<ActionInput> & { title: string }) {
  const a = await createAction(
    ctx,
    actionInput.parse({
      kind: 'action',
      projectId: null,
      carrier: 'association',
      organisationId: null,
      instanceId: null,
      themeId: null,
      phase: null,
      involvementLevel: null,
      status: 'en_cours',
      startDate: null,
      endDate: null,
      place: null,
      description: null,
      expectedBeneficiaries: null,
      actualBeneficiaries: null,
      partners: null,
      attestationKind: 'participation',
      ...values,
    }),
  );
  return a.id;
}

type Presence = [
  representativeId: number,
  status: 'present' | 'distance' | 'excuse' | 'absent',
  times?: [string, string],
];

async function session(
  ctx: ServiceContext,
  actionId: number,
  date: string,
  times: [string, string],
  counted: number | null,
  presences: Presence[],
) {
  const s = await createSession(
    ctx,
    sessionInput.parse({
      actionId,
      date,
      startTime: times[0],
      endTime: times[1],
      mode: 'sur_place',
      countedParticipants: counted,
    }),
  );
  for (const [representativeId, status, own] of presences)
    await saveParticipant(
      ctx,
      sessionParticipantInput.parse({
        meetingId: s.id,
        representativeId,
        status,
        role: 'participant',
        startTime: own?.[0] ?? null,
        endTime: own?.[1] ?? null,
      }),
    );
  return s.id;
}

/** A diffused questionnaire with its questions; answers given by position (null: no answer). */
async function survey(
  ctx: ServiceContext,
  values: SurveyInput,
  kinds: Array<'echelle' | 'oui_non'>,
  responses: Array<[receivedOn: string, values: Array<number | null>]>,
) {
  const created = await createSurvey(ctx, surveyInput.parse(values));
  let questions = created.questions;
  for (const [i, kind] of kinds.entries())
    questions = (
      await addQuestion(ctx, created.id, questionInput.parse({ kind, label: `Question ${i + 1}` }))
    ).questions;
  await setSurveyStatus(ctx, created.id, 'diffuse');
  for (const [receivedOn, answers] of responses)
    await addResponse(
      ctx,
      responseInput.parse({
        surveyId: created.id,
        receivedOn,
        answers: answers.map((value, i) => ({ questionId: questions[i]?.id ?? 0, value })),
      }),
    );
}

const line = (
  kind: ClaimLineInput['kind'],
  date: string,
  cents: number,
  meetingId: number,
): ClaimLineInput => ({
  kind,
  date,
  purpose: 'Séance',
  expenseCents: cents,
  transportMode: kind === 'transport' ? 'train' : null,
  meetingId,
});

export async function givenEngagement(app: TestApp, data: DataSet): Promise<EngagementSet> {
  const { ctx } = app;
  const { people } = data;
  app.setNow('2026-02-20T10:00:00.000Z');
  const p1 = await action(ctx, {
    kind: 'projet',
    title: 'Parcours diabète',
    carrier: 'organisation',
    organisationId: data.organisations.chu,
    phase: 'conception',
    involvementLevel: 'collaborer',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    expectedBeneficiaries: 100,
    actualBeneficiaries: 80,
  });
  const actions = {
    p1,
    a1: await action(ctx, {
      title: 'Ateliers diabète',
      projectId: p1,
      carrier: 'instance',
      instanceId: data.instances.cdu,
      phase: 'mise_en_oeuvre',
      involvementLevel: 'impliquer',
      startDate: '2025-03-01',
      endDate: '2025-06-30',
      expectedBeneficiaries: 40,
      actualBeneficiaries: 30,
    }),
    a2: await action(ctx, {
      title: 'Enquête usagers',
      projectId: p1,
      phase: 'diagnostic',
      involvementLevel: 'consulter',
      startDate: '2025-02-01',
      expectedBeneficiaries: 50,
    }),
    a3: await action(ctx, {
      title: 'Forum santé mentale',
      carrier: 'organisation',
      organisationId: data.organisations.clinique,
      involvementLevel: 'informer',
      startDate: '2025-10-10',
      endDate: '2025-10-10',
      expectedBeneficiaries: 200,
      actualBeneficiaries: 250,
    }),
    a4: await action(ctx, {
      title: 'Atelier annulé',
      status: 'annule',
      startDate: '2025-05-01',
      expectedBeneficiaries: 10,
      actualBeneficiaries: 0,
    }),
    a5: await action(ctx, {
      title: 'Groupe 2024',
      phase: 'evaluation',
      involvementLevel: 'co_decider',
      startDate: '2024-03-01',
      endDate: '2024-11-30',
      expectedBeneficiaries: 20,
      actualBeneficiaries: 15,
    }),
    a6: await action(ctx, { title: 'Sans date', expectedBeneficiaries: 5, actualBeneficiaries: 5 }),
  };

  const sessions = {
    s1: await session(ctx, actions.a1, '2025-03-15', ['14:00', '17:00'], 12, [
      [people.alice, 'present'],
      [people.fanny, 'present', ['14:00', '16:00']],
      [people.bruno, 'absent'],
    ]),
    s3: await session(ctx, actions.a3, '2025-10-10', ['09:00', '17:00'], 150, [
      [people.emma, 'distance'],
      [people.gael, 'excuse'],
    ]),
    s4: await session(ctx, actions.a2, '2025-12-31', ['18:00', '20:00'], null, [[people.denis, 'absent']]),
  };
  const s2 = await session(ctx, actions.a1, '2025-05-20', ['10:00', '12:00'], 30, [
    [people.alice, 'present'],
  ]);
  await cancelSession(ctx, { id: s2, reason: 'Salle indisponible', voidAttestations: false });
  await session(ctx, actions.a5, '2024-06-10', ['09:00', '11:00'], 5, [[people.denis, 'present']]);
  await session(ctx, actions.p1, '2026-01-20', ['10:00', '12:00'], null, [[people.alice, 'present']]);

  await survey(
    ctx,
    {
      title: 'Retours ateliers',
      audience: 'participants',
      attachedTo: 'action',
      actionId: actions.a1,
      year: 2025,
    },
    ['echelle', 'echelle', 'oui_non'],
    [
      ['2025-04-01', [5, 4, 1]],
      ['2025-04-02', [3, null, 0]],
    ],
  );
  await survey(
    ctx,
    {
      title: 'Rôle des représentants',
      audience: 'representants',
      attachedTo: 'instance',
      instanceId: data.instances.cts,
      year: 2025,
    },
    ['echelle'],
    [
      ['2025-11-01', [2]],
      ['2024-12-15', [4]],
    ],
  );
  await survey(
    ctx,
    { title: 'Bilan annuel', audience: 'professionnels', attachedTo: 'annee', year: 2025 },
    ['echelle'],
    [['2025-06-01', [5]]],
  );

  const fanny = await claims.createClaim(
    ctx,
    claimInput.parse({
      representativeId: people.fanny,
      lines: [line('transport', '2025-03-15', 3000, sessions.s1)],
    }),
  );
  await claims.submitClaim(ctx, fanny.id);
  await claims.validateClaim(ctx, fanny.id);
  await claims.markPaid(ctx, { ids: [fanny.id], paidOn: '2025-04-15', method: 'virement', reference: null });
  const emma = await claims.createClaim(
    ctx,
    claimInput.parse({
      representativeId: people.emma,
      lines: [line('repas', '2025-10-10', 1200, sessions.s3)],
    }),
  );
  await claims.submitClaim(ctx, emma.id);
  await claims.validateClaim(ctx, emma.id);
  await claims.renounceClaim(ctx, emma.id, '2025-11-02');

  app.setNow('2026-11-22T10:00:00.000Z');
  return { actions, sessions };
}
