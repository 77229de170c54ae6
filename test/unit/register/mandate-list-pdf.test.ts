import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../helpers/context';
import { endMandate } from '../../../electron/register/mandates';
import { instanceMandateListPdf, personMandateListPdf } from '../../../electron/register/mandate-list-pdf';
import { cdu, mandate, person } from './fixtures';

let app: TestApp;
let dir: string;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mandats-'));
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

function text(file: { fileName: string; data: Buffer }): string {
  const pdf = path.join(dir, file.fileName);
  writeFileSync(pdf, file.data);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

describe('« Liste des mandats » PDF', () => {
  it('lists an instance’s mandates with their designation and status', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha', 'Anne');
    const b = await person(app.ctx, 'Bravo', 'Bruno');
    await mandate(app.ctx, {
      representativeId: a.id,
      instanceId: instance.id,
      startDate: '2024-01-01',
      endDate: '2027-01-31',
    });
    const ended = await mandate(app.ctx, {
      representativeId: b.id,
      instanceId: instance.id,
      startDate: '2022-12-01',
      endDate: '2025-11-30',
    });
    await endMandate(app.ctx, { id: ended.id, endedOn: '2024-06-30', reason: 'demission', note: null });
    const file = await instanceMandateListPdf(app.ctx, instance.id);
    expect(file.fileName).toBe('liste-des-mandats-Commission-des-usagers-2026-11-22.pdf');
    const content = text(file);
    expect(content).toContain('Liste des mandats — Commission des usagers');
    expect(content).toContain('2 sièges de titulaire, 2 de suppléant');
    expect(content).toMatch(/Anne Alpha\s+.*Titulaire\s+01\/01\/2024\s+31\/01\/2027/);
    expect(content).toContain('À renouveler');
    expect(content).toMatch(/Bruno Bravo.*30\/06\/2024/);
    expect(content).toContain('Terminé');
    expect(content).toContain('Arrêté n° 2025-1234');
  });

  it('lists one person’s mandates across instances, and refuses an empty list', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha', 'Anne');
    await expect(personMandateListPdf(app.ctx, a.id)).rejects.toThrow('aucun mandat');
    await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    const content = text(await personMandateListPdf(app.ctx, a.id));
    expect(content).toContain('Liste des mandats — Mme Anne Alpha');
    expect(content).toContain('Actif');
  });
});
