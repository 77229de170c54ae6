import type { DomainHandlers } from '../ipc/handler-types';
import { anonymisePerson, erasurePreview } from './anonymise';
import type { privacyContract } from './contract';
import { exportPersonData } from './person-export';
import { getPrivacySettings, keepPerson, retentionTodo, savePrivacySettings } from './retention';

export const privacyHandlers: DomainHandlers<typeof privacyContract> = {
  'privacy:export': (ctx, input) => exportPersonData(ctx, input.id),
  'privacy:erasurePreview': (ctx, input) => erasurePreview(ctx, input.id),
  'privacy:anonymise': (ctx, input) => anonymisePerson(ctx, input.id),
  'privacy:retentionTodo': (ctx, input) => retentionTodo(ctx, input.offset),
  'privacy:keep': (ctx, input) => keepPerson(ctx, input.id),
  'privacySettings:get': (ctx) => getPrivacySettings(ctx),
  'privacySettings:save': (ctx, input) => savePrivacySettings(ctx, input),
};
