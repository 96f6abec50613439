// Tag scores come from the x:SpamTag objects, as on a real server (which loads them into its
// spam filter's score table): a Score tag adds its score, a Discard or Reject tag decides the
// message. The demo seed creates one object per default tag.
import type { Database } from 'better-sqlite3';
import type { SpamTag } from '../../src/catalog/spam-tag';
import type { JsonObject } from '../jmap/method-types';
import { listObjects } from '../store/object-store';
import type { TagScore } from './classify/classify-types';
import { DEFAULT_TAG_SCORES } from './classify/default-tag-scores';

export function readTagScores(db: Database): Map<string, TagScore> {
  const table = new Map<string, TagScore>();
  for (const { data } of listObjects(db, 'x:SpamTag')) {
    const tag = data as unknown as SpamTag;
    if (tag['@type'] === 'Score') table.set(tag.tag, tag.score);
    else table.set(tag.tag, { score: 0, disposition: tag['@type'] === 'Reject' ? 'reject' : 'discard' });
  }
  return table;
}

/** The demo tags as x:SpamTag creates: a disposition becomes a Discard or Reject tag. */
export function demoSpamTags(): JsonObject[] {
  return DEFAULT_TAG_SCORES.map((entry) =>
    entry.disposition === 'reject'
      ? { '@type': 'Reject', tag: entry.tag }
      : entry.disposition === 'discard'
        ? { '@type': 'Discard', tag: entry.tag }
        : { '@type': 'Score', tag: entry.tag, score: entry.score },
  );
}
