// The /set update patches of the queue operations (API spec §5.5). Recipient keys are addresses,
// which may contain "/" and "~", so they are escaped as JSON-pointer segments (RFC 6901).

import type { PatchObject } from '../../jmap/methods';
import type { QueuedMessage } from '../../catalog/queued-message';
import type { UtcDateTime } from '../../schema/wire-types';
import { RETRY_NOW } from '../../schema/queued-message';

export type QueuePatch = PatchObject<QueuedMessage>;

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function recipientPath(address: string, ...rest: string[]): `recipients/${string}` {
  return `recipients/${[escapePointerSegment(address), ...rest].join('/')}`;
}

/** Reschedules every recipient that has not failed permanently; a past time means now. */
export function retryPatch(at: UtcDateTime = RETRY_NOW): QueuePatch {
  return { nextRetry: at };
}

/** Cancels delivery to these recipients; the server removes the message when none is left to try. */
export function cancelRecipientsPatch(addresses: readonly string[]): QueuePatch {
  const patch: QueuePatch = {};
  for (const address of addresses) patch[recipientPath(address)] = null;
  return patch;
}

/** Puts failed recipients back to Scheduled and asks for a delivery attempt at `at`. */
export function requeueRecipientsPatch(addresses: readonly string[], at: UtcDateTime = RETRY_NOW): QueuePatch {
  const patch: QueuePatch = { nextRetry: at };
  for (const address of addresses) patch[recipientPath(address, 'status')] = { '@type': 'Scheduled' };
  return patch;
}
