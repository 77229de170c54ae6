import iconv from 'iconv-lite';
import { guessMapping } from '../../../electron/exchange/column-mapping';
import { decodeText } from '../../../electron/exchange/parse-table';
import type { ImportField } from '../../../shared/exchange/types';

describe('recognising the columns of a file', () => {
  // Headers as volunteers type them, each alone in its file.
  const headers: Array<[string, ImportField]> = [
    ['Fin mandat', 'endDate'],
    ['Fin du mandat', 'endDate'],
    ['Fin de mandat', 'endDate'],
    ['Date de fin', 'endDate'],
    ['Date fin', 'endDate'],
    ['Date fin de mandat', 'endDate'],
    ['Date de fin du mandat', 'endDate'],
    ['FIN', 'endDate'],
    ['Fin (JJ/MM/AAAA)', 'endDate'],
    ['Échéance', 'endDate'],
    ['Date d’échéance', 'endDate'],
    ['Au', 'endDate'],
    ['Début mandat', 'startDate'],
    ['Début du mandat', 'startDate'],
    ['Date début', 'startDate'],
    ['Date de début', 'startDate'],
    ['date_debut_mandat', 'startDate'],
    ['Début', 'startDate'],
    ['Du', 'startDate'],
    ['Date d’entrée en fonction', 'startDate'],
    ['Start date', 'startDate'],
    ['End date', 'endDate'],
    ['Fin de mandat prévue', 'endDate'],
    ['Date de nomination', 'startDate'],
    ['Tél.', 'phone'],
    ['Tel', 'phone'],
    ['Téléphone', 'phone'],
    ['Téléphone portable', 'phone'],
    ['N° de téléphone', 'phone'],
    ['Portable', 'phone'],
    ['CP', 'postalCode'],
    ['C.P.', 'postalCode'],
    ['Code postal', 'postalCode'],
    ['Code_Postal', 'postalCode'],
    ['Code post.', 'postalCode'],
    ['E-mail', 'email'],
    ['Email', 'email'],
    ['Courriel', 'email'],
    ['Adresse e-mail', 'email'],
    ['Adresse électronique', 'email'],
    ['Mél', 'email'],
    ['Prénom', 'firstName'],
    ['Prénom(s)', 'firstName'],
    ['PRENOM', 'firstName'],
    ['Nom', 'lastName'],
    ['Nom de famille', 'lastName'],
    ['Civilité', 'civility'],
    ['Adresse', 'addressLine'],
    ['Adresse postale', 'addressLine'],
    ['Ville', 'city'],
    ['Commune', 'city'],
    ['Association d’origine', 'originAssociation'],
    ['Salarié(e)', 'employed'],
    ['Employeur', 'employer'],
    ['Remarques', 'notes'],
    ['Instance', 'instance'],
    ['Nom de l’instance', 'instance'],
    ['Rôle', 'role'],
    ['Fonction', 'role'],
    ['Autorité de désignation', 'designatingAuthority'],
    ['Désigné par', 'designatingAuthority'],
    ['N° arrêté', 'designationReference'],
    ['Référence de l’acte', 'designationReference'],
    ['Association proposante', 'proposingAssociation'],
  ];

  it.each(headers)('« %s » is read as %s', (header, field) => {
    expect(guessMapping(['Colonne inconnue', header])).toEqual({ [field]: 1 });
  });

  it('reads a whole register as typed, « Fin mandat » included', () => {
    const mapping = guessMapping([
      'Nom',
      'Prénom',
      'Tél.',
      'CP',
      'Nom de l’instance',
      'Fonction',
      'Début mandat',
      'Fin mandat',
    ]);
    expect(mapping).toEqual({
      lastName: 0,
      firstName: 1,
      phone: 2,
      postalCode: 3,
      instance: 4,
      role: 5,
      startDate: 6,
      endDate: 7,
    });
  });

  it('does not take a column for a field it does not name', () => {
    expect(
      guessMapping([
        'Date de naissance',
        'Nom de l’association',
        'Observations internes',
        'Date de l’arrêté',
      ]),
    ).toEqual({ originAssociation: 1, notes: 2 });
  });
});

describe('decoding a CSV file', () => {
  const text = 'Nom;Prénom;Notes\nCœur;Œdipe;« 12 € » – l’été à… Noël\n';

  it('reads Windows-1252 (French Excel’s CSV) with œ Œ € ’ « » – … é à, and UTF-8 with or without BOM', () => {
    const bytes = iconv.encode(text, 'win1252');
    // Every character of the 0x80–0x9F range the text holds is really there in the file.
    for (const byte of [0x9c, 0x8c, 0x80, 0x92, 0x96, 0x85]) expect(bytes.includes(byte)).toBe(true);
    expect(decodeText(bytes)).toBe(text);
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(
      text,
    );
  });
});
