// Shown when a save finds the object changed by someone else since it was loaded: per changed
// field their value beside yours, each row a choice, and three ways on: keep theirs, keep yours,
// or save the merge of the rows as chosen. Escape closes it and keeps editing (nothing is sent).
import { useEffect, useId, useRef, useState } from 'react';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { allOneSide, type ConflictSide, initialChoices, mergeChoices } from './conflict-merge';
import { formatFieldValue } from './format-value';

type Model = Record<string, unknown>;

interface ConflictDialogProps {
  fields: readonly FieldDescriptor[];
  changedFields: readonly string[];
  editedFields: readonly string[];
  serverModel: Model;
  mine: Model;
  /** The values to save, chosen against the server's copy. */
  onResolve: (values: Model) => void;
  onDismiss: () => void;
}

export function ConflictDialog({ fields, changedFields, editedFields, serverModel, mine, onResolve, onDismiss }: ConflictDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const [choices, setChoices] = useState(() => initialChoices(changedFields, editedFields));
  useEffect(() => {
    const dialog = ref.current;
    // showModal makes the rest of the page inert and keeps focus inside the dialog.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const resolve = (picked: Record<string, ConflictSide>) => onResolve(mergeChoices(mine, serverModel, picked));

  return (
    <dialog
      ref={ref}
      className="pm-dialog pm-dialog--wide"
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
        While you were editing, someone else saved changes to these fields. Nothing of yours has been saved yet. Keep their
        values, keep yours, or choose per field and save the merge. Your other changes are saved either way.
      </p>
      {changedFields.length > 0 && (
        <table className="pm-conflict">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Theirs (on the server)</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {changedFields.map((name) => {
              const field = byName.get(name);
              const label = field?.label ?? name;
              const cell = (side: ConflictSide, value: unknown) => (
                <td>
                  <label className="pm-conflict__choice">
                    <input
                      type="radio"
                      name={`${textId}-${name}`}
                      checked={choices[name] === side}
                      onChange={() => setChoices((current) => ({ ...current, [name]: side }))}
                    />
                    <span className="visually-hidden">{`${side === 'theirs' ? 'Theirs' : 'Yours'} for ${label}: `}</span>
                    <span>{formatFieldValue(field, value)}</span>
                  </label>
                </td>
              );
              return (
                <tr key={name}>
                  <th scope="row">{label}</th>
                  {cell('theirs', serverModel[name])}
                  {cell('yours', mine[name])}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="pm-dialog__actions">
        <button type="button" className="pm-button pm-button--primary" onClick={() => resolve(choices)}>
          Save merged
        </button>
        <button type="button" className="pm-button" onClick={() => resolve(allOneSide(changedFields, 'theirs'))}>
          Keep theirs
        </button>
        <button type="button" className="pm-button" onClick={() => resolve(allOneSide(changedFields, 'yours'))}>
          Keep yours
        </button>
        <button type="button" className="pm-button" onClick={onDismiss}>
          Keep editing
        </button>
      </div>
    </dialog>
  );
}
