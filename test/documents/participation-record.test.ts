import { renderParticipationRecords } from '../../electron/documents';
import { association, participationRecord } from './fixtures';
import { pageCount, pagesText, pdfFlatText, save } from './poppler';

describe('relevé annuel de participation', () => {
  const record = participationRecord(0, 14);
  const file = save('releve.pdf', renderParticipationRecords(association(), [record]));
  const text = pdfFlatText(file);

  test('gives the year, the person and the figures of the year', () => {
    expect(text).toContain('RELEVÉ ANNUEL DE PARTICIPATION 2026');
    expect(text).toContain("Mme Hélène D'Argenson");
    expect(text).toContain('14 / 17');
    expect(text).toContain('82 %');
    expect(text).toContain('2 excusées, 1 absence');
    expect(text).toContain('3,5 jours');
    expect(text).toContain('sur 9 jours par an');
  });

  test('lists the mandates held with role and period', () => {
    expect(text).toContain('Conseil territorial de santé de Côte-d’Or');
    expect(text).toContain('Titulaire');
    expect(text).toContain('01/12/2025');
    expect(text).toContain('30/11/2028');
    expect(text).toContain('en cours');
  });

  test('lists each meeting attended with date, instance, mode and hours, and the total', () => {
    const hours = Math.floor(record.totalMinutes / 60);
    expect(text).toContain(`Total : 14 réunions ${hours} h`);
    for (const m of record.meetings) expect(text).toContain(m.date.split('-').reverse().join('/'));
    expect(text).toContain('À distance');
    expect(text).toContain('En remplacement');
    expect(text).toContain('14 h 00 – 17 h 30');
  });

  test('is signed for the association', () => {
    expect(text).toContain('Fait à Dijon, le 15/01/2027');
    expect(text).toContain("Hélène D'Argenson Présidente");
  });

  test('in a batch, each person starts a new page and pages are numbered per person', () => {
    const records = [participationRecord(1, 3), participationRecord(2, 45), participationRecord(3, 5)];
    const batch = save('releves-lot.pdf', renderParticipationRecords(association(), records));
    const pages = pagesText(batch);
    expect(pageCount(batch)).toBe(pages.length);
    const starts = pages
      .map((p, i) => (p.includes('RELEVÉ ANNUEL DE PARTICIPATION') ? i : -1))
      .filter((i) => i >= 0);
    expect(starts).toHaveLength(3);
    expect(pages[0]).toContain('Page 1 / 1');
    // The long record runs over several pages, each saying how many.
    const longPages = pages.slice(starts[1], starts[2]);
    expect(longPages.length).toBeGreaterThan(1);
    longPages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} / ${longPages.length}`));
    // Its meetings table repeats the header row on the following pages.
    for (const p of longPages.slice(1)) expect(p).toMatch(/Date\s+Instance\s+Modalité\s+Horaires\s+Durée/);
    expect(pages[starts[2] ?? 0]).toContain('Page 1 / 1');
  });

  // Its time is measured by `npm run bench` (relevés), beside a floor, not here: a timed test fails on a busy machine.
  test('300 representatives in one batch make one PDF of at least 300 pages', () => {
    const records = Array.from({ length: 300 }, (_, i) => participationRecord(i, 12));
    const pdf = renderParticipationRecords(association(), records);
    expect(pageCount(save('releves-300.pdf', pdf))).toBeGreaterThanOrEqual(300);
  });
});
