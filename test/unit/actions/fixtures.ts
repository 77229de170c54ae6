/** Actions built through the service, and sessions written as the sessions' service would (a meeting with action_id). */
import { createAction } from '../../../electron/actions/actions';
import type { ServiceContext } from '../../../electron/service-context';
import { actionInput, type ActionInput } from '../../../shared/actions/schemas';

export const baseAction: ActionInput = {
  kind: 'action',
  projectId: null,
  title: 'Groupe de travail',
  carrier: 'association',
  organisationId: null,
  instanceId: null,
  themeId: null,
  phase: null,
  involvementLevel: null,
  status: 'prevu',
  startDate: null,
  endDate: null,
  place: null,
  description: null,
  expectedBeneficiaries: null,
  actualBeneficiaries: null,
  partners: null,
  attestationKind: 'participation',
};

export function action(ctx: ServiceContext, overrides: Partial<ActionInput> = {}) {
  return createAction(ctx, actionInput.parse({ ...baseAction, ...overrides }));
}

export async function session(
  ctx: ServiceContext,
  actionId: number,
  date: string,
  extra: { counted?: number; cancelled?: boolean; present?: number[] } = {},
): Promise<number> {
  const at = '2026-11-22T10:00:00.000Z';
  const row = await ctx.db
    .insertInto('meeting')
    .values({
      action_id: actionId,
      instance_id: null,
      date,
      start_time: '14:00',
      end_time: '16:00',
      place: 'Maison de santé',
      counted_participants: extra.counted ?? null,
      cancelled_at: extra.cancelled ? at : null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const personId of extra.present ?? [])
    await ctx.db
      .insertInto('attendance')
      .values({
        meeting_id: row.id,
        representative_id: personId,
        mandate_id: null,
        non_mandated: 1,
        status: 'present',
        created_at: at,
        updated_at: at,
      })
      .execute();
  return row.id;
}

export async function themeId(ctx: ServiceContext, label: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('action_theme')
    .select('id')
    .where('label', '=', label)
    .executeTakeFirstOrThrow();
  return row.id;
}
