// The one browser history of the console. The sign-in screens navigate with it directly, so they
// load without the router; the router, which comes with the signed-in console, is built on it,
// so its links and the unsaved-changes blocker share the same entries and blockers.
import { createBrowserHistory, type RouterHistory } from '@tanstack/history';

let history: RouterHistory | undefined;

export function appHistory(): RouterHistory {
  return (history ??= createBrowserHistory());
}
