import type { MouseEvent, ReactNode } from 'react';
import { Sidebar } from './sidebar';

// With <base href="/prefix/"> a bare "#main" would resolve to the prefix's root page, so the skip
// link moves focus itself instead of following the fragment.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** The signed-in shell: skip link, sidebar, and the page area. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
