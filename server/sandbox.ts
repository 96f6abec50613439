// Starts a sandbox server (or, with `upstream`, a console server proxying to a real Stalwart).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { Authenticator } from './auth/authenticate';
import { SignInGuard } from './auth/sign-in-guard';
import { AppHost } from './apps/app-host';
import { serveApp } from './apps/serve-app';
import { installDemoAccounts } from './auth/demo-accounts';
import { DEFAULT_ACCESS_TOKEN_TTL_S, DEFAULT_REFRESH_TOKEN_TTL_S, OAuthTokenStore } from './auth/oauth-tokens';
import { seedDemoObjects } from './demo/seed-demo';
import { applyPermissiveCors, isApiPath } from './http/cors';
import { routeApi } from './http/api-router';
import { internalError } from './jmap/request-errors';
import { sendProblem } from './http/respond';
import { refuseBannedClient } from './http/sign-in';
import { closeServer, listen, safePath } from './http/node-server';
import { DEFAULT_BODY_TIMEOUT_MS } from './http/read-body';
import type { SandboxCore } from './http/sandbox-core';
import { routeSignIn } from './http/sign-in-router';
import { serveStatic } from './http/static-files';
import { createUpstreamProxy } from './http/upstream-proxy';
import { checkUpstream } from './http/upstream-check';
import type { CoreLimits, ObjectHandlers } from './jmap/method-types';
import { ActiveConfigHolder } from './objects/active-config';
import { createActionHandlers } from './objects/action-handlers';
import { allCatalogEntries } from './objects/catalog-lookup';
import { createCollectionHandlers } from './objects/collection-handlers';
import { createSingletonHandlers } from './objects/singleton-handlers';
import { AsyncLock } from './store/async-lock';
import { startLiveDelivery } from './delivery/start-live-delivery';
import { queuedMessageHandlers } from './queue/queue-handlers';
import { getMeta, openDatabase, setMeta } from './store/database';
import { initPlugins, seedQueue } from './plugins';
import type { RunningSandbox, SandboxOptions } from './sandbox-options';

export type { RunningSandbox, SandboxOptions } from './sandbox-options';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_LIMITS: CoreLimits = {
  maxSizeUpload: 50_000_000,
  maxConcurrentUpload: 4,
  maxSizeRequest: 10_000_000,
  maxConcurrentRequests: 4,
  maxCallsInRequest: 16,
  maxObjectsInGet: 500,
  maxObjectsInSet: 500,
};

function builtinHandlers(core: { db: Database; config: ActiveConfigHolder; dnsZoneFiles: string[]; apps: AppHost }): Map<string, ObjectHandlers> {
  const out = new Map<string, ObjectHandlers>();
  for (const entry of allCatalogEntries()) {
    if (entry.kind === 'plain' || entry.kind === 'multiVariant') out.set(entry.name, createCollectionHandlers(entry));
    else if (entry.kind === 'singleton') out.set(entry.name, createSingletonHandlers(entry));
    else if (entry.kind === 'createOnly') out.set(entry.name, createActionHandlers(entry, core));
    else if (entry.kind === 'queue') out.set(entry.name, queuedMessageHandlers);
  }
  return out;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  const distDir = options.distDir ?? join(PROJECT_ROOT, 'dist');

  if (options.upstream) {
    const proxy = createUpstreamProxy(options.upstream, log);
    const server = createServer((req, res) => {
      const path = safePath(req);
      if (path !== null && isApiPath(path)) proxy(req, res);
      else serveStatic(req, res, distDir, proxy.origin);
    });
    const port = await listen(server, options.port ?? 8080, host);
    const warning = await checkUpstream(options.upstream);
    if (warning) log(warning);
    return {
      url: `http://${host}:${port}`,
      port,
      apiKeys: {},
      appPasswords: {},
      totpUris: {},
      seeded: null,
      dataFile: null,
      mxPort: null,
      close: () => closeServer(server),
    };
  }

  const limits: CoreLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const dataDir = options.dataDir ?? join(PROJECT_ROOT, 'data');
  const db = openDatabase({ dataDir, memory: options.memory ?? false });
  initPlugins(db);

  let seeded: RunningSandbox['seeded'] = null;
  if ((options.demo ?? true) && getMeta(db, 'seeded') === undefined) {
    const seed = options.seed ?? 1;
    const counts = seedDemoObjects(db, seed);
    const queuedMessages = seedQueue(db, seed, options.queue ?? 300);
    setMeta(db, 'seeded', JSON.stringify({ seed, at: new Date().toISOString() }));
    seeded = { ...counts, queuedMessages };
  }
  const credentials = await installDemoAccounts(db);
  const oauth = new OAuthTokenStore({
    accessTokenTtl: options.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL_S,
    refreshTokenTtl: options.refreshTokenTtl ?? DEFAULT_REFRESH_TOKEN_TTL_S,
  });
  const config = new ActiveConfigHolder(db);
  const dnsZoneFiles = options.dnsZones ?? [];
  // Unpacked application bundles: under the data directory, or a temporary one in memory mode.
  const appsDir = options.memory ? mkdtempSync(join(tmpdir(), 'postmaster-apps-')) : join(dataDir, 'apps');
  const apps = new AppHost(appsDir, log);

  const core: SandboxCore = {
    db,
    limits,
    authenticator: new Authenticator(db, { tokens: oauth }),
    signInGuard: new SignInGuard({ banRate: options.authBanRate, banPeriodMs: options.authBanPeriodMs, failureDelay: options.authFailureDelay }),
    lock: new AsyncLock(),
    builtins: builtinHandlers({ db, config, dnsZoneFiles, apps }),
    inFlight: new Map(),
    requestBodyTimeoutMs: options.requestBodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    fallbackHost: `${host}:${options.port ?? 8080}`,
    permissiveCors: options.permissiveCors === true,
    oauth,
    clientKey: randomBytes(32),
    idTokenKey: randomBytes(64),
    apps,
    log,
  };

  // As at the server's start-up: applications already defined are fetched and unpacked.
  void apps.updateAll(db);
  const liveDelivery = options.mailServers === false ? null : await startLiveDelivery(dnsZoneFiles, options, log);
  if (liveDelivery) core.delivery = liveDelivery.service;

  const server = createServer((req, res) => void handle(req, res, core, distDir));
  const port = await listen(server, options.port ?? 8080, host).catch(async (err: unknown) => {
    await liveDelivery?.close();
    throw err;
  });
  core.fallbackHost = `${host}:${port}`;
  return {
    url: `http://${host}:${port}`,
    port,
    ...credentials,
    seeded,
    dataFile: options.memory ? null : join(dataDir, 'sandbox.db'),
    mxPort: liveDelivery?.port ?? null,
    close: async () => {
      await closeServer(server);
      await liveDelivery?.close();
      await core.lock.run(async () => db.close());
      if (options.memory) rmSync(appsDir, { recursive: true, force: true });
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, core: SandboxCore, distDir: string): Promise<void> {
  try {
    if (refuseBannedClient(req, res, core)) return;
    if (core.permissiveCors) applyPermissiveCors(res);
    const path = safePath(req);
    if (path !== null && (await routeSignIn(req, res, core, new URL(req.url ?? '/', 'http://localhost')))) return;
    if (path !== null && isApiPath(path)) await routeApi(req, res, core, new URL(req.url ?? '/', 'http://localhost'));
    else if (path === null || !(await serveApp(req, res, core.apps, path))) serveStatic(req, res, distDir, null);
  } catch (err) {
    core.log(`Request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (!res.headersSent) sendProblem(res, internalError());
    else res.destroy();
  }
}
