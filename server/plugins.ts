// The sandbox's plug-ins, listed here rather than looked up on disk: importing a plug-in
// registers its handlers, and it may add its own tables to a new database.
import type { Database } from 'better-sqlite3';
import * as actions from './actions/register';
import { seedDemoQueue } from './queue/demo-queue';
import * as queue from './queue/register';

interface SandboxPlugin {
  initDatabase?: (db: Database) => void;
}

const PLUGINS: readonly SandboxPlugin[] = [queue, actions];

export function initPlugins(db: Database): void {
  for (const plugin of PLUGINS) plugin.initDatabase?.(db);
}

/** Seeds the demo queue; answers how many messages it holds. */
export function seedQueue(db: Database, seed: number, count: number): number {
  if (count <= 0) return 0;
  return seedDemoQueue(db, { seed, count });
}
