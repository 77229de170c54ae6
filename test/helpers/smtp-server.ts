/**
 * A local SMTP server for the tests (smtp-server), speaking TLS with a certificate made for the
 * run by openssl: the app sends exactly as to a real provider, the CA given in its settings.
 * Refuses the password « mauvais » and any recipient whose address starts with « refuse ».
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtp {
  port: number;
  ca: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** Null when openssl is missing (the caller skips with a printed reason). */
export function testCertificate(): { key: string; cert: string } | null {
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-smtp-'));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch {
    return null;
  }
}

export async function startTestSmtp(tls: { key: string; cert: string }, secure = true): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure,
    key: tls.key,
    cert: tls.cert,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'asso@exemple.fr' && auth.password === 'bon-mot-de-passe')
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refuse')) {
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  // A client that gives up on the certificate closes the socket mid-handshake: not the test's failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    ca: tls.cert,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A received message read back as a mail client reads it: decoded subject, text, attachments. */
export function parsed(mail: ReceivedMail | undefined): Promise<ParsedMail> {
  if (!mail) throw new Error('Aucun message reçu');
  return simpleParser(mail.raw);
}
