// The recipients of one queued message: status, remote host and SMTP reply (explained), next
// retry, retries and expiry, queue and flags; cancel one or several, requeue a failed one, test
// delivery to one. On narrow screens each row is a stacked card (queue.css).

import { useState } from 'react';
import type { QueueExpiry, QueuedMessage } from '../../catalog/queued-message';
import { optionLabel, recipientFlagOptions } from '../../schema/enum-options';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DateTime } from './date-time';
import { countOf } from './format-count';
import { cancelRecipientsPatch, requeueRecipientsPatch } from './queue-patches';
import { RecipientStatusBadge } from './recipient-status-badge';
import { hasRetry, isCancelled, isFailed, isPending } from './recipient-status';
import { SmtpReply } from './smtp-reply';
import type { MessageChange } from './use-message-change';

export interface RecipientTableProps {
  message: QueuedMessage;
  canUpdate: boolean;
  /** Offer "Test delivery" (the liveDeliveryTest permission). */
  canTest: boolean;
  busy: boolean;
  onChange: (change: MessageChange, done: string) => void;
  onTest: (target: string) => void;
}

export function RecipientTable({ message, canUpdate, canTest, busy, onChange, onTest }: RecipientTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const entries = Object.entries(message.recipients);
  const cancellable = entries.filter(([, r]) => isPending(r.status)).map(([address]) => address);
  const chosen = cancellable.filter((address) => selected.has(address));
  const hasActions = canUpdate || canTest;

  const toggle = (address: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(address);
      else next.delete(address);
      return next;
    });

  return (
    <>
      <table className="recipient-table">
        <caption>Recipients ({entries.length})</caption>
        <thead>
          <tr>
            {canUpdate && (
              <th scope="col">
                <span className="visually-hidden">Selection</span>
              </th>
            )}
            <th scope="col">Address</th>
            <th scope="col">Status</th>
            <th scope="col">Remote host and SMTP reply</th>
            <th scope="col">Next retry and expiry</th>
            <th scope="col">Queue and flags</th>
            {hasActions && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map(([address, recipient]) => (
            <tr key={address}>
              {canUpdate && (
                <td className="recipient-select">
                  {isPending(recipient.status) && (
                    <input
                      type="checkbox"
                      checked={selected.has(address)}
                      onChange={(event) => toggle(address, event.target.checked)}
                      aria-label={`Select recipient ${address}`}
                    />
                  )}
                </td>
              )}
              <th scope="row">
                <span className="recipient-address">{address}</span>
                {recipient.orcpt && <span className="queue-line queue-muted">Original: {recipient.orcpt}</span>}
              </th>
              <td data-label="Status">
                <RecipientStatusBadge status={recipient.status} />
              </td>
              <td data-label="Reply">
                {isCancelled(recipient.status) ? (
                  <span className="queue-muted">Delivery was cancelled; this recipient is not tried again.</span>
                ) : (
                  <SmtpReply status={recipient.status} />
                )}
              </td>
              <td data-label="Next retry">
                {hasRetry(recipient.status) ? <DateTime value={recipient.retryDue} /> : <span className="queue-muted">None</span>}
                <span className="recipient-note queue-muted">{countOf(recipient.retryCount, 'retry', 'retries')} so far</span>
                <span className="recipient-note queue-muted">
                  Expires <Expiry expires={recipient.expires} />
                </span>
              </td>
              <td data-label="Queue">
                {recipient.queueName}
                <span className="recipient-note queue-muted">
                  {Object.keys(recipient.flags ?? {})
                    .map((flag) => optionLabel(recipientFlagOptions, flag))
                    .join(', ') || 'No flags'}
                </span>
              </td>
              {hasActions && (
                <td>
                  <div className="recipient-actions">
                  {canUpdate && isFailed(recipient.status) && (
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={`Requeue ${address}`}
                      onClick={() =>
                        onChange(
                          { kind: 'update', id: message.id, patch: requeueRecipientsPatch([address]) },
                          `${address} was put back in the queue for an immediate retry.`,
                        )
                      }
                    >
                      Requeue
                    </Button>
                  )}
                  {canTest && (
                    <Button size="small" aria-label={`Test delivery to ${address}`} onClick={() => onTest(address)}>
                      Test delivery
                    </Button>
                  )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canUpdate && (
        <div className="queue-actions">
          <Button variant="danger" disabled={busy || chosen.length === 0} onClick={() => setConfirming(chosen)}>
            Cancel selected recipients
          </Button>
          <span className="queue-muted">{countOf(chosen.length, 'recipient')} selected</span>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        danger
        title={`Cancel delivery to ${countOf(confirming?.length ?? 0, 'recipient')}?`}
        message={
          <>
            <p>Delivery to {confirming?.join(', ')} is cancelled. This cannot be undone.</p>
            {confirming && confirming.length === cancellable.length && (
              <p>No recipient is left to deliver to, so the message is removed from the queue.</p>
            )}
          </>
        }
        confirmLabel="Cancel delivery"
        cancelLabel="Go back"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const addresses = confirming ?? [];
          setConfirming(null);
          setSelected(new Set());
          onChange(
            { kind: 'update', id: message.id, patch: cancelRecipientsPatch(addresses) },
            `Delivery to ${countOf(addresses.length, 'recipient')} cancelled.`,
          );
        }}
      />
    </>
  );
}

function Expiry({ expires }: { expires: QueueExpiry }) {
  if (expires['@type'] === 'Ttl') return <DateTime value={expires.expiresAt} />;
  return <>after {countOf(expires.expiresAttempts, 'attempt')}</>;
}
