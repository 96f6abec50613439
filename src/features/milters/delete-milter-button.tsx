// Delete, after a confirmation that names the milter.
import { useState } from 'react';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useDeleteMilter } from './milter-mutations';
import { milterLabel } from './milter-paths';

export function DeleteMilterButton({ milter }: { milter: { id: string; hostname: string; port: number } }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteMilter();
  const label = milterLabel(milter);
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button size="small" aria-label={`Delete milter ${label}`} onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete milter"
        danger
        busy={remove.isPending}
        confirmLabel="Delete"
        onCancel={close}
        onConfirm={() => remove.mutate(milter.id, { onSuccess: close })}
        message={
          <>
            <p>
              Delete the milter <strong>{label}</strong>? Messages will no longer be passed to it.
            </p>
            {remove.isError && <p role="alert">{remove.error.message}</p>}
          </>
        }
      />
    </>
  );
}
