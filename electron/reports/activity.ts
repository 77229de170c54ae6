/**
 * Comptes rendus d'activité: the year's reports back of a representative, or on an instance, in
 * one PDF for the association's general assembly; confidential reports are left out and counted.
 * The batch for every representative runs as a job, a few people per query, like the relevés.
 */
import * as activity from '../../db/reports/activity';
import { peopleByIds } from '../../db/register/people';
import { instanceNamed } from '../../db/reports/report-people';
import {
  confidentialLeftOutNote,
  followUpState,
  followUpStateLabels,
} from '../../shared/reports/report-rules';
import { fileNamePart } from '../../shared/rules/text';
import { personName } from '../../shared/rules/person-name';
import { toReportMeeting } from '../../db/reports/report-meetings';
import {
  activityReportsDocument,
  renderActivityReports,
  type ActivityEntry,
  type ActivityReport,
} from '../documents/activity-report';
import { requiredAssociationIdentity } from '../association/identity';
import { AppError, notFound } from '../errors';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { batchSteps, type JobControl } from '../jobs/job-control';
import { todayIso, type ServiceContext } from '../service-context';
import { followUpWindowDays } from './reports';

interface Basis {
  today: string;
  windowDays: number;
}

/** The entries of a scope and year, grouped by person (in the order of the query). */
async function entriesOf(
  ctx: ServiceContext,
  basis: Basis,
  scope: activity.ActivityScope,
  year: number,
): Promise<Map<number, ActivityEntry[]>> {
  const reports = await activity.activityReports(ctx.db, scope, year);
  const followUps = await activity.activityFollowUps(ctx.db, scope, year);
  const byReport = new Map<number, ActivityEntry['followUps']>();
  for (const f of followUps) {
    const list = byReport.get(f.report_id) ?? [];
    list.push({
      description: f.description,
      ownerName: f.owner_name,
      dueOn: f.due_on,
      doneOn: f.done_on,
      stateLabel:
        followUpStateLabels[
          followUpState({ dueOn: f.due_on, doneOn: f.done_on }, basis.today, basis.windowDays)
        ],
    });
    byReport.set(f.report_id, list);
  }
  const byPerson = new Map<number, ActivityEntry[]>();
  for (const r of reports) {
    const meeting = toReportMeeting(r);
    const list = byPerson.get(r.representative_id) ?? [];
    list.push({
      date: meeting.date,
      meetingLabel: meeting.label,
      kind: meeting.kind,
      personName: personName(r.first_name, r.last_name),
      pointsRaised: r.points_raised,
      positionsTaken: r.positions_taken,
      followUps: byReport.get(r.id) ?? [],
    });
    byPerson.set(r.representative_id, list);
  }
  return byPerson;
}

async function basisOf(ctx: ServiceContext): Promise<Basis> {
  return { today: todayIso(ctx), windowDays: await followUpWindowDays(ctx) };
}

/** The documents of these people for the year, in their order. */
async function personReports(
  ctx: ServiceContext,
  basis: Basis,
  ids: readonly number[],
  year: number,
): Promise<ActivityReport[]> {
  const scope = { representativeIds: ids };
  const people = await peopleByIds(ctx.db, ids);
  const entries = await entriesOf(ctx, basis, scope, year);
  const hidden = await activity.confidentialCounts(ctx.db, scope, year);
  return people.map((p) => ({
    year,
    scope: { kind: 'person', person: { civility: p.civility, firstName: p.firstName, lastName: p.lastName } },
    issuedOn: basis.today,
    entries: entries.get(p.id) ?? [],
    confidentialNote: confidentialLeftOutNote(hidden.get(p.id) ?? 0),
  }));
}

/** The documents' data of these people for the year (the bench draws them with plain pdfkit as its floor). */
export async function personActivityReports(
  ctx: ServiceContext,
  ids: readonly number[],
  year: number,
): Promise<ActivityReport[]> {
  return personReports(ctx, await basisOf(ctx), ids, year);
}

export async function personActivityFile(
  ctx: ServiceContext,
  input: { representativeId: number; year: number },
): Promise<ProducedFile> {
  const association = await requiredAssociationIdentity(ctx.db);
  const [report] = await personReports(ctx, await basisOf(ctx), [input.representativeId], input.year);
  if (!report) throw notFound('Personne');
  const person = report.scope.kind === 'person' ? report.scope.person : null;
  const name = fileNamePart(person ? `${person.lastName} ${person.firstName}` : '', 60);
  return pdfFile(
    `Compte rendu activite ${input.year} ${name}.pdf`,
    renderActivityReports(association, [report]),
  );
}

export async function instanceActivityFile(
  ctx: ServiceContext,
  input: { instanceId: number; year: number },
): Promise<ProducedFile> {
  const association = await requiredAssociationIdentity(ctx.db);
  const instance = await instanceNamed(ctx.db, input.instanceId);
  if (!instance) throw notFound('Instance');
  const basis = await basisOf(ctx);
  const scope = { instanceId: input.instanceId };
  const entries = [...(await entriesOf(ctx, basis, scope, input.year)).values()]
    .flat()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const hidden = [...(await activity.confidentialCounts(ctx.db, scope, input.year)).values()].reduce(
    (n, c) => n + c,
    0,
  );
  const report: ActivityReport = {
    year: input.year,
    scope: { kind: 'instance', name: instance.name, organisation: instance.organisation },
    issuedOn: basis.today,
    entries,
    confidentialNote: confidentialLeftOutNote(hidden),
  };
  return pdfFile(
    `Compte rendu activite ${input.year} ${fileNamePart(instance.name, 60)}.pdf`,
    renderActivityReports(association, [report]),
  );
}

/** People whose year is read in one go; each document is then drawn on its own. */
const PEOPLE_PER_QUERY = 25;

/** The comptes rendus d'activité of everyone who reported back in the year, in one PDF. */
export async function allActivityFile(
  ctx: ServiceContext,
  year: number,
  control?: JobControl,
): Promise<ProducedFile & { count: number }> {
  const association = await requiredAssociationIdentity(ctx.db);
  const basis = await basisOf(ctx);
  const total = await activity.countPeopleWithReports(ctx.db, year);
  if (total === 0)
    throw new AppError('FORBIDDEN_STATE', `Aucun compte rendu de mandat n’a été écrit pour ${year}.`);
  const step = batchSteps(control);
  await step(0, total);
  const document = activityReportsDocument(association);
  let count = 0;
  let after: { searchText: string; id: number } | null = null;
  for (;;) {
    const group = await activity.peopleWithReports(ctx.db, year, after, PEOPLE_PER_QUERY);
    const last = group.at(-1);
    if (!last) break;
    const reports = await personReports(
      ctx,
      basis,
      group.map((p) => p.id),
      year,
    );
    for (const report of reports) {
      document.add([report]);
      count += 1;
      await step(count, total);
    }
    after = { searchText: last.search_text, id: last.id };
  }
  return { ...pdfFile(`Comptes rendus activite ${year}.pdf`, document.finish()), count };
}
