// The queue store: SQLite rows as the truth, the in-memory index as a synchronous mirror.
//
// The core runs a whole JMAP request in one transaction (a savepoint per method call), so a
// write of ours can still be rolled back after our handler returned. Every write therefore
// bumps a version counter in the same transaction and keeps an undo record; each operation
// first compares the stored version with the mirror's and undoes (or reloads) on a mismatch.
import type { Database } from 'better-sqlite3';
import { decodeMessage, encodeMessage } from './message-codec';
import { indexEntryOf, QueueIndex, type IndexEntry } from './queue-index';
import { NEXT_NUM, queueStatements, readCounter, VERSION, type QueueStatements } from './queue-table';
import type { QueuedMessage } from './queued-message-types';

interface UndoRecord {
  version: number;
  num: number;
  before: IndexEntry | null;
}

const MAX_UNDO = 10_000;

export class QueueStore {
  readonly index = new QueueIndex();
  private readonly s: QueueStatements;
  private version = -1;
  private undo: UndoRecord[] = [];

  constructor(private readonly db: Database) {
    this.s = queueStatements(db);
  }

  /** Brings the mirror in line with the database; call before every read or write. */
  sync(): void {
    const stored = readCounter(this.s, VERSION);
    if (stored === this.version) {
      if (!this.db.inTransaction) this.undo = [];
      return;
    }
    const first = this.undo[0];
    if (stored < this.version && first && first.version <= stored + 1) {
      while (this.undo.length > 0 && (this.undo[this.undo.length - 1] as UndoRecord).version > stored) {
        const record = this.undo.pop() as UndoRecord;
        this.index.put(record.num, record.before);
      }
      this.version = stored;
      return;
    }
    this.reload();
  }

  reload(): void {
    const entries: IndexEntry[] = [];
    for (const row of this.s.selectAll.iterate()) entries.push(indexEntryOf(decodeMessage(row.num, row.data)));
    this.index.load(entries);
    this.version = readCounter(this.s, VERSION);
    this.undo = [];
  }

  read(num: number): QueuedMessage | null {
    if (!this.index.entry(num)) return null;
    const row = this.s.select.get(num);
    return row ? decodeMessage(num, row.data) : null;
  }

  save(message: QueuedMessage): void {
    this.write(message.num, () => this.s.upsert.run(message.num, encodeMessage(message)), indexEntryOf(message));
  }

  remove(num: number): boolean {
    if (!this.index.entry(num)) return false;
    this.write(num, () => this.s.remove.run(num), null);
    return true;
  }

  /** Inserts freshly numbered messages in one transaction (demo seeding); returns their count. */
  insertMany(build: (allocate: () => number) => Iterable<QueuedMessage>): number {
    const entries: IndexEntry[] = [];
    let version = 0;
    this.db.transaction(() => {
      let next = readCounter(this.s, NEXT_NUM);
      for (const message of build(() => next++)) {
        this.s.upsert.run(message.num, encodeMessage(message));
        entries.push(indexEntryOf(message));
      }
      this.s.setCounter.run(NEXT_NUM, next);
      version = readCounter(this.s, VERSION) + 1;
      this.s.setCounter.run(VERSION, version);
    })();
    // No undo records for a bulk insert: if it is rolled back, sync() sees the version fall
    // below the mirror's without undo coverage and reloads.
    if (this.index.size === 0) this.index.load(entries);
    else for (const e of entries) this.index.put(e.num, e);
    this.undo = [];
    this.version = version;
    return entries.length;
  }

  private write(num: number, statement: () => void, after: IndexEntry | null): void {
    const next = this.version + 1;
    this.db.transaction(() => {
      statement();
      this.s.setCounter.run(VERSION, next);
    })();
    // Only after SQLite accepted the write does the mirror change.
    this.undo.push({ version: next, num, before: this.index.entry(num) ?? null });
    // Inside the core's request transactions we never learn when a write is committed, so the
    // log is bounded; a rollback reaching past it falls back to a reload (slower, still right).
    if (this.undo.length > MAX_UNDO) this.undo.splice(0, this.undo.length - MAX_UNDO);
    this.index.put(num, after);
    this.version = next;
  }
}

const stores = new WeakMap<Database, QueueStore>();

/** The store of a database, loaded (and synced) on use. */
export function queueStore(db: Database): QueueStore {
  let store = stores.get(db);
  if (!store) {
    store = new QueueStore(db);
    stores.set(db, store);
  }
  store.sync();
  return store;
}
