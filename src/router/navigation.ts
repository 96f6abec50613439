// Navigation for code outside components (sign-in, sign-out, session expiry, after a create):
// the app registers its router here, so these modules need not import the app.
import type { AnyRouter } from '@tanstack/react-router';

export interface NavigateOptions {
  replace?: boolean;
}

/** How the current entry was reached: the page load, or an in-app push, replace or back/forward. */
export type NavigationType = 'initial' | 'push' | 'replace' | 'pop';

let router: AnyRouter | undefined;
let lastNavigation: NavigationType = 'initial';

function navigationType(action: { type: string }): NavigationType {
  if (action.type === 'PUSH') return 'push';
  if (action.type === 'REPLACE') return 'replace';
  return 'pop'; // BACK, FORWARD, GO
}

/** Called once by the app with the router it renders. */
export function setAppRouter(next: AnyRouter): void {
  router = next;
  next.history.subscribe(({ action }: { action: { type: string } }) => {
    lastNavigation = navigationType(action);
  });
}

function appRouter(): AnyRouter {
  if (!router) throw new Error('The router is not set up yet');
  return router;
}

export function getNavigationType(): NavigationType {
  return lastNavigation;
}

/** A route path with query and hash ("/sign-in?next=%2F") as the router's navigation options. */
function target(to: string) {
  const url = new URL(to, window.location.origin);
  return {
    to: url.pathname,
    search: Object.fromEntries(url.searchParams),
    hash: url.hash.slice(1),
  };
}

/** In-app navigation to a route path. Resolves false when the person chose to stay on a page with unsaved changes. */
export async function navigate(to: string, options: NavigateOptions = {}): Promise<boolean> {
  const current = appRouter();
  const before = current.history.location.href;
  const destination = target(to);
  await current.navigate({ ...destination, replace: options.replace });
  const after = current.history.location;
  // A blocked navigation leaves the address where it was.
  return after.href !== before || current.state.location.pathname === destination.to;
}

/** Leaves blockers aside: used when the session ends and the page must go regardless. */
export function forceNavigate(to: string, options: NavigateOptions = {}): void {
  void appRouter().navigate({ ...target(to), replace: options.replace, ignoreBlocker: true });
}
