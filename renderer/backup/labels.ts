/** How backups are described on screen. */
import type { BackupCounts, BackupKind } from '../../shared/backup/types';
import { plural } from '../../shared/rules/plural';

export const kindLabels: Record<BackupKind, string> = {
  manuelle: 'faite à la demande',
  automatique: 'automatique',
  'avant-migration': 'avant mise à jour',
  'avant-restauration': 'avant restauration',
};

export function countsText(c: BackupCounts): string {
  return [
    plural(c.people, 'personne', 'personnes'),
    plural(c.mandates, 'mandat', 'mandats'),
    plural(c.meetings, 'réunion', 'réunions'),
    plural(c.claims, 'note de frais', 'notes de frais'),
    plural(c.receipts, 'reçu fiscal', 'reçus fiscaux'),
    plural(c.attachments, 'pièce jointe', 'pièces jointes'),
  ].join(', ');
}
