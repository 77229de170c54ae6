import type { DomainPages } from '../../navigation';

/** Sections and routes of the claims domain. */
export const claimsPages: DomainPages = { sections: [], routes: [] };
