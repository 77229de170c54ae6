/** The mail account and messages, read and saved; the password goes to the secret store only. */
import { logAction } from '../../db/audit';
import { readSetting, writeSetting } from '../../db/settings';
import {
  mailSettingsSchema,
  type MailAccount,
  type MailSettings,
  type MailTemplates,
} from '../../shared/mail/settings';
import type { MailSettingsView } from '../../shared/mail/types';
import { AppError } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { memorySecretStore, SMTP_PASSWORD, type SecretStore } from './secrets';

const KEY = 'mail';

/** Contexts built without a store (tests, benches) keep secrets for their own life. */
const fallbackStores = new WeakMap<ServiceContext, SecretStore>();
export function secretsOf(ctx: ServiceContext): SecretStore {
  if (ctx.secrets) return ctx.secrets;
  let store = fallbackStores.get(ctx);
  if (!store) {
    store = memorySecretStore();
    fallbackStores.set(ctx, store);
  }
  return store;
}

export const readMailSettings = (ctx: ServiceContext): Promise<MailSettings> =>
  readSetting(ctx.db, KEY, mailSettingsSchema);

export async function mailSettingsView(ctx: ServiceContext): Promise<MailSettingsView> {
  const settings = await readMailSettings(ctx);
  const secrets = secretsOf(ctx);
  return {
    account: settings.account,
    templates: settings.templates,
    passwordSet: (await secrets.get(SMTP_PASSWORD)) !== null,
    passwordKept: secrets.persistent ? 'trousseau' : 'session',
  };
}

export async function saveMailAccount(
  ctx: ServiceContext,
  input: { account: MailAccount; password?: string },
): Promise<MailSettingsView> {
  const secrets = secretsOf(ctx);
  const password = input.password ?? '';
  if (password === '' && (await secrets.get(SMTP_PASSWORD)) === null)
    throw new AppError('VALIDATION', 'Indiquez le mot de passe du compte.', {
      password: 'Indiquez le mot de passe du compte',
    });
  await ctx.db.transaction().execute(async (trx) => {
    const current = await readSetting(trx, KEY, mailSettingsSchema);
    await writeSetting(trx, KEY, { ...current, account: input.account });
    // Never the password in the log: only that it changed.
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'mail.account',
      entity: 'setting',
      entityId: null,
      details: { host: input.account.host, user: input.account.user, passwordChanged: password !== '' },
    });
  });
  if (password !== '') await secrets.set(SMTP_PASSWORD, password);
  return mailSettingsView(ctx);
}

export async function saveMailTemplates(
  ctx: ServiceContext,
  templates: MailTemplates,
): Promise<MailSettingsView> {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await readSetting(trx, KEY, mailSettingsSchema);
    await writeSetting(trx, KEY, { ...current, templates });
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'mail.templates',
      entity: 'setting',
      entityId: null,
    });
  });
  return mailSettingsView(ctx);
}

/** The account and its password, or a message saying what to set up first. */
export async function readyAccount(ctx: ServiceContext): Promise<{ account: MailAccount; password: string }> {
  const { account } = await readMailSettings(ctx);
  if (!account)
    throw new AppError(
      'FORBIDDEN_STATE',
      'L’envoi par e-mail n’est pas encore réglé : renseignez le compte d’envoi dans Paramètres › Envoi des documents.',
    );
  const password = await secretsOf(ctx).get(SMTP_PASSWORD);
  if (password === null)
    throw new AppError(
      'FORBIDDEN_STATE',
      'Le mot de passe du compte d’envoi n’est pas connu sur cet ordinateur : saisissez-le dans Paramètres › Envoi des documents.',
    );
  return { account, password };
}
