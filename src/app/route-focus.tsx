import { useEffect, type ReactNode } from 'react';

let firstPage = true;

/**
 * Mounted once per page (the outlet keys it by path). After an in-app navigation it moves focus to
 * the new page's heading (or main) so keyboard and screen reader users start at the new content,
 * as a full page load would. The first page of a visit keeps the browser's default focus.
 */
export function RouteFocus({ children }: { children: ReactNode }) {
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, []);
  return children;
}
