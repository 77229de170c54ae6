import { renderCharter } from '../../electron/documents';
import { parseCharterText } from '../../electron/documents/charter';
import { association, charterDocument, CHARTER_TEXT } from './fixtures';
import { pageCount, pagesText, pdfFlatText, save } from './poppler';

describe('charte d’engagement', () => {
  const file = save('charte.pdf', renderCharter(association(), charterDocument()));
  const text = pdfFlatText(file);

  test('shows the title, version and effective date of the charter', () => {
    expect(text).toContain('Charte d’engagement des représentants des usagers');
    expect(text).toContain('Version 3');
    expect(text).toContain('En vigueur au 01/01/2026');
  });

  test('sets headings, paragraphs and bullets of the text', () => {
    expect(text).toContain('Article 2 — Confidentialité');
    expect(text).toContain('article L1112-3 du Code de la santé publique');
    expect(text).toContain('• Il ne conserve aucun dossier de plainte après la séance.');
    expect(text).not.toContain('# ');
  });

  test('ends with the representative’s engagement and both signature blocks', () => {
    expect(text).toContain(
      "Je soussignée Mme Hélène D'Argenson déclare avoir pris connaissance de la charte",
    );
    expect(text).toContain('(version 3 du 01/01/2026)');
    expect(text).toContain('Fait à Dijon, le 03/02/2026');
    expect(text).toContain('La représentante');
    expect(text).toContain('Pour l’association');
    expect(text).toContain("Hélène D'Argenson Présidente");
    expect(text).toContain('Lu et approuvé');
  });

  test('a long charter continues on numbered pages with a running header', () => {
    const long = charterDocument();
    long.charter.text = Array.from({ length: 6 }, () => CHARTER_TEXT).join('\n\n');
    const f = save('charte-longue.pdf', renderCharter(association(), long));
    const pages = pagesText(f);
    expect(pageCount(f)).toBeGreaterThan(2);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} / ${pages.length}`));
    for (const p of pages.slice(1)) expect(p).toContain('(suite)');
  });

  test('reads "# " lines as headings and blank lines as paragraph breaks', () => {
    expect(parseCharterText('# Titre\nligne un\nligne deux\n\n- point\n\nfin')).toEqual([
      { kind: 'heading', text: 'Titre' },
      { kind: 'paragraph', text: 'ligne un ligne deux' },
      { kind: 'bullet', text: 'point' },
      { kind: 'paragraph', text: 'fin' },
    ]);
  });
});
