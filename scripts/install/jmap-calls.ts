// The few JMAP requests the installer makes, over fetch, with the server's answers explained.
export class InstallError extends Error {}

interface Session {
  apiUrl: string;
  primaryAccounts: Record<string, string>;
  accounts: Record<string, unknown>;
}

function explainStatus(status: number, what: string): string {
  if (status === 401) return `${what}: the server refused the credentials (401).`;
  if (status === 402) return `${what}: this account uses two-factor authentication (402); use an API key (STALWART_TOKEN) or an app password.`;
  if (status === 403 || status === 429) return `${what}: too many failed sign-ins from this address (${status}); wait and try again.`;
  return `${what}: the server answered HTTP ${status}.`;
}

async function send(url: string, init: RequestInit, what: string): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    throw new InstallError(`${what}: cannot reach ${new URL(url).origin} (${err instanceof Error ? (err.cause as Error | undefined)?.message ?? err.message : String(err)}).`);
  }
}

export class JmapConnection {
  private constructor(
    private readonly apiUrl: string,
    private readonly accountId: string,
    private readonly authorization: string,
  ) {}

  static async open(server: string, authorization: string): Promise<JmapConnection> {
    const res = await send(`${server}/jmap/session`, { headers: { Authorization: authorization } }, 'Signing in');
    if (!res.ok) throw new InstallError(explainStatus(res.status, 'Signing in'));
    const session = (await res.json()) as Session;
    const accountId = session.primaryAccounts['urn:stalwart:jmap'] ?? Object.keys(session.accounts)[0];
    // The session's apiUrl carries the host the server saw; keep the origin the user gave.
    const api = new URL(session.apiUrl);
    return new JmapConnection(`${server}${api.pathname}`, accountId, authorization);
  }

  /** Runs one method call and returns its arguments; a method error becomes an InstallError. */
  async call(method: string, args: Record<string, unknown>): Promise<Record<string, any>> {
    const body = JSON.stringify({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: [[method, { accountId: this.accountId, ...args }, '0']] });
    const res = await send(this.apiUrl, { method: 'POST', headers: { Authorization: this.authorization, 'Content-Type': 'application/json' }, body }, method);
    if (!res.ok) throw new InstallError(explainStatus(res.status, method));
    const [[name, result]] = ((await res.json()) as { methodResponses: [string, Record<string, any>, string][] }).methodResponses;
    if (name === 'error') throw new InstallError(`${method}: ${result.type}${result.description ? ` (${result.description})` : ''}.`);
    return result;
  }
}
