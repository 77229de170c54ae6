import { IconSchool } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const TrainingKindsPage = lazyPage(() => import('./TrainingKindsPage'), 'TrainingKindsPage');
const TrainingsPage = lazyPage(() => import('./TrainingsPage'), 'TrainingsPage');

/** Sections and routes of trainings. */
export const trainingsPages: DomainPages = {
  sections: [
    { path: '/formations', label: 'Formations', icon: <IconSchool size={18} stroke={1.6} />, order: 40 },
  ],
  routes: [
    { path: '/formations', element: <TrainingsPage /> },
    { path: '/formations/types', element: <TrainingKindsPage /> },
  ],
};
