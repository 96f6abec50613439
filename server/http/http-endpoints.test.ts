import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseContentDisposition } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBlobLookup } from './blob-registry';
import { ACCOUNT, basic, startTestSandbox, type TestSandbox } from './test-harness';

let sb: TestSandbox;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'postmaster-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Postmaster</title>');
  writeFileSync(join(dist, 'assets', 'app-3f2a1b.js'), 'console.log(1)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  registerBlobLookup(async (blobId, ctx) =>
    blobId === 'test-blob' && ctx.user.permissions.has('sysMtaMilterCreate') ? { data: Buffer.from('raw bytes'), type: 'message/rfc822' } : null,
  );
  sb = await startTestSandbox({ demo: false, distDir: dist });
});
afterAll(() => sb.close());

const get = (path: string, auth?: string, init: RequestInit = {}) =>
  fetch(`${sb.url}${path}`, { redirect: 'manual', ...init, headers: { ...(auth ? { authorization: auth } : {}), ...(init.headers ?? {}) } });

describe('JMAP discovery and session', () => {
  it('redirects /.well-known/jmap to /jmap/session with 307', async () => {
    const res = await get('/.well-known/jmap');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/jmap/session');
  });

  it('serves the RFC 8620 session with absolute URLs built from Host', async () => {
    // fetch cannot set Host; node:http can.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(sb.url);
      const req = request({ hostname: url.hostname, port: url.port, path: '/jmap/session', headers: { host: 'console.test:4000', authorization: basic('support') } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    const session = JSON.parse(body);
    expect(Object.keys(session.capabilities['urn:ietf:params:jmap:core']).sort()).toEqual(
      ['collationAlgorithms', 'maxCallsInRequest', 'maxConcurrentRequests', 'maxConcurrentUpload', 'maxObjectsInGet', 'maxObjectsInSet', 'maxSizeRequest', 'maxSizeUpload'].sort(),
    );
    // urn:stalwart:jmap is an account capability on a real server (jmap/src/api/session.rs).
    expect(session.capabilities['urn:stalwart:jmap']).toBeUndefined();
    expect(session.accounts).toEqual({ [ACCOUNT.support]: expect.objectContaining({ name: 'support', isPersonal: true, isReadOnly: false }) });
    expect(session.accounts[ACCOUNT.support].accountCapabilities).toHaveProperty(['urn:stalwart:jmap']);
    expect(session.primaryAccounts).toEqual({ 'urn:stalwart:jmap': ACCOUNT.support, 'urn:ietf:params:jmap:blob': ACCOUNT.support });
    expect(session.username).toBe('support');
    expect(session.apiUrl).toBe('http://console.test:4000/jmap/');
    expect(session.downloadUrl).toBe('http://console.test:4000/jmap/download/{accountId}/{blobId}/{name}?accept={type}');
    expect(session.uploadUrl).toBe('http://console.test:4000/jmap/upload/{accountId}/');
    expect(session.eventSourceUrl).toMatch(/^http:\/\/console\.test:4000\/jmap\/eventsource\/\?types=\{types\}/);
    expect(session.state).toMatch(/^[0-9a-f]+$/);
  });
});

describe('authentication', () => {
  it('serves an anonymous session, with no account, to a request without credentials', async () => {
    const res = await get('/jmap/session', undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accounts: {}, primaryAccounts: {}, username: '' });
  });

  it.each([
    ['no credentials', undefined],
    ['a wrong password', basic('admin', 'wrong')],
    ['an unknown user', basic('nobody', 'x')],
    ['a malformed header', 'Basic'],
    ['a wrong API key', 'Bearer API_AAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a non-key bearer token', 'Bearer hello'],
  ])('answers 401 problem+json with both challenges for %s', async (_label, auth) => {
    const res = await get('/api/account', auth);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid or missing credentials.' });
    expect(res.headers.get('www-authenticate')).toBe(
      'Bearer realm="Stalwart Server", resource_metadata="/.well-known/oauth-protected-resource", Basic realm="Stalwart Server"',
    );
  });

  it('accepts each demo account API key as a Bearer token', async () => {
    for (const [user, key] of Object.entries(sb.apiKeys)) {
      const res = await get('/jmap/session', `Bearer ${key}`);
      expect(res.status, user).toBe(200);
      expect((await res.json()).username).toBe(user);
    }
  });
});

describe('/api/account', () => {
  it('lists the permissions of each demo role, without sysQueuedMessageCreate', async () => {
    const account = async (user: string) => (await get('/api/account', basic(user))).json();
    const admin = await account('admin');
    expect(admin).toMatchObject({ edition: 'oss', locale: 'en-US' });
    expect(admin.permissions).toEqual(expect.arrayContaining(['sysMtaMilterCreate', 'sysSpamSettingsUpdate', 'actionReloadSettings', 'sysQueuedMessageDestroy', 'sysSpamTagCreate', 'sysSpamTagUpdate', 'sysSpamTagDestroy']));
    expect(admin.permissions).not.toContain('sysQueuedMessageCreate');
    expect(admin.permissions).toContain('liveDeliveryTest');
    expect(admin.permissions).not.toContain('sysSpamSettingsCreate');
    const support = await account('support');
    expect(support.permissions.sort()).toEqual(
      [
        'sysQueuedMessageGet', 'sysQueuedMessageQuery', 'sysQueuedMessageUpdate', 'sysQueuedMessageDestroy',
        'actionTroubleshootDmarc', 'actionClassifySpam', 'actionPauseMtaQueue', 'actionResumeMtaQueue',
        'sysActionCreate', 'sysMtaMilterGet', 'sysMtaMilterQuery', 'sysSpamRuleGet', 'sysSpamRuleQuery', 'sysSpamSettingsGet',
        'sysSpamTagGet', 'sysSpamTagQuery',
        'jmapBlobGet', 'fetchAnyBlob',
        'liveDeliveryTest',
      ].sort(),
    );
    const viewer = await account('viewer');
    // Reading a queued message's contents needs the two blob permissions (jmap/src/blob/download.rs).
    expect(viewer.permissions.every((p: string) => /^sys.+(Get|Query)$/.test(p) || p === 'jmapBlobGet' || p === 'fetchAnyBlob')).toBe(true);
    expect(viewer.permissions).toEqual(expect.arrayContaining(['sysSpamSettingsGet', 'sysQueuedMessageQuery', 'sysActionGet']));
  });

  it('is 404 for unknown /api paths and 405 for wrong methods', async () => {
    expect((await get('/api/queue/messages', basic('admin'))).status).toBe(404);
    expect((await get('/api/account', basic('admin'), { method: 'DELETE' })).status).toBe(405);
  });
});

describe('CORS', () => {
  const preflight = { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } };
  const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));

  it('sends no Access-Control-* header by default; preflights answer 204 bare', async () => {
    const res = await get('/jmap/', undefined, preflight);
    expect(res.status).toBe(204);
    expect(corsHeaders(res)).toEqual([]);
    expect((await get('/api/account', undefined, { method: 'OPTIONS' })).status).toBe(204);
    const session = await get('/jmap/session', basic('admin'), { headers: { origin: 'http://localhost:5173' } });
    expect(corsHeaders(session)).toEqual([]);
  });

  it('with --permissive-cors sends exactly usePermissiveCors\'s headers on every response, never the Origin', async () => {
    const permissive = await startTestSandbox({ demo: false, distDir: dist, permissiveCors: true });
    try {
      for (const [path, init] of [['/jmap/', preflight], ['/jmap/session', { headers: { origin: 'http://localhost:5173', authorization: basic('admin') } }], ['/', {}]] as const) {
        const res = await fetch(`${permissive.url}${path}`, init as RequestInit);
        expect(Object.fromEntries(corsHeaders(res).map((k) => [k, res.headers.get(k)]))).toEqual({
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'Authorization, Content-Type, Accept, X-Requested-With',
          'access-control-allow-methods': 'POST, GET, PATCH, PUT, DELETE, HEAD, OPTIONS',
        });
      }
    } finally {
      await permissive.close();
    }
  });
});

describe('blob download', () => {
  it('serves registered blobs with the accept type, only to the account owner', async () => {
    const res = await get(`/jmap/download/${ACCOUNT.admin}/test-blob/message.eml?accept=text/plain`, basic('admin'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(parseContentDisposition(res.headers.get('content-disposition')!)).toMatchObject({ type: 'attachment', parameters: { filename: 'message.eml' } });
    expect(await res.text()).toBe('raw bytes');
    const stored = await get(`/jmap/download/${ACCOUNT.admin}/test-blob/m.eml`, basic('admin'));
    expect(stored.headers.get('content-type')).toBe('message/rfc822');
    expect((await get(`/jmap/download/${ACCOUNT.admin}/test-blob/m.eml`)).status).toBe(401);
    expect((await get(`/jmap/download/${ACCOUNT.viewer}/test-blob/m.eml`, basic('admin'))).status).toBe(404);
    expect((await get(`/jmap/download/${ACCOUNT.admin}/other/m.eml`, basic('admin'))).status).toBe(404);
    expect((await get(`/jmap/download/${ACCOUNT.support}/test-blob/m.eml`, basic('support'))).status).toBe(404);
  });
});

describe('console static files', () => {
  it('serves index.html with the security headers and no-cache', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('caches hashed assets for a year and 404s missing ones', async () => {
    const res = await get('/assets/app-3f2a1b.js');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
    expect((await get('/assets/missing-000.js')).status).toBe(404);
    expect((await get('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('falls back to index.html for client routes and never leaves dist/', async () => {
    const route = await get('/settings/spam/rules/abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Postmaster</title>');
    const traversal = await get('/..%2f..%2fetc%2fpasswd');
    expect(await traversal.text()).not.toContain('root:');
    expect((await get('/', undefined, { method: 'POST' })).status).toBe(405);
  });
});
