// x:QueuedMessage as Stalwart 0.16 serialises it (property order as in its /get output).
import type { JsonObject } from '../jmap/method-types';
import { queueIdFromNum } from './queue-ids';
import { nextDeliveryEvent, nextNotifyEvent, type QueuedMessage, type QueuedRecipient } from './queued-message-types';
import { formatUtcDateTime } from './utc-date';

export const QUEUED_MESSAGE_PROPERTIES = [
  'id',
  'createdAt',
  'nextRetry',
  'nextNotify',
  'blobId',
  'returnPath',
  'receivedFromIp',
  'receivedViaPort',
  'flags',
  'envId',
  'priority',
  'size',
  'recipients',
] as const;

const asSet = (members: readonly string[]): Record<string, true> => Object.fromEntries(members.map((m) => [m, true]));

/** `now` (Unix seconds) stands in for nextRetry when no recipient is pending, as the server does. */
export function messageToWire(m: QueuedMessage, now: number): JsonObject {
  const nextNotify = nextNotifyEvent(m);
  const recipients: JsonObject = {};
  for (const r of m.recipients) recipients[r.address] = recipientToWire(r);
  return {
    id: queueIdFromNum(m.num),
    createdAt: formatUtcDateTime(m.createdAt),
    nextRetry: formatUtcDateTime(nextDeliveryEvent(m) ?? now),
    nextNotify: nextNotify === null ? null : formatUtcDateTime(nextNotify),
    blobId: m.blobId,
    returnPath: m.returnPath === '' ? '<>' : m.returnPath,
    receivedFromIp: m.receivedFromIp,
    receivedViaPort: m.receivedViaPort,
    flags: asSet(m.flags),
    envId: m.envId,
    priority: m.priority,
    size: m.size,
    recipients,
  };
}

function recipientToWire(r: QueuedRecipient): JsonObject {
  return {
    status: r.status,
    retryDue: formatUtcDateTime(r.retryDue),
    retryCount: r.retryCount,
    notifyDue: formatUtcDateTime(r.notifyDue),
    notifyCount: r.notifyCount,
    expires:
      r.expires.kind === 'Ttl'
        ? { '@type': 'Ttl', expiresAt: formatUtcDateTime(r.expires.expiresAt) }
        : { '@type': 'Attempts', expiresAttempts: r.expires.expiresAttempts },
    queueName: r.queueName,
    flags: asSet(r.flags),
    orcpt: r.orcpt,
  };
}
