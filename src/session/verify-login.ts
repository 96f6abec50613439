// Loaded only when the person presses "Sign in": it pulls in the JMAP client (and zod with it),
// which the login screen's first load does not need.

import { createJmapClient } from '../jmap/client';
import type { JmapError } from '../jmap/errors';
import type { Login } from './login-store';

/** Fetches the JMAP session with the credentials; ok means the server accepted them. */
export async function verifyLogin(login: Login): Promise<{ ok: true } | { ok: false; error: JmapError }> {
  const client = createJmapClient({ serverUrl: login.serverUrl, credentials: login.credentials });
  const session = await client.getSession();
  return session.ok ? { ok: true } : { ok: false, error: session.error };
}
