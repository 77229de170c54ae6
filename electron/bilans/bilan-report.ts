/**
 * Everything a bilan d'action prints, read from the data: the financement, the funded projects and
 * their actions (calendar planned vs actual, beneficiaries planned vs reached, partners), human
 * resources (volunteers' hours from the sessions and the dashboard's representation hours, then
 * the lines typed on the bilan), the objectives with their results, the dashboard's key figures for
 * the bilan's period and scope — the same service calls as the dashboard — and the texts.
 * The PDF and the workbook are both drawn from this one object.
 */
import * as bilansRepo from '../../db/bilans/bilans';
import { fundedActions, sessionVolunteering, type FundedAction } from '../../db/bilans/projects';
import { actionStatusLabel, periodText } from '../../shared/actions/rules';
import { fundingStatusLabels, staffStatusLabels, staffStatusLetters } from '../../shared/bilans/fundings';
import { bilanSections } from '../../shared/bilans/sections';
import { figureDef, figures, type FigureId } from '../../shared/indicators/catalogue';
import { valueDetail, valueText } from '../../shared/indicators/display';
import { resolvePeriod } from '../../shared/indicators/period';
import type { PeriodData } from '../../shared/indicators/schemas';
import { frenchDate } from '../../shared/rules/dates';
import { plural } from '../../shared/rules/plural';
import { foldForSearch } from '../../shared/rules/text';
import { associationIdentity } from '../association/identity';
import type { BilanReport, BilanStaffRow } from '../documents/action-bilan';
import { notFound } from '../errors';
import { scopeLabel } from '../indicators/labels';
import { todayIso, type ServiceContext } from '../service-context';
import { scopeOfBilan } from './bilan-scope';
import { dashboardFigures } from './figure-values';
import { fundingRow } from './fundings';
import { objectiveSet } from './objectives';

/** The key figures: every figure of the dashboard but the congé, which it also asks apart. */
const KEY_FIGURES: readonly FigureId[] = figures.map((f) => f.id).filter((id) => id !== 'congeUsed');

/** A whole calendar year reads « 2026 », as on the dashboard; other dates as dates. */
export function bilanPeriod(from: string, to: string): PeriodData {
  const year = Number(from.slice(0, 4));
  return from === `${year}-01-01` && to === `${year}-12-31`
    ? { kind: 'annee', year }
    : { kind: 'dates', from, to };
}

function actualDates(a: FundedAction): string {
  if (a.first_session === null || a.last_session === null) return 'Aucune séance tenue';
  const sessions = plural(a.sessions, 'séance', 'séances');
  return a.first_session === a.last_session
    ? `${sessions} le ${frenchDate(a.first_session)}`
    : `${sessions} du ${frenchDate(a.first_session)} au ${frenchDate(a.last_session)}`;
}

/**
 * Partners as typed on the actions — one per line, or separated by « ; » or by commas outside
 * parentheses (« Communes (Saint-Denis, Saint-Benoît) » stays one) —, each with its actions.
 */
function partnersOf(actions: readonly FundedAction[]): BilanReport['partners'] {
  const byName = new Map<string, { name: string; actions: string[] }>();
  for (const a of actions) {
    for (const name of (a.partners ?? '')
      .split(/\r?\n|;|,(?![^(]*\))/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const key = foldForSearch(name);
      const entry = byName.get(key) ?? { name, actions: [] };
      if (!entry.actions.includes(a.title)) entry.actions.push(a.title);
      byName.set(key, entry);
    }
  }
  return [...byName.values()].map((p) => ({ name: p.name, actions: p.actions.join(' ; ') }));
}

export async function bilanReport(ctx: ServiceContext, bilanId: number): Promise<BilanReport> {
  const bilan = await bilansRepo.getBilan(ctx.db, bilanId);
  if (!bilan) throw notFound('Bilan');
  const today = todayIso(ctx);
  const scope = scopeOfBilan(bilan.scope);
  const period = bilanPeriod(bilan.period_from, bilan.period_to);
  const resolved = resolvePeriod(period, today);
  const [association, funding, actions, staff, sections, board, volunteering] = await Promise.all([
    associationIdentity(ctx.db),
    fundingRow(ctx.db, bilan.funding_id),
    fundedActions(ctx.db, bilan.funding_id),
    bilansRepo.staffLines(ctx.db, bilanId, 100),
    bilansRepo.currentSections(ctx.db, bilanId),
    dashboardFigures(ctx, period, scope, KEY_FIGURES),
    sessionVolunteering(ctx.db, bilan.funding_id, resolved),
  ]);
  const scopeName = await scopeLabel(ctx, scope);

  const projects = actions.filter((a) => a.kind === 'projet');
  const objectiveOwners = [
    ...projects.map((p) => ({ kind: 'projet' as const, actionId: p.id })),
    ...Array.from(
      { length: Number(bilan.period_to.slice(0, 4)) - Number(bilan.period_from.slice(0, 4)) + 1 },
      (_, i) => ({ kind: 'annee' as const, year: Number(bilan.period_from.slice(0, 4)) + i }),
    ),
  ];
  const objectiveSets = [];
  for (const owner of objectiveOwners) {
    const set = await objectiveSet(ctx, owner);
    if (set.objectives.length > 0) objectiveSets.push(set);
  }

  const figureValue = (id: FigureId) => board.get(id)?.current ?? { value: 0, of: null };
  const representation = figureValue('representationHours');
  const computedStaff: BilanStaffRow[] = [
    {
      role: 'Bénévoles aux séances des actions financées',
      people: volunteering.people,
      minutes: volunteering.minutes,
      status: staffStatusLetters.benevole,
      statusLabel: staffStatusLabels.benevole,
      steps: `${plural(volunteering.sessions, 'séance tenue', 'séances tenues')} sur la période (présences saisies)`,
      computed: true,
    },
    {
      role: 'Représentants des usagers aux réunions des instances',
      people: figureValue('engagedPeople').value,
      minutes: representation.value,
      status: staffStatusLetters.benevole,
      statusLabel: staffStatusLabels.benevole,
      steps: `Réunions des instances (${scopeName}) : le nombre est celui des représentants engagés, les heures celles du tableau de bord`,
      computed: true,
    },
  ];
  const typedStaff: BilanStaffRow[] = staff.map((s) => ({
    role: s.role,
    people: s.people,
    minutes: s.minutes,
    status: staffStatusLetters[s.status],
    statusLabel: staffStatusLabels[s.status],
    steps: s.steps ?? '',
    computed: false,
  }));
  const allStaff = [...computedStaff, ...typedStaff];
  const hoursByStatus = new Map<string, number>();
  for (const s of allStaff)
    hoursByStatus.set(s.statusLabel, (hoursByStatus.get(s.statusLabel) ?? 0) + s.minutes);

  const withBeneficiaries = actions.filter(
    (a) => a.expected_beneficiaries !== null || a.actual_beneficiaries !== null,
  );
  const current = new Map(sections.map((s) => [s.section, s]));
  const monthly = board.get('meetingsHeld')?.breakdowns.find((b) => b.key === 'mois')?.items ?? [];

  return {
    association,
    issuedOn: today,
    funding: {
      funder: funding.funder,
      title: funding.title,
      agreementRef: funding.agreement_ref,
      amountCents: funding.amount_cents,
      periodLabel: periodText(funding.period_from, funding.period_to),
      statusLabel: fundingStatusLabels[funding.status],
    },
    periodLabel: resolved.label,
    periodText: periodText(bilan.period_from, bilan.period_to),
    scopeLabel: scopeName,
    themes: [...new Set(actions.map((a) => a.theme).filter((t): t is string => t !== null))],
    projects: projects.map((p) => ({
      title: p.title,
      dates: periodText(p.start_date, p.end_date),
      status: actionStatusLabel('projet', p.status),
    })),
    calendar: actions.map((a) => ({
      step: a.kind === 'projet' ? `Projet : ${a.title}` : a.title,
      planned: periodText(a.start_date, a.end_date),
      actual: actualDates(a),
      comment: actionStatusLabel(a.kind, a.status),
    })),
    beneficiaries: withBeneficiaries.map((a) => ({
      label: a.title,
      expected: a.expected_beneficiaries,
      actual: a.actual_beneficiaries,
    })),
    partners: partnersOf(actions),
    staff: allStaff,
    objectives: objectiveSets.map((set) => ({
      title: set.title,
      note: set.period
        ? `Résultats calculés sur la période ${set.period.label}, périmètre : ${set.scopeLabel}.`
        : set.periodNote,
      objectives: set.objectives.map((o) => ({
        label: o.label,
        indicators: o.indicators.map((i) => ({
          label: i.label,
          expected: i.expected,
          result: i.result,
          detail:
            i.source === 'calcule'
              ? [`${i.figureLabel ?? ''} (calculé)`, i.resultDetail].filter(Boolean).join(' — ')
              : null,
          comment: i.comment ?? '',
        })),
      })),
    })),
    figures: KEY_FIGURES.map((id) => {
      const def = figureDef(id);
      const value = figureValue(id);
      return {
        id,
        label: def.label,
        value: valueText(def, value),
        detail: valueDetail(def, value),
        definition: def.definition,
      };
    }),
    charts: {
      meetingsByMonth: monthly.map((m) => ({ label: m.label, value: m.value })),
      hoursByStatus: [...hoursByStatus.entries()].map(([label, value]) => ({ label, value })),
      beneficiaries: withBeneficiaries
        .filter((a) => a.actual_beneficiaries !== null)
        .slice(0, 12)
        .map((a) => ({ label: a.title, value: a.actual_beneficiaries ?? 0 })),
    },
    sections: bilanSections.map((def) => ({
      key: def.key,
      label: def.label,
      body: current.get(def.key)?.body ?? '',
    })),
  };
}
