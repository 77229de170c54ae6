import { START_SCREEN_KEY, startScreenSettings } from '../../shared/indicators/settings';
import { readSettings, writeSettings } from '../association/settings';
import type { DomainHandlers } from '../ipc/handler-types';
import { annualReportPdf } from './annual-report';
import { congeFigure } from './conge-figure';
import type { indicatorsContract } from './contract';
import { dashboard } from './dashboard';
import { figureDetails } from './details';
import { dashboardScopes } from './scopes';

export const indicatorsHandlers: DomainHandlers<typeof indicatorsContract> = {
  'indicators:dashboard': (ctx, input) => dashboard(ctx, input.period, input.scope),
  'indicators:conge': (ctx, input) => congeFigure(ctx, input.period, input.scope),
  'indicators:scopes': (ctx) => dashboardScopes(ctx),
  'indicators:details': (ctx, input) => figureDetails(ctx, input),
  'indicators:annualReportPdf': (ctx, input) => annualReportPdf(ctx, input.period, input.scope),
  'indicators:startScreen': (ctx) => readSettings(ctx.db, START_SCREEN_KEY, startScreenSettings),
  'indicators:saveStartScreen': (ctx, input) =>
    writeSettings(ctx, START_SCREEN_KEY, startScreenSettings, input),
};
