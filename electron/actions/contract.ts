/** Channels of projects and actions, and of their themes. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import {
  actionExportInput,
  actionInput,
  actionListQuery,
  actionSessionsQuery,
  actionThemeInput,
  actionThemeMoveInput,
  projectOptionsQuery,
} from '../../shared/actions/schemas';
import type {
  Action,
  ActionList,
  ActionSessionList,
  ActionTheme,
  ProjectOption,
} from '../../shared/actions/types';
import type { FileRef } from '../../shared/files';
import { byId, channel, none } from '../ipc/define';

export const actionsContract = {
  'actions:list': channel<ActionList>()(actionListQuery),
  'actions:get': channel<Action>()(byId),
  'actions:create': channel<Action>()(actionInput),
  'actions:update': channel<Action>()(z.object({ id, data: actionInput }).strict()),
  'actions:cancel': channel<Action>()(byId),
  'actions:delete': channel<{ deleted: true }>()(byId),
  /** The sessions of one action (meetings with action_id), a page at a time. */
  'actions:sessions': channel<ActionSessionList>()(actionSessionsQuery),
  /** Projects offered as the parent of an action. */
  'actions:projectOptions': channel<ProjectOption[]>()(projectOptionsQuery),
  /** The list as filtered on screen, as CSV or XLSX. */
  'actions:export': channel<FileRef>()(actionExportInput),
  'actionThemes:list': channel<ActionTheme[]>()(none),
  'actionThemes:create': channel<ActionTheme[]>()(actionThemeInput),
  'actionThemes:update': channel<ActionTheme[]>()(z.object({ id, data: actionThemeInput }).strict()),
  'actionThemes:move': channel<ActionTheme[]>()(actionThemeMoveInput),
  'actionThemes:archive': channel<ActionTheme[]>()(byId),
  'actionThemes:restore': channel<ActionTheme[]>()(byId),
} as const;
