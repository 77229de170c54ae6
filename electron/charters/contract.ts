/** Channels of engagement charters: versions, signatures and the signed PDF. */
import { z } from 'zod';
import {
  charterPdfInput,
  charterStatusQuery,
  charterVersionInput,
  signatureInput,
} from '../../shared/charters/schemas';
import { id } from '../../shared/fields';
import type { FileRef } from '../../shared/files';
import type { CharterSignature, CharterStatusList, CharterVersion } from '../../shared/charters/types';
import { byId, channel, none } from '../ipc/define';

export const chartersContract = {
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
  'charters:signatureFile': channel<FileRef>()(byId),
  'charters:pdf': channel<FileRef>()(charterPdfInput.strict()),
} as const;
