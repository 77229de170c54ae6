import type { DomainHandlers } from '../ipc/handler-types';
import * as categories from './categories';
import type { valorisationContract } from './contract';
import * as entries from './entries';
import * as valorisation from './valorisation';

export const valorisationHandlers: DomainHandlers<typeof valorisationContract> = {
  'valorisationSettings:get': (ctx) => valorisation.getValorisationSettings(ctx),
  'valorisationSettings:save': (ctx, input) => valorisation.saveValorisationSettings(ctx, input),
  'volunteerCategories:list': (ctx) => categories.listCategories(ctx),
  'volunteerCategories:create': (ctx, input) => categories.createCategory(ctx, input),
  'volunteerCategories:update': (ctx, input) => categories.renameCategory(ctx, input.id, input.data),
  'volunteerCategories:move': (ctx, input) => categories.moveCategory(ctx, input.id, input.direction),
  'volunteerCategories:archive': (ctx, input) => categories.setCategoryArchived(ctx, input.id, true),
  'volunteerCategories:restore': (ctx, input) => categories.setCategoryArchived(ctx, input.id, false),
  'volunteerRates:get': (ctx, input) => categories.ratesOfYear(ctx, input.year),
  'volunteerRates:save': (ctx, input) => categories.saveRates(ctx, input),
  'volunteerTime:list': (ctx, input) => entries.listEntries(ctx, input),
  'volunteerTime:create': (ctx, input) => entries.createEntry(ctx, input),
  'volunteerTime:update': (ctx, input) => entries.updateEntry(ctx, input.id, input.data),
  'volunteerTime:delete': (ctx, input) => entries.deleteEntry(ctx, input.id),
  'volunteerTime:export': (ctx, input) => entries.exportEntries(ctx, input),
  'valorisation:year': (ctx, input) =>
    valorisation.valorisationOf(ctx, {
      ...valorisation.yearBounds(input.year),
      scope: null,
      representativeId: input.representativeId,
    }),
};
