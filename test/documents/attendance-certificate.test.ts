import { execFileSync } from 'node:child_process';
import { renderAttendanceCertificates } from '../../electron/documents';
import { association, attendanceCertificate } from './fixtures';
import { fonts, pageCount, pagesText, pdfFlatText, save } from './poppler';

describe('attestation de présence (congé de représentation)', () => {
  const file = save(
    'attestation.pdf',
    renderAttendanceCertificates(association(), [attendanceCertificate()]),
  );
  const text = pdfFlatText(file);

  test('names the representative, the instance, its organisation and the association', () => {
    expect(text).toContain("Mme Hélène D'Argenson");
    expect(text).toContain('Commission des usagers du CHU Dijon Bourgogne (CDU)');
    expect(text).toContain('CHU Dijon Bourgogne, 14 rue Paul Gaffarel, 21000 Dijon');
    expect(text).toContain('Œuvre des usagers de santé de Côte-d’Or');
    expect(text).toContain('RNA W212004567');
    expect(text).toContain('Caisse d’Épargne Bourgogne Franche-Comté');
  });

  test('gives the date, the hours of presence with their duration and the mode', () => {
    expect(text).toContain('dimanche 22 novembre 2026');
    expect(text).toContain('de 14 h 30 à 17 h 00, soit 2 h 30');
    expect(text).toContain('Présente sur place');
    expect(text).toContain('Salle du conseil, bâtiment « Œuvre »');
  });

  test('carries its unique reference, the signatory, the place and date of issue and the legal basis', () => {
    expect(text).toContain('Réf. ATT-2026-0042');
    expect(text).toContain('Fait à Dijon, le 23/11/2026');
    expect(text).toContain("Je soussignée Hélène D'Argenson, Présidente de l’association");
    expect(text).toContain("Hélène D'Argenson Présidente");
    expect(text).toContain('articles L3142-60 et suivants du Code du travail');
    expect(text).toContain('Page 1 / 1');
  });

  test('says when the representative attended remotely', () => {
    const base = attendanceCertificate();
    const remote = attendanceCertificate(42, {
      meeting: { ...base.meeting, mode: 'distance', place: null },
      presence: { status: 'distance', startTime: '15:00', endTime: '16:15', minutes: 75 },
    });
    const t = pdfFlatText(
      save('attestation-distance.pdf', renderAttendanceCertificates(association(), [remote])),
    );
    expect(t).toContain('Présente à distance (visioconférence)');
    expect(t).toContain('de 15 h 00 à 16 h 15, soit 1 h 15');
    expect(t).toContain('Visioconférence');
  });

  test('a void attestation shows an ANNULÉE banner with the reason', () => {
    const cert = attendanceCertificate(43, { voidReason: 'erreur sur l’heure de fin' });
    const t = pdfFlatText(
      save('attestation-annulee.pdf', renderAttendanceCertificates(association(), [cert])),
    );
    expect(t).toContain('ANNULÉE — erreur sur l’heure de fin');
    expect(text).not.toContain('ANNULÉE');
  });

  test('a batch of 1,000 attestations is one document with one page per attestation, in order', () => {
    const certs = Array.from({ length: 1000 }, (_, i) => attendanceCertificate(i + 1));
    const batch = save('attestations-lot.pdf', renderAttendanceCertificates(association(), certs));
    expect(pageCount(batch)).toBe(1000);
    const pages = pagesText(batch);
    expect(pages).toHaveLength(1000);
    for (const i of [0, 499, 999]) {
      expect(pages[i]).toContain(`ATT-2026-${String(i + 1).padStart(4, '0')}`);
      expect(pages[i]).toContain('Page 1 / 1');
    }
  });

  test('embeds its fonts as subsets with a Unicode map, so text can be searched and copied', () => {
    const list = fonts(file);
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const f of list) {
      expect(f.name).toMatch(/\+LiberationSans/);
      expect(f.embedded && f.subset && f.unicode).toBe(true);
    }
  });

  test('embeds the logo once with its transparency, even in a batch', () => {
    const certs = Array.from({ length: 20 }, (_, i) => attendanceCertificate(i + 1));
    const batch = save('attestations-logo.pdf', renderAttendanceCertificates(association(true), certs));
    const list = execFileSync('pdfimages', ['-list', batch], { encoding: 'utf8' });
    const rows = list
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/));
    expect(rows.filter((r) => r[2] === 'image')).toHaveLength(20);
    expect(rows.filter((r) => r[2] === 'smask')).toHaveLength(20);
    // pdfimages lists each placement; the object number (column 11) shows the same image reused.
    expect(new Set(rows.filter((r) => r[2] === 'image').map((r) => r[10])).size).toBe(1);
  });

  test('an empty list is an error, not an empty file', () => {
    expect(() => renderAttendanceCertificates(association(), [])).toThrow();
  });
});
