// The queue's SQLite tables: one row per message (compact JSON) plus two counters.
import type { Database, Statement } from 'better-sqlite3';
import { FIRST_QUEUE_NUM } from './queue-ids';

export function createQueueTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS queue_messages (
      num INTEGER PRIMARY KEY,
      data TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS queue_counters (
      name TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    );
  `);
}

export interface QueueStatements {
  select: Statement<[number], { data: string }>;
  selectAll: Statement<[], { num: number; data: string }>;
  upsert: Statement<[number, string]>;
  remove: Statement<[number]>;
  count: Statement<[], { n: number }>;
  counter: Statement<[string], { value: number }>;
  setCounter: Statement<[string, number]>;
}

const cache = new WeakMap<Database, QueueStatements>();

export function queueStatements(db: Database): QueueStatements {
  let s = cache.get(db);
  if (!s) {
    createQueueTables(db);
    s = {
      select: db.prepare('SELECT data FROM queue_messages WHERE num = ?'),
      selectAll: db.prepare('SELECT num, data FROM queue_messages'),
      upsert: db.prepare('INSERT INTO queue_messages (num, data) VALUES (?, ?) ON CONFLICT (num) DO UPDATE SET data = excluded.data'),
      remove: db.prepare('DELETE FROM queue_messages WHERE num = ?'),
      count: db.prepare('SELECT COUNT(*) AS n FROM queue_messages'),
      counter: db.prepare('SELECT value FROM queue_counters WHERE name = ?'),
      setCounter: db.prepare(
        'INSERT INTO queue_counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      ),
    };
    cache.set(db, s);
  }
  return s;
}

/** Bumped in the same transaction as every write, so the in-memory index can detect rollbacks. */
export const VERSION = 'version';
/** Next message number to allocate. */
export const NEXT_NUM = 'next_num';

export function readCounter(s: QueueStatements, name: string): number {
  return s.counter.get(name)?.value ?? (name === NEXT_NUM ? FIRST_QUEUE_NUM : 0);
}
