// Bulk actions on the selected messages or on every message matching the filter: retry now,
// retry at a time, cancel. Each is confirmed with the exact count first; the work runs in chunks
// of maxObjectsInSet with a progress bar, and failures are listed with their reasons.

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/spinner';
import { BulkOutcome } from './bulk-outcome';
import { formatDateTime } from './format-date';
import { countOf, formatCount } from './format-count';
import { retryPatch } from './queue-patches';
import { allMatchingIdsOptions } from './queue-queries';
import { localInputToUtc, toQueryFilter, toQuerySort, type QueueFilters, type SortDirection } from './queue-view';
import { RetryAtInput } from './retry-at-input';
import { useQueueBulk, type BulkKind } from './use-queue-bulk';
import type { QueueSelectionApi } from './use-queue-selection';

export interface QueueBulkBarProps {
  filters: QueueFilters;
  sort: SortDirection;
  /** Matching messages, from the list's last answer. */
  total: number | undefined;
  selection: QueueSelectionApi;
  canUpdate: boolean;
  canDestroy: boolean;
}

interface Pending {
  kind: BulkKind;
  ids: string[];
  /** RFC 3339, for reschedule. */
  at?: string;
}

const RUNNING: Record<BulkKind, { label: string; verb: string }> = {
  retry: { label: 'Retrying messages', verb: 'scheduled for an immediate retry' },
  reschedule: { label: 'Rescheduling messages', verb: 'rescheduled' },
  cancel: { label: 'Cancelling messages', verb: 'cancelled' },
};

export function QueueBulkBar({ filters, sort, total, selection, canUpdate, canDestroy }: QueueBulkBarProps) {
  const { client, accountId } = useConnection();
  const queryClient = useQueryClient();
  const bulk = useQueueBulk();
  const [retryAt, setRetryAt] = useState('');
  const [collecting, setCollecting] = useState(false);
  const [collectError, setCollectError] = useState<unknown>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());

  const current = selection.selection;
  const selectedCount = current.mode === 'matching' ? total : current.rows.size;
  const nothingSelected = current.mode === 'rows' && current.rows.size === 0;
  const retryAtUtc = retryAt ? localInputToUtc(retryAt) : undefined;

  // The ids to act on: the chosen rows, or every message matching the filter right now.
  const prepare = async (kind: BulkKind, at?: string) => {
    setCollectError(null);
    if (current.mode === 'rows') {
      setLabels(new Map(current.rows));
      setPending({ kind, ids: [...current.rows.keys()], at });
      return;
    }
    setCollecting(true);
    try {
      const ids = await queryClient.fetchQuery(
        allMatchingIdsOptions({ client, accountId }, toQueryFilter(filters), toQuerySort(sort)),
      );
      setLabels(new Map());
      setPending({ kind, ids, at });
    } catch (error) {
      setCollectError(error);
    } finally {
      setCollecting(false);
    }
  };

  const run = () => {
    if (!pending) return;
    const { kind, ids, at } = pending;
    setPending(null);
    bulk.reset();
    bulk.mutate(
      { kind, ids, patch: kind === 'cancel' ? undefined : retryPatch(at) },
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
  const running = bulk.variables ? RUNNING[bulk.variables.kind] : RUNNING.cancel;

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
      {collecting && <Loading label="Finding the matching messages…" />}
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

function confirmTitle({ kind, ids, at }: Pending): string {
  const n = countOf(ids.length, 'message');
  if (kind === 'cancel') return `Cancel ${n}?`;
  if (kind === 'retry') return `Retry ${n} now?`;
  return `Reschedule ${n} to ${formatDateTime(at)}?`;
}

function confirmLabel({ kind, ids }: Pending): string {
  const n = countOf(ids.length, 'message');
  if (kind === 'cancel') return `Cancel ${n}`;
  if (kind === 'retry') return `Retry ${n}`;
  return `Reschedule ${n}`;
}

function confirmMessage({ kind, ids }: Pending): string {
  if (ids.length === 0) return 'No message matches any more; nothing will change.';
  if (kind === 'cancel') {
    return 'Delivery is cancelled for every recipient still waiting, and the messages are removed from the queue. This cannot be undone.';
  }
  if (kind === 'retry') return 'Every recipient that has not failed permanently is tried again right away.';
  return 'Every recipient that has not failed permanently is tried again at that time (your local time).';
}
