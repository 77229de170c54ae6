/** Channels of the association: its identity and logo, the application settings, saving files. */
import { z } from 'zod';
import { appSettingsSchema, type AppSettings } from '../../shared/association/app-settings';
import { associationInput, logoInput } from '../../shared/association/schemas';
import type { SavedFile } from '../../shared/files';
import type { AppInfo, Association } from '../../shared/register/representative-types';
import { channel, none } from '../ipc/define';

export const associationContract = {
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
} as const;
