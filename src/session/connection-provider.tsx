import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { AccountInfo } from '../jmap/account';
import { createJmapClient } from '../jmap/client';
import { unwrap } from '../jmap/failure';
import type { Session } from '../jmap/session';
import { navigate } from '../router/navigation';
import { Button } from '../ui/button';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/spinner';
import { ConnectionContext, type Connection } from './connection-context';
import { expireSession } from './expire-session';
import { getLogin, type Login } from './login-store';
import { refreshingFetch, useTokenRefreshSchedule } from './oauth/token-keeper';
import { loginUrl } from './return-path';
import { signOutEverywhere } from './sign-out';

interface ConnectionInfo {
  session: Session;
  account: AccountInfo;
}

/**
 * Builds the JMAP client for the stored sign-in, loads the session and the account's permissions,
 * and provides them to everything below. Any 401 the client meets ends the session.
 */
export function ConnectionProvider({ login, children }: { login: Login; children: ReactNode }) {
  const queryClient = useQueryClient();
  const { id, serverUrl, credentials } = login;
  // One client per sign-in: renewed tokens are read at each request, not baked in.
  const client = useMemo(
    () =>
      createJmapClient({
        serverUrl,
        credentials: () => (getLogin()?.id === id ? getLogin()!.credentials : credentials),
        fetch: refreshingFetch,
        onUnauthorized: expireSession,
      }),
    // Not keyed on credentials: they change with each renewal.
    [id, serverUrl],
  );
  useTokenRefreshSchedule(login);

  const info = useQuery({
    queryKey: ['connection'],
    queryFn: async (): Promise<ConnectionInfo> => {
      const [session, account] = await Promise.all([client.getSession(), client.getAccountInfo()]);
      return { session: unwrap(session), account: unwrap(account) };
    },
    // Permissions rarely change; a reload or a new sign-in reads them again.
    staleTime: Infinity,
  });

  const logout = useCallback(() => {
    void (async () => {
      // Unsaved changes get their chance to keep the person here first.
      if (!(await navigate(loginUrl(undefined, 'signedOut')))) return;
      queryClient.clear();
      signOutEverywhere();
    })();
  }, [queryClient]);

  const connection = useMemo<Connection | null>(() => {
    if (!info.data) return null;
    const { session, account } = info.data;
    return {
      client,
      session,
      accountId: session.accountId,
      username: session.username,
      permissions: new Set(account.permissions),
      edition: account.edition,
      locale: account.locale,
      logout,
    };
  }, [client, info.data, logout]);

  if (connection) return <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>;

  return (
    <main className="login">
      <div className="login__card">
        <h1>Postmaster</h1>
        {info.isError ? (
          <ErrorBanner
            title="Cannot connect to the server"
            error={info.error}
            action={
              <Button size="small" onClick={() => void info.refetch()}>
                Try again
              </Button>
            }
          />
        ) : (
          <Loading label="Connecting to the server…" />
        )}
        {info.isError && <Button onClick={logout}>Sign out</Button>}
      </div>
    </main>
  );
}
