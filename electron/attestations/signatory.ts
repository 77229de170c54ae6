import type { MeetingsSettings } from '../../shared/meetings/settings';
import type { AssociationIdentity, Signatory } from '../documents';

/** The settings' signatory, or the association's president, with the civility of whoever signs. */
export function signatoryOf(settings: MeetingsSettings, association: AssociationIdentity): Signatory {
  const named = settings.signatoryName !== '';
  return {
    name: named ? settings.signatoryName : association.president,
    role: settings.signatoryRole,
    civility: named ? settings.signatoryCivility : (association.presidentCivility ?? ''),
    office: 'president',
  };
}
