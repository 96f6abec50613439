// Shown when a save hits stateMismatch: which fields changed on the server, their value there vs
// the person's, and the two ways out: take the server's values, or save over them.
import { useEffect, useId, useRef } from 'react';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { formatFieldValue } from './format-value';

interface ConflictDialogProps {
  fields: readonly FieldDescriptor[];
  changedFields: readonly string[];
  serverModel: Record<string, unknown>;
  mine: Record<string, unknown>;
  onReload: () => void;
  onOverwrite: () => void;
  /** Escape: close and keep editing; the next save will meet the conflict again. */
  onDismiss: () => void;
}

export function ConflictDialog({ fields, changedFields, serverModel, mine, onReload, onOverwrite, onDismiss }: ConflictDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // showModal makes the rest of the page inert and keeps focus inside the dialog.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const byName = new Map(fields.map((f) => [f.name, f]));
  return (
    <dialog
      ref={ref}
      className="pm-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      <h2 id={titleId} className="pm-dialog__title">
        Changed by someone else
      </h2>
      <p id={textId}>
        While you were editing, these settings were changed on the server. Reload to discard your changes and show the
        server's values, or overwrite to save your values over them.
      </p>
      {changedFields.length > 0 && (
        <table className="pm-conflict">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">On the server</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {changedFields.map((name) => {
              const field = byName.get(name);
              return (
                <tr key={name}>
                  <th scope="row">{field?.label ?? name}</th>
                  <td>{formatFieldValue(field, serverModel[name])}</td>
                  <td>{formatFieldValue(field, mine[name])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="pm-dialog__actions">
        <button type="button" className="pm-button" onClick={onReload}>
          Reload
        </button>
        <button type="button" className="pm-button pm-button--danger" onClick={onOverwrite}>
          Overwrite
        </button>
      </div>
    </dialog>
  );
}
