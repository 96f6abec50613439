// Delete, after a confirmation that names the rule.
import { useState } from 'react';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useDeleteRule } from './spam-rule-mutations';

export function DeleteRuleButton({ rule }: { rule: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteRule();
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button size="small" aria-label={`Delete rule ${rule.name}`} onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete rule"
        danger
        busy={remove.isPending}
        confirmLabel="Delete"
        onCancel={close}
        onConfirm={() => remove.mutate(rule.id, { onSuccess: close })}
        message={
          <>
            <p>
              Delete the rule <strong>{rule.name}</strong>? Messages will no longer be tagged by it.
            </p>
            {remove.isError && <p role="alert">{remove.error.message}</p>}
          </>
        }
      />
    </>
  );
}
