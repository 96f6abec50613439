// A recorded run opened again, in a modal native <dialog> (focus trapped by the browser, Escape closes).
import { useEffect, useId, useRef } from 'react';
import { actionVariant } from '../../schema/action';
import { Button } from '../../ui/button';
import type { ActionRun } from './action-history';
import { formatRunTime } from './format-time';
import { RunDetails } from './run-details';
import { runSummary } from './run-summary';

export function RunDialog({ run, onClose }: { run: ActionRun; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    closeRef.current?.focus();
    return () => {
      dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog actions-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="actions-dialog__header">
        <h2 id={titleId}>{actionVariant(run.type).label}</h2>
        <Button ref={closeRef} onClick={onClose}>
          Close
        </Button>
      </div>
      <p>
        Run at {formatRunTime(run.at)} by {run.username}: {runSummary(run)}
      </p>
      <RunDetails run={run} headingLevel={3} />
    </dialog>
  );
}
