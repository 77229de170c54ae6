import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glossary, glossaryEntry } from '../../../shared/help/glossary';
import { screenHelpFor, screensHelp } from '../../../shared/help/screens';
import { compareVersions, releases, releasesSince } from '../../../shared/help/whats-new';

const root = path.resolve(__dirname, '../../..');

/** Every address the renderer routes, read from the domains' index files. */
function routedPaths(): string[] {
  const dir = path.join(root, 'renderer');
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let text: string;
    try {
      text = readFileSync(path.join(dir, entry.name, 'index.tsx'), 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/path:\s*'([^']+)'/g)) if (m[1]) paths.push(m[1]);
  }
  return paths;
}

describe('the help of each screen', () => {
  it('covers every address of the application (a new screen comes with its help)', () => {
    const paths = routedPaths();
    expect(paths.length).toBeGreaterThan(40);
    const missing = paths.filter((p) => screenHelpFor(p) === null);
    expect(missing).toEqual([]);
  });

  it('finds a screen’s help from any of its addresses', () => {
    expect(screenHelpFor('/frais/12/modifier')?.title).toBe('Notes de frais');
    expect(screenHelpFor('/')?.title).toBe('À faire');
    expect(screenHelpFor('/nulle-part')).toBeNull();
  });

  it('names only words the glossary defines', () => {
    for (const screen of screensHelp)
      for (const id of screen.terms) expect([screen.path, glossaryEntry(id)?.id]).toEqual([screen.path, id]);
  });

  it('has one entry per word, and the words the issue names', () => {
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
    const words = glossary.flatMap((e) => [e.term, ...(e.aliases ?? [])]).join(' | ');
    for (const w of [
      'Mandat',
      'Siège',
      'Suppléant',
      'Congé de représentation',
      'Barème kilométrique cumulé',
      'Abandon de frais',
      'Reçu fiscal',
      'pain.001',
      '4681',
      '75412',
    ])
      expect(words).toContain(w);
    // French typography: never « (e) » or « (s) » in what the user reads.
    for (const e of glossary) expect(e.definition).not.toMatch(/\((e|s|es)\)/);
  });
});

describe('« Quoi de neuf »', () => {
  it('compares versions part by part', () => {
    expect(compareVersions('0.10.0', '0.9.3')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBeLessThan(0);
  });

  it('shows the versions newer than the last seen, up to the running one; nothing on a first start or a downgrade', () => {
    expect(releasesSince('0.1.0', '0.2.0').map((r) => r.version)).toEqual(['0.2.0']);
    expect(releasesSince(null, '0.2.0')).toEqual([]);
    expect(releasesSince('0.2.0', '0.2.0')).toEqual([]);
    expect(releasesSince('0.2.0', '0.1.0')).toEqual([]);
    expect(releasesSince('0.0.1', '0.1.0').map((r) => r.version)).toEqual(['0.1.0']);
  });

  it('has the notes of the version the package declares, newest first', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(releases[0]?.version).toBe(pkg.version);
    const versions = releases.map((r) => r.version);
    expect([...versions].sort((a, b) => compareVersions(b, a))).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
