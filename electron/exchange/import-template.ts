/**
 * The import template: an XLSX whose first sheet has every column the import recognises, in the
 * import's order, with one example line that imports as it is; and a « Mode d'emploi » sheet
 * saying, per column, whether it is required, what it accepts and the other titles recognised.
 * The columns come from the import's own lists, so the template cannot drift from the import.
 */
import ExcelJS from 'exceljs';
import { importFields } from '../../shared/exchange/schemas';
import type { ImportField } from '../../shared/exchange/types';
import { defaultProfile } from '../../shared/register/profiles';
import * as exchangeRepo from '../../db/exchange/exchange';
import { listProfiles } from '../../db/register/profiles';
import { producedFile, type ProducedFile } from '../files/produced-file';
import type { ServiceContext } from '../service-context';
import { headerSynonyms } from './column-mapping';
import { roleChoices } from './import-rows';

const EXAMPLE_INSTANCE = 'CDU du centre hospitalier';

type Cell = string | Date;

/** What a line with a mandate must give (row-checks.ts refuses the line otherwise). */
const requiredForMandate = new Set<ImportField>(['instance', 'role', 'startDate']);

/** What each column accepts, said as the import checks it (row-checks.ts). */
function accepted(field: ImportField, profiles: string): string {
  switch (field) {
    case 'civility':
      return 'Mme ou M. (Madame, Monsieur acceptés)';
    case 'lastName':
    case 'firstName':
      return 'Texte';
    case 'email':
      return 'Une adresse e-mail valide';
    case 'postalCode':
      return '5 chiffres (un zéro perdu par le tableur au début est remis)';
    case 'employed':
      return 'oui ou non (vide : non ; un employeur indiqué sans cette colonne vaut oui)';
    case 'profile':
      return `Un profil de Paramètres › Profils : ${profiles} (vide : le profil par défaut)`;
    case 'instance':
      return 'Le nom exact d’une instance déjà créée dans Porte-voix (Instances › Nouvelle instance)';
    case 'role':
      return roleChoices;
    case 'startDate':
    case 'endDate':
      return field === 'startDate'
        ? 'Une date JJ/MM/AAAA'
        : 'Une date JJ/MM/AAAA (vide : calculée d’après la durée des mandats de l’instance)';
    default:
      return 'Texte';
  }
}

function exampleLine(instanceName: string, profileLabel: string): Record<ImportField, Cell> {
  return {
    civility: 'Mme',
    lastName: 'Exemple',
    firstName: 'Claire',
    email: 'claire.exemple@exemple.fr',
    phone: '06 12 34 56 78',
    addressLine: '12 rue des Lilas',
    postalCode: '35000',
    city: 'Rennes',
    originAssociation: 'Association des usagers d’exemple',
    employed: 'oui',
    employer: 'Mairie de Rennes',
    notes: 'Ligne d’exemple : remplacez-la par vos données',
    profile: profileLabel,
    instance: instanceName,
    role: 'Titulaire',
    startDate: new Date(Date.UTC(2025, 11, 1)),
    endDate: new Date(Date.UTC(2028, 10, 30)),
    designatingAuthority: 'Directeur général de l’ARS',
    designationReference: 'Arrêté n° 2025-123',
    proposingAssociation: 'Association des usagers d’exemple',
  };
}

export async function importTemplate(ctx: ServiceContext): Promise<ProducedFile> {
  const profiles = (await listProfiles(ctx.db)).filter((p) => !p.archived);
  const profileLabel = defaultProfile(profiles)?.label ?? '';
  const instanceName = (await exchangeRepo.anActiveInstanceName(ctx.db)) ?? EXAMPLE_INSTANCE;

  const book = new ExcelJS.Workbook();
  book.creator = 'Porte-voix';
  book.created = ctx.now();
  const sheet = book.addWorksheet('Registre', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = importFields.map((f) => ({
    header: f.label,
    key: f.field,
    width: Math.max(14, f.label.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  const example = exampleLine(instanceName, profileLabel);
  const row = sheet.addRow(importFields.map((f) => example[f.field]));
  importFields.forEach((f, i) => {
    if (f.field === 'startDate' || f.field === 'endDate') row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
  });

  const guide = book.addWorksheet('Mode d’emploi');
  guide.columns = [
    { header: 'Colonne', width: 26 },
    { header: 'Obligatoire', width: 26 },
    { header: 'Ce qu’elle accepte', width: 70 },
    { header: 'Autres titres reconnus', width: 70 },
  ];
  guide.getRow(1).font = { bold: true };
  const profileList = profiles.map((p) => p.label).join(', ');
  for (const f of importFields) {
    const line = guide.addRow([
      f.label,
      f.required ? 'oui' : requiredForMandate.has(f.field) ? 'pour une ligne de mandat' : 'non',
      accepted(f.field, profileList),
      headerSynonyms[f.field].join(', '),
    ]);
    line.alignment = { wrapText: true, vertical: 'top' };
  }
  guide.addRow([]);
  for (const text of [
    'Une ligne par personne, ou une ligne par mandat : une personne qui a deux mandats occupe deux lignes, avec les mêmes nom et prénom.',
    'Les colonnes de mandat sont facultatives : sans elles, seules les personnes sont importées.',
    'L’ordre et le titre exact des colonnes importent peu : Porte-voix reconnaît les titres ci-dessus et vous laisse corriger son choix avant d’importer.',
    'Rien n’est enregistré avant que vous ayez vu l’aperçu et confirmé l’import.',
  ]) {
    guide.addRow([text]).getCell(1).alignment = { wrapText: false };
  }

  const data = Buffer.from(await book.xlsx.writeBuffer());
  return producedFile(
    'modele-import-porte-voix.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data,
  );
}
