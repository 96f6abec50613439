// The x:SpamTag entries (every one, within the server's limits), turned into a lookup from a tag
// name to the entry that scores it: exact name first, else the first matching pattern, as the
// server's spam filter looks tags up.
import { spamTag } from '../../catalog/spam-tag';
import type { JmapClient } from '../../jmap/client';
import { listQueries } from '../../objects/object-queries';
import { spamTagLookup } from '../../schema/spam-tag-lookup';

export interface SpamTagEntryRef {
  id: string;
  tag: string;
}

export type SpamTagEntryLookup = (name: string) => SpamTagEntryRef | undefined;

export function spamTagEntriesQuery(client: JmapClient, accountId: string) {
  return { ...listQueries(spamTag).all<SpamTagEntryRef>({ client, accountId }, ['tag']), select: spamTagLookup<SpamTagEntryRef> };
}

/** Where an entry opens: the Scores pages of the x:SpamTag definition. */
/** The route of an entry's page (its `$id` filled in by the link). */
export const spamTagEntryRoute = `${spamTag.screens.basePath}/$id`;
