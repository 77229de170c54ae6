/** Channels of sending documents by e-mail and of calendar exports. */
import { byId, channel, none } from '../ipc/define';
import type { FileRef } from '../../shared/files';
import {
  mailAccountSaveInput,
  mailConvocationInput,
  mailDocumentInput,
  mailRelevesInput,
  mailTestInput,
} from '../../shared/mail/schemas';
import { mailTemplatesInput } from '../../shared/mail/settings';
import type { MailBatchResult, MailOutcome, MailSettingsView } from '../../shared/mail/types';

export const mailContract = {
  'mail:settings': channel<MailSettingsView>()(none),
  'mail:saveAccount': channel<MailSettingsView>()(mailAccountSaveInput),
  'mail:saveTemplates': channel<MailSettingsView>()(mailTemplatesInput),
  'mail:test': channel<{ to: string }>()(mailTestInput),
  'mail:send': channel<MailOutcome>()(mailDocumentInput),
  'mail:sendReleves': channel<MailBatchResult>()(mailRelevesInput),
  'mail:convocation': channel<MailBatchResult>()(mailConvocationInput),
  'calendar:instance': channel<FileRef>()(byId),
  'calendar:person': channel<FileRef>()(byId),
} as const;
