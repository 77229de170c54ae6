/** Channel of « À faire »: what the secretary and the treasurer have to do next. */
import type { TodoList } from '../../shared/register/types';
import { todoQuery } from '../../shared/todo/schemas';
import { channel } from '../ipc/define';

export const todoContract = {
  'todo:get': channel<TodoList>()(todoQuery),
} as const;
