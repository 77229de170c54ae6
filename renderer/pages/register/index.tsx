import type { DomainPages } from '../../navigation';

/** Sections and routes of the register domain. */
export const registerPages: DomainPages = { sections: [], routes: [] };
