/**
 * Sending through the association's mail account with nodemailer: TLS always (implicit on 465,
 * STARTTLS required otherwise), bounded waits, and every failure said in French with what to do.
 */
import nodemailer from 'nodemailer';
import type { MailAccount } from '../../shared/mail/settings';
import { AppError } from '../errors';

/** A failed sending; `recipientRefused` when only this address was refused (the rest can go on). */
export class MailError extends AppError {
  constructor(
    message: string,
    readonly recipientRefused: boolean,
  ) {
    super('MAIL_FAILED', message);
  }
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** One connection for a batch (`pooled`), or one per message. */
export function mailSender(
  account: MailAccount,
  password: string,
  options: { pooled?: boolean } = {},
): MailSender {
  const transport = nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.security === 'tls',
    requireTLS: account.security === 'starttls',
    auth: { user: account.user, pass: password },
    tls: {
      minVersion: 'TLSv1.2',
      servername: account.host,
      ...(account.caCertificate ? { ca: account.caCertificate } : {}),
    },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    ...(options.pooled ? { pool: true, maxConnections: 1, maxMessages: Infinity } : {}),
  });
  const from = { name: account.fromName, address: account.fromAddress };
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, replyTo: account.replyTo ?? undefined, ...mail });
      } catch (error) {
        throw new MailError(mailErrorMessage(error, account), isRecipientRefusal(error));
      }
    },
    close: () => transport.close(),
  };
}

const field = (error: unknown, name: string): unknown =>
  typeof error === 'object' && error !== null && name in error
    ? (error as Record<string, unknown>)[name]
    : undefined;

/** The server refused this recipient (5xx on RCPT), not the account or the connection. */
function isRecipientRefusal(error: unknown): boolean {
  const code = String(field(error, 'code') ?? '');
  const command = String(field(error, 'command') ?? '');
  const responseCode = Number(field(error, 'responseCode') ?? 0);
  return code === 'EENVELOPE' || (command.startsWith('RCPT') && responseCode >= 500);
}

/** What went wrong, in words a treasurer can act on. */
export function mailErrorMessage(error: unknown, account: Pick<MailAccount, 'host' | 'port'>): string {
  const code = String(field(error, 'code') ?? '');
  const responseCode = Number(field(error, 'responseCode') ?? 0);
  const text = error instanceof Error ? error.message : String(error);
  const server = `${account.host}:${account.port}`;
  if (code === 'EAUTH' || responseCode === 535)
    return 'Le serveur d’envoi a refusé l’identifiant ou le mot de passe : vérifiez-les dans Paramètres › Envoi des documents.';
  if (/certificate|self[- ]signed|CERT_|unable to verify/i.test(text))
    return `Le certificat du serveur ${account.host} n’est pas reconnu : vérifiez le nom du serveur, ou joignez le certificat de son autorité dans les paramètres.`;
  if (code === 'ETLS' || /STARTTLS|TLS/i.test(text))
    return `La connexion chiffrée avec ${server} n’a pas pu s’établir : essayez l’autre chiffrement (TLS sur le port 465, STARTTLS sur le port 587).`;
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(text))
    return `Le serveur ${server} refuse la connexion : vérifiez le nom du serveur et le port.`;
  if (code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(text))
    return `Le serveur « ${account.host} » est introuvable : vérifiez son nom et la connexion à internet.`;
  if (code === 'ETIMEDOUT' || code === 'ECONNECTION' || /timeout|ETIMEDOUT/i.test(text))
    return `Le serveur ${server} ne répond pas : vérifiez la connexion à internet, le nom du serveur et le port.`;
  if (code === 'EENVELOPE' || (responseCode >= 500 && responseCode < 600))
    return `Le serveur a refusé ce message${responseCode ? ` (code ${responseCode})` : ''} : l’adresse du destinataire est peut-être inexistante.`;
  return `L’envoi a échoué : ${text}`;
}
