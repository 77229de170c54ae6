/**
 * Bilan d'action on the bench data set (10,000 people, 2,000 instances, three years of meetings):
 * a financement of one project with 20 actions, 400 sessions and 4,000 presences, objectives with
 * computed results, typed human resources and every text filled; the PDF through the service
 * (report — the dashboard's figures for the year, the project's objectives, the sessions — and
 * drawing), target median ≤ 2 s, beside the same SQL run directly.
 * Run alone: npx tsx bench/bilans-bench.ts
 */
import { saveAssociation } from '../electron/association/association';
import { bilanPdf } from '../electron/bilans/bilan-files';
import { addStaffLine, createBilan, saveSection } from '../electron/bilans/bilans';
import { createFunding } from '../electron/bilans/fundings';
import { createIndicator, createObjective } from '../electron/bilans/objectives';
import { createAction } from '../electron/actions/actions';
import { actionInput } from '../shared/actions/schemas';
import { associationInput } from '../shared/association/schemas';
import { fundingInput, staffLineInput } from '../shared/bilans/fundings';
import { indicatorInput } from '../shared/bilans/objectives';
import { bilanSections } from '../shared/bilans/sections';
import { figureIds } from '../shared/indicators/catalogue';
import { BENCH_TODAY, NORMAL, openDataset } from './dataset';
import { atMost, compare, type BenchRow } from './measure';
import { printRows } from './print';
import { rawDatabase, recordSql, SQL_FLOOR } from './sql-floor';
import type { ServiceContext } from '../electron/service-context';

const ACTIONS = 20;
const SESSIONS_PER_ACTION = 20;
const PRESENT_PER_SESSION = 10;

const base = {
  kind: 'action',
  projectId: null,
  carrier: 'association',
  organisationId: null,
  instanceId: null,
  themeId: null,
  phase: null,
  involvementLevel: null,
  status: 'en_cours',
  place: null,
  description: null,
  attestationKind: 'participation',
} as const;

async function seed(ctx: ServiceContext): Promise<number> {
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Collectif des usagers d’Ille-et-Vilaine',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Représenter les usagers.',
      organismType: 'Association loi 1901',
      president: 'Hélène Dubois-Martin',
      treasurer: 'Bernard Hamon',
      documentPlace: 'Rennes',
    }),
  );
  const project = await createAction(
    ctx,
    actionInput.parse({
      ...base,
      kind: 'projet',
      title: 'Structuration des CPTS',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      expectedBeneficiaries: 2000,
      actualBeneficiaries: 1486,
      partners: 'ARS ; CHU ; URPS ; Communes (Vitré, Fougères)',
    }),
  );
  const raw = await rawDatabase(ctx.db);
  const at = `${BENCH_TODAY}T09:00:00.000Z`;
  const session = raw.prepare(
    `insert into meeting (action_id, instance_id, date, start_time, end_time, created_at, updated_at)
     values (?, null, ?, '14:00', '16:00', ?, ?)`,
  );
  const presence = raw.prepare(
    `insert into attendance (meeting_id, representative_id, mandate_id, non_mandated, status, created_at, updated_at)
     values (?, ?, null, 1, 'present', ?, ?)`,
  );
  for (let a = 0; a < ACTIONS; a += 1) {
    const child = await createAction(
      ctx,
      actionInput.parse({
        ...base,
        projectId: project.id,
        title: `Atelier ${a + 1}`,
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        expectedBeneficiaries: 50,
        actualBeneficiaries: 40 + (a % 10),
        partners: a % 2 ? 'CHU ; Mairie' : 'URPS',
      }),
    );
    raw.transaction(() => {
      for (let s = 0; s < SESSIONS_PER_ACTION; s += 1) {
        const date = `2025-${String(1 + (s % 12)).padStart(2, '0')}-${String(1 + a).padStart(2, '0')}`;
        const meeting = Number(session.run(child.id, date, at, at).lastInsertRowid);
        for (let p = 0; p < PRESENT_PER_SESSION; p += 1)
          presence.run(meeting, 1 + ((a * 500 + s * 10 + p) % 9000), at, at);
      }
    })();
  }
  const set = await createObjective(
    ctx,
    { kind: 'projet', actionId: project.id },
    'Soutenir la structuration',
  );
  const objective = set.objectives[0]?.id ?? 0;
  for (const figureId of figureIds.slice(0, 4))
    await createIndicator(
      ctx,
      objective,
      indicatorInput.parse({
        label: figureId,
        expectedNumber: 10,
        expectedText: null,
        source: 'calcule',
        figureId,
        resultNumber: null,
        resultText: null,
        comment: null,
      }),
    );
  const funding = await createFunding(
    ctx,
    fundingInput.parse({
      funder: 'ARS',
      title: 'CPOM 2025',
      agreementRef: '85_CPOM2025',
      amountCents: 12_500_000,
      from: '2025-01-01',
      to: '2025-12-31',
      status: 'verse',
      projectIds: [project.id],
      notes: null,
    }),
  );
  const bilan = await createBilan(ctx, {
    fundingId: funding.id,
    from: '2025-01-01',
    to: '2025-12-31',
    scope: { kind: 'tout' },
  });
  await addStaffLine(
    ctx,
    bilan.id,
    staffLineInput.parse({
      role: 'Coordonnateur',
      people: 1,
      minutes: 96600,
      status: 'salarie',
      steps: null,
    }),
  );
  for (const s of bilanSections)
    await saveSection(
      ctx,
      bilan.id,
      s.key,
      `${s.label} : ${'texte de la rubrique, rédigé par le bureau. '.repeat(12)}`,
    );
  return bilan.id;
}

export async function runBilansBench(): Promise<BenchRow[]> {
  const app = await openDataset(NORMAL);
  try {
    const bilanId = await seed(app.ctx);
    const call = async () => {
      const file = await bilanPdf(app.ctx, bilanId);
      if (file.data.length < 1000) throw new Error('PDF vide');
    };
    const recorded = await recordSql(call);
    const rows = [
      await compare(
        `Bilan d’action PDF, 1 project, ${ACTIONS} actions, ${ACTIONS * SESSIONS_PER_ACTION} sessions, dashboard of the year (${recorded.count} statements)`,
        call,
        recorded.replay,
        { runs: 7, warmup: 1, floorLabel: SQL_FLOOR, target: atMost('median', 2000) },
      ),
    ];
    return rows;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  void runBilansBench().then(printRows);
}
