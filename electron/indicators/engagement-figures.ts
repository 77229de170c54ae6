/**
 * The families « Actions et projets » and « Retours et satisfaction » of the dashboard: actions
 * with users taking part, participants, beneficiaries, sessions and their hours; answers to the
 * questionnaires and their mean score. Definitions: shared/indicators/catalogue-engagement.ts.
 */
import * as actionFigures from '../../db/indicators/action-figures';
import { actionPhaseLabels, actionPhases } from '../../shared/actions/schemas';
import type { Breakdown, DashboardFigure, FigureValue } from '../../shared/indicators/types';
import { involvementLabels, involvementLevels } from '../../shared/register/schemas';
import { surveyAudienceShortLabels, surveyAudiences } from '../../shared/surveys/schemas';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ServiceContext } from '../service-context';
import type { Periods } from './dashboard';
import { byMonth, count, figure } from './figure-helpers';

const NOT_SAID = 'Non renseigné';

const sumOf = <T>(rows: readonly T[], valueOf: (row: T) => number) =>
  rows.reduce((s, r) => s + valueOf(r), 0);

/** Items in the order of `keys` (then « Non renseigné »), those at zero left out. */
function ordered<K extends string, T>(
  rows: readonly T[],
  keys: readonly K[],
  labels: Record<K, string>,
  keyOf: (row: T) => K | null,
  valueOf: (row: T) => number,
) {
  return [...keys, null]
    .map((key) => ({
      label: key === null ? NOT_SAID : labels[key],
      value: sumOf(
        rows.filter((r) => keyOf(r) === key),
        valueOf,
      ),
    }))
    .filter((i) => i.value > 0);
}

export async function actions(ctx: ServiceContext, scope: ScopeData, p: Periods): Promise<DashboardFigure[]> {
  const [groups, sessions, people] = await Promise.all([
    actionFigures.actionGroups(ctx.db, scope, p.current, p.previous),
    actionFigures.sessionGroups(ctx.db, scope, p.current, p.previous),
    actionFigures.sessionPeople(ctx.db, scope, p.current, p.previous),
  ]);
  const of = (current: number) => groups.filter((g) => g.current === current);
  const withUsers = (current: number): FigureValue => ({
    value: sumOf(of(current), (g) => g.withUsers),
    of: sumOf(of(current), (g) => g.actions),
  });
  const beneficiaries = (current: number): FigureValue => ({
    value: sumOf(of(current), (g) => g.actual),
    of: sumOf(of(current), (g) => g.expected),
  });
  const participationBreakdowns: Breakdown[] = [
    {
      key: 'niveau',
      label: 'Par niveau d’implication',
      items: ordered(
        of(1),
        involvementLevels,
        involvementLabels,
        (g) => g.level,
        (g) => g.withUsers,
      ),
    },
    {
      key: 'phase',
      label: 'Par phase',
      items: ordered(
        of(1),
        actionPhases,
        actionPhaseLabels,
        (g) => g.phase,
        (g) => g.withUsers,
      ),
    },
    {
      key: 'genre',
      label: 'Projets et actions',
      items: (['projet', 'action'] as const)
        .map((kind) => ({
          label: kind === 'projet' ? 'Projets' : 'Actions',
          value: sumOf(
            of(1).filter((g) => g.kind === kind),
            (g) => g.withUsers,
          ),
          of: sumOf(
            of(1).filter((g) => g.kind === kind),
            (g) => g.actions,
          ),
        }))
        .filter((i) => i.of > 0),
    },
  ];
  const sessionsOf = (current: number) => sessions.filter((row) => row.current === current);
  const monthly = (valueOf: (s: actionFigures.SessionGroup) => number): Breakdown =>
    byMonth(p.current, new Map(sessionsOf(1).map((row) => [row.month, valueOf(row)])));
  const peopleOf = (current: number) => people.find((r) => r.current === current)?.people ?? 0;
  return [
    figure('actionsWithUsers', withUsers(1), withUsers(0), participationBreakdowns),
    figure('actionParticipants', count(peopleOf(1)), count(peopleOf(0))),
    figure(
      'countedParticipants',
      count(sumOf(sessionsOf(1), (row) => row.counted)),
      count(sumOf(sessionsOf(0), (row) => row.counted)),
      [monthly((row) => row.counted)],
    ),
    figure('beneficiaries', beneficiaries(1), beneficiaries(0)),
    figure(
      'sessionsHeld',
      count(sumOf(sessionsOf(1), (row) => row.sessions)),
      count(sumOf(sessionsOf(0), (row) => row.sessions)),
      [monthly((row) => row.sessions)],
    ),
    figure(
      'sessionHours',
      count(sumOf(sessionsOf(1), (row) => row.minutes)),
      count(sumOf(sessionsOf(0), (row) => row.minutes)),
      [monthly((row) => row.minutes)],
    ),
  ];
}

export async function feedback(
  ctx: ServiceContext,
  scope: ScopeData,
  p: Periods,
): Promise<DashboardFigure[]> {
  const groups = await actionFigures.surveyGroups(ctx.db, scope, p.current, p.previous);
  const of = (current: number) => groups.filter((g) => g.current === current);
  const byAudience = (
    valueOf: (g: actionFigures.SurveyGroup) => number,
    wholeOf?: (g: actionFigures.SurveyGroup) => number,
  ): Breakdown => ({
    key: 'public',
    label: 'Par public',
    items: surveyAudiences
      .map((audience) => {
        const rows = of(1).filter((g) => g.audience === audience);
        const item = { label: surveyAudienceShortLabels[audience], value: sumOf(rows, valueOf) };
        return wholeOf ? { ...item, of: sumOf(rows, wholeOf) } : item;
      })
      .filter((i) => ('of' in i ? i.of > 0 : i.value > 0)),
  });
  const mean = (current: number): FigureValue => ({
    value: sumOf(of(current), (g) => g.scoreSum),
    of: sumOf(of(current), (g) => g.scores),
  });
  return [
    figure(
      'surveyResponses',
      count(sumOf(of(1), (g) => g.responses)),
      count(sumOf(of(0), (g) => g.responses)),
      [byAudience((g) => g.responses)],
    ),
    figure('surveyMeanScore', mean(1), mean(0), [
      byAudience(
        (g) => g.scoreSum,
        (g) => g.scores,
      ),
    ]),
  ];
}
