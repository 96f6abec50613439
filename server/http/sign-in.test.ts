// Failed sign-ins over HTTP: 401 under the rate, 429 for the failure that crosses it, then 403
// for every request from the banned address (API and console alike) until the ban ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basic, startTestSandbox, type TestSandbox } from './test-harness';

let sb: TestSandbox | null = null;
afterEach(async () => {
  await sb?.close();
  sb = null;
});

const session = (auth?: string) => fetch(`${sb!.url}/jmap/session`, { headers: auth ? { authorization: auth } : {} });

describe('failed sign-ins', () => {
  it('bans the IP past --auth-ban-rate: 429 "Too Many Authentication Attempts", then 403 for anything', async () => {
    sb = await startTestSandbox({ authBanRate: { count: 5, periodMs: 60_000 }, authFailureDelay: false });
    for (let i = 0; i < 5; i++) expect((await session(basic('admin', `wrong${i}`))).status).toBe(401);
    // Requests without credentials are not failed sign-ins: the session is the anonymous one.
    expect((await session()).status).toBe(200);
    const banned = await session(basic('admin', 'wrong'));
    expect(banned.status).toBe(429);
    expect(await banned.json()).toMatchObject({ status: 429, title: 'Too Many Authentication Attempts' });
    const later = await session(basic('admin', 'admin'));
    expect(later.status).toBe(403);
    expect(later.headers.get('content-type')).toBe('application/problem+json');
    expect(await later.json()).toEqual({ type: 'about:blank', status: 403, title: 'Forbidden', detail: 'Forbidden' });
    expect((await fetch(`${sb.url}/`)).status).toBe(403);
  });

  it('counts bad API keys too, and lifts the ban after --auth-ban-period', async () => {
    sb = await startTestSandbox({ authBanRate: { count: 2, periodMs: 60_000 }, authBanPeriodMs: 400, authFailureDelay: false });
    const wrongKey = `Bearer ${sb.apiKeys.admin.slice(0, -4)}AAAA`;
    expect((await session(wrongKey)).status).toBe(401);
    expect((await session('Bearer not-a-key')).status).toBe(401);
    expect((await session(wrongKey)).status).toBe(429);
    expect((await session(`Bearer ${sb.apiKeys.admin}`)).status).toBe(403);
    await vi.waitFor(async () => expect((await session(`Bearer ${sb!.apiKeys.admin}`)).status).toBe(200), { timeout: 5000, interval: 100 });
  });

  it('never bans with the rate off', async () => {
    sb = await startTestSandbox({ authBanRate: null, authFailureDelay: false });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => session(basic('admin', `x${i}`)).then((r) => r.status)));
    expect(new Set(answers)).toEqual(new Set([401]));
    expect((await session(basic('admin', 'admin'))).status).toBe(200);
  });
});
