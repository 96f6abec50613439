// The sandbox's tag-score table (what x:SpamTag holds on a real server), kept in SQLite and
// seeded from the default (demo) table. Tags the default table gained since a database was
// created are added at start; scores already stored are kept.
import type { Database } from 'better-sqlite3';
import type { TagScore } from './classify/classify-types';
import { DEFAULT_TAG_SCORES } from './classify/default-tag-scores';

export function initTagScores(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS spam_tag_scores (
    tag TEXT PRIMARY KEY,
    score REAL NOT NULL,
    disposition TEXT NOT NULL DEFAULT 'score'
  )`);
  const insert = db.prepare('INSERT OR IGNORE INTO spam_tag_scores (tag, score, disposition) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const entry of DEFAULT_TAG_SCORES) insert.run(entry.tag, entry.score, entry.disposition ?? 'score');
  })();
}

export function readTagScores(db: Database): Map<string, TagScore> {
  const rows = db.prepare('SELECT tag, score, disposition FROM spam_tag_scores').all() as {
    tag: string;
    score: number;
    disposition: 'score' | 'reject' | 'discard';
  }[];
  return new Map(rows.map((r) => [r.tag, r.disposition === 'score' ? r.score : { score: r.score, disposition: r.disposition }]));
}
