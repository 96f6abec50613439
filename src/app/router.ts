// The console's router: TanStack Router on the shared browser history (so the sign-in screens,
// which load without it, and its blockers use the same entries), under the prefix the console is
// served at (document.baseURI), with plain query strings (?rcpt=a&page=2, not JSON values).
import { createRouter } from '@tanstack/react-router';
import { appHistory } from '../router/app-history';
import { basePath } from '../router/base-path';
import { PageError } from './page-error-boundary';
import { routeTree } from './route-tree';

function parseSearch(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

function createAppRouter() {
  return createRouter({
    routeTree,
    history: appHistory(),
    basepath: basePath() || '/',
    parseSearch,
    stringifySearch,
    // Hovering or focusing a link fetches its page's code, so the click shows it at once.
    defaultPreload: 'intent',
    defaultErrorComponent: PageError,
  });
}

let router: ReturnType<typeof createAppRouter> | undefined;

/** The one router, made on first use (after sign-in). */
export function appRouter() {
  return (router ??= createAppRouter());
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
