import type { DomainHandlers } from '../ipc/handler-types';
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
};
