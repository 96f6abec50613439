// Discovery, the session and the account: what the console reads before anything else.
import { describe, expect, it } from 'vitest';
import { CORE, STALWART, getSession, request } from './support/client';

describe('session and account', () => {
  it('redirects /.well-known/jmap to the session', async () => {
    const res = await request('/.well-known/jmap', {}, false);
    expect([301, 302, 307, 308]).toContain(res.status);
    expect(res.headers.get('location')).toMatch(/\/jmap\/session$/);
  });

  it('answers 401 without credentials', async () => {
    const res = await request('/jmap/session', {}, false);
    expect(res.status).toBe(401);
  });

  it('serves a session with the core and Stalwart capabilities and a primary account', async () => {
    const session = await getSession();
    expect(session.capabilities).toHaveProperty([CORE]);
    expect(session.capabilities).toHaveProperty([STALWART]);
    expect(session.capabilities[CORE]).toMatchObject({ maxObjectsInGet: expect.any(Number), maxObjectsInSet: expect.any(Number), maxCallsInRequest: expect.any(Number) });
    expect(typeof session.accountId).toBe('string');
    expect(session.apiUrl).toMatch(/\/jmap\/?$/);
    expect(session.raw.downloadUrl).toContain('{blobId}');
  });

  it('lists the caller\'s permissions in camelCase at /api/account', async () => {
    const res = await request('/api/account');
    expect(res.status).toBe(200);
    const account = (await res.json()) as { permissions: string[] };
    expect(Array.isArray(account.permissions)).toBe(true);
    for (const p of account.permissions) expect(p).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
});
