// Which recipients of a message the list's filter is about. The server matches a message when
// ANY recipient contains the `to` (or `text`) string and, with a queue name, when a recipient is
// in that queue; the row then leads with exactly those recipients, so nobody reads another
// recipient's status as the one they searched for.

import type { QueuedRecipient } from '../../catalog/queued-message';
import type { QueueFilters } from './queue-view';

export interface RowRecipient {
  address: string;
  recipient: Pick<QueuedRecipient, 'status' | 'queueName'>;
  /** The filter names this recipient (false for all when the filter names no recipient). */
  matches: boolean;
}

/** Filters that select recipients (the sender filter and the due range do not). */
export function recipientMatcher(filters: Pick<QueueFilters, 'recipient' | 'text' | 'queue'>) {
  // As on the server: `text` replaces `to` when both are given; matching is by substring, as typed.
  const needle = filters.text || filters.recipient;
  const queue = filters.queue;
  if (!needle && !queue) return undefined;
  return (address: string, recipient: Pick<QueuedRecipient, 'queueName'>) =>
    (!needle || address.includes(needle)) && (!queue || recipient.queueName === queue);
}

/** The recipients in display order: those the filter matches first, otherwise as stored. */
export function orderRecipients(
  recipients: Record<string, Pick<QueuedRecipient, 'status' | 'queueName'>>,
  filters: Pick<QueueFilters, 'recipient' | 'text' | 'queue'>,
): RowRecipient[] {
  const matcher = recipientMatcher(filters);
  const rows = Object.entries(recipients).map(([address, recipient]) => ({
    address,
    recipient,
    matches: matcher ? matcher(address, recipient) : false,
  }));
  return matcher ? [...rows.filter((r) => r.matches), ...rows.filter((r) => !r.matches)] : rows;
}
