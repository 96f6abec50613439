// Delete, after a confirmation that names the object; the dialog stays open with the server's
// message when the delete fails.
import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';

export interface DeleteButtonProps {
  id: string;
  /** What the object is, e.g. "milter": in the button's name, the dialog's title and its question. */
  noun: string;
  /** Which one it is, as the person knows it. */
  name: string;
  /** What deleting it changes, after the question. */
  consequence: string;
  /** The delete mutation; it throws with the message to show. */
  remove: UseMutationResult<void, Error, string>;
}

export function DeleteButton({ id, noun, name, consequence, remove }: DeleteButtonProps) {
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button size="small" aria-label={`Delete ${noun} ${name}`} onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${noun}`}
        danger
        busy={remove.isPending}
        confirmLabel="Delete"
        onCancel={close}
        onConfirm={() => remove.mutate(id, { onSuccess: close })}
        message={
          <>
            <p>
              Delete the {noun} <strong>{name}</strong>? {consequence}
            </p>
            {remove.isError && <p role="alert">{remove.error.message}</p>}
          </>
        }
      />
    </>
  );
}
