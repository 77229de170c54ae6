/**
 * « Quoi de neuf » : what each version brings, in the words of the people who use it. Shown once
 * after an update (the renderer remembers the last version seen on this computer), and at any
 * time from the help panel. The newest version comes first.
 */

export interface Release {
  version: string;
  /** ISO date of the release. */
  date: string;
  items: readonly string[];
}

export const releases: readonly Release[] = [
  {
    version: '0.2.0',
    date: '2026-12-03',
    items: [
      'Une aide sur chaque écran (bouton « Aide » en haut à droite, ou la touche F1) et un glossaire des mots du métier : mandat, suppléant, congé de représentation, barème cumulé, abandon de frais, reçu fiscal, pain.001…',
      'Le modèle de fichier d’import (XLSX) se télécharge depuis « Importer » : les colonnes reconnues, une ligne d’exemple et le mode d’emploi.',
      'Le tableau de bord, le bilan d’action et la valorisation du bénévolat pour les financeurs.',
      'Les sauvegardes, la restauration et la protection des données personnelles.',
    ],
  },
  {
    version: '0.1.0',
    date: '2026-11-20',
    items: [
      'Le registre des personnes, des instances et des mandats, « À faire », les réunions et les attestations de présence.',
      'Les actions et projets, leurs séances, les comptes rendus de mandat et les questionnaires.',
      'Les notes de frais au barème kilométrique exact, les virements SEPA, l’abandon de frais et les reçus fiscaux.',
    ],
  },
];

/** Compares two « 1.2.3 » versions: negative when `a` is older. Missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The releases to show after an update: newer than the last version seen and not newer than the
 * running one. Nothing on a first start (no version seen yet: the welcome comes instead) nor
 * after going back to an older version.
 */
export function releasesSince(lastSeen: string | null, running: string): Release[] {
  if (lastSeen === null || compareVersions(running, lastSeen) <= 0) return [];
  return releases.filter(
    (r) => compareVersions(r.version, lastSeen) > 0 && compareVersions(r.version, running) <= 0,
  );
}
