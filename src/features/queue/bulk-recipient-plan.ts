// Per-message patches for bulk recipient actions: cancel the recipients whose address contains a
// text (like the 0.15 CLI's `queue cancel --rcpt`), or requeue every failed recipient.

import type { QueuedRecipient } from '../../catalog/queued-message';
import { cancelRecipientsPatch, requeueRecipientsPatch, type QueuePatch } from './queue-patches';
import { isFailed, isPending } from './recipient-status';

export interface RecipientPlan {
  updates: Record<string, QueuePatch>;
  /** Recipients affected over all messages. */
  recipients: number;
}

export function planCancelRecipients(
  messages: ReadonlyMap<string, Record<string, Pick<QueuedRecipient, 'status'>>>,
  contains: string,
): RecipientPlan {
  const needle = contains.trim().toLowerCase();
  const updates: Record<string, QueuePatch> = {};
  let recipients = 0;
  if (!needle) return { updates, recipients };
  for (const [id, map] of messages) {
    const chosen = Object.entries(map)
      .filter(([address, r]) => isPending(r.status) && address.toLowerCase().includes(needle))
      .map(([address]) => address);
    if (chosen.length === 0) continue;
    updates[id] = cancelRecipientsPatch(chosen);
    recipients += chosen.length;
  }
  return { updates, recipients };
}

export function planRequeueFailed(
  messages: ReadonlyMap<string, Record<string, Pick<QueuedRecipient, 'status'>>>,
): RecipientPlan {
  const updates: Record<string, QueuePatch> = {};
  let recipients = 0;
  for (const [id, map] of messages) {
    const failed = Object.entries(map)
      .filter(([, r]) => isFailed(r.status))
      .map(([address]) => address);
    if (failed.length === 0) continue;
    updates[id] = requeueRecipientsPatch(failed);
    recipients += failed.length;
  }
  return { updates, recipients };
}
