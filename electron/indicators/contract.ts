/** Channels of the indicators: the dashboard's figures, the congé figure, the scopes, the lists behind, the start screen. */
import { dashboardQuery, figureDetailsQuery } from '../../shared/indicators/schemas';
import type { Dashboard, DashboardFigure, FigureDetails, ScopeOptions } from '../../shared/indicators/types';
import { startScreenSettings, type StartScreenSettings } from '../../shared/indicators/settings';
import type { FileRef } from '../../shared/files';
import { channel, none } from '../ipc/define';

export const indicatorsContract = {
  'indicators:dashboard': channel<Dashboard>()(dashboardQuery),
  'indicators:conge': channel<DashboardFigure>()(dashboardQuery),
  'indicators:scopes': channel<ScopeOptions>()(none),
  'indicators:details': channel<FigureDetails>()(figureDetailsQuery),
  'indicators:annualReportPdf': channel<FileRef>()(dashboardQuery),
  'indicators:startScreen': channel<StartScreenSettings>()(none),
  'indicators:saveStartScreen': channel<StartScreenSettings>()(startScreenSettings),
} as const;
