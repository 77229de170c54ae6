/** Channels of import and export of the register. */
import { exportInput, importFileInput } from '../../shared/exchange/schemas';
import type { GeneratedFile } from '../../shared/files';
import type { ImportAnalysis, ImportResult } from '../../shared/exchange/types';
import { channel } from '../ipc/define';

export const exchangeContract = {
  'import:analyze': channel<ImportAnalysis>()(importFileInput.strict()),
  'import:run': channel<ImportResult>()(importFileInput.strict()),
  'export:representatives': channel<GeneratedFile>()(exportInput.strict()),
  'export:instances': channel<GeneratedFile>()(exportInput.strict()),
  'export:mandates': channel<GeneratedFile>()(exportInput.strict()),
  'export:trainings': channel<GeneratedFile>()(exportInput.strict()),
  'export:signatures': channel<GeneratedFile>()(exportInput.strict()),
} as const;
