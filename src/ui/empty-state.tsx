import type { ReactNode } from 'react';

/** What a list shows when it has nothing, with an optional next step (e.g. "Create a milter"). */
export function EmptyState({ message, action }: { message: string; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__message">{message}</p>
      {action}
    </div>
  );
}
