// GET /jmap/download for a queued message's blobId: its raw RFC 5322 text.
import type { BlobLookup } from '../jmap/method-types';
import { queueStore } from './queue-store';
import { rawMessage } from './raw-message';

export const queuedMessageBlob: BlobLookup = async (blobId, ctx) => {
  // The message contents are part of the queued message, so reading them needs its Get permission.
  if (!ctx.user.permissions.has('sysQueuedMessageGet')) return null;
  const store = queueStore(ctx.db);
  const num = store.index.numOfBlob(blobId);
  const message = num === undefined ? null : store.read(num);
  if (!message) return null;
  return { data: Buffer.from(rawMessage(message), 'latin1'), type: 'message/rfc822' };
};
