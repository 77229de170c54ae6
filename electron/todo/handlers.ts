import * as todo from './todo';
import type { DomainHandlers } from '../ipc/handler-types';
import type { todoContract } from './contract';

export const todoHandlers: DomainHandlers<typeof todoContract> = {
  'todo:get': (ctx, input) => todo.getTodo(ctx, input),
};
