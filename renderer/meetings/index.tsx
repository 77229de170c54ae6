import { IconCalendarEvent } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const MeetingDetailPage = lazyPage(() => import('./MeetingDetailPage'), 'MeetingDetailPage');
const MeetingFormPage = lazyPage(() => import('./MeetingFormPage'), 'MeetingFormPage');
const MeetingsPage = lazyPage(() => import('./MeetingsPage'), 'MeetingsPage');
// Sessions of actions are meetings too: their pages sit beside the action's (renderer/actions/).
const SessionFormPage = lazyPage(() => import('../actions/SessionFormPage'), 'SessionFormPage');
const SessionPage = lazyPage(() => import('../actions/SessionPage'), 'SessionPage');

/** Sections and routes of the meetings domain. */
export const meetingsPages: DomainPages = {
  sections: [
    { path: '/reunions', label: 'Réunions', icon: <IconCalendarEvent size={18} stroke={1.6} />, order: 30 },
  ],
  routes: [
    { path: '/reunions', element: <MeetingsPage /> },
    { path: '/reunions/nouvelle', element: <MeetingFormPage /> },
    { path: '/reunions/:id', element: <MeetingDetailPage /> },
    { path: '/reunions/:id/modifier', element: <MeetingFormPage /> },
    { path: '/actions/:actionId/seances/nouvelle', element: <SessionFormPage /> },
    { path: '/seances/:id', element: <SessionPage /> },
    { path: '/seances/:sessionId/modifier', element: <SessionFormPage /> },
  ],
};
