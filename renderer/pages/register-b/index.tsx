import { IconCertificate, IconFileImport, IconSchool } from '@tabler/icons-react';
import type { DomainPages } from '../../navigation';
import { ChartersPage } from './ChartersPage';
import { CharterVersionFormPage } from './CharterVersionFormPage';
import { ImportPage } from './ImportPage';
import { TrainingKindsPage } from './TrainingKindsPage';
import { TrainingsPage } from './TrainingsPage';

/** Sections and routes of trainings, charters, import and export. */
export const registerBPages: DomainPages = {
  sections: [
    { path: '/formations', label: 'Formations', icon: <IconSchool size={18} stroke={1.6} />, order: 40 },
    { path: '/chartes', label: 'Chartes', icon: <IconCertificate size={18} stroke={1.6} />, order: 45 },
    { path: '/import', label: 'Importer', icon: <IconFileImport size={18} stroke={1.6} />, order: 95 },
  ],
  routes: [
    { path: '/formations', element: <TrainingsPage /> },
    { path: '/formations/types', element: <TrainingKindsPage /> },
    { path: '/chartes', element: <ChartersPage /> },
    { path: '/chartes/versions/:id', element: <CharterVersionFormPage /> },
    { path: '/import', element: <ImportPage /> },
  ],
};
