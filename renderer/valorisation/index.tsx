import { IconHeartHandshake } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const VolunteerTimePage = lazyPage(() => import('./VolunteerTimePage'), 'VolunteerTimePage');

/** Sections and routes of the valorisation du bénévolat (its settings are a tab of Paramètres). */
export const valorisationPages: DomainPages = {
  sections: [
    {
      path: '/temps-benevole',
      label: 'Temps bénévole',
      icon: <IconHeartHandshake size={18} stroke={1.6} />,
      order: 42,
    },
  ],
  routes: [{ path: '/temps-benevole', element: <VolunteerTimePage /> }],
};
