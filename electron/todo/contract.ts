/** Channel of « À faire »: what the secretary and the treasurer have to do next. */
import type { TodoList } from '../../shared/register/types';
import { channel, none } from '../ipc/define';

export const todoContract = {
  'todo:get': channel<TodoList>()(none),
} as const;
