import { z } from 'zod';
import { passphraseProblem } from './passphrase';

/** A passphrase as typed: never trimmed (a space is a character of it), bounded. */
const typedPassphrase = z
  .string()
  .min(1, 'Saisissez la phrase de passe')
  .max(500, '500 caractères au maximum');

const newPassphrase = typedPassphrase.superRefine((value, context) => {
  const problem = passphraseProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const sameTwice = <T extends { passphrase: string; confirmation: string }>(
  value: T,
  context: z.RefinementCtx,
) => {
  if (value.passphrase !== value.confirmation) {
    context.addIssue({
      code: 'custom',
      path: ['confirmation'],
      message: 'Les deux saisies sont différentes',
    });
  }
};

export const encryptInput = z
  .object({ passphrase: newPassphrase, confirmation: typedPassphrase })
  .strict()
  .superRefine(sameTwice);

export const changePassphraseInput = z
  .object({ current: typedPassphrase, passphrase: newPassphrase, confirmation: typedPassphrase })
  .strict()
  .superRefine(sameTwice);

export const unlockInput = z.object({ passphrase: typedPassphrase }).strict();

/** The passphrase is printed only when the user types it here (and it is checked first). */
export const recoverySheetInput = z.object({ printPassphrase: typedPassphrase.optional() }).strict();
