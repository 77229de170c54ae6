import { IconReportMoney } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ObjectivesYearPage = lazyPage(() => import('./ObjectivesYearPage'), 'ObjectivesYearPage');

/** Financements, their bilans d'action, and the objectives of a year (a project's are on its page). */
export const bilansPages: DomainPages = {
  sections: [
    {
      path: '/financements',
      label: 'Financements et bilans',
      icon: <IconReportMoney size={18} stroke={1.6} />,
      order: 37,
    },
  ],
  routes: [{ path: '/objectifs', element: <ObjectivesYearPage /> }],
};
