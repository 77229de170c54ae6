import * as actions from './actions';
import { exportActions } from './action-export';
import type { DomainHandlers } from '../ipc/handler-types';
import type { actionsContract } from './contract';
import * as themes from './themes';

export const actionsHandlers: DomainHandlers<typeof actionsContract> = {
  'actions:list': (ctx, input) => actions.listActions(ctx, input),
  'actions:get': (ctx, input) => actions.getAction(ctx, input.id),
  'actions:create': (ctx, input) => actions.createAction(ctx, input),
  'actions:update': (ctx, input) => actions.updateAction(ctx, input.id, input.data),
  'actions:cancel': (ctx, input) => actions.cancelAction(ctx, input.id),
  'actions:delete': (ctx, input) => actions.deleteAction(ctx, input.id),
  'actions:sessions': (ctx, input) => actions.listActionSessions(ctx, input),
  'actions:projectOptions': (ctx, input) => actions.listProjectOptions(ctx, input),
  'actions:export': (ctx, input) => exportActions(ctx, input),
  'actionThemes:list': (ctx) => themes.listThemes(ctx),
  'actionThemes:create': (ctx, input) => themes.createTheme(ctx, input),
  'actionThemes:update': (ctx, input) => themes.renameTheme(ctx, input.id, input.data),
  'actionThemes:move': (ctx, input) => themes.moveTheme(ctx, input.id, input.direction),
  'actionThemes:archive': (ctx, input) => themes.setThemeArchived(ctx, input.id, true),
  'actionThemes:restore': (ctx, input) => themes.setThemeArchived(ctx, input.id, false),
};
