/**
 * « Fiche de secours » of encrypted data: what the passphrase protects, where the data live, a
 * place to write the passphrase by hand (printed only when the user asks), and what a lost
 * passphrase means. Meant to be kept under lock, away from the computer.
 */
import type { Doc } from './pdf-document';
import { finish, newDocument } from './pdf-document';
import type { AssociationIdentity } from './types';
import { formatDate } from './format';
import { COLOR, contentBox, hRule, panel, text, textHeight } from './layout';
import { associationName, letterhead, sectionHeading, title } from './letterhead';
import { footer } from './pages';

export interface RecoverySheet {
  association: AssociationIdentity;
  /** ISO date of printing and of the encryption (or of the last change of passphrase). */
  printedOn: string;
  encryptedOn: string | null;
  passphraseChangedOn: string | null;
  databaseFile: string;
  filesDir: string | null;
  computer: string;
  /** Printed only when the user asked for it (and typed it, checked against the data). */
  passphrase: string | null;
}

const paragraph = (doc: Doc, value: string, y: number): number => {
  const { x, width } = contentBox(doc);
  return text(doc, value, x, y, width, { size: 10, lineGap: 2 }) + 6;
};

export function renderRecoverySheet(sheet: RecoverySheet): Buffer {
  const doc = newDocument({
    title: 'Fiche de secours des données chiffrées',
    author: associationName(sheet.association),
  });
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, sheet.association, {
    aside: ['Fiche de secours', `Imprimée le ${formatDate(sheet.printedOn)}`],
  });
  y = title(
    doc,
    'Fiche de secours des données chiffrées',
    y,
    'À conserver sous clé, loin de l’ordinateur (coffre, armoire fermée du local)',
  );

  y = sectionHeading(doc, 'Ce que protège la phrase de passe', x, y, width);
  y = paragraph(
    doc,
    `Les données de ${associationName(sheet.association)} dans Porte-voix (registre, réunions, frais, trésorerie, pièces jointes) sont chiffrées${sheet.encryptedOn ? ` depuis le ${formatDate(sheet.encryptedOn)}` : ''}. Sans la phrase de passe, personne ne peut les lire : ni un voleur de l’ordinateur, ni un réparateur, ni les auteurs de Porte-voix.`,
    y,
  );

  y = sectionHeading(doc, 'Où sont les données', x, y + 4, width);
  const rows: [string, string][] = [
    ['Ordinateur', sheet.computer],
    ['Fichier de données', sheet.databaseFile],
    ['Pièces jointes', sheet.filesDir ?? '—'],
  ];
  if (sheet.passphraseChangedOn)
    rows.push(['Phrase de passe changée le', formatDate(sheet.passphraseChangedOn)]);
  for (const [label, value] of rows) {
    text(doc, label, x, y, 150, { font: 'bold', size: 9.5, color: COLOR.muted });
    y = text(doc, value, x + 155, y, width - 155, { size: 9.5 }) + 4;
  }

  y = sectionHeading(doc, 'La phrase de passe', x, y + 6, width);
  if (sheet.passphrase) {
    const height = textHeight(doc, sheet.passphrase, width - 24, { font: 'bold', size: 13 }) + 24;
    panel(doc, x, y, width, height);
    text(doc, sheet.passphrase, x + 12, y + 12, width - 24, { font: 'bold', size: 13 });
    y += height + 8;
    y = paragraph(
      doc,
      'Imprimée à votre demande : cette feuille ouvre les données à elle seule. Rangez-la sous clé.',
      y,
    );
  } else {
    y = paragraph(
      doc,
      'Écrivez-la à la main, lisiblement, en respectant les majuscules, les accents et les espaces :',
      y,
    );
    for (let i = 0; i < 3; i++) {
      y += 26;
      hRule(doc, x, y, width, COLOR.ink, 0.6);
    }
    y += 14;
  }

  y = sectionHeading(doc, 'Si la phrase de passe est perdue', x, y + 4, width);
  y = paragraph(
    doc,
    'Les données sont perdues. Il n’existe ni « mot de passe oublié », ni clé de secours chez les auteurs de Porte-voix : le chiffrement serait sans valeur s’il en existait une. Les sauvegardes sont chiffrées avec la même phrase : elles ne sauvent rien sans elle.',
    y,
  );

  y = sectionHeading(doc, 'Quand la phrase est demandée', x, y + 4, width);
  y = paragraph(
    doc,
    'Au quotidien, l’ordinateur la garde dans son trousseau : Porte-voix s’ouvre sans la demander. Elle est demandée sur un nouvel ordinateur, après la restauration d’une sauvegarde, en mode navigateur, ou si le trousseau du système a été effacé. Saisissez-la alors telle qu’écrite ci-dessus.',
    y,
  );
  paragraph(
    doc,
    'Pour la changer : Paramètres › Application et données › Chiffrement. Imprimez ensuite une nouvelle fiche et détruisez celle-ci.',
    y,
  );
  footer(doc, { left: `${associationName(sheet.association)} — fiche de secours`, right: 'Page 1 / 1' });
  return finish(doc);
}
