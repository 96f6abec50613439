import type { ReactNode } from 'react';
import { Sidebar } from './sidebar';

/** The signed-in shell: skip link, sidebar, and the page area. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
