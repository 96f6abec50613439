// One action: what it does, its button (after a confirmation when disruptive) and its last outcome.
// A diagnostic variant opens its own screen instead.
import { useId, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { isDiagnosticAction, type ActionVariant, type SimpleActionType } from '../../schema/action';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatRunTime } from './format-time';
import { useActionHistory } from './use-action-history';
import { useRunAction } from './use-run-action';

export function ActionItem({ variant }: { variant: ActionVariant }) {
  const type = variant.type;
  const headingId = useId();
  const descriptionId = useId();
  return (
    <li className="actions-item">
      <div>
        <h3 id={headingId}>{variant.name}</h3>
        <p id={descriptionId} className="actions-item__description">
          {variant.description}
        </p>
      </div>
      {isDiagnosticAction(type) ? (
        <div className="actions-item__run">
          <Link
            to="/management/actions"
            search={{ run: type }}
            className="button button--secondary actions-link-button"
            aria-describedby={descriptionId}
          >
            {variant.button}
          </Link>
        </div>
      ) : (
        <RunButton variant={{ ...variant, type }} descriptionId={descriptionId} />
      )}
    </li>
  );
}

function RunButton({ variant, descriptionId }: { variant: ActionVariant & { type: SimpleActionType }; descriptionId: string }) {
  const { type, confirm } = variant;
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
        variant={confirm ? 'danger' : 'primary'}
        onClick={() => (confirm ? setConfirming(true) : run())}
        disabled={mutation.isPending}
        aria-describedby={descriptionId}
      >
        {variant.button}
      </Button>
      <p className={`actions-item__outcome${failed ? ' actions-outcome--failed' : ''}`} role="status">
        {outcome}
      </p>
      {confirm && (
        <ConfirmDialog
          open={confirming}
          title={confirm.title}
          message={confirm.message}
          confirmLabel={confirm.confirmLabel}
          danger
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
