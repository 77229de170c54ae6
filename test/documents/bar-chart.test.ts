import { execFileSync } from 'node:child_process';
import {
  chartValueText,
  columnChart,
  columnChartHeight,
  horizontalBarChart,
  horizontalBarChartHeight,
  type ChartBar,
} from '../../electron/documents/bar-chart';
import { contentBox } from '../../electron/documents/layout';
import { finish, newDocument, type Doc } from '../../electron/documents/pdf-document';
import { pageCount, pdfFlatText, pdfRawFlatText, save } from './poppler';

const months: ChartBar[] = [
  'janv. 2025',
  'févr. 2025',
  'mars 2025',
  'avr. 2025',
  'mai 2025',
  'juin 2025',
  'juil. 2025',
  'août 2025',
  'sept. 2025',
  'oct. 2025',
  'nov. 2025',
  'déc. 2025',
].map((label, i) => ({ label, value: [4, 7, 0, 12, 9, 3, 1, 0, 15, 11, 8, 2][i] ?? 0 }));

function render(draw: (doc: Doc) => void, compress = true): Buffer {
  const doc = newDocument({ title: 'Graphiques', author: 'Test', compress });
  doc.addPage();
  draw(doc);
  return finish(doc);
}

describe('graphiques des documents', () => {
  test('labelled bars: every label and value is text, said in French', () => {
    const bars: ChartBar[] = [
      { label: 'Commission des usagers (CDU)', value: 1234 },
      { label: 'Conseil territorial de santé', value: 56 },
      { label: 'Conseil de surveillance', value: 0 },
    ];
    const file = save(
      'barres.pdf',
      render((doc) => {
        const { x, width } = contentBox(doc);
        let y = horizontalBarChart(doc, bars, x, 60, width, { title: 'Réunions tenues par type' });
        y = horizontalBarChart(
          doc,
          [
            { label: 'CDU', value: 750 },
            { label: 'CTS', value: 90 },
          ],
          x,
          y + 20,
          width,
          { title: 'Heures de représentation', format: 'duree' },
        );
        y = horizontalBarChart(doc, [{ label: 'Transport', value: 123456 }], x, y + 20, width, {
          title: 'Frais remboursés',
          format: 'montant',
        });
        horizontalBarChart(
          doc,
          [
            { label: 'CDU', value: 37, of: 50 },
            { label: 'CTS', value: 0, of: 0 },
          ],
          x,
          y + 20,
          width,
          { title: 'Taux de présence', format: 'taux' },
        );
      }),
    );
    const t = pdfFlatText(file);
    expect(t).toContain('Réunions tenues par type');
    expect(t).toMatch(/Commission des usagers \(CDU\) 1 234/);
    expect(t).toMatch(/Conseil territorial de santé 56/);
    expect(t).toMatch(/Conseil de surveillance 0/);
    expect(t).toMatch(/CDU 12 h 30/);
    expect(t).toMatch(/CTS 1 h 30/);
    expect(t).toMatch(/Transport 1 234,56 €/);
    expect(t).toMatch(/CDU 74 %/);
    expect(t).toMatch(/CTS —/);
  });

  test('monthly columns: each month named under its column and its value over it', () => {
    const file = save(
      'colonnes.pdf',
      render((doc) => {
        const { x, width } = contentBox(doc);
        columnChart(doc, months, x, 60, width, { title: 'Réunions par mois' });
      }),
    );
    const t = pdfFlatText(file);
    expect(t).toContain('Réunions par mois');
    for (const m of [
      'janv.',
      'févr.',
      'mars',
      'avr.',
      'mai',
      'juin',
      'juil.',
      'août',
      'sept.',
      'oct.',
      'nov.',
      'déc.',
    ])
      expect(t).toContain(m);
    // The values over the columns, in calendar order.
    expect(t).toMatch(/15/);
    expect(pdfRawFlatText(file)).toContain(
      '4 janv. 2025 7 févr. 2025 0 mars 2025 12 avr. 2025 9 mai 2025 3 juin 2025 1 juil. 2025 0 août 2025 15 sept. 2025 11 oct. 2025 8 nov. 2025 2 déc. 2025',
    );
  });

  test('drawn as vector paths, not images, within the page width', () => {
    let right = 0;
    let pageWidth = 0;
    const pdf = render((doc) => {
      const { x, width } = contentBox(doc);
      pageWidth = doc.page.width - doc.page.margins.right;
      right = x + width;
      const y = columnChart(doc, months, x, 60, width, { format: 'montant' });
      horizontalBarChart(
        doc,
        [
          {
            label: 'Une instance au nom très long qui doit passer à la ligne sans déborder',
            value: 99999999,
          },
        ],
        x,
        y + 20,
        width,
        {
          format: 'montant',
        },
      );
    }, false);
    const file = save('vecteurs.pdf', pdf);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    expect(images.trim().split('\n')).toHaveLength(2); // the header lines only
    const content = pdf.toString('latin1');
    // Ten months above zero, one bar, and the white patches behind the twelve values.
    expect((content.match(/ re\n/g) ?? []).length).toBe(10 + 1 + 12);
    expect(right).toBeLessThanOrEqual(pageWidth);
    expect(pdfFlatText(file)).toContain('999 999,99 €');
    // Every drawing instruction's x stays inside the page's margins.
    const xs = [...content.matchAll(/^([\d.]+) [\d.]+ [\d.]+ [\d.]+ re$/gm)].map((m) => Number(m[1]));
    for (const value of xs) expect(value).toBeLessThanOrEqual(pageWidth);
  });

  test('durations on an hour grid, amounts on a euro grid', () => {
    const file = save(
      'grilles.pdf',
      render((doc) => {
        const { x, width } = contentBox(doc);
        const y = columnChart(
          doc,
          [
            { label: 'janv.', value: 45 },
            { label: 'févr.', value: 30 },
          ],
          x,
          60,
          width,
          {
            format: 'duree',
          },
        );
        columnChart(doc, [{ label: 'janv.', value: 35 }], x, y + 20, width, { format: 'montant' });
      }),
    );
    const t = pdfRawFlatText(file);
    expect(t).toContain('1 h 45 min');
    expect(t).toContain('1,00 €');
    expect(t).toContain('0,35 €');
  });

  test('the measured height is the drawn height', () => {
    render((doc) => {
      const { x, width } = contentBox(doc);
      const bars = months.slice(0, 5);
      expect(horizontalBarChart(doc, bars, x, 60, width, { title: 'T' }) - 60).toBeCloseTo(
        horizontalBarChartHeight(doc, bars, width, { title: 'T' }),
        3,
      );
      expect(columnChart(doc, months, x, 300, width, { title: 'T' }) - 300).toBeCloseTo(
        columnChartHeight(doc, months, width, { title: 'T' }),
        3,
      );
    });
  });

  test('a long list of bars continues on the next page', () => {
    const many = Array.from({ length: 90 }, (_, i) => ({ label: `Instance ${i + 1}`, value: i + 1 }));
    const file = save(
      'long.pdf',
      render((doc) => {
        const { x, width } = contentBox(doc);
        horizontalBarChart(doc, many, x, 60, width, {
          newPage: () => {
            doc.addPage();
            return 50;
          },
        });
      }),
    );
    expect(pageCount(file)).toBeGreaterThan(1);
    const t = pdfFlatText(file);
    expect(t).toContain('Instance 1 1');
    expect(t).toContain('Instance 90 90');
  });

  test('many months print fewer labels, not overlapping ones; no data says so', () => {
    const long = Array.from({ length: 48 }, (_, i) => ({
      label: `m${i + 1} ${2022 + Math.floor(i / 12)}`,
      value: i,
    }));
    const file = save(
      'quatre-ans.pdf',
      render((doc) => {
        const { x, width } = contentBox(doc);
        const y = columnChart(doc, long, x, 60, width);
        columnChart(doc, [], x, y + 20, width, { title: 'Vide' });
      }),
    );
    const t = pdfFlatText(file);
    expect(t).toContain('m1 ');
    expect(t).not.toContain('m2 ');
    expect(t).toContain('Aucune donnée pour cette période.');
  });

  test('values are said like the dashboard says them', () => {
    expect(chartValueText({ label: '', value: 2 }, 'demiJournees')).toMatch(/^1\sjour$/);
    expect(chartValueText({ label: '', value: 1 }, 'taux')).toBe('—');
    expect(chartValueText({ label: '', value: 1, of: 3 }, 'taux')).toBe('33\u00a0%');
  });
});
