/**
 * Demo data of the valorisation du bénévolat: hourly values for the last three years (an
 * example, said as such, never an official figure) and temps bénévole of a few people —
 * preparation, office-holders, travel — so that the dashboard's « Bénévolat » is not empty.
 */
import { saveRates, listCategories } from '../electron/valorisation/categories';
import { createEntry } from '../electron/valorisation/entries';
import { todayIso, type ServiceContext } from '../electron/service-context';
import { volunteerRatesInput, volunteerTimeInput } from '../shared/valorisation/schemas';

const SOURCE = 'Exemple de démonstration : remplacez-la par la valeur votée par votre CA';

/** Cents per hour of the example, by the position of the category in the list. */
const EXAMPLE_CENTS = [1500, 1200, 1800, 1200, 2000, 1200];

const tasks = [
  ['Préparation', '02:30', 'Lecture des plaintes et réclamations avant la CDU'],
  ['Préparation', '01:30', 'Préparation de l’ordre du jour avec le président'],
  ['Fonctions de bureau', '03:00', 'Tenue de la trésorerie et rapprochement bancaire'],
  ['Fonctions de bureau', '02:00', 'Réunion de bureau de l’association'],
  ['Temps de trajet', '01:15', 'Aller-retour Rennes – Saint-Malo pour la CDU'],
  ['Préparation', '00:45', 'Relecture du compte rendu de la séance'],
] as const;

export async function loadValorisationDemo(ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx);
  const year = Number(today.slice(0, 4));
  const categories = (await listCategories(ctx)).filter((c) => !c.archived);
  for (const y of [year - 2, year - 1, year])
    await saveRates(
      ctx,
      volunteerRatesInput.parse({
        year: y,
        rates: categories.map((c, i) => ({
          categoryId: c.id,
          hourlyCents: EXAMPLE_CENTS[i] ?? 1200,
          source: SOURCE,
        })),
      }),
    );
  const people = await ctx.db.selectFrom('representative').select('id').orderBy('id').limit(8).execute();
  let n = 0;
  for (const [p, person] of people.entries())
    for (const [t, [start, duration, description]] of tasks.entries()) {
      if ((p + t) % 2 === 1) continue;
      const category = categories.find((c) => c.label.startsWith(start));
      // Spread over the last fourteen months, never after today.
      const month = (n * 5) % 14;
      n += 1;
      const d = new Date(`${today}T12:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - month, Math.min(28, 3 + ((p * 7 + t * 3) % 25)));
      const date = d.toISOString().slice(0, 10);
      if (!category || date > today) continue;
      await createEntry(
        ctx,
        volunteerTimeInput.parse({
          representativeId: person.id,
          date,
          duration,
          categoryId: category.id,
          description,
        }),
      );
    }
}
