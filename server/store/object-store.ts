// Stored `x:` objects: one JSON document per (type, id), ordered by a numeric document id.
import type { Database } from 'better-sqlite3';
import type { JsonObject } from '../jmap/method-types';
import { encodeId } from './ids';

export interface StoredObject {
  id: string;
  docId: number;
  data: JsonObject;
}

interface Row {
  id: string;
  doc_id: number;
  data: string;
}

const toStored = (row: Row): StoredObject => ({ id: row.id, docId: row.doc_id, data: JSON.parse(row.data) as JsonObject });

export function listObjects(db: Database, type: string): StoredObject[] {
  const rows = db.prepare('SELECT id, doc_id, data FROM objects WHERE type = ? ORDER BY doc_id').all(type) as Row[];
  return rows.map(toStored);
}

export function getObject(db: Database, type: string, id: string): StoredObject | undefined {
  const row = db.prepare('SELECT id, doc_id, data FROM objects WHERE type = ? AND id = ?').get(type, id) as Row | undefined;
  return row && toStored(row);
}

/** Allocates the next document id of a type; ids are never reused. */
export function allocateId(db: Database, type: string): { id: string; docId: number } {
  const row = db
    .prepare(
      `INSERT INTO id_counters (type, next_doc_id) VALUES (?, 1)
       ON CONFLICT (type) DO UPDATE SET next_doc_id = next_doc_id + 1
       RETURNING next_doc_id`,
    )
    .get(type) as { next_doc_id: number };
  const docId = row.next_doc_id - 1;
  return { id: encodeId(docId), docId };
}

export function insertObject(db: Database, type: string, id: string, docId: number, data: JsonObject): void {
  db.prepare('INSERT INTO objects (type, id, doc_id, data) VALUES (?, ?, ?, ?)').run(type, id, docId, JSON.stringify(data));
}

/** Inserts or replaces (used for singletons, whose id is fixed). */
export function putObject(db: Database, type: string, id: string, docId: number, data: JsonObject): void {
  db.prepare(
    `INSERT INTO objects (type, id, doc_id, data) VALUES (?, ?, ?, ?)
     ON CONFLICT (type, id) DO UPDATE SET data = excluded.data`,
  ).run(type, id, docId, JSON.stringify(data));
}

export function replaceObject(db: Database, type: string, id: string, data: JsonObject): void {
  db.prepare('UPDATE objects SET data = ? WHERE type = ? AND id = ?').run(JSON.stringify(data), type, id);
}

export function deleteObject(db: Database, type: string, id: string): boolean {
  return db.prepare('DELETE FROM objects WHERE type = ? AND id = ?').run(type, id).changes > 0;
}

export function countAllObjects(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM objects').get() as { n: number }).n;
}
