import { z } from 'zod';
import { appSettingsSchema, type AppSettings } from '../../../shared/schemas/app-settings';
import { associationInput, logoInput } from '../../../shared/schemas/association';
import { id } from '../../../shared/schemas/fields';
import { representativeInput, representativeListQuery } from '../../../shared/schemas/representative';
import type { SavedFile } from '../../../shared/types/files';
import type {
  AppInfo,
  Association,
  Representative,
  RepresentativeList,
} from '../../../shared/types/register';
import { byId, channel, none } from './define';

export const coreContract = {
  'app:info': channel<AppInfo>()(none),
  'appSettings:get': channel<AppSettings>()(none),
  'appSettings:save': channel<AppSettings>()(appSettingsSchema),

  /** Desktop only: save a generated file through the system dialog, optionally open it. */
  'files:save': channel<SavedFile>()(
    z
      .object({
        fileName: z.string().min(1).max(200),
        mime: z.string().max(100),
        dataBase64: z.string().max(200_000_000),
        open: z.boolean().default(false),
      })
      .strict(),
  ),

  'association:get': channel<Association>()(none),
  'association:save': channel<Association>()(associationInput),
  'association:setLogo': channel<Association>()(logoInput),
  'association:removeLogo': channel<Association>()(none),

  'representatives:list': channel<RepresentativeList>()(representativeListQuery),
  'representatives:get': channel<Representative>()(byId),
  'representatives:create': channel<Representative>()(representativeInput),
  'representatives:update': channel<Representative>()(z.object({ id, data: representativeInput }).strict()),
  'representatives:archive': channel<Representative>()(byId),
  'representatives:restore': channel<Representative>()(byId),
  'representatives:delete': channel<{ deleted: true }>()(byId),
} as const;
