// Per-type state strings (RFC 8620 "state"): a persisted counter, bumped on every write.
import type { Database } from 'better-sqlite3';

const format = (counter: number): string => `s${counter.toString(16)}`;

export function getTypeState(db: Database, type: string): string {
  const row = db.prepare('SELECT counter FROM type_states WHERE type = ?').get(type) as { counter: number } | undefined;
  return format(row?.counter ?? 0);
}

export function bumpTypeState(db: Database, type: string): string {
  const row = db
    .prepare(
      `INSERT INTO type_states (type, counter) VALUES (?, 1)
       ON CONFLICT (type) DO UPDATE SET counter = counter + 1
       RETURNING counter`,
    )
    .get(type) as { counter: number };
  return format(row.counter);
}
