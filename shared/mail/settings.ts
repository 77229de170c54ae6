/**
 * How Porte-voix sends documents by e-mail: the association's mail account (SMTP, always over
 * TLS) and one editable message per kind of document. The password is not here: it is kept in
 * the system's keychain (desktop) or for the session only (browser mode), never in the database.
 */
import { z } from 'zod';
import { isValidEmail } from '../rules/identifiers';
import { optionalText } from '../fields';
import { templateProblem, type MailKind } from './templates';

const email = (message: string) =>
  z
    .string()
    .trim()
    .max(254, '254 caractères au maximum')
    .refine((v) => isValidEmail(v), message);

/** « tls »: TLS from the first byte (port 465); « starttls »: the connection switches to TLS (587). */
export const mailSecurities = ['tls', 'starttls'] as const;
export type MailSecurity = (typeof mailSecurities)[number];
export const mailSecurityLabels: Record<MailSecurity, string> = {
  tls: 'TLS (port 465)',
  starttls: 'STARTTLS (port 587)',
};

export const mailAccountInput = z
  .object({
    host: z
      .string()
      .trim()
      .min(1, 'Indiquez le serveur d’envoi (exemple : smtp.exemple.fr)')
      .max(253, '253 caractères au maximum')
      .regex(
        /^[A-Za-z0-9.-]+$/,
        'Un nom de serveur ne contient que des lettres, des chiffres, des points et des tirets',
      ),
    port: z
      .number({ message: 'Indiquez le port (465 ou 587 le plus souvent)' })
      .int('Le port est un nombre entier')
      .min(1, 'Le port va de 1 à 65 535')
      .max(65535, 'Le port va de 1 à 65 535'),
    security: z.enum(mailSecurities, { message: 'Choisissez le chiffrement de la connexion' }),
    user: z.string().trim().min(1, 'Indiquez l’identifiant du compte (souvent l’adresse e-mail)').max(254),
    fromName: z.string().trim().min(1, 'Indiquez le nom de l’expéditeur (le nom de l’association)').max(120),
    fromAddress: email('Adresse de l’expéditeur invalide (exemple : contact@association.fr)'),
    replyTo: optionalText(254).refine(
      (v) => v === null || isValidEmail(v),
      'Adresse de réponse invalide (exemple : secretariat@association.fr)',
    ),
    /** A certificate authority in PEM, for a server whose certificate no public authority signs. */
    caCertificate: optionalText(20_000).refine(
      (v) => v === null || v.includes('-----BEGIN CERTIFICATE-----'),
      'Le certificat doit être au format PEM (« -----BEGIN CERTIFICATE----- »)',
    ),
  })
  .strict();
export type MailAccount = z.output<typeof mailAccountInput>;

export const mailTemplateInput = z
  .object({
    subject: z
      .string()
      .trim()
      .min(1, 'L’objet du message est obligatoire')
      .max(200, '200 caractères au maximum'),
    body: z
      .string()
      .trim()
      .min(1, 'Le texte du message est obligatoire')
      .max(5_000, '5 000 caractères au maximum'),
  })
  .strict();
export type MailTemplate = z.output<typeof mailTemplateInput>;

export const defaultTemplates: Record<MailKind, MailTemplate> = {
  releve: {
    subject: 'Votre relevé de participation {annee}',
    body: 'Bonjour {prenom},\n\nVous trouverez ci-joint votre relevé annuel de participation pour {annee} : vos mandats, vos présences et vos heures de représentation.\n\nMerci pour votre engagement.\n\n{signature}',
  },
  attestation: {
    subject: 'Attestation de présence du {date}',
    body: 'Bonjour {prenom},\n\nVous trouverez ci-joint l’attestation de présence {reference} pour la réunion « {objet} » du {date}, à remettre à votre employeur si besoin.\n\n{signature}',
  },
  etatDeFrais: {
    subject: 'Votre note de frais {reference}',
    body: 'Bonjour {prenom},\n\nVous trouverez ci-joint l’état de frais de votre note {reference} ({montant}).\n\n{signature}',
  },
  recuFiscal: {
    subject: 'Votre reçu fiscal {reference}',
    body: 'Bonjour {prenom},\n\nVous trouverez ci-joint le reçu fiscal {reference} de {montant} pour les frais que vous avez laissés à l’association en {annee}. Il vous permet de déduire 66 % de ce montant de votre impôt sur le revenu.\n\nMerci pour votre don.\n\n{signature}',
  },
  convocation: {
    subject: 'Réunion « {objet} » le {date}',
    body: 'Bonjour {prenom},\n\nVotre présence est attendue à la réunion « {objet} » le {date} de {heure}.\nLieu : {lieu}.\n\nL’invitation jointe l’ajoute à votre agenda.\n\n{signature}',
  },
};

const checkedTemplate = (kind: MailKind) =>
  mailTemplateInput.superRefine((t, ctx) => {
    for (const field of ['subject', 'body'] as const) {
      const problem = templateProblem(t[field], kind);
      if (problem) ctx.addIssue({ code: 'custom', path: [field], message: problem });
    }
  });

/** The messages as the settings form sends them: each checked for the placeholders of its kind. */
export const mailTemplatesInput = z
  .object({
    releve: checkedTemplate('releve'),
    attestation: checkedTemplate('attestation'),
    etatDeFrais: checkedTemplate('etatDeFrais'),
    recuFiscal: checkedTemplate('recuFiscal'),
    convocation: checkedTemplate('convocation'),
  })
  .strict();
export type MailTemplates = Record<MailKind, MailTemplate>;

/** What is stored under the `mail` setting key: the account once set up, and the messages. */
export const mailSettingsSchema = z.object({
  account: mailAccountInput.nullable().default(null),
  templates: z
    .object({
      releve: mailTemplateInput.default(defaultTemplates.releve),
      attestation: mailTemplateInput.default(defaultTemplates.attestation),
      etatDeFrais: mailTemplateInput.default(defaultTemplates.etatDeFrais),
      recuFiscal: mailTemplateInput.default(defaultTemplates.recuFiscal),
      convocation: mailTemplateInput.default(defaultTemplates.convocation),
    })
    .default(defaultTemplates),
});
export type MailSettings = z.output<typeof mailSettingsSchema>;
