import type { DomainHandlers } from '../ipc/handler-types';
import type { bilansContract } from './contract';
import { bilanPdf, bilanXlsx } from './bilan-files';
import * as bilans from './bilans';
import * as fundings from './fundings';
import * as objectives from './objectives';

export const bilansHandlers: DomainHandlers<typeof bilansContract> = {
  'objectives:get': (ctx, input) => objectives.objectiveSet(ctx, input.owner),
  'objectives:create': (ctx, input) => objectives.createObjective(ctx, input.owner, input.label),
  'objectives:update': (ctx, input) => objectives.renameObjective(ctx, input.id, input.label),
  'objectives:delete': (ctx, input) => objectives.deleteObjective(ctx, input.id),
  'objectives:addIndicator': (ctx, input) => objectives.createIndicator(ctx, input.objectiveId, input.data),
  'objectives:updateIndicator': (ctx, input) => objectives.updateIndicator(ctx, input.id, input.data),
  'objectives:deleteIndicator': (ctx, input) => objectives.deleteIndicator(ctx, input.id),
  'fundings:list': (ctx, input) => fundings.listFundings(ctx, input),
  'fundings:get': (ctx, input) => fundings.getFunding(ctx, input.id),
  'fundings:create': (ctx, input) => fundings.createFunding(ctx, input),
  'fundings:update': (ctx, input) => fundings.updateFunding(ctx, input.id, input.data),
  'fundings:delete': (ctx, input) => fundings.deleteFunding(ctx, input.id),
  'bilans:get': (ctx, input) => bilans.getBilan(ctx, input.id),
  'bilans:create': (ctx, input) => bilans.createBilan(ctx, input),
  'bilans:update': (ctx, input) => bilans.updateBilan(ctx, input.id, input),
  'bilans:delete': (ctx, input) => bilans.deleteBilan(ctx, input.id),
  'bilans:saveSection': (ctx, input) => bilans.saveSection(ctx, input.bilanId, input.section, input.body),
  'bilans:sectionVersions': (ctx, input) => bilans.sectionVersions(ctx, input.bilanId, input.section),
  'bilans:addStaff': (ctx, input) => bilans.addStaffLine(ctx, input.bilanId, input.data),
  'bilans:updateStaff': (ctx, input) => bilans.updateStaffLine(ctx, input.id, input.data),
  'bilans:deleteStaff': (ctx, input) => bilans.deleteStaffLine(ctx, input.id),
  'bilans:pdf': (ctx, input) => bilanPdf(ctx, input.id),
  'bilans:xlsx': (ctx, input) => bilanXlsx(ctx, input.id),
};
