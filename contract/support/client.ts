// A minimal JMAP client for the contract suite: plain fetch, the session's API path on the
// server given on the command line (a server behind a proxy may advertise another origin).
import { contractOptions } from './options';

export const CORE = 'urn:ietf:params:jmap:core';
export const STALWART = 'urn:stalwart:jmap';
export const BLOB = 'urn:ietf:params:jmap:blob';
export const USING = [CORE, STALWART];

export type Invocation = [string, Record<string, any>, string];

export interface Session {
  apiUrl: string;
  accountId: string;
  capabilities: Record<string, any>;
  raw: Record<string, any>;
}

const options = contractOptions();
let session: Promise<Session> | null = null;

export function request(path: string, init: RequestInit = {}, authorized = true): Promise<Response> {
  const headers = new Headers(init.headers);
  if (authorized) headers.set('authorization', options.authorization);
  return fetch(`${options.server}${path}`, { redirect: 'manual', ...init, headers });
}

export function getSession(): Promise<Session> {
  session ??= (async () => {
    const res = await request('/jmap/session');
    if (res.status !== 200) throw new Error(`GET /jmap/session answered HTTP ${res.status}: check the URL and the credentials.`);
    const raw = (await res.json()) as Record<string, any>;
    const accountId = raw.primaryAccounts?.[STALWART] ?? raw.primaryAccounts?.[CORE] ?? Object.keys(raw.accounts ?? {})[0];
    return { apiUrl: new URL(raw.apiUrl, options.server).pathname, accountId, capabilities: raw.capabilities, raw };
  })();
  return session;
}

/** Posts method calls; returns the method responses (throws on an HTTP error). */
export async function call(calls: Invocation[], using: string[] = USING): Promise<Invocation[]> {
  const { apiUrl } = await getSession();
  const res = await request(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ using, methodCalls: calls }) });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`POST ${apiUrl} answered HTTP ${res.status}: ${text}`);
  return (JSON.parse(text) as { methodResponses: Invocation[] }).methodResponses;
}

/** One call with the caller's account; returns [name, arguments]. */
export async function one(name: string, args: Record<string, unknown> = {}): Promise<[string, Record<string, any>]> {
  const { accountId } = await getSession();
  const [[responseName, body]] = await call([[name, { accountId, ...args }, 'c0']]);
  return [responseName, body];
}

/** One call that must succeed; returns its arguments. */
export async function ok(name: string, args: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const [responseName, body] = await one(name, args);
  if (responseName !== name) throw new Error(`${name} answered ${responseName}: ${JSON.stringify(body)}`);
  return body;
}

/** One call that must fail with a method error; returns the error. */
export async function methodError(name: string, args: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const [responseName, body] = await one(name, args);
  if (responseName !== 'error') throw new Error(`${name} was expected to fail but answered ${JSON.stringify(body)}`);
  return body;
}
