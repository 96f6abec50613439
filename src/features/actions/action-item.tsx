// One action: what it does, its button (after a confirmation when disruptive) and its last outcome.
// The two diagnostic actions open their own screen instead.
import { useId, useState } from 'react';
import type { SimpleActionType } from '../../jmap/object-types';
import { Link } from '@tanstack/react-router';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ACTION_COPY } from './action-copy';
import type { ActionVariantView } from './action-groups';
import { formatRunTime } from './format-time';
import { useActionHistory } from './use-action-history';
import { useRunAction } from './use-run-action';

const DIAGNOSTIC = new Set(['ClassifySpam', 'TroubleshootDmarc']);

export function ActionItem({ variant }: { variant: ActionVariantView }) {
  const copy = ACTION_COPY[variant.type];
  const headingId = useId();
  const descriptionId = useId();
  return (
    <li className="actions-item">
      <div>
        <h3 id={headingId}>{variant.name}</h3>
        <p id={descriptionId} className="actions-item__description">
          {copy.description}
        </p>
      </div>
      {DIAGNOSTIC.has(variant.type) ? (
        <div className="actions-item__run">
          <Link
            to="/management/actions"
            search={{ run: variant.type }}
            className="button button--secondary actions-link-button"
            aria-describedby={descriptionId}
          >
            {copy.button}
          </Link>
        </div>
      ) : (
        <RunButton type={variant.type as SimpleActionType} descriptionId={descriptionId} />
      )}
    </li>
  );
}

function RunButton({ type, descriptionId }: { type: SimpleActionType; descriptionId: string }) {
  const copy = ACTION_COPY[type];
  const mutation = useRunAction();
  const runs = useActionHistory();
  const [confirming, setConfirming] = useState(false);
  const last = runs.find((run) => run.type === type);

  const run = () => {
    setConfirming(false);
    mutation.mutate({ create: { '@type': type } });
  };

  let outcome = '';
  if (mutation.isPending) outcome = 'Running…';
  else if (mutation.isError) outcome = `Failed: ${mutation.error instanceof Error ? mutation.error.message : String(mutation.error)}`;
  else if (last) {
    outcome = last.outcome.ok
      ? `Done at ${formatRunTime(last.at)}.`
      : `Failed at ${formatRunTime(last.at)}: ${last.outcome.message}`;
  }
  const failed = !mutation.isPending && (mutation.isError || (last !== undefined && !last.outcome.ok));

  return (
    <div className="actions-item__run">
      <Button
        variant={copy.confirm ? 'danger' : 'primary'}
        onClick={() => (copy.confirm ? setConfirming(true) : run())}
        disabled={mutation.isPending}
        aria-describedby={descriptionId}
      >
        {copy.button}
      </Button>
      <p className={`actions-item__outcome${failed ? ' actions-outcome--failed' : ''}`} role="status">
        {outcome}
      </p>
      {copy.confirm && (
        <ConfirmDialog
          open={confirming}
          title={copy.confirm.title}
          message={copy.confirm.message}
          confirmLabel={copy.confirm.confirmLabel}
          danger
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
