// Whether outbound queue processing is paused (x:Action PauseMtaQueue / ResumeMtaQueue).
import type { Database } from 'better-sqlite3';
import { getMeta, setMeta } from './database';

export function isQueuePaused(db: Database): boolean {
  return getMeta(db, 'queuePaused') === 'true';
}

export function setQueuePaused(db: Database, paused: boolean): void {
  setMeta(db, 'queuePaused', String(paused));
}
