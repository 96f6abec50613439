// Actions on one queued message: retry now, retry at a chosen time, cancel the whole message.

import { useState } from 'react';
import type { QueuedMessage } from '../../catalog/queued-message';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatDateTime } from './format-date';
import { retryPatch } from './queue-patches';
import { localInputToUtc } from './queue-view';
import { RetryAtInput } from './retry-at-input';
import type { MessageChange } from './use-message-change';

export interface MessageActionsProps {
  message: QueuedMessage;
  canUpdate: boolean;
  canDestroy: boolean;
  busy: boolean;
  onChange: (change: MessageChange, done: string) => void;
}

export function MessageActions({ message, canUpdate, canDestroy, busy, onChange }: MessageActionsProps) {
  const [retryAt, setRetryAt] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const at = retryAt ? localInputToUtc(retryAt) : undefined;
  if (!canUpdate && !canDestroy) return null;
  return (
    <section className="queue-section" aria-labelledby="message-actions-heading">
      <h2 id="message-actions-heading">Actions</h2>
      <div className="queue-actions">
        {canUpdate && (
          <>
            <Button
              variant="primary"
              disabled={busy}
              onClick={() => onChange({ kind: 'update', id: message.id, patch: retryPatch() }, 'A delivery attempt was scheduled for now.')}
            >
              Retry now
            </Button>
            <RetryAtInput label="Retry at" value={retryAt} onChange={setRetryAt} />
            <Button
              disabled={busy || !at}
              onClick={() =>
                at && onChange({ kind: 'update', id: message.id, patch: retryPatch(at) }, `The next delivery attempt is at ${formatDateTime(at)}.`)
              }
            >
              Schedule retry
            </Button>
          </>
        )}
        {canDestroy && (
          <Button variant="danger" disabled={busy} onClick={() => setConfirmCancel(true)}>
            Cancel message
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirmCancel}
        danger
        title="Cancel this message?"
        message="Delivery is cancelled for every recipient still waiting and the message is removed from the queue. This cannot be undone."
        confirmLabel="Cancel message"
        cancelLabel="Go back"
        onCancel={() => setConfirmCancel(false)}
        onConfirm={() => {
          setConfirmCancel(false);
          onChange({ kind: 'destroy', id: message.id }, 'The message was cancelled and removed from the queue.');
        }}
      />
    </section>
  );
}
