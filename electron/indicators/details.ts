/** The list behind one figure, one page at a time, each line linked to where it opens in the app. */
import * as details from '../../db/indicators/details';
import { figureDef, type FigureId } from '../../shared/indicators/catalogue';
import { dueCalendar } from '../../shared/indicators/due-calendar';
import type { PeriodData, ScopeData } from '../../shared/indicators/schemas';
import type { FigureDetailLine, FigureDetails, ResolvedPeriod } from '../../shared/indicators/types';
import { frenchDate } from '../../shared/rules/dates';
import { formatDuration, formatEuros } from '../../shared/rules/format-fr';
import { halfDaysText } from '../../shared/meetings/conge-rules';
import { plural } from '../../shared/rules/plural';
import type { ServiceContext } from '../service-context';
import { getRegisterSettings } from '../todo/todo';
import { congeByPerson } from './conge-figure';
import { periodsOf } from './dashboard';
import { volunteerPeopleList } from '../valorisation/dashboard-figures';
import { engagementLines } from './engagement-details';

const name = (r: { firstName: string; lastName: string }) => `${r.firstName} ${r.lastName}`;

async function lines(
  ctx: ServiceContext,
  figure: FigureId,
  scope: ScopeData,
  period: ResolvedPeriod,
  page: details.Page,
): Promise<{ total: number; lines: FigureDetailLine[] }> {
  const db = ctx.db;
  const map = <T>(result: details.Paged<T>, line: (row: T) => FigureDetailLine) => ({
    total: result.total,
    lines: result.rows.map(line),
  });
  switch (figure) {
    case 'engagedPeople':
      return map(await details.engagedPeopleList(db, scope, period, page), (r) => ({
        id: r.id,
        label: name(r),
        detail: null,
        date: null,
        value: plural(Number(r.mandates), 'mandat', 'mandats'),
        link: `/representants/${r.id}`,
      }));
    case 'newPeople':
      return map(await details.newPeopleList(db, scope, period, page), (r) => ({
        id: r.id,
        label: name(r),
        detail: 'Premier mandat',
        date: r.firstStart,
        value: null,
        link: `/representants/${r.id}`,
      }));
    case 'baseTrainingOnTime': {
      const { baseTrainingDelayMonths } = await getRegisterSettings(ctx);
      const calendar = dueCalendar(period, baseTrainingDelayMonths);
      return map(await details.baseTrainingList(db, scope, period, calendar, page), (r) => ({
        id: r.id,
        label: name(r),
        detail: r.dueDate ? `Échéance le ${frenchDate(r.dueDate)}` : null,
        date: r.firstStart,
        value:
          r.baseOn !== null && r.dueDate !== null && r.baseOn <= r.dueDate
            ? `Suivie le ${frenchDate(r.baseOn)}`
            : 'Pas suivie à l’échéance',
        link: `/representants/${r.id}`,
      }));
    }
    case 'congeUsed': {
      const all = await congeByPerson(ctx, scope, period);
      const slice = all.slice(page.offset, page.offset + page.limit);
      const names = await details.peopleNames(
        db,
        slice.map((p) => p.representativeId),
      );
      return {
        total: all.length,
        lines: slice.map((p) => {
          const person = names.get(p.representativeId);
          return {
            id: p.representativeId,
            label: person ? name(person) : '—',
            detail: null,
            date: null,
            value: halfDaysText(p.halfDays),
            link: `/representants/${p.representativeId}`,
          };
        }),
      };
    }
    case 'seats':
    case 'instancesBelowTarget':
      if (period.until < period.from) return { total: 0, lines: [] };
      return map(
        await details.instancesOnList(db, scope, period.until, figure === 'instancesBelowTarget', page),
        (r) => ({
          id: r.id,
          label: r.name,
          detail: r.organisationName,
          date: null,
          value:
            figure === 'seats'
              ? `${plural(Number(r.filled), 'siège pourvu', 'sièges pourvus')} sur ${r.offered}`
              : `${plural(Number(r.people), 'personne', 'personnes')} pour ${r.targetMin} souhaitées`,
          link: `/instances/${r.id}`,
        }),
      );
    case 'trainings':
    case 'trainingHours':
      return map(await details.trainingsList(db, scope, period, page), (r) => ({
        id: r.id,
        label: name(r),
        detail: r.kindLabel,
        date: r.date,
        value: r.minutes === null ? 'Durée non saisie' : formatDuration(r.minutes),
        link: `/representants/${r.representativeId}`,
      }));
    case 'representationHours':
      return map(await details.peopleHoursList(db, scope, period, page), (r) => ({
        id: r.id,
        label: name(r),
        detail: plural(Number(r.meetings), 'réunion', 'réunions'),
        date: null,
        value: formatDuration(Number(r.minutes)),
        link: `/representants/${r.id}`,
      }));
    case 'meetingsHeld':
    case 'attendanceRate':
      return map(await details.meetingsList(db, scope, period, page), (r) => ({
        id: r.id,
        label: r.title ? `${r.instanceName} — ${r.title}` : r.instanceName,
        detail: r.organisationName,
        date: r.date,
        value: `${Number(r.expectedPresent)} sur ${plural(Number(r.expected), 'attendu', 'attendus')} · ${formatDuration(Number(r.minutes))}`,
        link: `/reunions/${r.id}`,
      }));
    case 'claimsPaid':
    case 'claimsRenounced':
      return map(
        await details.settledClaimsList(
          db,
          scope,
          figure === 'claimsPaid' ? 'payee' : 'abandonnee',
          period,
          page,
        ),
        (r) => ({
          id: r.id,
          label: name(r),
          detail: r.number,
          date: r.date,
          value: formatEuros(Number(r.cents)),
          link: `/frais/${r.id}`,
        }),
      );
    case 'actionsWithUsers':
    case 'actionParticipants':
    case 'countedParticipants':
    case 'beneficiaries':
    case 'sessionsHeld':
    case 'sessionHours':
    case 'surveyResponses':
    case 'surveyMeanScore':
      return engagementLines(db, figure, scope, period, page);
    case 'taxReceipts':
      return map(await details.receiptsList(db, scope, period, page), (r) => ({
        id: r.id,
        label: r.donorName,
        detail: r.number,
        date: r.date,
        value: formatEuros(Number(r.cents)),
        link: `/recus-fiscaux?annee=${r.year}`,
      }));
    case 'volunteerHours':
    case 'volunteerValue':
      return volunteerPeopleList(ctx, scope, period, page);
  }
}

export async function figureDetails(
  ctx: ServiceContext,
  input: { figure: FigureId; period: PeriodData; scope: ScopeData; offset: number; limit: number },
): Promise<FigureDetails> {
  figureDef(input.figure);
  const { current } = periodsOf(ctx, input.period);
  const result = await lines(ctx, input.figure, input.scope, current, {
    offset: input.offset,
    limit: input.limit,
  });
  return { figure: input.figure, ...result };
}
