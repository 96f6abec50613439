// Explicit transactions and savepoints around async work (better-sqlite3's db.transaction()
// only wraps synchronous functions). Callers hold the AsyncLock while one is open.
import type { Database } from 'better-sqlite3';

export async function inTransaction<T>(db: Database, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}

/** Runs work in a savepoint; on a throw only its own changes are undone. */
export async function inSavepoint<T>(db: Database, work: () => Promise<T>): Promise<T> {
  db.exec('SAVEPOINT method_call');
  try {
    const result = await work();
    db.exec('RELEASE method_call');
    return result;
  } catch (err) {
    db.exec('ROLLBACK TO method_call');
    db.exec('RELEASE method_call');
    throw err;
  }
}
