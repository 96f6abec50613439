// The words of a bulk action on the queue: what it is called while it runs, and the title, text
// and button of the dialog that confirms it with the exact counts.

import { formatDateTime } from './format-date';
import { countOf } from './format-count';
import type { QueuePatch } from './queue-patches';
import type { BulkKind } from './use-queue-bulk';

export interface PendingBulk {
  kind: BulkKind;
  /** Messages that will change. */
  ids: string[];
  changes: { update?: Record<string, QueuePatch>; destroy?: string[] };
  /** RFC 3339, for reschedule. */
  at?: string;
  /** Recipients that will change, for recipient actions. */
  recipients?: number;
  /** Messages chosen but left alone (no matching recipient). */
  untouched?: number;
  /** The recipient text, for cancelRecipients. */
  contains?: string;
}

export const RUNNING: Record<BulkKind, { label: string; verb: string }> = {
  retry: { label: 'Retrying messages', verb: 'scheduled for an immediate retry' },
  reschedule: { label: 'Rescheduling messages', verb: 'rescheduled' },
  cancel: { label: 'Cancelling messages', verb: 'cancelled' },
  cancelRecipients: { label: 'Cancelling recipients', verb: 'updated' },
  requeue: { label: 'Requeueing failed recipients', verb: 'updated' },
};

export function confirmTitle({ kind, ids, at, recipients = 0 }: PendingBulk): string {
  const n = countOf(ids.length, 'message');
  switch (kind) {
    case 'cancel':
      return `Cancel ${n}?`;
    case 'retry':
      return `Retry ${n} now?`;
    case 'reschedule':
      return `Reschedule ${n} to ${formatDateTime(at)}?`;
    case 'cancelRecipients':
      return `Cancel delivery to ${countOf(recipients, 'recipient')} in ${n}?`;
    case 'requeue':
      return `Requeue ${countOf(recipients, 'failed recipient')} in ${n}?`;
  }
}

export function confirmLabel({ kind, ids, recipients = 0 }: PendingBulk): string {
  const n = countOf(ids.length, 'message');
  switch (kind) {
    case 'cancel':
      return `Cancel ${n}`;
    case 'retry':
      return `Retry ${n}`;
    case 'reschedule':
      return `Reschedule ${n}`;
    case 'cancelRecipients':
      return `Cancel ${countOf(recipients, 'recipient')}`;
    case 'requeue':
      return `Requeue ${countOf(recipients, 'recipient')}`;
  }
}

export function confirmMessage({ kind, ids, untouched = 0, contains }: PendingBulk): string {
  if (ids.length === 0) return 'Nothing matches any more; nothing will change.';
  const skipped = untouched > 0 ? ` ${countOf(untouched, 'other selected message')} ${untouched === 1 ? 'has' : 'have'} no such recipient and stay as they are.` : '';
  switch (kind) {
    case 'cancel':
      return 'Delivery is cancelled for every recipient still waiting, and the messages are removed from the queue. This cannot be undone.';
    case 'retry':
      return 'Every recipient that has not failed permanently is tried again right away.';
    case 'reschedule':
      return 'Every recipient that has not failed permanently is tried again at that time (your local time).';
    case 'cancelRecipients':
      return `Delivery to every waiting recipient whose address contains "${contains}" is cancelled; a message with no recipient left is removed. This cannot be undone.${skipped}`;
    case 'requeue':
      return `Failed recipients are put back in the queue and tried again right away.${skipped}`;
  }
}
