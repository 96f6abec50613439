// How a recipient's delivery status is named and coloured. The text carries the meaning; the
// badge colour only repeats it.

import type { RecipientStatus } from '../../jmap/object-types';
import type { BadgeTone } from '../../ui/badge';

export type RecipientStatusType = RecipientStatus['@type'];

const STATUS: Record<RecipientStatusType, { label: string; tone: BadgeTone }> = {
  Scheduled: { label: 'Scheduled', tone: 'info' },
  Completed: { label: 'Delivered', tone: 'success' },
  TemporaryFailure: { label: 'Temporary failure', tone: 'warning' },
  PermanentFailure: { label: 'Permanent failure', tone: 'danger' },
};

export function recipientStatusLabel(type: RecipientStatusType): string {
  return STATUS[type]?.label ?? type;
}

export function recipientStatusTone(type: RecipientStatusType): BadgeTone {
  return STATUS[type]?.tone ?? 'neutral';
}

/** A recipient that failed and can be put back into the queue. */
export function isFailed(status: RecipientStatus): boolean {
  return status['@type'] === 'TemporaryFailure' || status['@type'] === 'PermanentFailure';
}

/** A recipient whose delivery is still to be tried (cancelling it means something). */
export function isPending(status: RecipientStatus): boolean {
  return status['@type'] === 'Scheduled' || status['@type'] === 'TemporaryFailure';
}

/** The most recent error of a message: a failed recipient's status, permanent ones first. */
export function lastError(
  recipients: Record<string, { status: RecipientStatus }>,
): Extract<RecipientStatus, { '@type': 'TemporaryFailure' | 'PermanentFailure' }> | undefined {
  let temporary: Extract<RecipientStatus, { '@type': 'TemporaryFailure' }> | undefined;
  for (const { status } of Object.values(recipients)) {
    if (status['@type'] === 'PermanentFailure') return status;
    if (status['@type'] === 'TemporaryFailure' && !temporary) temporary = status;
  }
  return temporary;
}

export const NULL_SENDER = '<>';

export function isNullSender(returnPath: string): boolean {
  return returnPath === NULL_SENDER || returnPath === '';
}
