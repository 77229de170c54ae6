import type { DomainHandlers } from '../ipc/handler-types';
import type { bilansContract } from './contract';
import * as objectives from './objectives';

export const bilansHandlers: DomainHandlers<typeof bilansContract> = {
  'objectives:get': (ctx, input) => objectives.objectiveSet(ctx, input.owner),
  'objectives:create': (ctx, input) => objectives.createObjective(ctx, input.owner, input.label),
  'objectives:update': (ctx, input) => objectives.renameObjective(ctx, input.id, input.label),
  'objectives:delete': (ctx, input) => objectives.deleteObjective(ctx, input.id),
  'objectives:addIndicator': (ctx, input) => objectives.createIndicator(ctx, input.objectiveId, input.data),
  'objectives:updateIndicator': (ctx, input) => objectives.updateIndicator(ctx, input.id, input.data),
  'objectives:deleteIndicator': (ctx, input) => objectives.deleteIndicator(ctx, input.id),
};
