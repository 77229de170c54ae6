/** What the scope picker offers: organisations, instance types, departments, years with data. */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import { departmentSql } from './scope';

/** The picker offers the most recent projects; an association runs tens of them, not thousands. */
export const PROJECTS_OFFERED = 500;

export async function scopeOptions(db: Executor): Promise<{
  organisations: Array<{ id: number; name: string }>;
  instanceTypes: Array<{ id: number; label: string }>;
  departments: string[];
  years: number[];
  projects: Array<{ id: number; label: string }>;
}> {
  const [organisations, instanceTypes, departments, years, projects] = await Promise.all([
    db
      .selectFrom('organisation')
      .select(['id', 'name'])
      .where('archived_at', 'is', null)
      .orderBy('name')
      .execute(),
    db.selectFrom('instance_type').select(['id', 'label']).orderBy('sort_order').orderBy('id').execute(),
    sql<{ dept: string }>`select distinct ${departmentSql('o.postal_code')} as dept from organisation o
      join instance i on i.organisation_id = o.id where dept is not null order by dept`.execute(db),
    sql<{ year: string }>`select distinct year from (
        select substr(min(start_date), 1, 4) as year from mandate
        union select substr(max(start_date), 1, 4) from mandate
        union select substr(min(date), 1, 4) from meeting
        union select substr(max(date), 1, 4) from meeting)
      where year is not null`.execute(db),
    db
      .selectFrom('action')
      .select(['id', 'title as label'])
      .where('kind', '=', 'projet')
      .where('status', '<>', 'annule')
      .orderBy('start_date', 'desc')
      .orderBy('id', 'desc')
      .limit(PROJECTS_OFFERED)
      .execute(),
  ]);
  const known = years.rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y));
  const span: number[] = [];
  if (known.length > 0) for (let y = Math.max(...known); y >= Math.min(...known); y -= 1) span.push(y);
  return {
    organisations,
    instanceTypes,
    departments: departments.rows.map((r) => r.dept),
    years: span,
    projects,
  };
}

export async function projectTitle(db: Executor, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('action')
    .select('title')
    .where('id', '=', id)
    .where('kind', '=', 'projet')
    .executeTakeFirst();
  return row?.title ?? null;
}

export async function organisationName(db: Executor, id: number): Promise<string | null> {
  const row = await db.selectFrom('organisation').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

export async function instanceTypeLabel(db: Executor, id: number): Promise<string | null> {
  const row = await db.selectFrom('instance_type').select('label').where('id', '=', id).executeTakeFirst();
  return row?.label ?? null;
}
