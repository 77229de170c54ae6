import type { ReactNode } from 'react';

/** One entry of the left navigation. `order` places it among the other domains' sections. */
export interface SectionDef {
  path: string;
  label: string;
  icon: ReactNode;
  order: number;
}

export interface RouteDef {
  path: string;
  element: ReactNode;
}

/** What each domain's pages contribute to the application shell. */
export interface DomainPages {
  sections: SectionDef[];
  routes: RouteDef[];
  /** The first screen of the app, if this domain provides it. */
  home?: ReactNode;
}
