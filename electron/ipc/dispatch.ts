/**
 * The boundary: every call from the renderer, by IPC or by the browser-mode HTTP bridge, goes
 * through `dispatch`. Input is validated here; services receive parsed, typed values; the answer
 * is always a result object, never a thrown error.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { APP_SETTINGS_KEY, appSettingsSchema } from '../../shared/association/app-settings';
import { issuesToFieldErrors, UNSTORABLE_TEXT_MESSAGE, unstorableTextPath } from '../../shared/fields';
import { readSettings } from '../association/settings';
import { AppError } from '../errors';
import { storeProducedFiles } from '../files/deliver';
import { storageFailure } from '../storage-errors';
import type { ServiceContext } from '../service-context';
import { contract, isChannel, type ApiError, type ApiResult, type Channel } from './contract';
import { handlers } from './handlers';

z.config(z.locales.fr());

export type Logger = (message: string, error?: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(message, error);

/** The author recorded in histories: the name set in Paramètres › Application, if any. */
async function withActor(ctx: ServiceContext): Promise<ServiceContext> {
  const { userName } = await readSettings(ctx.db, APP_SETTINGS_KEY, appSettingsSchema);
  return userName ? { ...ctx, actor: userName } : ctx;
}

export async function dispatch(
  ctx: ServiceContext,
  channelName: string,
  payload: unknown,
  log: Logger = defaultLogger,
): Promise<ApiResult<unknown>> {
  if (!isChannel(channelName)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: `Opération inconnue : « ${channelName.slice(0, 80)} ».` },
    };
  }
  const channel: Channel = channelName;
  // Every text of the call, whichever schema reads it (a search, a free field, a file name).
  const unstorable = unstorableTextPath(payload);
  if (unstorable !== null) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `Saisie invalide${unstorable ? ` (${unstorable})` : ''} : ${UNSTORABLE_TEXT_MESSAGE}`,
        fieldErrors: { [unstorable]: UNSTORABLE_TEXT_MESSAGE },
      },
    };
  }
  const parsed = contract[channel].input.safeParse(payload);
  if (!parsed.success) {
    const fieldErrors = issuesToFieldErrors(parsed.error.issues);
    const first = Object.entries(fieldErrors)[0];
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: first
          ? `Saisie invalide${first[0] ? ` (${first[0]})` : ''} : ${first[1]}`
          : 'Saisie invalide.',
        fieldErrors,
      },
    };
  }
  try {
    const handler = handlers[channel] as (c: ServiceContext, input: unknown) => Promise<unknown>;
    const value = await handler(await withActor(ctx), parsed.data);
    // Produced files stay on this side: the renderer gets references (electron/files/).
    return { ok: true, value: await storeProducedFiles(value, ctx.outbox) };
  } catch (error) {
    return { ok: false, error: toApiError(channel, error, log) };
  }
}

/**
 * What the renderer is told about a failure: an AppError's code and French message as they are;
 * a failure of the disk or the data file said as such (a full disk is not a bug to report);
 * anything else logged under a reference and shown generically. Batch jobs report the same way.
 */
export function toApiError(channel: string, error: unknown, log: Logger = defaultLogger): ApiError {
  if (error instanceof AppError) return appErrorOf(error);
  const storage = storageFailure(error);
  if (storage) return appErrorOf(storage);
  const reference = randomUUID().slice(0, 8).toUpperCase();
  log(`[${reference}] erreur inattendue sur ${channel}`, error);
  return {
    code: 'INTERNAL',
    message: `Une erreur inattendue s’est produite (référence ${reference}). Rien n’a été enregistré.`,
    reference,
  };
}

function appErrorOf(error: AppError): ApiError {
  return {
    code: error.code,
    message: error.message,
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
  };
}
