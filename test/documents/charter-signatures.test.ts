import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp } from '../helpers/context';
import { associationInput } from '../../shared/association/schemas';
import { charterVersionInput, signatureInput } from '../../shared/charters/schemas';
import { representativeInput } from '../../shared/register/representative';
import { saveAssociation } from '../../electron/association/association';
import { charterPdf, createVersion, recordSignature } from '../../electron/charters/charters';
import { createRepresentative } from '../../electron/register/representatives';

function pdfText(data: Buffer, name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charte-'));
  const file = path.join(dir, name);
  writeFileSync(file, data);
  if (process.env.KEEP_PDF) writeFileSync(path.join(os.tmpdir(), name), data);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('charter PDF for one representative', () => {
  it('prints the association, the versioned text with its headings, the person and a signature block', async () => {
    const app = await createTestApp('2026-11-22T10:00:00.000Z');
    await saveAssociation(
      app.ctx,
      associationInput.parse({
        name: 'Collectif des usagers de santé d’Ille-et-Vilaine',
        addressLine: '12 rue de Saint-Malo',
        postalCode: '35000',
        city: 'Rennes',
        rna: 'W353012345',
        siren: null,
        objet: 'Représenter les usagers.',
        organismType: 'Association loi 1901',
        president: 'Hélène Dubois-Martin',
        treasurer: 'Bernard Hamon',
        documentPlace: 'Rennes',
        iban: null,
        bic: null,
      }),
    );
    const person = await createRepresentative(
      app.ctx,
      representativeInput.parse({
        civility: 'M.',
        lastName: 'D’Argenson',
        firstName: 'François',
        employed: false,
        vehicles: [],
      }),
    );
    const version = await createVersion(
      app.ctx,
      charterVersionInput.parse({
        title: 'Charte d’engagement des représentants',
        version: '2',
        effectiveDate: '2025-03-01',
        body: '# Confidentialité\nLe représentant respecte le secret des délibérations.\n\n# Formation\nIl suit la formation de base dans les six mois.',
      }),
    );
    const unsigned = pdfText((await charterPdf(app.ctx, person.id, null)).data, 'charte-vierge.pdf');
    expect(unsigned).toContain('Collectif des usagers de santé d’Ille-et-Vilaine');
    expect(unsigned).toContain('Charte d’engagement des représentants');
    expect(unsigned).toMatch(/[Vv]ersion 2/);
    expect(unsigned).toContain('Confidentialité');
    expect(unsigned).toContain('Le représentant respecte le secret des délibérations.');
    expect(unsigned).toContain('François D’Argenson');
    expect(unsigned).toContain('Hélène Dubois-Martin');

    await recordSignature(
      app.ctx,
      signatureInput.parse({
        representativeId: person.id,
        charterVersionId: version.id,
        signedOn: '2025-04-02',
        method: 'papier',
      }),
    );
    const signed = pdfText((await charterPdf(app.ctx, person.id, version.id)).data, 'charte-signee.pdf');
    expect(signed).toContain('02/04/2025');
    await app.close();
  });
});
