import { describe, expect, it } from 'vitest';
import { parseSession, resolveAccountId, type SessionWire } from './session';
import { isSessionGet, jsonResponse, startClientSandbox } from './test-support/sandbox-client';

const server = await startClientSandbox();

const core = {
  maxSizeUpload: 50000000,
  maxConcurrentUpload: 4,
  maxSizeRequest: 10000000,
  maxConcurrentRequests: 4,
  maxCallsInRequest: 16,
  maxObjectsInGet: 500,
  maxObjectsInSet: 500,
  collationAlgorithms: ['i;ascii-numeric'],
};

// Shaped as a real server's: urn:stalwart:jmap is an account capability, not a session one.
const wire = (overrides: Record<string, unknown> = {}) => ({
  capabilities: { 'urn:ietf:params:jmap:core': core },
  accounts: { b: { name: 'admin', isPersonal: true, isReadOnly: false, accountCapabilities: { 'urn:stalwart:jmap': {} } } },
  primaryAccounts: { 'urn:stalwart:jmap': 'b' },
  username: 'admin',
  apiUrl: 'https://mail.example.com/jmap/',
  downloadUrl: 'https://mail.example.com/jmap/download/{accountId}/{blobId}/{name}?accept={type}',
  uploadUrl: 'https://mail.example.com/jmap/upload/{accountId}/',
  eventSourceUrl: 'https://mail.example.com/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}',
  state: 'abc',
  ...overrides,
});

describe('session', () => {
  it('parses a valid session with its limits', () => {
    const parsed = parseSession(wire(), 'https://mail.example.com');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.limits.maxObjectsInSet).toBe(500);
    expect(parsed.value.accountId).toBe('b');
    expect(parsed.value.apiUrl).toBe('https://mail.example.com/jmap/');
  });

  it('refuses a malformed session and names what is wrong', () => {
    const { maxCallsInRequest: _dropped, ...incomplete } = core;
    const parsed = parseSession(
      wire({ capabilities: { 'urn:ietf:params:jmap:core': incomplete }, apiUrl: 42 }),
      'https://mail.example.com',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.kind).toBe('invalidResponse');
    expect(parsed.error.issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining('capabilities.urn:ietf:params:jmap:core.maxCallsInRequest'),
        expect.stringContaining('apiUrl'),
      ]),
    );
  });

  it('refuses a server without the Stalwart capability', () => {
    const parsed = parseSession(
      wire({ primaryAccounts: { 'urn:ietf:params:jmap:mail': 'b' } }),
      'https://mail.example.com',
    );
    expect(parsed).toMatchObject({ ok: false, error: { message: expect.stringContaining('urn:stalwart:jmap') } });
  });

  it('returns the malformed-session error from the client instead of sending calls', async () => {
    server.reset();
    // Faked: the sandbox always sends a well-formed session.
    server.answerNext((url) => (isSessionGet(url) ? jsonResponse(200, { capabilities: {}, username: 'x' }) : undefined));
    const result = await server.client().call('Core/echo', {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalidResponse', message: 'The JMAP session is malformed' } });
    expect(server.apiRequests()).toHaveLength(0);
  });

  it('resolves the account: primary Stalwart account, primary core account, any primary account, the first account', () => {
    const accounts = { z: {}, y: {} } as unknown as SessionWire['accounts'];
    expect(resolveAccountId({ primaryAccounts: { 'urn:stalwart:jmap': 'p', 'urn:ietf:params:jmap:core': 'c' }, accounts })).toBe('p');
    expect(resolveAccountId({ primaryAccounts: { 'urn:ietf:params:jmap:mail': 'm', 'urn:ietf:params:jmap:core': 'c' }, accounts })).toBe('c');
    expect(resolveAccountId({ primaryAccounts: { 'urn:stalwart:jmap': 'p' }, accounts })).toBe('p');
    expect(resolveAccountId({ primaryAccounts: {}, accounts })).toBe('z');
    expect(resolveAccountId({ primaryAccounts: {}, accounts: {} })).toBeUndefined();
  });

  it('resolves apiUrl against the server the person signed in to', () => {
    const relative = parseSession(wire({ apiUrl: '/jmap/' }), 'http://localhost:5173');
    expect(relative.ok && relative.value.apiUrl).toBe('http://localhost:5173/jmap/');
    // An advertised public host is not used: the console talks to the address it signed in to.
    const elsewhere = parseSession(wire({ apiUrl: 'https://public.example.com/jmap/' }), 'http://127.0.0.1:8080');
    expect(elsewhere.ok && elsewhere.value.apiUrl).toBe('http://127.0.0.1:8080/jmap/');
  });

  it('fetches the session below a server URL with a path prefix, with the credentials', async () => {
    server.reset();
    const prefixed = `${server.sandbox.url}/admin/`;
    // Faked in part: the sandbox is not served below a prefix. The answer is its own session,
    // with the apiUrl a server behind a proxy at /admin/ would advertise.
    server.answerNext(async (url) => {
      if (url !== `${prefixed}jmap/session`) return undefined;
      const real = await (await fetch(`${server.sandbox.url}/jmap/session`, { headers: { authorization: `Basic ${btoa('admin:admin')}` } })).json();
      return jsonResponse(200, { ...real, apiUrl: '/admin/jmap/' });
    });
    const client = server.client({ serverUrl: prefixed, credentials: () => ({ kind: 'basic', username: 'zoë', password: 'pässwörd' }) });
    const session = await client.getSession();
    expect(session.ok && session.value.apiUrl).toBe(`${prefixed}jmap/`);
    const get = server.requests[0]!;
    expect(get.url).toBe(`${prefixed}jmap/session`);
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(get.headers.authorization!.slice('Basic '.length)), (c) => c.charCodeAt(0)));
    expect(decoded).toBe('zoë:pässwörd');
  });
});
