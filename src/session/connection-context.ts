import { createContext, useContext } from 'react';
import type { Edition } from '../jmap/account';
import type { Session } from '../jmap/session';
import type { JmapClient } from '../jmap/client';

export interface Connection {
  client: JmapClient;
  session: Session;
  /** The account every `x:` call runs against (the session's primary account). */
  accountId: string;
  username: string;
  permissions: ReadonlySet<string>;
  edition: Edition;
  locale: string;
  /** Signs out: forgets the credentials and every cached answer, then shows the login screen. */
  logout: () => void;
}

export const ConnectionContext = createContext<Connection | null>(null);

/** The signed-in connection. Only for components rendered inside ConnectionProvider. */
export function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (connection === null) throw new Error('useConnection() is used outside <ConnectionProvider>');
  return connection;
}

/** Whether the signed-in person holds a permission, e.g. useCan('sysMtaMilterCreate'). */
export function useCan(permission: string): boolean {
  return useConnection().permissions.has(permission);
}
