// The JMAP API called directly, as another administrator would: to set up objects and to check
// what a screen saved. Works against the shared sandbox (the request's baseURL).
import { expect, type APIRequestContext } from '@playwright/test';

const ADMIN = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
const USING = ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'];

/** Sends [name, args, callId] calls with the admin's accountId filled in; answers the methodResponses. */
export async function jmap(request: APIRequestContext, calls: unknown[][]): Promise<unknown[][]> {
  const session = await request.get('/jmap/session', { headers: { Authorization: ADMIN } });
  const accountId = (await session.json()).primaryAccounts['urn:stalwart:jmap'] as string;
  const withAccount = calls.map(([name, args, id]) => [name, { accountId, ...(args as object) }, id]);
  const response = await request.post('/jmap/', {
    headers: { Authorization: ADMIN, 'Content-Type': 'application/json' },
    data: { using: USING, methodCalls: withAccount },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).methodResponses;
}

/**
 * Runs [method, args] calls (call ids filled in) and answers each response's arguments, failing the
 * test on any method error.
 */
export async function jmapArgs(request: APIRequestContext, calls: Array<[string, Record<string, unknown>]>): Promise<unknown[]> {
  const responses = await jmap(request, calls.map(([method, args], i) => [method, args, String(i)]));
  for (const [name, args] of responses) expect(name, JSON.stringify(args)).not.toBe('error');
  return responses.map(([, args]) => args);
}

/** Creates one object of `type` and answers its id (failing the test if the server refused it). */
export async function createByApi(request: APIRequestContext, type: string, object: Record<string, unknown>): Promise<string> {
  const [[, result]] = await jmap(request, [[`${type}/set`, { create: { c: object } }, '0']]);
  const id = (result as { created?: Record<string, { id: string }> }).created?.c?.id;
  expect(id, JSON.stringify(result)).toBeTruthy();
  return id as string;
}

/** One object of `type` as the server has it now (undefined: there is none with that id). */
export async function getByApi(request: APIRequestContext, type: string, id: string): Promise<Record<string, unknown> | undefined> {
  const [[, result]] = await jmap(request, [[`${type}/get`, { ids: [id] }, '0']]);
  return (result as { list: Record<string, unknown>[] }).list[0];
}
