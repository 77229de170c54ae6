import {
  agree,
  archivedLabel,
  attendanceShortLabel,
  attendanceStatusLabel,
  employedLabel,
  genderOf,
  mandateRoleLabel,
  notedAs,
  officeInSentence,
  officeTitle,
  representativeSignatureHeading,
  undersigned,
  usersRepresentative,
} from '../../../shared/rules/agreement';
import { plural, pluralWord } from '../../../shared/rules/plural';

describe('gender from the civility', () => {
  it('reads « Mme » as feminine, « M. » as masculine, anything else as unknown', () => {
    expect(genderOf('Mme')).toBe('feminine');
    expect(genderOf('M.')).toBe('masculine');
    expect(genderOf('')).toBe('unknown');
    expect(genderOf(null)).toBe('unknown');
    expect(genderOf(undefined)).toBe('unknown');
  });

  it('falls back to the masculine generic unless an unknown form is given', () => {
    expect(agree('', { masculine: 'Absent', feminine: 'Absente' })).toBe('Absent');
    expect(agree('', { masculine: 'a', feminine: 'b', unknown: 'c' })).toBe('c');
  });
});

describe('mandate roles', () => {
  it.each([
    ['president', 'Présidente', 'Président'],
    ['vice_president', 'Vice-présidente', 'Vice-président'],
    ['tresorier', 'Trésorière', 'Trésorier'],
    ['suppleant', 'Suppléante', 'Suppléant'],
    ['secretaire', 'Secrétaire', 'Secrétaire'],
    ['titulaire', 'Titulaire', 'Titulaire'],
    ['membre', 'Membre', 'Membre'],
  ])('%s: %s for a woman, %s for a man and when unknown', (role, feminine, masculine) => {
    expect(mandateRoleLabel(role, null, 'Mme')).toBe(feminine);
    expect(mandateRoleLabel(role, null, 'M.')).toBe(masculine);
    expect(mandateRoleLabel(role, null, '')).toBe(masculine);
  });

  it('says the text of an « autre » role as typed, « Autre » without one', () => {
    expect(mandateRoleLabel('autre', 'Rapporteuse', 'Mme')).toBe('Rapporteuse');
    expect(mandateRoleLabel('autre', null, 'Mme')).toBe('Autre');
    expect(mandateRoleLabel('inconnu', null, 'Mme')).toBe('inconnu');
  });
});

describe('attendance statuses', () => {
  it('agree with the person', () => {
    expect(attendanceStatusLabel('present', 'Mme')).toBe('Présente');
    expect(attendanceStatusLabel('distance', 'Mme')).toBe('Présente à distance');
    expect(attendanceStatusLabel('excuse', 'Mme')).toBe('Excusée');
    expect(attendanceStatusLabel('absent', 'Mme')).toBe('Absente');
    expect(attendanceStatusLabel('remplace', 'Mme')).toBe('Remplacée');
    expect(attendanceStatusLabel('present', 'M.')).toBe('Présent');
    expect(attendanceStatusLabel('excuse', '')).toBe('Excusé');
    expect(attendanceShortLabel('distance', 'Mme')).toBe('À distance');
    expect(attendanceShortLabel('absent', 'Mme')).toBe('Absente');
  });

  it('are said in messages without « (e) », by a rephrase when unknown', () => {
    expect(notedAs('excuse', 'Mme')).toBe('est notée excusée');
    expect(notedAs('excuse', 'M.')).toBe('est noté excusé');
    expect(notedAs('excuse', '')).toBe('a le statut «\u00a0excusé\u00a0»');
  });
});

describe('signed statements and offices', () => {
  it('open with « Je soussignée », « Je soussigné », or « Je, …, » when unknown', () => {
    expect(undersigned('Mme', 'Marie Roux')).toBe('Je soussignée Marie Roux');
    expect(undersigned('M.', 'Paul Roux')).toBe('Je soussigné Paul Roux');
    expect(undersigned('', 'Camille Roux')).toBe('Je, Camille Roux,');
  });

  it('name the office held, or the office itself when unknown', () => {
    expect(officeTitle('president', 'Mme')).toBe('Présidente');
    expect(officeTitle('president', 'M.')).toBe('Président');
    expect(officeTitle('president', '')).toBe('Présidence');
    expect(officeTitle('treasurer', 'Mme')).toBe('Trésorière');
    expect(officeTitle('treasurer', '')).toBe('Trésorerie');
    expect(officeInSentence('president', 'Mme')).toBe('Présidente de');
    expect(officeInSentence('president', '')).toBe('pour la présidence de');
  });

  it('say the representative in the right gender, or turn the phrase', () => {
    expect(usersRepresentative('Mme')).toBe('représentante des usagers');
    expect(usersRepresentative('M.')).toBe('représentant des usagers');
    expect(usersRepresentative('')).toBe('qui représente les usagers');
    expect(representativeSignatureHeading('Mme')).toBe('La représentante');
    expect(representativeSignatureHeading('')).toBe('Signature du représentant ou de la représentante');
    expect(employedLabel('Mme')).toBe('Salariée');
    expect(archivedLabel('M.')).toBe('Archivé');
  });
});

describe('plural', () => {
  it('keeps 0 and 1 singular and groups thousands', () => {
    expect(plural(0, 'trajet', 'trajets')).toBe('0 trajet');
    expect(plural(1, 'trajet', 'trajets')).toBe('1 trajet');
    expect(plural(2, 'trajet', 'trajets')).toBe('2 trajets');
    expect(plural(1234, 'note', 'notes')).toBe('1\u202f234 notes');
    expect(pluralWord(1, 'siège', 'sièges')).toBe('siège');
    expect(pluralWord(3, 'siège', 'sièges')).toBe('sièges');
  });
});
