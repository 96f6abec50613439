// Plugs the queue into the sandbox core; listed in server/plugins.ts.
import type { Database } from 'better-sqlite3';
import { registerBlobLookup } from '../http/blob-registry';
import { queuedMessageBlob } from './blob-lookup';
import { queueStore } from './queue-store';

registerBlobLookup(queuedMessageBlob);

/** Creates the queue tables and loads the in-memory index (so the first query is fast). */
export function initDatabase(db: Database): void {
  queueStore(db).index.warm();
}
