/** Channels of the association: its identity and logo, the application settings. */
import { appSettingsSchema, type AppSettings } from '../../shared/association/app-settings';
import { associationInput, logoInput } from '../../shared/association/schemas';
import type { AppInfo, Association } from '../../shared/register/representative-types';
import { channel, none } from '../ipc/define';

export const associationContract = {
  'app:info': channel<AppInfo>()(none),
  'appSettings:get': channel<AppSettings>()(none),
  'appSettings:save': channel<AppSettings>()(appSettingsSchema),
  'association:get': channel<Association>()(none),
  'association:save': channel<Association>()(associationInput),
  'association:setLogo': channel<Association>()(logoInput),
  'association:removeLogo': channel<Association>()(none),
} as const;
