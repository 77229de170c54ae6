/** The keychain file (with a stand-in for safeStorage) and the passphrase strength rule. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileKeyStore, type Sealer } from '../../../electron/cipher/key-store';
import { isSealed, sealBytes, unsealBytes } from '../../../electron/cipher/file-crypto';
import { passphraseProblem, passphraseStrength } from '../../../shared/cipher/passphrase';
import { newFilesKey } from '../../../electron/cipher/file-crypto';

const reversing = (available: boolean): Sealer => ({
  available: () => available,
  seal: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
  unseal: (sealed) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('not ours');
    return [...text.slice(7)].reverse().join('');
  },
});

describe('the key store', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const hex = 'ab'.repeat(48);

  it('keeps a key sealed by the system, never in clear, and gives it back for the same file', () => {
    const storeFile = path.join(dir, 'cles.json');
    const store = fileKeyStore(storeFile, reversing(true));
    expect(store.load('/donnees/porte-voix.sqlite')).toBeNull();
    expect(store.remember('/donnees/porte-voix.sqlite', hex)).toBe(true);
    expect(readFileSync(storeFile, 'utf8')).not.toContain(hex);
    expect(store.load('/donnees/porte-voix.sqlite')).toBe(hex);
    expect(store.load('/ailleurs/porte-voix.sqlite')).toBeNull();
  });

  it('keeps nothing where the system has no real keychain, and reads nothing another one sealed', () => {
    const storeFile = path.join(dir, 'sans-trousseau.json');
    expect(fileKeyStore(storeFile, reversing(false)).remember('/d/p.sqlite', hex)).toBe(false);
    fileKeyStore(storeFile, reversing(true)).remember('/d/p.sqlite', hex);
    const otherComputer: Sealer = {
      ...reversing(true),
      unseal: () => {
        throw new Error('autre compte');
      },
    };
    expect(fileKeyStore(storeFile, otherComputer).load('/d/p.sqlite')).toBeNull();
  });
});

describe('sealed attachments', () => {
  it('open only with their key and under their own name', () => {
    const key = newFilesKey();
    const clear = Buffer.from('%PDF-1.4 justificatif');
    const sealed = sealBytes(key, 'a'.repeat(64), clear);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.includes(clear)).toBe(false);
    expect(unsealBytes(key, 'a'.repeat(64), sealed)).toEqual(clear);
    expect(() => unsealBytes(key, 'b'.repeat(64), sealed)).toThrow(/ne peut pas être lu/);
    expect(() => unsealBytes(newFilesKey(), 'a'.repeat(64), sealed)).toThrow(/ne peut pas être lu/);
    expect(() => unsealBytes(null, 'a'.repeat(64), sealed)).toThrow(/ne peut pas être lu/);
    // A file stored before the encryption passes through.
    expect(unsealBytes(key, 'a'.repeat(64), clear)).toEqual(clear);
  });
});

describe('the passphrase strength', () => {
  it.each([
    ['court', 'trop-courte'],
    ['azerty123456', 'faible'],
    ['aaaaaaaaaaaaaaaa', 'faible'],
    ['portevoix2026!', 'faible'],
    ['girafetambour', 'faible'],
    ['girafe tambour lundi', 'correcte'],
    ['girafe tambour lundi escalier', 'forte'],
    ['Vx7#qLm2!pR9wZ', 'forte'],
    ['Bonjour2026!', 'correcte'],
  ] as const)('« %s » is %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength);
  });

  it('refuses too short and weak ones with a French reason', () => {
    expect(passphraseProblem('court')).toBe('Trop courte : 12 caractères au minimum.');
    expect(passphraseProblem('azerty123456')).toMatch(/^Faible/);
    expect(passphraseProblem('girafe tambour lundi')).toBeNull();
  });
});
