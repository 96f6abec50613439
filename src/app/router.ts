// The console's router: TanStack Router over the browser history, under the prefix the console is
// served at (document.baseURI), with plain query strings (?rcpt=a&page=2, not JSON values).
import { createRouter } from '@tanstack/react-router';
import { basePath } from '../router/base-path';
import { setAppRouter } from '../router/navigation';
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

export function createAppRouter() {
  const router = createRouter({
    routeTree,
    basepath: basePath() || '/',
    parseSearch,
    stringifySearch,
    // Hovering or focusing a link fetches its page's code, so the click shows it at once.
    defaultPreload: 'intent',
    defaultErrorComponent: PageError,
  });
  setAppRouter(router);
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
