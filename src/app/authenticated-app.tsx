// Everything behind the login screen, loaded as its own chunk after sign-in (the router, TanStack
// Query, the JMAP client and zod come with it, not with the login screen).

import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ConnectionProvider } from '../session/connection-provider';
import { expireSession } from '../session/expire-session';
import type { Login } from '../session/login-store';
import { createAppQueryClient } from './query-client';
import { appRouter } from './router';
import { routes } from './routes';

/** Loads the current address's page code ahead of the first render. */
export function preloadRoute(): Promise<void> {
  return appRouter().load();
}

export default function AuthenticatedApp({ login }: { login: Login }) {
  const [queryClient] = useState(() => createAppQueryClient(expireSession));
  // Leaving the signed-in tree (sign-out, expiry) drops every cached answer with it.
  useEffect(() => () => queryClient.clear(), [queryClient]);
  // Fetch the other screens' code once the browser is idle, so moving between them never waits.
  useEffect(() => {
    const preloadAll = () => routes.forEach((route) => void route.page.preload().catch(() => undefined));
    const idle = window.requestIdleCallback?.(preloadAll, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(preloadAll, 500) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider login={login}>
        <RouterProvider router={appRouter()} />
      </ConnectionProvider>
    </QueryClientProvider>
  );
}
