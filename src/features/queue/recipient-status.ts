// How a recipient's delivery status is named and coloured. The text carries the meaning; the
// badge colour only repeats it.

import type { RecipientStatus } from '../../catalog/queued-message';
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

// How a Stalwart 0.16 server records a recipient cancelled through an update that leaves it out:
// PermanentFailure, errorType io, message "Delivery canceled." (jmap registry mapping
// queued_message.rs; the shared facts, section 5.5). There is no separate status for it.
const CANCELLED_MESSAGE = 'Delivery canceled.';

export function isCancelled(status: RecipientStatus): boolean {
  return status['@type'] === 'PermanentFailure' && status.errorType === 'io' && status.errorMessage === CANCELLED_MESSAGE;
}

/** The status as the person reads it: a cancelled recipient is "Cancelled", not a failure. */
export function recipientStatusText(status: RecipientStatus): string {
  return isCancelled(status) ? 'Cancelled' : recipientStatusLabel(status['@type']);
}

export function recipientStatusToneOf(status: RecipientStatus): BadgeTone {
  return isCancelled(status) ? 'neutral' : recipientStatusTone(status['@type']);
}

/** Only Scheduled and temporarily failed recipients are tried again; others have no retry time. */
export function hasRetry(status: RecipientStatus): boolean {
  return isPending(status);
}

/**
 * The recipient's own last answer, short: "451 4.7.1 Greylisted", or the error's text when the
 * remote side never answered; undefined when there is nothing to say (not tried, cancelled).
 */
export function shortReply(status: RecipientStatus): string | undefined {
  if (status['@type'] === 'Scheduled' || isCancelled(status)) return undefined;
  const codes = [status.responseCode, status.responseEnhanced].filter((part) => part != null && part !== '').join(' ');
  const text = status.responseMessage ?? (status['@type'] === 'Completed' ? undefined : status.errorMessage);
  const reply = [codes, text].filter(Boolean).join(' ');
  return reply || undefined;
}

/** A recipient that failed and can be put back into the queue. */
export function isFailed(status: RecipientStatus): boolean {
  return status['@type'] === 'TemporaryFailure' || status['@type'] === 'PermanentFailure';
}

/** A recipient whose delivery is still to be tried (cancelling it means something). */
export function isPending(status: RecipientStatus): boolean {
  return status['@type'] === 'Scheduled' || status['@type'] === 'TemporaryFailure';
}

export const NULL_SENDER = '<>';

export function isNullSender(returnPath: string): boolean {
  return returnPath === NULL_SENDER || returnPath === '';
}
