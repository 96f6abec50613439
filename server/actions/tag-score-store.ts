// Tag scores come from the x:SpamTag objects, as on a real server (which loads them into its
// spam filter's score table): a Score tag adds its score, a Discard or Reject tag decides the
// message. A tag may be a pattern (RCVD_*), looked up as the server does (spam-tag-lookup.ts).
// The demo seed creates one object per default tag.
import type { Database } from 'better-sqlite3';
import type { SpamTag } from '../../src/catalog/spam-tag';
import { spamTagLookup } from '../../src/schema/spam-tag-lookup';
import type { JsonObject } from '../jmap/method-types';
import { listObjects } from '../store/object-store';
import type { TagScore, TagScoreTable } from './classify/classify-types';
import { DEFAULT_TAG_SCORES } from './classify/default-tag-scores';

export function readTagScores(db: Database): TagScoreTable {
  const tags = listObjects(db, 'x:SpamTag').map(({ data }) => data as unknown as SpamTag);
  const lookup = spamTagLookup(tags);
  return { get: (name) => scoreOf(lookup(name)) };
}

function scoreOf(tag: SpamTag | undefined): TagScore | undefined {
  if (!tag) return undefined;
  if (tag['@type'] === 'Score') return tag.score;
  return { score: 0, disposition: tag['@type'] === 'Reject' ? 'reject' : 'discard' };
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
