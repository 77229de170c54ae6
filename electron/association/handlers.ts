import { currentSchemaVersion } from '../../db/connection';
import { APP_SETTINGS_KEY, appSettingsSchema } from '../../shared/association/app-settings';
import { readSettings, writeSettings } from './settings';
import * as association from './association';
import type { DomainHandlers } from '../ipc/handler-types';
import type { associationContract } from './contract';

export const associationHandlers: DomainHandlers<typeof associationContract> = {
  'app:info': async (ctx) => ({
    version: ctx.appVersion,
    databaseFile: ctx.databaseFile,
    schemaVersion: await currentSchemaVersion(ctx.db),
    mode: ctx.mode,
  }),
  'appSettings:get': (ctx) => readSettings(ctx.db, APP_SETTINGS_KEY, appSettingsSchema),
  'appSettings:save': (ctx, input) => writeSettings(ctx, APP_SETTINGS_KEY, appSettingsSchema, input),
  'association:get': (ctx) => association.getAssociation(ctx),
  'association:save': (ctx, input) => association.saveAssociation(ctx, input),
  'association:setLogo': (ctx, input) => association.setLogo(ctx, input),
  'association:removeLogo': (ctx) => association.removeLogo(ctx),
};
