/** Channels of personal-data rights (RGPD): export, anonymisation, retention review. */
import type { FileRef } from '../../shared/files';
import {
  privacySettingsSchema,
  retentionTodoQuery,
  type PrivacySettings,
} from '../../shared/privacy/settings';
import type { ErasurePreview, ErasureResult, RetentionTodo } from '../../shared/privacy/types';
import { byId, channel, none } from '../ipc/define';

export const privacyContract = {
  /** « Exporter ses données »: a zip (XLSX, JSON, documents). */
  'privacy:export': channel<FileRef>()(byId),
  /** What anonymising the person would erase and keep, and what prevents it now. */
  'privacy:erasurePreview': channel<ErasurePreview>()(byId),
  'privacy:anonymise': channel<ErasureResult>()(byId),
  'privacy:retentionTodo': channel<RetentionTodo>()(retentionTodoQuery),
  'privacy:keep': channel<{ kept: true }>()(byId),
  'privacySettings:get': channel<PrivacySettings>()(none),
  'privacySettings:save': channel<PrivacySettings>()(privacySettingsSchema),
} as const;
