import { useEffect, useState } from 'react';
import { setNavigationConfirmer } from '../router/navigation-confirm';
import { ConfirmDialog } from '../ui/confirm-dialog';

interface Pending {
  message: string;
  resolve: (leave: boolean) => void;
}

/** Replaces window.confirm for "leave with unsaved changes?" with the app's accessible dialog. */
export function NavigationConfirmHost() {
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(
    () =>
      setNavigationConfirmer(
        (message) =>
          new Promise<boolean>((resolve) => {
            setPending((current) => {
              // A second navigation while asking: the first one stays where it is.
              current?.resolve(false);
              return { message, resolve };
            });
          }),
      ),
    [],
  );

  const answer = (leave: boolean) => {
    pending?.resolve(leave);
    setPending(null);
  };

  return (
    <ConfirmDialog
      open={pending !== null}
      title="Leave this page?"
      message={<p>{pending?.message}</p>}
      confirmLabel="Leave page"
      cancelLabel="Stay on page"
      danger
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );
}
