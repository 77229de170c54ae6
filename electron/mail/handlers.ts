import type { DomainHandlers } from '../ipc/handler-types';
import { instanceCalendarFile, personCalendarFile } from './calendar';
import type { mailContract } from './contract';
import { mailSettingsView, saveMailAccount, saveMailTemplates } from './mail-settings';
import { sendConvocation, sendDocument, sendReleves, sendTest } from './send';

export const mailHandlers: DomainHandlers<typeof mailContract> = {
  'mail:settings': (ctx) => mailSettingsView(ctx),
  'mail:saveAccount': (ctx, input) => saveMailAccount(ctx, input),
  'mail:saveTemplates': (ctx, input) => saveMailTemplates(ctx, input),
  'mail:test': (ctx, input) => sendTest(ctx, input.to),
  'mail:send': (ctx, input) => sendDocument(ctx, input),
  'mail:sendReleves': (ctx, input) => sendReleves(ctx, input.year),
  'mail:convocation': (ctx, input) => sendConvocation(ctx, input.meetingId),
  'calendar:instance': (ctx, input) => instanceCalendarFile(ctx, input.id),
  'calendar:person': (ctx, input) => personCalendarFile(ctx, input.id),
};
