/**
 * The demo's projects and actions (issue 10): two CPTS projects over two years, a working group of
 * the DAC, a health forum of the association. Their sessions and attendance come with the
 * sessions' demo; each is found by its title.
 */
import { createAction } from '../electron/actions/actions';
import { todayIso, type ServiceContext } from '../electron/service-context';
import { actionInput, type ActionInput } from '../shared/actions/schemas';
import { addMonths } from '../shared/register/register-rules';

async function organisationId(ctx: ServiceContext, name: string): Promise<number | null> {
  const row = await ctx.db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id ?? null;
}

async function themeId(ctx: ServiceContext, label: string): Promise<number | null> {
  const row = await ctx.db
    .selectFrom('action_theme')
    .select('id')
    .where('label', '=', label)
    .executeTakeFirst();
  return row?.id ?? null;
}

const blank: ActionInput = {
  kind: 'action',
  projectId: null,
  title: '',
  carrier: 'association',
  organisationId: null,
  instanceId: null,
  themeId: null,
  phase: null,
  involvementLevel: null,
  status: 'en_cours',
  startDate: null,
  endDate: null,
  place: null,
  description: null,
  expectedBeneficiaries: null,
  actualBeneficiaries: null,
  partners: null,
  attestationKind: 'participation',
};

export async function loadActionsDemo(ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx);
  const monthsAgo = (n: number) => addMonths(today, -n);
  const make = async (input: Partial<ActionInput>) =>
    (await createAction(ctx, actionInput.parse({ ...blank, ...input }))).id;
  const byOrganisation = async (name: string): Promise<Partial<ActionInput>> => {
    const id = await organisationId(ctx, name);
    return id === null ? { carrier: 'association' } : { carrier: 'organisation', organisationId: id };
  };

  const diabetes = await make({
    kind: 'projet',
    title: 'Parcours diabète de type 2',
    ...(await byOrganisation('CPTS Rennes Nord')),
    themeId: await themeId(ctx, 'Maladies chroniques (diabète, IRC, ICC, AVC)'),
    phase: 'mise_en_oeuvre',
    involvementLevel: 'collaborer',
    startDate: monthsAgo(20),
    endDate: addMonths(today, 6),
    place: 'Maison de santé de Rennes Nord',
    description:
      'Améliorer le parcours des personnes diabétiques : repérage, éducation thérapeutique, lien ville-hôpital. Les usagers participent au comité de pilotage et aux groupes de travail.',
    expectedBeneficiaries: 400,
    partners: 'CHU de Rennes, Réseau diabète 35, pharmacies du territoire',
  });
  await make({
    title: 'Groupe de travail éducation thérapeutique',
    projectId: diabetes,
    ...(await byOrganisation('CPTS Rennes Nord')),
    themeId: await themeId(ctx, 'Maladies chroniques (diabète, IRC, ICC, AVC)'),
    phase: 'conception',
    involvementLevel: 'collaborer',
    startDate: monthsAgo(18),
    place: 'Maison de santé de Rennes Nord',
    description: 'Concevoir avec les patients partenaires les ateliers d’éducation thérapeutique.',
  });
  await make({
    title: 'Ateliers « Bien vivre avec son diabète »',
    projectId: diabetes,
    ...(await byOrganisation('CPTS Rennes Nord')),
    themeId: await themeId(ctx, 'Maladies chroniques (diabète, IRC, ICC, AVC)'),
    phase: 'mise_en_oeuvre',
    involvementLevel: 'co_decider',
    startDate: monthsAgo(8),
    place: 'Médiathèque de Betton',
    expectedBeneficiaries: 60,
    actualBeneficiaries: 42,
    description: 'Ateliers animés par un binôme soignant et patient formateur.',
  });
  const falls = await make({
    kind: 'projet',
    title: 'Prévention des chutes des personnes âgées',
    ...(await byOrganisation('CPTS du Pays de Vitré')),
    themeId: await themeId(ctx, 'Autonomie des personnes âgées'),
    phase: 'diagnostic',
    involvementLevel: 'consulter',
    startDate: monthsAgo(14),
    place: 'Vitré',
    partners: 'CCAS de Vitré, clubs des aînés, kinésithérapeutes libéraux',
  });
  await make({
    title: 'Réunions publiques du diagnostic territorial',
    projectId: falls,
    ...(await byOrganisation('CPTS du Pays de Vitré')),
    themeId: await themeId(ctx, 'Autonomie des personnes âgées'),
    phase: 'diagnostic',
    involvementLevel: 'consulter',
    status: 'termine',
    startDate: monthsAgo(14),
    endDate: monthsAgo(9),
    place: 'Salle des fêtes de Vitré',
  });
  await make({
    title: 'Groupe de travail sorties d’hospitalisation',
    ...(await byOrganisation('DAC 35 — Appui santé Ille-et-Vilaine')),
    themeId: await themeId(ctx, 'Accès aux soins et parcours'),
    phase: 'conception',
    involvementLevel: 'impliquer',
    startDate: monthsAgo(5),
    place: 'Locaux du DAC, Rennes',
    description: 'Repérer avec les usagers les ruptures de parcours à la sortie de l’hôpital.',
  });
  await make({
    title: 'Forum santé mentale de Fougères',
    themeId: await themeId(ctx, 'Santé mentale'),
    involvementLevel: 'informer',
    status: 'termine',
    startDate: monthsAgo(3),
    endDate: monthsAgo(3),
    place: 'Espace Aumaillerie, Fougères',
    expectedBeneficiaries: 150,
    actualBeneficiaries: 180,
    partners: 'UNAFAM, GEM de Fougères, centre médico-psychologique',
    description: 'Stands, témoignages de pairs-aidants et table ronde ouverte aux habitants.',
  });
}
