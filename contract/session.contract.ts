// Discovery, the session and the account: what the console reads before anything else.
import { describe, expect, it } from 'vitest';
import { CORE, STALWART, getSession, request } from './support/client';

describe('session and account', () => {
  it('redirects /.well-known/jmap to the session', async () => {
    const res = await request('/.well-known/jmap', {}, false);
    expect([301, 302, 307, 308]).toContain(res.status);
    expect(res.headers.get('location')).toMatch(/\/jmap\/session$/);
  });

  it('serves an anonymous session, with no account, without credentials', async () => {
    const res = await request('/jmap/session', {}, false);
    expect(res.status).toBe(200);
    const anonymous = (await res.json()) as { accounts: object; primaryAccounts: object; username: string };
    expect(anonymous).toMatchObject({ accounts: {}, primaryAccounts: {}, username: '' });
  });

  it('answers 401 to wrong credentials', async () => {
    const res = await fetch(new URL('/jmap/session', process.env.CONTRACT_SERVER), { headers: { Authorization: `Basic ${Buffer.from('nobody@invalid:wrong').toString('base64')}` } });
    expect(res.status).toBe(401);
  });

  it('serves a session with the core capability and a primary account offering the Stalwart one', async () => {
    const session = await getSession();
    expect(session.capabilities).toHaveProperty([CORE]);
    // urn:stalwart:jmap is an account capability: a real server does not list it at the top.
    expect(session.capabilities).not.toHaveProperty([STALWART]);
    expect(session.raw.primaryAccounts).toHaveProperty([STALWART]);
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
