/**
 * Browser mode: the renderer build and the very same dispatch behind a loopback HTTP server.
 * Only 127.0.0.1 is bound; every /api call must carry the per-run token, and Host/Origin headers
 * must name this server, which defeats DNS rebinding and cross-site requests.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { dispatch, type Logger } from '../ipc/dispatch';
import type { ApiResult } from '../ipc/contract';
import type { ServiceContext } from '../service-context';
import { contentSecurityPolicy } from '../shell/content-security-policy';
import { FILES_PATH, fileDownloads, type FileDownloads } from './file-downloads';

export const TOKEN_HEADER = 'x-porte-voix-token';
/** A call's body at most (a scanned receipt of 10 MB, base64 and JSON included, fits). */
const MAX_BODY_BYTES = 30 * 1024 * 1024;

/** Answers one API call: the service host's client, or the dispatch itself (tests). */
export type Invoke = (channel: string, payload: unknown) => Promise<ApiResult<unknown>>;

export type WebServerOptions = (
  | { ctx: ServiceContext }
  /** The service host's client, and the download registry whose shell that host was given. */
  | { invoke: Invoke; downloads: FileDownloads }
) & {
  /** Folder holding the renderer build (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  log?: Logger;
  /** Largest request body accepted (tests lower it); MAX_BODY_BYTES by default. */
  maxBodyBytes?: number;
};

export interface RunningWebServer {
  url: string;
  /** URL to open: carries the token once, the page then keeps it in sessionStorage. */
  openUrl: string;
  token: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

const jsonError = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } });

/** A request the server answers itself, with its status and a typed French error. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = (limit: number) =>
  new Refusal(
    413,
    'TOO_LARGE',
    `Requête trop volumineuse (plus de ${Math.round(limit / (1024 * 1024)) || 1} Mo) : rien n’a été enregistré. ` +
      'Joignez un fichier plus léger (numérisé en qualité moindre).',
  );

/** An address's escapes decoded; a malformed one (« %E0%A4%A ») is the caller's mistake, not ours. */
function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new Refusal(400, 'VALIDATION', 'Adresse mal formée.');
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  // No native dialog here: produced files are saved or opened through one-time addresses (the
  // service host asks for them through the shell the caller gave it, which is this registry's).
  let downloads: FileDownloads;
  let invoke: Invoke;
  if ('invoke' in options) {
    ({ downloads, invoke } = options);
  } else {
    downloads = fileDownloads();
    const ctx: ServiceContext = { ...options.ctx, fileShell: downloads.shell };
    invoke = (channel, payload) => dispatch(ctx, channel, payload, options.log);
  }
  let allowedHosts: Set<string> = new Set();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof Refusal) {
        // The rest of a body too large is not read: the connection ends with the answer.
        if (error.status === 413) res.setHeader('connection', 'close');
        if (!res.headersSent) send(res, error.status, jsonError(error.code, error.message));
        return;
      }
      options.log?.('erreur du serveur navigateur', error);
      if (!res.headersSent) send(res, 500, jsonError('INTERNAL', 'Erreur interne du serveur.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      send(res, 403, jsonError('FORBIDDEN', 'Hôte refusé.'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      send(res, 403, jsonError('FORBIDDEN', 'Origine refusée.'));
      return;
    }
    const url = URL.parse(req.url ?? '/', `http://${host}`);
    if (!url) throw new Refusal(400, 'VALIDATION', 'Adresse mal formée.');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, jsonError('METHOD', 'Méthode non autorisée.'));
        return;
      }
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        send(
          res,
          401,
          jsonError(
            'UNAUTHORIZED',
            'Jeton d’accès manquant ou invalide : rouvrez l’adresse affichée au démarrage.',
          ),
        );
        return;
      }
      const channel = decodePath(url.pathname.slice('/api/'.length));
      const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
      let payload: unknown;
      try {
        payload = body.trim() === '' ? undefined : (JSON.parse(body) as unknown);
      } catch {
        send(res, 400, jsonError('VALIDATION', 'Requête illisible : JSON attendu.'));
        return;
      }
      const result = await invoke(channel, payload);
      send(res, 200, JSON.stringify(result));
      return;
    }
    if (url.pathname.startsWith(FILES_PATH)) {
      await downloads.serve(req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, jsonError('METHOD', 'Méthode non autorisée.'));
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const wanted = path.resolve(staticRoot, `.${decodePath(pathname)}`);
    let file = wanted.startsWith(staticRoot + path.sep) ? wanted : path.join(staticRoot, 'index.html');
    try {
      if (!(await stat(file)).isFile()) file = path.join(staticRoot, 'index.html');
    } catch {
      // Client-side routes fall back to the application page.
      file = path.join(staticRoot, 'index.html');
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': contentSecurityPolicy({ allowLoopbackApi: true }),
    });
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openUrl: `${url}/#/?jeton=${token}`,
    token,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
