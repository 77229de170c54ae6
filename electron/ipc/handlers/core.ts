import { currentSchemaVersion } from '../../../db/connection';
import { APP_SETTINGS_KEY, appSettingsSchema } from '../../../shared/schemas/app-settings';
import { AppError } from '../../errors';
import { readSettings, writeSettings } from '../../services/settings';
import * as association from '../../services/association';
import * as representatives from '../../services/representatives';
import type { coreContract } from '../contracts/core';
import type { DomainHandlers } from './types';

export const coreHandlers: DomainHandlers<typeof coreContract> = {
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

  'representatives:list': (ctx, input) => representatives.listRepresentatives(ctx, input),
  'representatives:get': (ctx, input) => representatives.getRepresentative(ctx, input.id),
  'representatives:create': (ctx, input) => representatives.createRepresentative(ctx, input),
  'representatives:update': (ctx, input) => representatives.updateRepresentative(ctx, input.id, input.data),
  'representatives:archive': (ctx, input) => representatives.setRepresentativeArchived(ctx, input.id, true),
  'representatives:restore': (ctx, input) => representatives.setRepresentativeArchived(ctx, input.id, false),
  'representatives:delete': (ctx, input) => representatives.deleteRepresentative(ctx, input.id),
};
