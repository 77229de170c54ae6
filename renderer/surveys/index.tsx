import { IconMessageCircleQuestion } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const SurveysPage = lazyPage(() => import('./SurveysPage'), 'SurveysPage');
const SurveyFormPage = lazyPage(() => import('./SurveyFormPage'), 'SurveyFormPage');
const SurveyDetailPage = lazyPage(() => import('./SurveyDetailPage'), 'SurveyDetailPage');
const ResponseFormPage = lazyPage(() => import('./ResponseFormPage'), 'ResponseFormPage');
const SurveyImportPage = lazyPage(() => import('./SurveyImportPage'), 'SurveyImportPage');
const SurveyResultsPage = lazyPage(() => import('./SurveyResultsPage'), 'SurveyResultsPage');

/** Sections and routes of questionnaires (« Retours et satisfaction »). */
export const surveysPages: DomainPages = {
  sections: [
    {
      path: '/questionnaires',
      label: 'Questionnaires',
      icon: <IconMessageCircleQuestion size={18} stroke={1.6} />,
      order: 47,
    },
  ],
  routes: [
    { path: '/questionnaires', element: <SurveysPage /> },
    { path: '/questionnaires/nouveau', element: <SurveyFormPage /> },
    { path: '/questionnaires/:id', element: <SurveyDetailPage /> },
    { path: '/questionnaires/:id/modifier', element: <SurveyFormPage /> },
    { path: '/questionnaires/:id/reponse', element: <ResponseFormPage /> },
    { path: '/questionnaires/:id/import', element: <SurveyImportPage /> },
    { path: '/questionnaires/:id/resultats', element: <SurveyResultsPage /> },
  ],
};
