import type { DomainHandlers } from '../ipc/handler-types';
import type { cipherContract } from './contract';
import { changePassphrase, encryptData } from './encryption';
import { recoverySheet } from './recovery';
import { cipherStatus } from './status';

export const cipherHandlers: DomainHandlers<typeof cipherContract> = {
  'cipher:status': (ctx) => cipherStatus(ctx),
  // Already open: the passphrase was typed or the keychain had the key.
  'cipher:unlock': (ctx) => cipherStatus(ctx),
  'cipher:encrypt': (ctx, input) => encryptData(ctx, input),
  'cipher:changePassphrase': (ctx, input) => changePassphrase(ctx, input),
  'cipher:recoverySheet': (ctx, input) => recoverySheet(ctx, input),
};
