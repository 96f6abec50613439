// Web applications as the server hosts them (x:Application): UpdateApps fetches every enabled
// application's ZIP bundle, unpacks it into its own directory and serves it under each URL
// prefix; each file's path in the ZIP is its route.
import type { Database } from 'better-sqlite3';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { listObjects } from '../store/object-store';
import { fetchBundle } from './fetch-bundle';

/** First path segments the server routes itself, before any application. */
export const RESERVED_PREFIXES = new Set([
  'jmap', 'dav', '.well-known', 'auth', 'api', 'mail', 'calendar', 'autodiscover', 'Autodiscover', 'AutoDiscover',
  'robots.txt', 'healthz', 'metrics', 'logo', 'form', 'login', 'device',
]);

// By extension only, without a charset, as the server answers.
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  wasm: 'application/wasm',
  js: 'application/javascript',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
};

export function contentTypeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[name.slice(dot + 1)]) || 'application/octet-stream';
}

interface AppFile {
  path: string;
  contentType: string;
}

type Routes = Map<string, AppFile>;

export class AppHost {
  private routes = new Map<string, Routes>();
  /** Updates run one after the other: they share the unpack directories. */
  private updating: Promise<void> = Promise.resolve();

  constructor(
    private readonly rootDir: string,
    private readonly log: (message: string) => void,
  ) {}

  /** The routes of the application at this one-segment prefix, if one is unpacked there. */
  routesFor(prefix: string): Routes | undefined {
    return RESERVED_PREFIXES.has(prefix) ? undefined : this.routes.get(prefix);
  }

  /**
   * Fetches and unpacks every enabled application again. A bundle that fails is logged and
   * left unserved, as the server does; the others still load.
   */
  updateAll(db: Database): Promise<void> {
    // The definitions are read now, synchronously, inside the caller's transaction.
    const definitions = listObjects(db, 'x:Application');
    this.updating = this.updating.then(() => this.unpackAll(definitions));
    return this.updating;
  }

  private async unpackAll(definitions: ReturnType<typeof listObjects>): Promise<void> {
    const next = new Map<string, Routes>();
    for (const { id, data } of definitions) {
      if (data.enabled === false) continue;
      const prefixes = Object.keys((data.urlPrefix as Record<string, boolean> | undefined) ?? {}).map((p) => p.replace(/^\/+|\/+$/g, ''));
      const url = String(data.resourceUrl ?? '');
      try {
        const routes = await this.unpack(id, url);
        for (const prefix of prefixes) next.set(prefix, routes);
      } catch (err) {
        this.log(`Failed to unpack application ${url} for prefixes ${prefixes.join(', ')}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    this.routes = next;
  }

  private async unpack(id: string, url: string): Promise<Routes> {
    const bundle = await fetchBundle(url);
    const entries = unzipSync(bundle);
    const dir = join(this.rootDir, id);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const routes: Routes = new Map();
    let index = 0;
    for (const [name, contents] of Object.entries(entries)) {
      if (name.endsWith('/')) continue;
      // Stored under a generated name: a path inside the ZIP never reaches the file system.
      const path = join(dir, String(index++).padStart(2, '0'));
      await writeFile(path, contents);
      routes.set(name, { path, contentType: contentTypeOf(name) });
    }
    return routes;
  }

}
