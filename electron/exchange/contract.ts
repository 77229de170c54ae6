/** Channels of import and export of the register. */
import { exportInput, importFileInput } from '../../shared/exchange/schemas';
import type { FileRef } from '../../shared/files';
import type { ImportAnalysis, ImportResult } from '../../shared/exchange/types';
import { channel, none } from '../ipc/define';

export const exchangeContract = {
  'import:analyze': channel<ImportAnalysis>()(importFileInput.strict()),
  'import:run': channel<ImportResult>()(importFileInput.strict()),
  'import:template': channel<FileRef>()(none),
  'export:representatives': channel<FileRef>()(exportInput.strict()),
  'export:instances': channel<FileRef>()(exportInput.strict()),
  'export:mandates': channel<FileRef>()(exportInput.strict()),
  'export:trainings': channel<FileRef>()(exportInput.strict()),
  'export:signatures': channel<FileRef>()(exportInput.strict()),
} as const;
