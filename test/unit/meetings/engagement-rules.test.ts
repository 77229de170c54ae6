/** Rules of every engagement: which attestation a session gives, what counts as congé, the labels. */
import {
  attestationKindOf,
  carrierText,
  engagementLabel,
  engagementPurpose,
} from '../../../shared/meetings/engagement';
import { countsTowardConge } from '../../../shared/meetings/conge-rules';
import { attendanceRoleLabel, attendanceStatusLabel } from '../../../shared/rules/agreement';

describe('attestation kind per action', () => {
  it('a meeting of an instance is a representation; a session is what its action says', () => {
    expect(attestationKindOf(null)).toBe('representation');
    expect(attestationKindOf('participation')).toBe('participation');
    expect(attestationKindOf('representation')).toBe('representation');
  });

  it('only a representation takes congé de représentation', () => {
    expect(countsTowardConge(attestationKindOf(null))).toBe(true);
    expect(countsTowardConge(attestationKindOf('representation'))).toBe(true);
    expect(countsTowardConge(attestationKindOf('participation'))).toBe(false);
  });
});

describe('labels of an engagement', () => {
  it('names an instance by itself and a session by its action and porteur', () => {
    expect(engagementLabel({ kind: 'instance', name: 'CDU du CHU', carrier: 'CHU de Rennes' })).toBe(
      'CDU du CHU',
    );
    expect(engagementLabel({ kind: 'action', name: 'Forum santé', carrier: 'CPTS Rennes' })).toBe(
      'Forum santé (CPTS Rennes)',
    );
    expect(engagementLabel({ kind: 'action', name: 'Atelier', carrier: null })).toBe('Atelier');
    expect(engagementPurpose({ kind: 'action', name: 'Forum', carrier: null }, 'Stand')).toBe(
      'Séance Forum — Stand',
    );
    expect(engagementPurpose({ kind: 'instance', name: 'CDU', carrier: 'CHU' }, null)).toBe('Réunion CDU');
    expect(carrierText(null, 'Collectif des usagers')).toBe('Collectif des usagers');
  });

  it('says the role and the status in the person’s gender, never « (e) »', () => {
    expect(attendanceRoleLabel('animateur', 'Mme')).toBe('Animatrice / intervenante');
    expect(attendanceRoleLabel('animateur', 'M.')).toBe('Animateur / intervenant');
    expect(attendanceRoleLabel('participant', 'Mme')).toBe('Participante');
    expect(attendanceRoleLabel('participant', null)).toBe('Participant');
    expect(attendanceStatusLabel('present', 'Mme')).toBe('Présente');
  });
});
