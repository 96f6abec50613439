import { useEffect, type ReactNode } from 'react';
import { getNavigationType } from '../router/navigation';

/**
 * Mounted once per page (the outlet keys it by path). After a link click or Back/Forward it moves
 * focus to the new page's heading (or main) so keyboard and screen reader users start at the new
 * content, as a full page load would. Page loads and redirects keep the browser's default focus.
 */
export function RouteFocus({ children }: { children: ReactNode }) {
  useEffect(() => {
    const type = getNavigationType();
    if (type !== 'push' && type !== 'pop') return;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, []);
  return children;
}
