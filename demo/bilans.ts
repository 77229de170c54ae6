/**
 * The demo's financements and bilans (issue 11): the ARS funds the diabetes project, whose
 * bilan d'action for last year has objectives, typed human resources and a few texts; the region
 * is asked for the falls-prevention project.
 */
import { createBilan, addStaffLine, saveSection } from '../electron/bilans/bilans';
import { createFunding } from '../electron/bilans/fundings';
import { createIndicator, createObjective } from '../electron/bilans/objectives';
import type { ServiceContext } from '../electron/service-context';
import { todayIso } from '../electron/service-context';
import { fundingInput, staffLineInput } from '../shared/bilans/fundings';
import { indicatorInput, type IndicatorInput } from '../shared/bilans/objectives';

async function projectId(ctx: ServiceContext, title: string): Promise<number | null> {
  const row = await ctx.db
    .selectFrom('action')
    .select('id')
    .where('title', '=', title)
    .where('kind', '=', 'projet')
    .executeTakeFirst();
  return row?.id ?? null;
}

const line = (v: Partial<IndicatorInput> & { label: string }) =>
  indicatorInput.parse({
    expectedNumber: null,
    expectedText: null,
    source: 'saisi',
    figureId: null,
    resultNumber: null,
    resultText: null,
    comment: null,
    ...v,
  });

export async function loadBilansDemo(ctx: ServiceContext): Promise<void> {
  const diabetes = await projectId(ctx, 'Parcours diabète de type 2');
  const falls = await projectId(ctx, 'Prévention des chutes des personnes âgées');
  if (diabetes === null || falls === null) return;
  const year = Number(todayIso(ctx).slice(0, 4)) - 1;

  let set = await createObjective(
    ctx,
    { kind: 'projet', actionId: diabetes },
    'Associer les usagers à la conception du parcours diabète',
  );
  const first = set.objectives[0]?.id ?? 0;
  await createIndicator(
    ctx,
    first,
    line({
      label: 'Réunions des instances tenues',
      expectedNumber: 10,
      source: 'calcule',
      figureId: 'meetingsHeld',
    }),
  );
  await createIndicator(
    ctx,
    first,
    line({
      label: 'Ateliers « Bien vivre avec son diabète »',
      expectedNumber: 6,
      resultNumber: 5,
      comment: 'Un atelier reporté faute de salle.',
    }),
  );
  set = await createObjective(
    ctx,
    { kind: 'projet', actionId: diabetes },
    'Mesurer la satisfaction des participants',
  );
  await createIndicator(
    ctx,
    set.objectives[1]?.id ?? 0,
    line({
      label: 'Satisfaction globale (sur 5)',
      expectedText: 'Au moins 4 sur 5',
      resultNumber: 4.2,
      comment: 'Questionnaire de fin d’atelier, 38 réponses.',
    }),
  );
  const yearly = await createObjective(ctx, { kind: 'annee', year }, 'Garder les sièges des usagers pourvus');
  await createIndicator(
    ctx,
    yearly.objectives[0]?.id ?? 0,
    line({ label: 'Sièges pourvus', expectedText: '90 %', source: 'calcule', figureId: 'seats' }),
  );
  await createIndicator(
    ctx,
    yearly.objectives[0]?.id ?? 0,
    line({ label: 'Taux de présence', expectedNumber: 80, source: 'calcule', figureId: 'attendanceRate' }),
  );

  const ars = await createFunding(
    ctx,
    fundingInput.parse({
      funder: 'ARS',
      title: 'Parcours diabète de type 2 — participation des usagers',
      agreementRef: `ARS-PPS-${year}-035`,
      amountCents: 1_800_000,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      status: 'verse',
      projectIds: [diabetes],
      notes: 'Subvention de prévention et promotion de la santé.',
    }),
  );
  await createFunding(
    ctx,
    fundingInput.parse({
      funder: 'Région',
      title: 'Prévention des chutes des personnes âgées',
      agreementRef: null,
      amountCents: 650_000,
      from: `${year + 1}-01-01`,
      to: `${year + 1}-12-31`,
      status: 'demande',
      projectIds: [falls],
      notes: null,
    }),
  );
  const bilan = await createBilan(ctx, {
    fundingId: ars.id,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    scope: { kind: 'tout' },
  });
  await addStaffLine(
    ctx,
    bilan.id,
    staffLineInput.parse({
      role: 'Coordinatrice de l’association',
      people: 1,
      minutes: 180 * 60,
      status: 'salarie',
      steps: 'Ensemble du projet',
    }),
  );
  await addStaffLine(
    ctx,
    bilan.id,
    staffLineInput.parse({
      role: 'Diététicienne du réseau diabète',
      people: 1,
      minutes: 24 * 60,
      status: 'mis_a_disposition',
      steps: 'Animation des ateliers',
    }),
  );
  await saveSection(
    ctx,
    bilan.id,
    'evaluation',
    'Auto-évaluation menée en janvier par le bureau, à partir des tableaux de bord de Porte-voix, des questionnaires de fin d’atelier et d’un entretien de groupe avec les participants.',
  );
  await saveSection(
    ctx,
    bilan.id,
    'avancement',
    'Action réalisée. Un atelier a été reporté au printemps suivant faute de salle disponible.',
  );
  await saveSection(
    ctx,
    bilan.id,
    'impacts',
    'Les usagers ont participé à chaque étape du parcours ; leurs propositions sur l’accueil en pharmacie ont été retenues par le CHU.',
  );
}
