// One message in the queue list. Fixed height (two lines per cell) so the scrolling view can
// position rows without measuring them; on narrow screens each row is a card of fixed height
// (queue.css). The detail page shows everything in full.

import { memo } from 'react';
import { Link } from '@tanstack/react-router';
import { formatSize } from '../../schema/units';
import { DateTime } from './date-time';
import { orderRecipients, type RowRecipient } from './matching-recipients';
import { MessageSubject } from './message-subject';
import type { QueueListItem } from './queue-queries';
import type { QueueFilters } from './queue-view';
import { RecipientStatusBadge } from './recipient-status-badge';
import { recipientStatusText, shortReply } from './recipient-status';
import { SenderLabel, senderText } from './sender-label';

export const QUEUE_ROW_HEIGHT = 48;
/** The same row as a card on narrow screens (see the media query in queue.css). */
export const QUEUE_CARD_HEIGHT = 152;

export interface QueueRowProps {
  item: QueueListItem;
  filters: QueueFilters;
  /** 1-based row number in the whole result (aria-rowindex counts the header row as 1). */
  rowIndex: number;
  selectable: boolean;
  selected: boolean;
  /** Every matching message is selected; single rows cannot be taken out. */
  locked: boolean;
  onToggle: (item: QueueListItem, selected: boolean) => void;
}

export const QueueRow = memo(function QueueRow({ item, filters, rowIndex, selectable, selected, locked, onToggle }: QueueRowProps) {
  return (
    <tr className="queue-row" aria-rowindex={rowIndex}>
      {selectable && (
        <td className="queue-cell-select">
          <input
            type="checkbox"
            checked={selected}
            disabled={locked}
            onChange={(event) => onToggle(item, event.target.checked)}
            aria-label={`Select message from ${senderText(item.returnPath)}`}
          />
        </td>
      )}
      <th scope="row" className="queue-cell-message">
        <span className="queue-line">
          <Link to="/management/queue/$id" params={{ id: item.id }}>
            <SenderLabel returnPath={item.returnPath} />
          </Link>
        </span>
        <span className="queue-line queue-muted queue-subject">
          <MessageSubject id={item.id} blobId={item.blobId} />
          <span className="queue-subject__id">{`ID ${item.id}`}</span>
        </span>
      </th>
      <td className="queue-cell-recipients">
        <Recipients entries={orderRecipients(item.recipients, filters)} />
      </td>
      <td className="queue-cell-retry">
        <span className="queue-card-label">Next retry </span>
        <DateTime value={item.nextRetry} />
      </td>
      <td className="queue-cell-received">
        <DateTime value={item.createdAt} />
      </td>
      <td className="queue-cell-size">
        <span className="queue-card-label">Size </span>
        {formatSize(item.size)}
      </td>
    </tr>
  );
});

function Recipients({ entries }: { entries: RowRecipient[] }) {
  if (entries.length === 0) return <span className="queue-muted">No recipients</span>;
  const [first, ...rest] = entries as [RowRecipient, ...RowRecipient[]];
  return (
    <>
      <RecipientLine entry={first} />
      {rest.length === 1 && <RecipientLine entry={rest[0]!} />}
      {rest.length > 1 && <span className="queue-line queue-muted">{moreRecipients(rest)}</span>}
    </>
  );
}

/** One recipient with its own status and its own last reply, never another's. */
function RecipientLine({ entry }: { entry: RowRecipient }) {
  const reply = shortReply(entry.recipient.status);
  return (
    <span className="queue-line queue-rcpt" title={reply ? `${entry.address}: ${reply}` : entry.address}>
      <RecipientStatusBadge status={entry.recipient.status} /> <span className="queue-rcpt__address">{entry.address}</span>
      {reply && <span className="queue-rcpt__reply">{reply}</span>}
    </span>
  );
}

/** "+3 more (1 matching): 2 Scheduled, 1 Delivered" */
function moreRecipients(rest: RowRecipient[]): string {
  const counts = new Map<string, number>();
  for (const { recipient } of rest) {
    const label = recipientStatusText(recipient.status);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const matching = rest.filter((r) => r.matches).length;
  return `+${rest.length} more${matching ? ` (${matching} matching)` : ''}: ${[...counts].map(([label, n]) => `${n} ${label}`).join(', ')}`;
}
