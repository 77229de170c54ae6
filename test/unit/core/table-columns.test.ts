import { fittingColumns } from '../../../renderer/components/table-columns';

const columns = [
  { key: 'numero', width: '130px' },
  { key: 'personne', width: 'minmax(160px, 1.6fr)' },
  { key: 'objet', width: 'minmax(140px, 1.6fr)', priority: 2 },
  { key: 'periode', width: '205px', priority: 1 },
  { key: 'lignes', width: '70px', priority: 3 },
  { key: 'montant', width: '120px' },
  { key: 'statut', width: '190px' },
];
const keys = (available: number | null) => fittingColumns(columns, available).map((c) => c.key);

describe('the columns of a list on a narrow window', () => {
  it('are all shown when there is room (or before the width is known)', () => {
    expect(keys(1200)).toHaveLength(7);
    expect(keys(null)).toHaveLength(7);
  });

  it('give way, highest priority number first, until the others fit', () => {
    // 1024 px window, icon-only menu: about 934 px for the table.
    expect(keys(934)).toEqual(['numero', 'personne', 'periode', 'montant', 'statut']);
    expect(keys(1000)).toEqual(['numero', 'personne', 'objet', 'periode', 'montant', 'statut']);
  });

  it('never hide a column without a priority, however narrow the window', () => {
    expect(keys(300)).toEqual(['numero', 'personne', 'montant', 'statut']);
  });
});
