/**
 * Saving and opening produced files in the browser mode, where there is no native dialog:
 * `files:save` / `files:open` answer with a one-time address `GET /files/<ticket>` that the page
 * follows — a download (`attachment`) or the document in a new tab (`inline`). The bytes go one
 * way, from this server to the browser. The run's token guards the address as it guards every
 * /api call: only a call carrying it obtains a ticket (144 random bits, one use, one minute).
 * The token itself stays out of the address, which a new tab shows and the history keeps.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { browserCanShow, type FileDelivery } from '../../shared/files';
import type { FileShell } from '../files/file-shell';
import type { OutboxEntry } from '../files/outbox';

export const FILES_PATH = '/files/';
const TICKET_TTL_MS = 60_000;
const MAX_TICKETS = 100;

type Disposition = 'attachment' | 'inline';

interface Ticket {
  entry: OutboxEntry;
  disposition: Disposition;
  expiresAt: number;
}

export interface FileDownloadsOptions {
  now?: () => number;
}

export interface FileDownloads {
  shell: FileShell;
  /** Answers a request whose path starts with `/files/`. */
  serve: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
}

/** RFC 6266: an ASCII fallback, and the real name (accents included) as UTF-8. */
export function contentDisposition(disposition: Disposition, fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(message);
}

export function fileDownloads(options: FileDownloadsOptions = {}): FileDownloads {
  const now = options.now ?? Date.now;
  const tickets = new Map<string, Ticket>();

  const issue = (entry: OutboxEntry, wanted: Disposition): Promise<FileDelivery> => {
    for (const [key, t] of tickets) if (t.expiresAt <= now()) tickets.delete(key);
    // Oldest first (a Map keeps insertion order): the bound never refuses a new request.
    while (tickets.size >= MAX_TICKETS) tickets.delete(tickets.keys().next().value ?? '');
    const disposition: Disposition =
      wanted === 'inline' && browserCanShow(entry.mime) ? 'inline' : 'attachment';
    const ticket = randomBytes(18).toString('base64url');
    tickets.set(ticket, { entry, disposition, expiresAt: now() + TICKET_TTL_MS });
    return Promise.resolve({ kind: 'download', url: `${FILES_PATH}${ticket}`, disposition });
  };

  return {
    shell: {
      save: (entry) => issue(entry, 'attachment'),
      open: (entry) => issue(entry, 'inline'),
    },
    serve: async (req, res, url) => {
      if (req.method !== 'GET') {
        refuse(res, 405, 'Méthode non autorisée.');
        return;
      }
      const key = url.pathname.slice(FILES_PATH.length);
      const ticket = tickets.get(key);
      // One use only: a second request, even a failed first one, must ask for a new address.
      tickets.delete(key);
      if (!ticket || ticket.expiresAt <= now()) {
        refuse(
          res,
          410,
          'Ce lien de téléchargement a déjà servi ou a expiré : recommencez depuis Porte-voix.',
        );
        return;
      }
      const { entry, disposition } = ticket;
      try {
        await stat(entry.path);
      } catch {
        refuse(res, 410, 'Ce fichier n’est plus disponible : produisez-le à nouveau depuis Porte-voix.');
        return;
      }
      res.writeHead(200, {
        'content-type': entry.mime,
        'content-length': String(entry.size),
        'content-disposition': contentDisposition(disposition, entry.fileName),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      // A browser may close the connection mid-file (a cancelled download): both ends just stop.
      const stream = createReadStream(entry.path);
      stream.on('error', () => res.destroy());
      res.on('close', () => stream.destroy());
      stream.pipe(res);
    },
  };
}
