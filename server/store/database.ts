// Opens the sandbox's SQLite database and creates the core tables.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DatabaseLocation {
  /** Directory holding sandbox.db; ignored when memory is true. */
  dataDir: string;
  memory: boolean;
}

export function openDatabase(location: DatabaseLocation): Database {
  let db: Database;
  if (location.memory) {
    db = new BetterSqlite3(':memory:');
  } else {
    mkdirSync(location.dataDir, { recursive: true });
    db = new BetterSqlite3(join(location.dataDir, 'sandbox.db'));
    db.pragma('journal_mode = WAL');
  }
  // FULL: an acknowledged /set survives a crash of the process (and of the machine).
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  createCoreTables(db);
  return db;
}

function createCoreTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS objects (
      type TEXT NOT NULL,
      id TEXT NOT NULL,
      doc_id INTEGER NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (type, id)
    );
    CREATE INDEX IF NOT EXISTS objects_by_doc ON objects (type, doc_id);
    CREATE TABLE IF NOT EXISTS id_counters (
      type TEXT PRIMARY KEY,
      next_doc_id INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS principals (
      username TEXT PRIMARY KEY,
      account_id TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS secrets (
      key_id TEXT PRIMARY KEY,
      username TEXT NOT NULL REFERENCES principals (username),
      kind TEXT NOT NULL CHECK (kind IN ('password', 'apiKey')),
      salt TEXT NOT NULL,
      hash TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS action_log (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      username TEXT NOT NULL,
      at TEXT NOT NULL
    );
  `);
}

export function getMeta(db: Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
