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

export default function AuthenticatedApp({ login }: { login: Login }) {
  const [queryClient] = useState(() => createAppQueryClient(expireSession));
  // Leaving the signed-in tree (sign-out, expiry) drops every cached answer with it.
  useEffect(() => () => queryClient.clear(), [queryClient]);
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
