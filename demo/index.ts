/**
 * The demo data set: a fictional association of Ille-et-Vilaine and its representatives.
 * Built through the services, like the tests' fixtures, so it obeys every rule the app enforces.
 */
import { representativeInput } from '../shared/register/representative';
import { associationInput } from '../shared/association/schemas';
import { saveAssociation } from '../electron/association/association';
import type { ServiceContext } from '../electron/service-context';
import { createRepresentative } from '../electron/register/representatives';
import { AppError } from '../electron/errors';
import { demoPeople } from './people';
import { loadRegisterDemo } from './register';
import { loadTrainingsAndChartersDemo } from './trainings-charters';
import { loadMeetingsDemo } from './meetings';
import { loadClaimsDemo } from './claims';
import { loadActionsDemo } from './actions';
import { loadSessionsDemo } from './sessions';
import { loadReportsDemo } from './reports';
import { loadSurveysDemo } from './surveys';
import { loadValorisationDemo } from './valorisation';
import { loadBilansDemo } from './bilans';

/** Valid French IBANs (checksums computed), fictional accounts. */
const demoIbans = [
  'FR7630006000011234567890189',
  'FR7610107001011234567890129',
  'FR1420041010050500013M02606',
];

/**
 * Each domain adds its part in order: the register needs the people, the meetings need the
 * mandates, the claims need the attendance.
 */
export async function loadDemoData(ctx: ServiceContext): Promise<void> {
  await loadFoundationDemo(ctx);
  await loadRegisterDemo(ctx);
  await loadTrainingsAndChartersDemo(ctx);
  await loadMeetingsDemo(ctx);
  await loadClaimsDemo(ctx);
  await loadActionsDemo(ctx);
  await loadSessionsDemo(ctx);
  await loadReportsDemo(ctx);
  await loadSurveysDemo(ctx);
  await loadValorisationDemo(ctx);
  await loadBilansDemo(ctx);
}

async function loadFoundationDemo(ctx: ServiceContext): Promise<void> {
  const existing = await ctx.db.selectFrom('representative').select('id').limit(1).executeTakeFirst();
  if (existing) {
    throw new AppError(
      'CONFLICT',
      'La base contient déjà des données : les données de démonstration ne se chargent que dans une base vide.',
    );
  }
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Collectif des usagers de santé d’Ille-et-Vilaine',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      siren: null,
      objet:
        'Représenter et défendre les intérêts des usagers du système de santé d’Ille-et-Vilaine, former et accompagner leurs représentants.',
      organismType: 'Association loi 1901 reconnue d’intérêt général',
      president: 'Hélène Dubois-Martin',
      presidentCivility: 'Mme',
      treasurer: 'Bernard Hamon',
      treasurerCivility: 'M.',
      documentPlace: 'Rennes',
      iban: 'FR7630004000031234567890143',
      bic: 'BNPAFRPPXXX',
    }),
  );
  let index = 0;
  for (const p of demoPeople) {
    const email = `${p.firstName}.${p.lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z.-]/g, '')
      .toLowerCase();
    const kind = index % 9 === 4 ? 'moto' : 'voiture';
    await createRepresentative(
      ctx,
      representativeInput.parse({
        civility: p.civility,
        firstName: p.firstName,
        lastName: p.lastName,
        email: `${email}@exemple.fr`,
        phone: `06 ${String(10 + index).padStart(2, '0')} 45 67 ${String(20 + index).padStart(2, '0')}`,
        addressLine: `${3 + index * 2} rue des Lilas`,
        postalCode: p.postalCode,
        city: p.city,
        originAssociation: p.origin,
        employed: p.employer !== null,
        employer: p.employer,
        iban: index % 7 === 3 ? null : demoIbans[index % demoIbans.length],
        bic: null,
        notes: index % 5 === 0 ? 'Préfère un contact par téléphone.' : null,
        vehicles:
          index % 6 === 5
            ? []
            : [
                {
                  label: kind === 'moto' ? 'Moto' : 'Voiture personnelle',
                  kind,
                  fiscalPowerCv: kind === 'moto' ? 3 : 3 + (index % 5),
                  electric: index % 8 === 2,
                  plate: `${String.fromCharCode(65 + (index % 26))}B-${String(100 + index * 7).slice(-3)}-${String.fromCharCode(67 + (index % 20))}D`,
                },
              ],
      }),
    );
    index += 1;
  }
}
