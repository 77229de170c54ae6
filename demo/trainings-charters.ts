/**
 * Demo trainings and charter signatures: some representatives have followed the formation de
 * base, some are overdue; two charter versions (2023 and 2025) with signatures of both, and
 * people who never signed.
 */
import { charterVersionInput, signatureInput } from '../shared/charters/schemas';
import { trainingInput } from '../shared/trainings/schemas';
import { createVersion, recordSignature } from '../electron/charters/charters';
import type { ServiceContext } from '../electron/service-context';
import { createTraining, listTrainingKinds } from '../electron/trainings/trainings';

const charterV1 = `# Préambule
Les représentants des usagers siègent au nom de l’association et de tous les usagers du système de santé, et non en leur nom propre.

# Nos valeurs
Indépendance vis-à-vis des professionnels et des financeurs, respect de chaque personne, défense de l’accès de tous à des soins de qualité.

# Confidentialité
Le représentant respecte le secret des délibérations et ne divulgue aucune information nominative sur les patients dont il aurait connaissance.

# Engagements du représentant
Siéger régulièrement, prévenir son suppléant en cas d’empêchement, préparer les séances, rendre compte de son mandat à l’association au moins une fois par an.

# Engagements de l’association
Former le représentant, l’accompagner dans son mandat, rembourser ses frais de déplacement sur justificatifs.`;

const charterV2 = `${charterV1}

# Formation
Le représentant nouvellement désigné suit la formation de base des représentants des usagers dans les six mois qui suivent sa première nomination.

# Conflits d’intérêts
Le représentant déclare à l’association tout lien d’intérêt avec un établissement ou un professionnel de l’instance où il siège.`;

export async function loadTrainingsAndChartersDemo(ctx: ServiceContext): Promise<void> {
  const people = await ctx.db.selectFrom('representative').select(['id']).orderBy('id', 'asc').execute();
  const ids = people.map((p) => p.id);
  const kinds = await listTrainingKinds(ctx, false);
  const base = kinds.find((k) => k.isBase);
  const others = kinds.filter((k) => !k.isBase);
  if (!base) return;

  // Trainings: two people out of three followed the formation de base; the others are overdue
  // or new. A few took further trainings.
  for (const [index, representativeId] of ids.entries()) {
    if (index % 3 !== 2) {
      const year = 2022 + (index % 4);
      const month = String(1 + ((index * 5) % 12)).padStart(2, '0');
      await createTraining(
        ctx,
        trainingInput.parse({
          representativeId,
          kindId: base.id,
          date: `${year}-${month}-${String(10 + (index % 15)).padStart(2, '0')}`,
          durationMinutes: 14 * 60,
          organiser:
            index % 2 === 0
              ? 'France Assos Santé Bretagne'
              : 'Collectif des usagers de santé d’Ille-et-Vilaine',
          notes: null,
        }),
      );
    }
    const other = others[index % Math.max(1, others.length)];
    if (other && index % 4 === 0) {
      await createTraining(
        ctx,
        trainingInput.parse({
          representativeId,
          kindId: other.id,
          date: `2025-${String(2 + (index % 9)).padStart(2, '0')}-1${index % 10}`,
          durationMinutes: index % 8 === 0 ? 210 : 7 * 60,
          organiser: 'France Assos Santé Bretagne',
          notes: null,
        }),
      );
    }
  }

  // Charter: v1 in 2023, v2 in 2025. Signatures: some v2, some only v1, some never.
  const title = 'Charte d’engagement des représentants';
  const v1 = await createVersion(
    ctx,
    charterVersionInput.parse({ title, version: '1', effectiveDate: '2023-01-15', body: charterV1 }),
  );
  const signedV1 = ids.filter((_, i) => i % 5 !== 4);
  for (const [i, representativeId] of signedV1.entries()) {
    await recordSignature(
      ctx,
      signatureInput.parse({
        representativeId,
        charterVersionId: v1.id,
        signedOn: `2023-${String(2 + (i % 9)).padStart(2, '0')}-${String(3 + (i % 20)).padStart(2, '0')}`,
        method: i % 3 === 0 ? 'electronique' : 'papier',
      }),
    );
  }
  const v2 = await createVersion(
    ctx,
    charterVersionInput.parse({ title, version: '2', effectiveDate: '2025-03-01', body: charterV2 }),
  );
  for (const [i, representativeId] of signedV1.entries()) {
    if (i % 2 === 1) continue;
    await recordSignature(
      ctx,
      signatureInput.parse({
        representativeId,
        charterVersionId: v2.id,
        signedOn: `2025-${String(3 + (i % 8)).padStart(2, '0')}-${String(5 + (i % 20)).padStart(2, '0')}`,
        method: i % 4 === 0 ? 'electronique' : 'papier',
      }),
    );
  }
}
