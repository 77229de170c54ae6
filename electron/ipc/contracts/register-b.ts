/** Channels of the register's second part: trainings, charters, import and export. */
import { z } from 'zod';
import {
  charterPdfInput,
  charterStatusQuery,
  charterVersionInput,
  signatureInput,
} from '../../../shared/schemas/charters';
import { id } from '../../../shared/schemas/fields';
import { exportInput, importFileInput } from '../../../shared/schemas/import';
import { trainingInput, trainingKindInput, trainingListQuery } from '../../../shared/schemas/trainings';
import type { GeneratedFile } from '../../../shared/types/files';
import type {
  CharterSignature,
  CharterStatusList,
  CharterVersion,
  ImportAnalysis,
  ImportResult,
  Training,
  TrainingKind,
  TrainingList,
} from '../../../shared/types/register-b';
import { byId, channel, none } from './define';

export const registerBContract = {
  'trainingKinds:list': channel<TrainingKind[]>()(
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
  ),
  'trainingKinds:create': channel<TrainingKind>()(trainingKindInput.strict()),
  'trainingKinds:update': channel<TrainingKind>()(
    z.object({ id, data: trainingKindInput.strict() }).strict(),
  ),
  'trainingKinds:archive': channel<TrainingKind>()(byId),
  'trainingKinds:restore': channel<TrainingKind>()(byId),

  'trainings:list': channel<TrainingList>()(trainingListQuery.strict()),
  'trainings:ofPerson': channel<Training[]>()(z.object({ representativeId: id }).strict()),
  'trainings:create': channel<Training>()(trainingInput.strict()),
  'trainings:update': channel<Training>()(z.object({ id, data: trainingInput.strict() }).strict()),
  'trainings:delete': channel<{ deleted: true }>()(byId),

  'charters:versions': channel<CharterVersion[]>()(none),
  'charters:getVersion': channel<CharterVersion>()(byId),
  'charters:createVersion': channel<CharterVersion>()(charterVersionInput.strict()),
  'charters:updateVersion': channel<CharterVersion>()(
    z.object({ id, data: charterVersionInput.strict() }).strict(),
  ),
  'charters:statuses': channel<CharterStatusList>()(charterStatusQuery.strict()),
  'charters:signaturesOfPerson': channel<CharterSignature[]>()(z.object({ representativeId: id }).strict()),
  'charters:sign': channel<CharterSignature>()(signatureInput.strict()),
  'charters:deleteSignature': channel<{ deleted: true }>()(byId),
  'charters:signatureFile': channel<GeneratedFile>()(byId),
  'charters:pdf': channel<GeneratedFile>()(charterPdfInput.strict()),

  'import:analyze': channel<ImportAnalysis>()(importFileInput.strict()),
  'import:run': channel<ImportResult>()(importFileInput.strict()),

  'export:representatives': channel<GeneratedFile>()(exportInput.strict()),
  'export:instances': channel<GeneratedFile>()(exportInput.strict()),
  'export:mandates': channel<GeneratedFile>()(exportInput.strict()),
  'export:trainings': channel<GeneratedFile>()(exportInput.strict()),
  'export:signatures': channel<GeneratedFile>()(exportInput.strict()),
} as const;
