import type { DomainPages } from '../../navigation';

/** Sections and routes of trainings, charters, import and export. */
export const registerBPages: DomainPages = { sections: [], routes: [] };
