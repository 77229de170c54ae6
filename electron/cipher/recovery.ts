import os from 'node:os';
import { timingSafeEqual } from 'node:crypto';
import { keyFromPassphrase } from '../../db/cipher';
import { renderRecoverySheet } from '../documents/recovery-sheet';
import { associationIdentity } from '../association/identity';
import { AppError } from '../errors';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import { todayIso, type ServiceContext } from '../service-context';
import { cipherStatus } from './status';

/**
 * The printable « fiche de secours ». The passphrase is printed only when the user typed it for
 * that, and only once checked against the data: a sheet with a wrong passphrase would be worse
 * than none.
 */
export async function recoverySheet(
  ctx: ServiceContext,
  input: { printPassphrase?: string | undefined },
): Promise<ProducedFile> {
  const status = await cipherStatus(ctx);
  const key = ctx.storage?.current().key;
  if (!status.encrypted || !key) {
    throw new AppError(
      'FORBIDDEN_STATE',
      'Les données ne sont pas chiffrées : la fiche de secours sert après le chiffrement.',
    );
  }
  if (input.printPassphrase !== undefined) {
    const typed = await keyFromPassphrase(ctx.databaseFile, input.printPassphrase);
    if (!timingSafeEqual(typed.key, key.key)) {
      throw new AppError(
        'VALIDATION',
        'Cette phrase de passe n’est pas celle des données : la fiche n’a pas été imprimée.',
        {
          printPassphrase: 'Ce n’est pas la phrase de passe des données',
        },
      );
    }
  }
  const bytes = renderRecoverySheet({
    association: await associationIdentity(ctx.db),
    printedOn: todayIso(ctx),
    encryptedOn: status.encryptedAt?.slice(0, 10) ?? null,
    passphraseChangedOn: status.passphraseChangedAt?.slice(0, 10) ?? null,
    databaseFile: ctx.databaseFile,
    filesDir: ctx.filesDir,
    computer: os.hostname(),
    passphrase: input.printPassphrase ?? null,
  });
  return pdfFile(`Fiche de secours ${todayIso(ctx)}.pdf`, bytes);
}
