/** The lists behind the figures of actions, sessions and questionnaires, each line linked to its record. */
import * as details from '../../db/indicators/action-details';
import type { Executor } from '../../db/audit';
import type { Page, Paged } from '../../db/indicators/details';
import type { EngagementFigureId } from '../../shared/indicators/catalogue-engagement';
import { meanOf, meanText } from '../../shared/indicators/display';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { FigureDetailLine, ResolvedPeriod } from '../../shared/indicators/types';
import { frenchDate } from '../../shared/rules/dates';
import { formatDuration, formatInteger } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { surveyAudienceShortLabels } from '../../shared/surveys/schemas';

const map = <T>(result: Paged<T>, line: (row: T) => FigureDetailLine) => ({
  total: result.total,
  lines: result.rows.map(line),
});

function actionPeriod(r: details.ActionLine): string {
  const from = frenchDate(r.startDate);
  if (r.endDate === null || r.endDate === r.startDate) return `Le ${from}`;
  return `Du ${from} au ${frenchDate(r.endDate)}`;
}

function beneficiariesText(r: details.ActionLine): string {
  if (Number(r.carries) === 0) return 'Comptés sur ses actions';
  const actual = r.actual === null ? 'non saisis' : formatInteger(r.actual);
  const expected = r.expected === null ? 'non saisis' : formatInteger(r.expected);
  return `Touchés : ${actual} · prévus : ${expected}`.replace(/ :/g, '\u00a0:');
}

export async function engagementLines(
  db: Executor,
  figure: EngagementFigureId,
  scope: ScopeData,
  period: ResolvedPeriod,
  page: Page,
): Promise<{ total: number; lines: FigureDetailLine[] }> {
  switch (figure) {
    case 'actionsWithUsers':
    case 'beneficiaries':
      return map(await details.actionsList(db, scope, period, page), (r) => ({
        id: r.id,
        label: r.kind === 'projet' ? `Projet : ${r.title}`.replace(' :', '\u00a0:') : r.title,
        detail: actionPeriod(r),
        date: null,
        value:
          figure === 'beneficiaries'
            ? beneficiariesText(r)
            : Number(r.withUsers) === 1
              ? `Avec participation : ${plural(Number(r.people), 'personne', 'personnes')}`.replace(
                  ' :',
                  '\u00a0:',
                )
              : 'Sans participation dans la période',
        link: `/actions/${r.id}`,
      }));
    case 'actionParticipants':
      return map(await details.sessionPeopleList(db, scope, period, page), (r) => ({
        id: r.id,
        label: `${r.firstName} ${r.lastName}`,
        detail: plural(Number(r.sessions), 'séance', 'séances'),
        date: null,
        value: formatDuration(Number(r.minutes)),
        link: `/representants/${r.id}`,
      }));
    case 'countedParticipants':
    case 'sessionsHeld':
    case 'sessionHours':
      return map(await details.sessionsList(db, scope, period, page), (r) => ({
        id: r.id,
        label: r.title ? `${r.actionTitle} — ${r.title}` : r.actionTitle,
        detail: r.projectTitle ? `Projet ${r.projectTitle}` : null,
        date: r.date,
        value: [
          plural(Number(r.present), 'présent', 'présents'),
          r.counted ? `${plural(r.counted, 'participant', 'participants')} hors registre` : null,
          formatDuration(Number(r.minutes)),
        ]
          .filter(Boolean)
          .join(' · '),
        link: `/seances/${r.id}`,
      }));
    case 'surveyResponses':
    case 'surveyMeanScore':
      return map(await details.surveysList(db, scope, period, page), (r) => {
        const mean = meanOf({ value: Number(r.scoreSum), of: Number(r.scores) });
        return {
          id: r.id,
          label: r.title,
          detail: surveyAudienceShortLabels[r.audience],
          date: r.lastReceived,
          value: [plural(Number(r.responses), 'réponse', 'réponses'), mean === null ? null : meanText(mean)]
            .filter(Boolean)
            .join(' · '),
          link: `/questionnaires/${r.id}/resultats`,
        };
      });
  }
}
