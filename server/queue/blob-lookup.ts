// GET /jmap/download for a queued message's blobId: its raw RFC 5322 text.
import type { BlobLookup } from '../jmap/method-types';
import { queueStore } from './queue-store';
import { rawMessage } from './raw-message';

export const queuedMessageBlob: BlobLookup = async (blobId, ctx) => {
  // A queued message's blob belongs to no account (BlobClass::Reserved for u32::MAX), so a real
  // server serves it only to a caller with fetchAnyBlob (jmap/src/blob/download.rs).
  if (!ctx.user.permissions.has('fetchAnyBlob')) return null;
  const store = queueStore(ctx.db);
  const num = store.index.numOfBlob(blobId);
  const message = num === undefined ? null : store.read(num);
  if (!message) return null;
  return { data: Buffer.from(rawMessage(message), 'latin1'), type: 'message/rfc822' };
};
