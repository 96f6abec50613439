// Bulk actions on the selected messages or on every message matching the filter: retry now,
// retry at a time, cancel. Each is confirmed with the exact count first; the work runs in chunks
// of maxObjectsInSet with a progress bar, and failures are listed with their reasons.

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/spinner';
import { confirmLabel, confirmMessage, confirmTitle, RUNNING, type PendingBulk } from './bulk-confirm-text';
import { BulkOutcome } from './bulk-outcome';
import { countOf, formatCount } from './format-count';
import { planCancelRecipients, planRequeueFailed } from './bulk-recipient-plan';
import { retryPatch } from './queue-patches';
import { allMatchingIdsOptions, recipientsOfOptions, type QueueDeps } from './queue-queries';
import { localInputToUtc, toQueryFilter, toQuerySort, type QueueFilters, type SortDirection } from './queue-view';
import { RetryAtInput } from './retry-at-input';
import { useQueueBulk, type BulkKind } from './use-queue-bulk';
import type { QueueSelectionApi } from './use-queue-selection';

export interface QueueBulkBarProps {
  deps: QueueDeps;
  filters: QueueFilters;
  sort: SortDirection;
  /** Matching messages, from the list's last answer. */
  total: number | undefined;
  selection: QueueSelectionApi;
  canUpdate: boolean;
  canDestroy: boolean;
}

export function QueueBulkBar({ deps, filters, sort, total, selection, canUpdate, canDestroy }: QueueBulkBarProps) {
  const { client, accountId } = useConnection();
  const queryClient = useQueryClient();
  const bulk = useQueueBulk();
  const [retryAt, setRetryAt] = useState('');
  const [recipientText, setRecipientText] = useState(filters.recipient);
  const [recipientTextFor, setRecipientTextFor] = useState(filters.recipient);
  // A new recipient filter proposes itself as the text of "cancel recipients containing".
  if (recipientTextFor !== filters.recipient) {
    setRecipientTextFor(filters.recipient);
    setRecipientText(filters.recipient);
  }
  const [reading, setReading] = useState(false);
  const [collecting, setCollecting] = useState(false);
  const [collectError, setCollectError] = useState<unknown>(null);
  const [pending, setPending] = useState<PendingBulk | null>(null);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());

  const current = selection.selection;
  const selectedCount = current.mode === 'matching' ? total : current.rows.size;
  const nothingSelected = current.mode === 'rows' && current.rows.size === 0;
  const retryAtUtc = retryAt ? localInputToUtc(retryAt) : undefined;

  // The ids to act on: the chosen rows, or every message matching the filter right now.
  const collectIds = async (): Promise<string[]> => {
    if (current.mode === 'rows') {
      setLabels(new Map(current.rows));
      return [...current.rows.keys()];
    }
    setLabels(new Map());
    return queryClient.fetchQuery(allMatchingIdsOptions({ client, accountId }, toQueryFilter(filters), toQuerySort(sort)));
  };

  const prepare = async (kind: BulkKind, at?: string) => {
    setCollectError(null);
    setCollecting(true);
    try {
      const ids = await collectIds();
      if (kind === 'cancel') {
        setPending({ kind, ids, changes: { destroy: ids } });
      } else if (kind === 'retry' || kind === 'reschedule') {
        const patch = retryPatch(at);
        setPending({ kind, ids, at, changes: { update: Object.fromEntries(ids.map((id) => [id, patch])) } });
      } else {
        setReading(true);
        const recipients = await queryClient.fetchQuery(recipientsOfOptions(deps, ids));
        const plan = kind === 'requeue' ? planRequeueFailed(recipients) : planCancelRecipients(recipients, recipientText);
        const changed = Object.keys(plan.updates);
        setPending({
          kind,
          ids: changed,
          changes: { update: plan.updates },
          recipients: plan.recipients,
          untouched: ids.length - changed.length,
          contains: recipientText.trim(),
        });
      }
    } catch (error) {
      setCollectError(error);
    } finally {
      setCollecting(false);
      setReading(false);
    }
  };

  const run = () => {
    if (!pending) return;
    const { kind, changes } = pending;
    setPending(null);
    bulk.reset();
    bulk.mutate(
      { kind, changes },
      {
        onSuccess: ({ outcome }) => {
          // Done, or gone from the queue: either way nothing is left to do for those ids.
          const gone = outcome.failed.filter((f) => f.kind === 'setError' && f.error.type === 'notFound').map((f) => f.id);
          if (current.mode === 'matching') selection.clear();
          else selection.remove([...outcome.succeeded, ...gone]);
        },
      },
    );
  };

  const busy = collecting || bulk.isPending;
  const barId = useId();
  const running = bulk.variables ? RUNNING[bulk.variables.kind] : RUNNING.cancel;

  // Out of the way until something is selected; kept while an action's progress or result shows.
  const active = !nothingSelected || busy || pending !== null || bulk.data !== undefined || bulk.isError || collectError !== null;
  if (!active) return null;

  return (
    <section className="queue-bulk" aria-label="Bulk actions">
      <div className="queue-bulk__row">
        <p className="queue-bulk__selection" aria-live="polite">
          {current.mode === 'matching'
            ? `All ${selectedCount === undefined ? '' : `${formatCount(selectedCount)} `}messages matching the filter are selected`
            : `${countOf(current.rows.size, 'message')} selected`}
        </p>
        {total !== undefined && total > 0 && current.mode === 'rows' && (
          <Button size="small" onClick={selection.selectMatching} disabled={busy}>
            Select all {formatCount(total)} matching messages
          </Button>
        )}
        {!nothingSelected && (
          <Button size="small" onClick={selection.clear} disabled={busy}>
            Clear selection
          </Button>
        )}
      </div>
      <div className="queue-bulk__row">
        {canUpdate && (
          <>
            <Button onClick={() => void prepare('retry')} disabled={busy || nothingSelected}>
              Retry selected now
            </Button>
            <RetryAtInput label="Retry selected at" value={retryAt} onChange={setRetryAt} />
            <Button
              onClick={() => void prepare('reschedule', retryAtUtc)}
              disabled={busy || nothingSelected || !retryAtUtc}
            >
              Reschedule selected
            </Button>
          </>
        )}
        {canDestroy && (
          <Button variant="danger" onClick={() => void prepare('cancel')} disabled={busy || nothingSelected}>
            Cancel selected
          </Button>
        )}
      </div>
      {canUpdate && (
        <div className="queue-bulk__row">
          <Button onClick={() => void prepare('requeue')} disabled={busy || nothingSelected}>
            Requeue failed recipients
          </Button>
          <span className="inline-datetime">
            <label htmlFor={`${barId}-rcpt`}>Recipients containing</label>
            <input
              id={`${barId}-rcpt`}
              type="text"
              autoComplete="off"
              value={recipientText}
              onChange={(event) => setRecipientText(event.target.value)}
            />
          </span>
          <Button variant="danger" onClick={() => void prepare('cancelRecipients')} disabled={busy || nothingSelected || !recipientText.trim()}>
            Cancel those recipients
          </Button>
        </div>
      )}
      {collecting && <Loading label={reading ? 'Reading the recipients…' : 'Finding the matching messages…'} />}
      {collectError !== null && <ErrorBanner title="Could not list the matching messages" error={collectError} />}
      {bulk.isError && <ErrorBanner title="The bulk action failed" error={bulk.error} />}
      <BulkOutcome
        runningLabel={running.label}
        doneVerb={running.verb}
        progress={bulk.progress}
        outcome={bulk.data?.outcome}
        labels={labels}
        onDismiss={bulk.reset}
      />
      <ConfirmDialog
        open={pending !== null}
        danger={pending?.kind === 'cancel'}
        title={pending ? confirmTitle(pending) : ''}
        message={pending ? confirmMessage(pending) : ''}
        confirmLabel={pending ? confirmLabel(pending) : ''}
        cancelLabel="Go back"
        onCancel={() => setPending(null)}
        onConfirm={run}
      />
    </section>
  );
}
