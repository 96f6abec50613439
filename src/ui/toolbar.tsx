import type { ReactNode } from 'react';

/**
 * A row of filters and actions above a list. A labelled group rather than role="toolbar", which
 * would promise arrow-key navigation between its controls.
 */
export function Toolbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar" role="group" aria-label={label}>
      {children}
    </div>
  );
}
