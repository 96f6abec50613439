// The progress and the outcome of a bulk action: a labelled <progress>, how many succeeded, and
// every failure with the server's reason.

import { useId } from 'react';
import type { BulkFailure, BulkProgress, BulkSetOutcome } from '../../jmap/bulk-set';
import { describeJmapError } from '../../jmap/describe-jmap-error';
import { Button } from '../../ui/button';
import { countOf, formatCount } from './format-count';
import { describeSetError } from './set-error-text';

export interface BulkOutcomeProps {
  /** "Cancelling messages" */
  runningLabel: string;
  /** "cancelled" */
  doneVerb: string;
  progress: BulkProgress | null;
  outcome: BulkSetOutcome | undefined;
  /** Sender per id, when known, so failures name the message the way the list does. */
  labels: ReadonlyMap<string, string>;
  onDismiss?: () => void;
}

export function BulkOutcome({ runningLabel, doneVerb, progress, outcome, labels, onDismiss }: BulkOutcomeProps) {
  const id = useId();
  if (!progress) return null;
  const finished = outcome !== undefined;
  return (
    <div className="queue-result">
      <div className="queue-progress">
        <label htmlFor={`${id}-progress`}>{runningLabel}</label>
        <progress id={`${id}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
        <span>
          {formatCount(progress.done)} of {formatCount(progress.total)}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {finished && (
          <p>
            {formatCount(outcome.succeeded.length)} of {countOf(outcome.total, 'message')} {doneVerb}.
            {outcome.failed.length > 0 && ` ${countOf(outcome.failed.length, 'message')} failed.`}
            {outcome.skipped.length > 0 && ` ${countOf(outcome.skipped.length, 'message')} not sent.`}
          </p>
        )}
      </div>
      {finished && outcome.failed.length > 0 && (
        <ul className="queue-result__failures" aria-label="Failed messages">
          {outcome.failed.map((failure) => (
            <li key={`${failure.operation}-${failure.id}`}>
              Message {failure.id}
              {labels.get(failure.id) ? ` (${labels.get(failure.id)})` : ''}: {failureReason(failure)}
            </li>
          ))}
        </ul>
      )}
      {finished && onDismiss && (
        <Button size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      )}
    </div>
  );
}

function failureReason(failure: BulkFailure): string {
  return failure.kind === 'setError' ? describeSetError(failure.error) : describeJmapError(failure.error);
}
