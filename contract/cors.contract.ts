// CORS: a real server never reflects the request's Origin; it sends nothing, or "*" when it is
// configured with permissive CORS. The console is served same-origin and needs neither.
import { describe, expect, it } from 'vitest';
import { getSession, request } from './support/client';

describe('CORS', () => {
  it('never reflects the Origin', async () => {
    const { apiUrl } = await getSession();
    const origin = 'https://postmaster-contract.invalid';
    for (const res of [await request('/jmap/session', { headers: { origin } }), await request(apiUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }, false)]) {
      const allowed = res.headers.get('access-control-allow-origin');
      expect([null, '*']).toContain(allowed);
    }
  });
});
