/**
 * The dashboard's figures for a period and a scope, each beside the previous period of the same
 * length: the one place where every figure is computed (the bilan and the exports call it too).
 * Each family reads its aggregates from db/indicators/; the congé de représentation, which weighs
 * every employed person's days by the congé rule, comes by its own call (indicators.congeFigure).
 */
import * as meetingFigures from '../../db/indicators/meeting-figures';
import * as moneyFigures from '../../db/indicators/money-figures';
import * as registerFigures from '../../db/indicators/register-figures';
import * as trainingFigures from '../../db/indicators/training-figures';
import { lineKindLabels } from '../../shared/claims/schemas';
import { dueCalendar } from '../../shared/indicators/due-calendar';
import { figureApplies } from '../../shared/indicators/scope-rules';
import { previousPeriod, resolvePeriod } from '../../shared/indicators/period';
import type { PeriodData, ScopeData } from '../../shared/indicators/schemas';
import type {
  Breakdown,
  Dashboard,
  DashboardFigure,
  FigureValue,
  ResolvedPeriod,
} from '../../shared/indicators/types';
import { todayIso, type ServiceContext } from '../service-context';
import { volunteeringFigures } from '../valorisation/dashboard-figures';
import { getRegisterSettings } from '../todo/todo';
import { actions, feedback } from './engagement-figures';
import { byMonth as monthly, count, figure } from './figure-helpers';
import { scopeLabel } from './labels';

/** Instances named in a money breakdown: the first ten, the rest in the figure's list. */
const TOP = 10;

export interface Periods {
  current: ResolvedPeriod;
  previous: ResolvedPeriod;
}

export function periodsOf(ctx: ServiceContext, period: PeriodData): Periods {
  const today = todayIso(ctx);
  return { current: resolvePeriod(period, today), previous: previousPeriod(period, today) };
}

const NO_DEPARTMENT = 'Sans code postal';

async function representation(ctx: ServiceContext, scope: ScopeData, p: Periods): Promise<DashboardFigure[]> {
  const [engaged, seatsNow, seatsBefore, fresh] = await Promise.all([
    registerFigures.engagedPeople(ctx.db, scope, p.current, p.previous),
    registerFigures.seatsOn(ctx.db, scope, p.current.until),
    registerFigures.seatsOn(ctx.db, scope, p.previous.until),
    registerFigures.newPeople(ctx.db, scope, p.current, p.previous),
  ]);
  const sum = (rows: registerFigures.SeatsByType[], key: 'instances' | 'below' | 'offered' | 'filled') =>
    rows.reduce((s, r) => s + r[key], 0);
  // Before the first day of the period there is no « last day » to look at.
  const seatsFor = (rows: registerFigures.SeatsByType[], period: ResolvedPeriod): FigureValue =>
    period.until < period.from
      ? { value: 0, of: 0 }
      : { value: sum(rows, 'filled'), of: sum(rows, 'offered') };
  const belowFor = (rows: registerFigures.SeatsByType[], period: ResolvedPeriod): FigureValue =>
    period.until < period.from
      ? { value: 0, of: 0 }
      : { value: sum(rows, 'below'), of: sum(rows, 'instances') };
  return [
    figure('engagedPeople', count(engaged.current), count(engaged.previous), [
      {
        key: 'typeInstance',
        label: 'Par type d’instance',
        items: engaged.byType.map((r) => ({ label: r.label ?? '', value: Number(r.n) })),
      },
      {
        key: 'departement',
        label: 'Par département',
        items: engaged.byDepartment.map((r) => ({ label: r.label ?? NO_DEPARTMENT, value: Number(r.n) })),
      },
    ]),
    figure('seats', seatsFor(seatsNow, p.current), seatsFor(seatsBefore, p.previous), [
      {
        key: 'typeInstance',
        label: 'Par type d’instance',
        // Types whose instances offer no seat (working groups, boards) have no share to show.
        items: seatsNow
          .filter((r) => r.offered > 0)
          .map((r) => ({ label: r.label, value: r.filled, of: r.offered })),
      },
    ]),
    figure('instancesBelowTarget', belowFor(seatsNow, p.current), belowFor(seatsBefore, p.previous), [
      {
        key: 'typeInstance',
        label: 'Par type d’instance',
        items: seatsNow.map((r) => ({ label: r.label, value: r.below, of: r.instances })),
      },
    ]),
    figure('newPeople', count(fresh.current), count(fresh.previous)),
  ];
}

async function training(ctx: ServiceContext, scope: ScopeData, p: Periods): Promise<DashboardFigure[]> {
  const { baseTrainingDelayMonths } = await getRegisterSettings(ctx);
  const [now, before, baseNow, baseBefore] = await Promise.all([
    trainingFigures.trainingCounts(ctx.db, scope, p.current),
    trainingFigures.trainingCounts(ctx.db, scope, p.previous),
    trainingFigures.baseTrainingOnTime(
      ctx.db,
      scope,
      p.current,
      dueCalendar(p.current, baseTrainingDelayMonths),
    ),
    trainingFigures.baseTrainingOnTime(
      ctx.db,
      scope,
      p.previous,
      dueCalendar(p.previous, baseTrainingDelayMonths),
    ),
  ]);
  const byKind = (key: 'count' | 'minutes'): Breakdown => ({
    key: 'typeFormation',
    label: 'Par type de formation',
    items: now.byKind.map((k) => ({ label: k.label, value: k[key] })),
  });
  return [
    figure('trainings', count(now.total.count), count(before.total.count), [byKind('count')]),
    figure('trainingHours', count(now.total.minutes), count(before.total.minutes), [byKind('minutes')]),
    figure(
      'baseTrainingOnTime',
      { value: baseNow.onTime, of: baseNow.due },
      { value: baseBefore.onTime, of: baseBefore.due },
    ),
  ];
}

/** Sums the groups of one period into labelled items, largest first (months in calendar order). */
function rollUp(
  groups: readonly meetingFigures.MeetingGroup[],
  keyOf: (g: meetingFigures.MeetingGroup) => string,
  valueOf: (g: meetingFigures.MeetingGroup) => number,
  ofOf?: (g: meetingFigures.MeetingGroup) => number,
): Array<{ label: string; value: number; of?: number }> {
  const sums = new Map<string, { value: number; of: number }>();
  for (const g of groups) {
    const key = keyOf(g);
    const s = sums.get(key) ?? { value: 0, of: 0 };
    s.value += valueOf(g);
    s.of += ofOf ? ofOf(g) : 0;
    sums.set(key, s);
  }
  return [...sums.entries()].map(([label, s]) =>
    ofOf ? { label, value: s.value, of: s.of } : { label, value: s.value },
  );
}

async function meetings(ctx: ServiceContext, scope: ScopeData, p: Periods): Promise<DashboardFigure[]> {
  const groups = await meetingFigures.meetingGroups(ctx.db, scope, p.current, p.previous);
  const now = groups.filter((g) => g.current === 1);
  const before = groups.filter((g) => g.current === 0);
  const total = (list: typeof groups, key: 'meetings' | 'expected' | 'expectedPresent' | 'minutes') =>
    list.reduce((s, g) => s + g[key], 0);
  const byDesc = <T extends { value: number; label: string }>(items: T[]) =>
    items.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'fr'));
  const byMonth = (valueOf: (g: meetingFigures.MeetingGroup) => number): Breakdown =>
    monthly(p.current, new Map(rollUp(now, (g) => g.month, valueOf).map((i) => [i.label, i.value])));
  const type = (g: meetingFigures.MeetingGroup) => g.typeLabel;
  const dept = (g: meetingFigures.MeetingGroup) => g.dept ?? NO_DEPARTMENT;
  return [
    figure('meetingsHeld', count(total(now, 'meetings')), count(total(before, 'meetings')), [
      byMonth((g) => g.meetings),
      {
        key: 'typeInstance',
        label: 'Par type d’instance',
        items: byDesc(rollUp(now, type, (g) => g.meetings)),
      },
    ]),
    figure(
      'attendanceRate',
      { value: total(now, 'expectedPresent'), of: total(now, 'expected') },
      { value: total(before, 'expectedPresent'), of: total(before, 'expected') },
      [
        {
          key: 'typeInstance',
          label: 'Par type d’instance',
          items: rollUp(
            now,
            type,
            (g) => g.expectedPresent,
            (g) => g.expected,
          ),
        },
      ],
    ),
    figure('representationHours', count(total(now, 'minutes')), count(total(before, 'minutes')), [
      byMonth((g) => g.minutes),
      {
        key: 'typeInstance',
        label: 'Par type d’instance',
        items: byDesc(rollUp(now, type, (g) => g.minutes)),
      },
      // By person: the figure's list (every person and their hours, most first), read when opened.
      { key: 'departement', label: 'Par département', items: byDesc(rollUp(now, dept, (g) => g.minutes)) },
    ]),
  ];
}

async function money(ctx: ServiceContext, scope: ScopeData, p: Periods): Promise<DashboardFigure[]> {
  const [{ totals, ...parts }, receipts] = await Promise.all([
    moneyFigures.settledFigures(ctx.db, scope, p.current, p.previous, TOP),
    moneyFigures.receiptTotals(ctx.db, scope, p.current, p.previous),
  ]);
  const settled = (status: moneyFigures.SettledStatus, current: number): FigureValue => {
    const row = totals.find((t) => t.status === status && t.current === current);
    return { value: row?.cents ?? 0, of: row?.claims ?? 0 };
  };
  const breakdowns = (status: moneyFigures.SettledStatus): Breakdown[] => [
    {
      key: 'nature',
      label: 'Par nature de dépense',
      items: parts.byKind
        .filter((r) => r.status === status)
        .map((r) => ({ label: lineKindLabels[r.kind], value: r.cents })),
    },
    {
      key: 'instance',
      label: `Par instance ou projet (les ${TOP} premiers)`,
      items: parts.byInstance
        .filter((r) => r.status === status)
        .map((r) => ({ label: r.label ?? 'Sans réunion ni séance liée', value: r.cents })),
    },
  ];
  const receipt = (current: number): FigureValue => {
    const row = receipts.find((r) => r.current === current);
    return { value: row?.cents ?? 0, of: row?.count ?? 0 };
  };
  return [
    figure('claimsPaid', settled('payee', 1), settled('payee', 0), breakdowns('payee')),
    figure('claimsRenounced', settled('abandonnee', 1), settled('abandonnee', 0), breakdowns('abandonnee')),
    figure('taxReceipts', receipt(1), receipt(0)),
  ];
}

/** The families of figures, in the dashboard's order. A new family is one more line. */
const families = [representation, training, meetings, actions, feedback, money, volunteeringFigures];
/** A project holds no instance, mandate or person: only the families its actions have. */
const projectFamilies = [actions, feedback, money];

export async function dashboard(
  ctx: ServiceContext,
  period: PeriodData,
  scope: ScopeData,
): Promise<Dashboard> {
  const periods = periodsOf(ctx, period);
  const list = scope.kind === 'projet' ? projectFamilies : families;
  const parts = await Promise.all(list.map((family) => family(ctx, scope, periods)));
  return {
    period: periods.current,
    previousPeriod: periods.previous,
    scopeLabel: await scopeLabel(ctx, scope),
    figures: parts.flat().filter((f) => figureApplies(f.id, scope)),
  };
}
