import type { DomainPages } from '../../navigation';

/** Sections and routes of the meetings domain. */
export const meetingsPages: DomainPages = { sections: [], routes: [] };
