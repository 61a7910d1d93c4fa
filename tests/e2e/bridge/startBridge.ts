import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHANNELS, type ApiEvent, type CopydeskMethods } from '../../../preload/api';
import { createApi } from '../../../main/api';
import type { ApiDeps } from '../../../main/api/ApiDeps';
import { shimScript } from './shimScript';

/** Answers for the next native dialogs; each is used once, then the dialog "is cancelled". */
export interface DialogAnswers {
  openFiles?: string[] | null;
  openFolder?: string | null;
  chooseExportFolder?: string | null;
}

export interface Bridge {
  url: string;
  storeDir: string;
  /** The same backend the page talks to, for seeding and checking from the test. */
  api: CopydeskMethods;
  answerDialogs(answers: DialogAnswers): Promise<void>;
  close(): Promise<void>;
}

export interface BridgeOptions {
  storeDir: string;
  rendererDir?: string;
  locale?: string;
  port?: number;
  /**
   * Open… and Import folder… ask for a path in a small dialog in the page (for a person trying the
   * app with serve:e2e) instead of taking the answers a test set with `answerDialogs`.
   */
  promptForPaths?: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built renderer on 127.0.0.1 and exposes the real createApi to it over HTTP, so
 * Chromium runs the real UI against a real store folder. Only native dialogs are replaced, by
 * the paths the test hands in through `answerDialogs`.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  const answers: DialogAnswers = {};
  const take = <K extends keyof DialogAnswers>(key: K): DialogAnswers[K] | null => {
    const answer = answers[key] ?? null;
    delete answers[key];
    return answer;
  };
  const clients = new Set<ServerResponse>();
  const deps: ApiDeps = {
    storeDir: options.storeDir,
    appInfo: { version: await appVersion(), locale: options.locale ?? 'en-US', platform: process.platform },
    dialogs: {
      openFiles: async () => take('openFiles') ?? null,
      openFolder: async () => take('openFolder') ?? null,
      chooseExportFolder: async () => take('chooseExportFolder') ?? null,
    },
    emit: (event: ApiEvent, payload: unknown) => {
      const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const client of clients) client.write(frame);
    },
  };
  const backend = createApi(deps);
  const dropDir = join(options.storeDir, '..', `${basename(options.storeDir)}-drops`);

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://bridge');
    if (url.pathname === '/__bridge/shim.js')
      return send(
        response,
        200,
        CONTENT_TYPES['.js']!,
        shimScript({ promptForPaths: options.promptForPaths }),
      );
    if (url.pathname === '/__bridge/events') return openEvents(response, clients);
    if (url.pathname.startsWith('/__bridge/call/') && request.method === 'POST') {
      return callMethod(backend.methods, url.pathname.slice('/__bridge/call/'.length), request, response);
    }
    if (url.pathname === '/__bridge/drop' && request.method === 'POST') {
      const name = basename(url.searchParams.get('name') ?? 'dropped.txt');
      await mkdir(dropDir, { recursive: true });
      const path = join(dropDir, name);
      await writeFile(path, await readBody(request));
      return send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify({ path }));
    }
    return serveStatic(rendererDir, url.pathname, response);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    storeDir: options.storeDir,
    api: backend.methods,
    answerDialogs: async (next) => {
      Object.assign(answers, next);
    },
    close: async () => {
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await backend.dispose();
    },
  };
}

async function callMethod(
  methods: CopydeskMethods,
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!Object.hasOwn(CHANNELS, name)) return send(response, 404, 'text/plain', `no api method ${name}`);
  const args: unknown = JSON.parse((await readBody(request)).toString('utf8') || '[]');
  const method = methods[name as keyof CopydeskMethods] as (...a: unknown[]) => Promise<unknown>;
  const result = await method(...(Array.isArray(args) ? args : [args]));
  return send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify(result));
}

function openEvents(response: ServerResponse, clients: Set<ServerResponse>) {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  clients.add(response);
  response.on('close', () => clients.delete(response));
}

async function serveStatic(rendererDir: string, pathname: string, response: ServerResponse) {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = resolve(rendererDir, `.${relative}`);
  if (!file.startsWith(rendererDir + sep))
    return send(response, 403, 'text/plain', 'outside the renderer folder');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(response, 404, 'text/plain', `not found: ${relative}`);
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  if (relative === '/index.html') {
    // The shim must define window.copydesk before the app's module script runs.
    const html = body.toString('utf8').replace('<head>', '<head><script src="/__bridge/shim.js"></script>');
    return send(response, 200, type, html);
  }
  return send(response, 200, type, body);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function appVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(resolve('package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
