// Hostile request shapes: deep JSON, odd download names, bodies that never finish, and the
// headers every JSON answer carries.
import { request } from 'node:http';
import { parse as parseContentDisposition } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerBlobLookup } from './blob-registry';
import { ACCOUNT, USING, basic, startTestSandbox, type TestSandbox } from './test-harness';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

let sb: TestSandbox;
beforeAll(async () => {
  registerBlobLookup(async (blobId) => (blobId === 'hardening-blob' ? { data: Buffer.from('bytes'), type: 'message/rfc822' } : null));
  sb = await startTestSandbox({ demo: false, limits: { maxConcurrentRequests: 1 }, requestBodyTimeoutMs: 400, authFailureDelay: false });
});
afterAll(() => sb.close());

const nested = (depth: number, inner = '0') => '['.repeat(depth) + inner + ']'.repeat(depth);

describe('JSON nesting', () => {
  it('answers notRequest past 127 nested levels, as the server parser stops at its limit of 128', async () => {
    for (const depth of [128, 200, 9000]) {
      const res = await sb.post(`{"using":[],"methodCalls":[["Core/echo",{"a":${nested(depth - 3)}},"c"]]}`);
      expect(res.status, String(depth)).toBe(400);
      expect(res.body.type, String(depth)).toBe('urn:ietf:params:jmap:error:notRequest');
    }
    // Brackets inside strings are text, not nesting.
    const text = await sb.post({ using: USING, methodCalls: [['Core/echo', { s: '['.repeat(500), t: '"\\[' }, 'c']] });
    expect(text.status).toBe(200);
    const deepest = await sb.post(`{"using":${JSON.stringify(USING)},"methodCalls":[["Core/echo",{"a":${nested(127 - 4)}},"c"]]}`);
    expect(deepest.status).toBe(200);
  });
});

describe('download names', () => {
  it.each([
    ['a control character', 'a%01b.eml'],
    ['a NUL', 'a%00b.eml'],
    ['a line break', 'a%0D%0Ab.eml'],
    ['non-Latin-1 characters', '%E6%97%A5%E6%9C%AC.eml'],
    ['a lone surrogate', '%ED%A0%80.eml'],
    ['a bad escape', '%E0%A4%A.eml'],
    ['quotes and backslashes', '%22a%5C%22.eml'],
  ])('encodes %s with filename* and never fails', async (_label, name) => {
    const res = await fetch(`${sb.url}/jmap/download/${ACCOUNT.admin}/hardening-blob/${name}`, { headers: { authorization: basic('admin') } });
    expect(res.status).toBe(200);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).not.toMatch(/[\x00-\x1f\x7f]/);
  });

  it('keeps a UTF-8 name recoverable through filename*', async () => {
    const res = await fetch(`${sb.url}/jmap/download/${ACCOUNT.admin}/hardening-blob/%E6%97%A5%E6%9C%AC.eml`, { headers: { authorization: basic('admin') } });
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%97%A5%E6%9C%AC.eml");
    expect(parseContentDisposition(res.headers.get('content-disposition')!).parameters.filename).toBe('日本.eml');
  });
});

describe('unfinished request bodies', () => {
  it('time out and free the user\'s concurrent-request slot', async () => {
    const url = new URL(`${sb.url}/jmap/`);
    const answer = new Promise<number | 'closed'>((resolve) => {
      const req = request({ hostname: url.hostname, port: url.port, path: '/jmap/', method: 'POST', headers: { authorization: basic('admin'), 'content-type': 'application/json', 'content-length': '100' } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', () => resolve('closed'));
      req.write('{');
    });
    await vi.waitFor(async () => expect((await sb.post({ using: USING, methodCalls: [] })).status).toBe(200), { timeout: 5000, interval: 100 });
    expect([408, 'closed']).toContain(await answer);
  });
});

describe('API answer headers', () => {
  it('gives JSON and problem+json answers a Content-Security-Policy that allows nothing', async () => {
    const session = await fetch(`${sb.url}/jmap/session`, { headers: { authorization: basic('admin') } });
    const unauthorized = await fetch(`${sb.url}/jmap/session`);
    const problem = await sb.post('{"using": 1}');
    const missing = await fetch(`${sb.url}/api/nothing-here`);
    for (const [label, res] of Object.entries({ session, unauthorized, problem, missing })) {
      expect(res.headers.get('content-security-policy'), label).toBe(API_CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
