import { execFileSync } from 'node:child_process';
import { renderMandateList } from '../../electron/documents';
import { association, mandateList } from './fixtures';
import { pageCount, pagesText, pdfRawFlatText, save } from './poppler';

describe('liste des mandats', () => {
  const file = save('mandats.pdf', renderMandateList(association(), mandateList(60)));
  const text = pdfRawFlatText(file);

  test('is printed in landscape', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
  });

  test('shows person, instance, role, dates, designating authority, act and status of each mandate', () => {
    expect(text).toContain('Mandats des représentants des usagers');
    expect(text).toContain("Mme Hélène D'Argenson");
    expect(text).toContain('Directeur général de l’ARS Bourgogne-Franche-Comté');
    expect(text).toContain('Arrêté ARS n° 2025-1059');
    expect(text).toContain('À renouveler');
    expect(text).toContain('Terminé');
    expect(text).toContain('Actif');
    expect(text).toContain('60 mandats — 20 actifs, 20 à renouveler');
  });

  test('repeats the header row on every page', () => {
    const pages = pagesText(file);
    expect(pageCount(file)).toBeGreaterThan(1);
    for (const p of pages)
      expect(p).toMatch(/Représentant\s+Instance\s+Rôle\s+Début\s+Fin\s+Autorité de désignation/);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} / ${pages.length}`));
  });

  test('an empty list still gives a readable page', () => {
    const t = pdfRawFlatText(save('mandats-vide.pdf', renderMandateList(association(), mandateList(0))));
    expect(t).toContain('Aucun mandat à afficher.');
  });
});
