// Navigation for code outside the router (sign-in, sign-out, session expiry, after a create):
// it goes through the shared history, so the router follows and unsaved-changes blockers apply.
import type { RouterHistory } from '@tanstack/history';
import { appHistory } from './app-history';
import { toRealPath } from './base-path';

export interface NavigateOptions {
  replace?: boolean;
}

/** How the current entry was reached: the page load, or an in-app push, replace or back/forward. */
export type NavigationType = 'initial' | 'push' | 'replace' | 'pop';

let lastNavigation: NavigationType = 'initial';
let watched: RouterHistory | undefined;
// Pending navigate() calls by destination, told when the person chose to stay instead.
const blockedListeners = new Map<() => void, string>();

function history(): RouterHistory {
  const current = appHistory();
  if (watched !== current) {
    watched = current;
    current.subscribe(({ action }) => {
      lastNavigation = action.type === 'PUSH' ? 'push' : action.type === 'REPLACE' ? 'replace' : 'pop';
    });
  }
  return current;
}

export function getNavigationType(): NavigationType {
  return lastNavigation;
}

/** Called by the unsaved-changes blocker when the person chose to stay instead of going to `href`. */
export function reportBlocked(href: string): void {
  for (const [listener, destination] of [...blockedListeners]) if (destination === href) listener();
}

/** In-app navigation to a route path. Resolves false when the person chose to stay on a page with unsaved changes. */
export function navigate(to: string, options: NavigateOptions = {}): Promise<boolean> {
  const current = history();
  const href = toRealPath(to);
  return new Promise((resolve) => {
    const settle = (moved: boolean) => {
      stopMoved();
      blockedListeners.delete(stayed);
      resolve(moved);
    };
    const stayed = () => settle(false);
    const stopMoved = current.subscribe(() => settle(true));
    blockedListeners.set(stayed, href);
    if (options.replace) current.replace(href, {});
    else current.push(href, {});
  });
}

/** Leaves blockers aside: used when the session ends and the page must go regardless. */
export function forceNavigate(to: string, options: NavigateOptions = {}): void {
  const current = history();
  if (options.replace) current.replace(toRealPath(to), {}, { ignoreBlocker: true });
  else current.push(toRealPath(to), {}, { ignoreBlocker: true });
}
