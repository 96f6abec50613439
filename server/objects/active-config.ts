// The settings the sandbox acts on, re-read from SQLite at start-up and by ReloadSettings.
import type { Database } from 'better-sqlite3';
import type { ActiveConfig, JsonObject } from '../jmap/method-types';
import { listObjects, getObject } from '../store/object-store';
import { allCatalogEntries, defaultObject } from './catalog-lookup';

export const SINGLETON_ID = 'singleton';

export function readSingleton(db: Database, objectName: string, fields: Parameters<typeof defaultObject>[0]): JsonObject {
  const stored = getObject(db, objectName, SINGLETON_ID);
  return stored ? stored.data : defaultObject(fields);
}

export class ActiveConfigHolder {
  private config: ActiveConfig;

  constructor(private readonly db: Database) {
    this.config = this.read();
  }

  current(): ActiveConfig {
    return this.config;
  }

  reload(): void {
    this.config = this.read();
  }

  private read(): ActiveConfig {
    const objects: Record<string, JsonObject[]> = {};
    for (const entry of allCatalogEntries()) {
      if (entry.kind === 'plain' || entry.kind === 'multiVariant') {
        objects[entry.name] = listObjects(this.db, entry.name).map((o) => ({ id: o.id, ...o.data }));
      } else if (entry.kind === 'singleton') {
        objects[entry.name] = [{ id: SINGLETON_ID, ...readSingleton(this.db, entry.name, entry.fields ?? []) }];
      }
    }
    return { loadedAt: new Date(), objects };
  }
}
