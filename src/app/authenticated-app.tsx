// Everything behind the login screen, loaded as its own chunk after sign-in (TanStack Query, the
// JMAP client and zod come with it, not with the login screen).

import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ConnectionProvider } from '../session/connection-provider';
import { expireSession } from '../session/expire-session';
import type { Login } from '../session/login-store';
import { ExpressionEditorProvider } from '../expression-editor/expression-editor-provider';
import { AppLayout } from './app-layout';
import { NavigationConfirmHost } from './navigation-confirm-host';
import { createAppQueryClient } from './query-client';
import { RouteOutlet } from './route-outlet';
import { routes } from './routes';

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
        <AppLayout>
          <ExpressionEditorProvider>
            <RouteOutlet />
          </ExpressionEditorProvider>
        </AppLayout>
        <NavigationConfirmHost />
      </ConnectionProvider>
    </QueryClientProvider>
  );
}
