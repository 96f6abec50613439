// One message in the queue list. Fixed height (two lines per cell at most) so the scrolling view
// can position rows without measuring them; the detail page shows everything in full.

import { memo } from 'react';
import { buildPath } from '../../router/match-route';
import { Link } from '../../router/link';
import { formatSize } from '../../schema/units';
import { DateTime } from './date-time';
import type { QueueListItem } from './queue-queries';
import { RecipientStatusBadge } from './recipient-status-badge';
import { lastError, recipientStatusLabel } from './recipient-status';
import { SenderLabel, senderText } from './sender-label';
import { explainDeliveryErrorType } from './smtp-explain';

export const QUEUE_ROW_HEIGHT = 64;
export const MESSAGE_PATH = '/management/queue/:id';

export interface QueueRowProps {
  item: QueueListItem;
  /** 1-based row number in the whole result (aria-rowindex counts the header row as 1). */
  rowIndex: number;
  selectable: boolean;
  selected: boolean;
  /** Every matching message is selected; single rows cannot be taken out. */
  locked: boolean;
  onToggle: (item: QueueListItem, selected: boolean) => void;
}

export const QueueRow = memo(function QueueRow({ item, rowIndex, selectable, selected, locked, onToggle }: QueueRowProps) {
  return (
    <tr className="queue-row" aria-rowindex={rowIndex}>
      {selectable && (
        <td>
          <input
            type="checkbox"
            checked={selected}
            disabled={locked}
            onChange={(event) => onToggle(item, event.target.checked)}
            aria-label={`Select message from ${senderText(item.returnPath)}`}
          />
        </td>
      )}
      <th scope="row">
        <span className="queue-line">
          <Link to={buildPath(MESSAGE_PATH, { id: item.id })}>
            <SenderLabel returnPath={item.returnPath} />
          </Link>
        </span>
        <span className="queue-line queue-muted">{`ID ${item.id}`}</span>
      </th>
      <td>
        <Recipients recipients={item.recipients} />
      </td>
      <td>
        <DateTime value={item.nextRetry} />
      </td>
      <td>
        <DateTime value={item.createdAt} />
      </td>
      <td>{formatSize(item.size)}</td>
      <td>
        <LastError recipients={item.recipients} />
      </td>
    </tr>
  );
});

function Recipients({ recipients }: { recipients: QueueListItem['recipients'] }) {
  const entries = Object.entries(recipients);
  if (entries.length === 0) return <span className="queue-muted">No recipients</span>;
  const [[firstAddress, first], ...rest] = entries as [[string, (typeof entries)[number][1]], ...typeof entries];
  return (
    <>
      <span className="queue-line">
        <RecipientStatusBadge status={first.status} />
        {` ${firstAddress}`}
      </span>
      {rest.length === 1 && (
        <span className="queue-line">
          <RecipientStatusBadge status={rest[0]![1].status} />
          {` ${rest[0]![0]}`}
        </span>
      )}
      {rest.length > 1 && <span className="queue-line queue-muted">{moreRecipients(rest.map(([, r]) => r.status['@type']))}</span>}
    </>
  );
}

/** "+3 more: 2 Scheduled, 1 Delivered" */
function moreRecipients(types: Array<Parameters<typeof recipientStatusLabel>[0]>): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(recipientStatusLabel(type), (counts.get(recipientStatusLabel(type)) ?? 0) + 1);
  return `+${types.length} more: ${[...counts].map(([label, n]) => `${n} ${label}`).join(', ')}`;
}

function LastError({ recipients }: { recipients: QueueListItem['recipients'] }) {
  const error = lastError(recipients);
  if (!error) return <span className="queue-muted">None</span>;
  const codes = [error.responseCode, error.responseEnhanced].filter((part) => part != null && part !== '').join(' ');
  const text = error.responseMessage ?? error.errorMessage ?? explainDeliveryErrorType(error.errorType);
  const full = [codes, text].filter(Boolean).join(' ');
  return (
    <>
      <span className="queue-line" title={full}>
        {codes ? <code>{codes}</code> : explainDeliveryErrorType(error.errorType)}
      </span>
      {codes && (
        <span className="queue-line queue-muted" title={full}>
          {text}
        </span>
      )}
    </>
  );
}
