import { IconTargetArrow } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ActionsPage = lazyPage(() => import('./ActionsPage'), 'ActionsPage');
const ActionFormPage = lazyPage(() => import('./ActionFormPage'), 'ActionFormPage');
const ActionDetailPage = lazyPage(() => import('./ActionDetailPage'), 'ActionDetailPage');

/** Sections and routes of projects and actions (their sessions' pages come with the meetings). */
export const actionsPages: DomainPages = {
  sections: [
    {
      path: '/actions',
      label: 'Actions et projets',
      icon: <IconTargetArrow size={18} stroke={1.6} />,
      order: 35,
    },
  ],
  routes: [
    { path: '/actions', element: <ActionsPage /> },
    { path: '/actions/nouvelle', element: <ActionFormPage /> },
    { path: '/actions/:id', element: <ActionDetailPage /> },
    { path: '/actions/:id/modifier', element: <ActionFormPage /> },
  ],
};
