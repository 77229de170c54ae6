import { sortKey } from '../../../shared/rules/text';

describe('sortKey', () => {
  it('orders labels as a French reader does, accents and case aside and numbers by value', () => {
    const labels = ['CDU 10', 'Éducation', 'cdu 2', 'Ecole', 'CDU 1', 'École'];
    const sorted = [...labels].sort((a, b) =>
      sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
    );
    expect(sorted).toEqual(['CDU 1', 'cdu 2', 'CDU 10', 'Ecole', 'École', 'Éducation']);
  });
});
