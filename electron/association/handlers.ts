import { currentSchemaVersion } from '../../db/connection';
import { APP_SETTINGS_KEY, appSettingsSchema } from '../../shared/association/app-settings';
import { AppError } from '../errors';
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
  'files:save': async (ctx, input) => {
    if (!ctx.desktop) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'L’enregistrement par boîte de dialogue n’existe que dans l’application de bureau.',
      );
    }
    return ctx.desktop.saveFile(input.fileName, Buffer.from(input.dataBase64, 'base64'), input.open);
  },
  'association:get': (ctx) => association.getAssociation(ctx),
  'association:save': (ctx, input) => association.saveAssociation(ctx, input),
  'association:setLogo': (ctx, input) => association.setLogo(ctx, input),
  'association:removeLogo': (ctx) => association.removeLogo(ctx),
};
