import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../sandbox';
import { ACCOUNT, USING, basic, startTestSandbox, type TestSandbox } from './test-harness';
import { rewriteOrigin } from './upstream-proxy';

let upstream: TestSandbox;
let front: RunningSandbox;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'postmaster-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>front</title>');
  upstream = await startTestSandbox({ demo: false });
  front = await startSandbox({ port: 0, upstream: `${upstream.url}/`, distDir: dist });
});
afterAll(async () => {
  await front.close();
  await upstream.close();
});

describe('--upstream proxy', () => {
  it('rewrites the session URLs to the console origin', async () => {
    const res = await fetch(`${front.url}/jmap/session`, { headers: { authorization: basic('admin') } });
    expect(res.status).toBe(200);
    const session = await res.json();
    expect(session.apiUrl).toBe(`${front.url}/jmap/`);
    expect(session.downloadUrl).toBe(`${front.url}/jmap/download/{accountId}/{blobId}/{name}?accept={type}`);
    expect(session.uploadUrl).toBe(`${front.url}/jmap/upload/{accountId}/`);
    expect(session.eventSourceUrl.startsWith(`${front.url}/jmap/eventsource/`)).toBe(true);
    expect(session.username).toBe('admin');
  });

  it('forwards JMAP calls, errors, redirects and 401s unchanged', async () => {
    const res = await fetch(`${front.url}/jmap/`, {
      method: 'POST',
      headers: { authorization: basic('admin'), 'content-type': 'application/json' },
      body: JSON.stringify({ using: USING, methodCalls: [['x:MtaMilter/set', { accountId: ACCOUNT.admin, create: { m: { hostname: 'via-proxy' } } }, '0']] }),
    });
    const body = await res.json();
    const id = body.methodResponses[0][1].created.m.id;
    expect((await upstream.one('x:MtaMilter/get', { ids: [id] })).list[0].hostname).toBe('via-proxy');
    const unauthorized = await fetch(`${front.url}/api/account`);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('www-authenticate')).toContain('Basic realm="Stalwart Server"');
    const wellKnown = await fetch(`${front.url}/.well-known/jmap`, { redirect: 'manual' });
    expect(wellKnown.status).toBe(307);
    const bad = await fetch(`${front.url}/jmap/`, { method: 'POST', headers: { authorization: basic('admin'), 'content-type': 'application/json' }, body: '{' });
    expect((await bad.json()).type).toBe('urn:ietf:params:jmap:error:notJSON');
  });

  it('serves the console with the upstream origin allowed in connect-src', async () => {
    const res = await fetch(`${front.url}/some/route`);
    expect(await res.text()).toContain('<title>front</title>');
    expect(res.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(upstream.url).origin};`);
  });

  it('answers 502 when the upstream is down', async () => {
    const dead = await startSandbox({ port: 0, upstream: 'http://127.0.0.1:1' });
    try {
      const res = await fetch(`${dead.url}/jmap/session`);
      expect(res.status).toBe(502);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      await dead.close();
    }
  });

  it('rewrites only the origin of absolute URLs', () => {
    expect(rewriteOrigin('https://mail.example.com/jmap/download/{accountId}/{blobId}/{name}?accept={type}', 'http://127.0.0.1:8080')).toBe(
      'http://127.0.0.1:8080/jmap/download/{accountId}/{blobId}/{name}?accept={type}',
    );
    expect(rewriteOrigin('/jmap/', 'http://x')).toBe('/jmap/');
  });
});
