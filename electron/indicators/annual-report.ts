/**
 * The rapport d'activité of a period for the general assembly: the very figures of the dashboard
 * (the same service call, said by the same display rules), with their charts, the mandates held by
 * instance and the actions and projects carried, as a PDF.
 */
import { carriedActions, heldMandates, type CarriedAction } from '../../db/indicators/report-lists';
import { actionKindLabels } from '../../shared/actions/schemas';
import { actionStatusLabel } from '../../shared/actions/rules';
import {
  figureDef,
  figureFamilies,
  figureFamilyLabels,
  figures,
  type FigureDef,
} from '../../shared/indicators/catalogue';
import { evolution, valueDetail, valueText } from '../../shared/indicators/display';
import { comparedWith } from '../../shared/indicators/period';
import type { PeriodData, ScopeData } from '../../shared/indicators/schemas';
import { figureApplies } from '../../shared/indicators/scope-rules';
import type { DashboardFigure } from '../../shared/indicators/types';
import { mandateRoleLabel } from '../../shared/rules/agreement';
import { frenchDate } from '../../shared/rules/dates';
import { plural } from '../../shared/rules/plural';
import { fileNamePart } from '../../shared/rules/text';
import { requiredAssociationIdentity } from '../association/identity';
import {
  renderAnnualActivityReport,
  type AnnualAction,
  type AnnualActivityReport,
  type AnnualChart,
  type AnnualMandateGroup,
} from '../documents/annual-activity-report';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { todayIso, type ServiceContext } from '../service-context';
import { congeFigure } from './conge-figure';
import { dashboard } from './dashboard';

/** Lines listed at most; an AG reads tens or hundreds, the note says how many more there are. */
export const REPORT_LIST_LIMIT = 1_000;

function chartOf(def: FigureDef, figure: DashboardFigure): AnnualChart | null {
  const breakdown = figure.breakdowns[0];
  // Nothing to draw: a chart of zeros says no more than the table's value.
  if (!breakdown || breakdown.items.every((i) => i.value === 0)) return null;
  const withWhole = breakdown.items.some((i) => i.of !== undefined);
  const format = withWhole || (def.display !== 'taux' && def.display !== 'moyenne') ? def.display : 'nombre';
  return {
    title: `${def.label} — ${breakdown.label.toLowerCase()}`,
    kind: breakdown.key === 'mois' ? 'mois' : 'barres',
    format,
    bars: breakdown.items.map((i) => ({ label: i.label, value: i.value, of: i.of ?? null })),
  };
}

function mandateGroups(rows: Awaited<ReturnType<typeof heldMandates>>['rows']): AnnualMandateGroup[] {
  const groups: AnnualMandateGroup[] = [];
  for (const m of rows) {
    let group = groups[groups.length - 1];
    if (!group || group.instance !== m.instanceName || group.organisation !== m.organisationName) {
      group = { instance: m.instanceName, organisation: m.organisationName, rows: [] };
      groups.push(group);
    }
    group.rows.push({
      name: `${m.firstName} ${m.lastName}`,
      role: mandateRoleLabel(m.role, m.roleOther, m.civility),
      from: m.startDate,
      to: m.endedOn ?? m.endDate,
    });
  }
  return groups;
}

function actionLine(a: CarriedAction): AnnualAction {
  return {
    title: a.title,
    kind: actionKindLabels[a.kind],
    carrier: a.carrier === 'association' ? 'L’association' : (a.carrierName ?? '—'),
    dates:
      a.endDate === null
        ? `À partir du ${frenchDate(a.startDate)}`
        : a.endDate === a.startDate
          ? `Le ${frenchDate(a.startDate)}`
          : `Du ${frenchDate(a.startDate)} au ${frenchDate(a.endDate)}`,
    status: actionStatusLabel(a.kind, a.status),
    sessions: Number(a.sessions),
    people: Number(a.people),
  };
}

const leftOut = (total: number, shown: number, noun: [string, string]): string | null =>
  total > shown ? `${plural(total, noun[0], noun[1])} en tout ; les ${shown} premiers sont listés.` : null;

export async function annualReport(
  ctx: ServiceContext,
  period: PeriodData,
  scope: ScopeData,
): Promise<AnnualActivityReport> {
  const withConge = figureApplies('congeUsed', scope);
  const [board, conge] = await Promise.all([
    dashboard(ctx, period, scope),
    withConge ? congeFigure(ctx, period, scope) : Promise.resolve(null),
  ]);
  const all = conge ? [...board.figures, conge] : board.figures;
  const previous = comparedWith(period);
  const [mandates, actions] = await Promise.all([
    heldMandates(ctx.db, scope, board.period, REPORT_LIST_LIMIT),
    carriedActions(ctx.db, scope, board.period, REPORT_LIST_LIMIT),
  ]);
  const families = figureFamilies
    .map((family) => ({
      label: figureFamilyLabels[family],
      figures: figures
        .filter((def) => def.family === family)
        .flatMap((def) => {
          const f = all.find((x) => x.id === def.id);
          if (!f) return [];
          return [
            {
              label: def.label,
              value: valueText(def, f.current),
              detail: valueDetail(def, f.current),
              evolution: evolution(figureDef(def.id), f.current, f.previous, previous).text,
              chart: chartOf(def, f),
            },
          ];
        }),
    }))
    .filter((family) => family.figures.length > 0);
  return {
    periodLabel: board.period.label,
    scopeLabel: board.scopeLabel,
    comparison:
      period.kind === 'annee'
        ? `Comparé à ${board.previousPeriod.label}`
        : `Comparé à la période ${board.previousPeriod.label}`,
    issuedOn: todayIso(ctx),
    families,
    withMandates: scope.kind !== 'projet',
    mandates: mandateGroups(mandates.rows),
    mandatesNote: leftOut(mandates.total, mandates.rows.length, ['mandat', 'mandats']),
    actions: actions.rows.map(actionLine),
    actionsNote: leftOut(actions.total, actions.rows.length, ['action ou projet', 'actions ou projets']),
  };
}

export async function annualReportPdf(
  ctx: ServiceContext,
  period: PeriodData,
  scope: ScopeData,
): Promise<ProducedFile> {
  const association = await requiredAssociationIdentity(ctx.db);
  const report = await annualReport(ctx, period, scope);
  return pdfFile(
    `Rapport activite ${fileNamePart(`${report.periodLabel} ${report.scopeLabel}`, 80)}.pdf`,
    renderAnnualActivityReport(association, report),
  );
}
