import { byAuthor, recordedAuthor } from '../../../shared/rules/recorded-author';

describe('the author of a recorded action, as histories say it', () => {
  it('is the name the user gave', () => {
    expect(recordedAuthor(' Bernard Hamon ')).toBe('Bernard Hamon');
    expect(byAuthor('Bernard Hamon')).toBe('par Bernard Hamon');
  });

  it('is said to be unknown when no name was set, including the placeholder of earlier versions', () => {
    for (const unknown of ['', '  ', 'l’utilisateur', "l'utilisateur", null, undefined]) {
      expect(recordedAuthor(unknown)).toBeNull();
      expect(byAuthor(unknown)).toBe('(auteur non renseigné)');
    }
  });
});
