// The sign-in endpoints over HTTP: discovery, POST /api/auth, /auth/token and /auth/register.
import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { URI as OtpUri, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { basic, startTestSandbox, type TestSandbox } from './test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
});
afterAll(() => sb.close());
afterEach(() => vi.useRealTimers());

const REDIRECT = 'https://console.example/callback';

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${sb.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

async function token(form: Record<string, string>) {
  const res = await fetch(`${sb.url}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  return { status: res.status, body: await res.json() };
}

function totpCode(username = 'mfa'): string {
  return (OtpUri.parse(sb.totpUris[username]) as TOTP).generate();
}

async function signIn(extra: Record<string, unknown> = {}, user = 'admin', password = user) {
  const { verifier, challenge } = pkce();
  const answer = await postJson('/api/auth', {
    type: 'authCode',
    accountName: user,
    accountSecret: password,
    clientId: 'postmaster',
    redirectUri: REDIRECT,
    codeChallenge: challenge,
    codeChallengeMethod: 'S256',
    state: 'st',
    nonce: 'n-1',
    ...extra,
  });
  return { answer, verifier };
}

async function tokensFor(user = 'admin') {
  const { answer, verifier } = await signIn({}, user);
  expect(answer.body.type).toBe('authenticated');
  const res = await token({ grant_type: 'authorization_code', code: answer.body.client_code, client_id: 'postmaster', redirect_uri: REDIRECT, code_verifier: verifier });
  expect(res.status).toBe(200);
  return res.body;
}

describe('discovery', () => {
  it('serves the authorization server metadata at the public URL, open to any origin', async () => {
    const res = await fetch(`${sb.url}/.well-known/oauth-authorization-server`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const doc = await res.json();
    expect(doc).toMatchObject({
      issuer: sb.url,
      authorization_endpoint: `${sb.url}/login`,
      token_endpoint: `${sb.url}/auth/token`,
      registration_endpoint: `${sb.url}/auth/register`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      authorization_response_iss_parameter_supported: true,
    });
    expect(doc.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
    expect(doc).not.toHaveProperty('revocation_endpoint');
    expect(doc).not.toHaveProperty('end_session_endpoint');
  });

  it('serves the OpenID configuration, and /api/discover answers it with relative URLs over plain HTTP', async () => {
    const oidc = await (await fetch(`${sb.url}/.well-known/openid-configuration`)).json();
    expect(oidc).toMatchObject({ issuer: sb.url, userinfo_endpoint: `${sb.url}/auth/userinfo`, subject_types_supported: ['public'] });
    const discovered = await (await fetch(`${sb.url}/api/discover/admin%40example.org`)).json();
    expect(discovered).toMatchObject({ issuer: '', authorization_endpoint: '/login', token_endpoint: '/auth/token', registration_endpoint: '/auth/register' });
    expect((await fetch(`${sb.url}/api/discover/`)).status).toBe(404);
  });

  it('serves the /login page with a strict CSP and labelled fields', async () => {
    const res = await fetch(`${sb.url}/login?client_id=x&redirect_uri=${encodeURIComponent(REDIRECT)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    for (const id of ['username', 'password', 'otp']) expect(html).toContain(`<label for="${id}">`);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const script = await fetch(`${sb.url}/login/sign-in.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("'/api/auth'");
  });
});

describe('POST /api/auth', () => {
  it('answers failure for a wrong password and authenticated with a code for the right one', async () => {
    expect((await signIn({}, 'admin', 'wrong')).answer.body).toEqual({ type: 'failure' });
    const { answer } = await signIn();
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ type: 'authenticated', client_code: expect.stringMatching(/^[A-Za-z0-9_-]{40}$/), iss: sb.url });
  });

  it('asks for a TOTP code on the account with two factors, then accepts the right code only', async () => {
    expect((await signIn({}, 'mfa')).answer.body).toEqual({ type: 'mfaRequired' });
    expect((await signIn({ mfaToken: '000000' === totpCode() ? '111111' : '000000' }, 'mfa')).answer.body).toEqual({ type: 'failure' });
    expect((await signIn({ mfaToken: totpCode() }, 'mfa')).answer.body.type).toBe('authenticated');
  });

  it('refuses an http redirect URI without PKCE, and a missing redirect URI, with 401', async () => {
    const noPkce = await postJson('/api/auth', { type: 'authCode', accountName: 'admin', accountSecret: 'admin', clientId: 'x', redirectUri: 'http://127.0.0.1:9/cb' });
    expect(noPkce.status).toBe(401);
    expect(noPkce.headers.get('www-authenticate')).toContain('Bearer realm="Stalwart Server"');
    expect((await postJson('/api/auth', { type: 'authCode', accountName: 'admin', accountSecret: 'admin', clientId: 'x' })).status).toBe(401);
  });

  it('answers 400 problem details for a malformed request', async () => {
    const res = await postJson('/api/auth', { type: 'authCode', accountName: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'about:blank', status: 400, title: 'Invalid parameters' });
  });
});

describe('/auth/token', () => {
  it('exchanges a code once, with the exact redirect URI and the PKCE verifier', async () => {
    const { answer, verifier } = await signIn();
    const code = answer.body.client_code;
    const base = { grant_type: 'authorization_code', code, client_id: 'postmaster', redirect_uri: REDIRECT, code_verifier: verifier };
    expect(await token({ ...base, redirect_uri: `${REDIRECT}/` })).toEqual({ status: 400, body: { error: 'invalid_client' } });
    expect(await token({ ...base, client_id: 'other' })).toEqual({ status: 400, body: { error: 'invalid_client' } });
    expect(await token({ ...base, code_verifier: pkce().verifier })).toEqual({ status: 400, body: { error: 'invalid_grant' } });
    const ok = await token(base);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 3600, refresh_token: expect.any(String), id_token: expect.any(String) });
    const claims = decodeJwt(ok.body.id_token);
    expect(claims).toMatchObject({ iss: sb.url, sub: '1', aud: 'postmaster', nonce: 'n-1', preferred_username: 'admin' });
    expect(decodeProtectedHeader(ok.body.id_token)).toMatchObject({ alg: 'HS256', kid: 'default' });
    expect(await token(base)).toEqual({ status: 400, body: { error: 'access_denied' } });
  });

  it('accepts the access token as Bearer on the JMAP session, JMAP calls and /api', async () => {
    const { access_token } = await tokensFor('viewer');
    const auth = { authorization: `Bearer ${access_token}` };
    const session = await fetch(`${sb.url}/jmap/session`, { headers: auth });
    expect((await session.json()).username).toBe('viewer');
    const account = await fetch(`${sb.url}/api/account`, { headers: auth });
    expect(account.status).toBe(200);
    const jmap = await sb.post({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: [['x:MtaMilter/get', { ids: null }, '0']] }, 'viewer', auth);
    expect(jmap.status).toBe(200);
    expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
  });

  it('refuses an expired access token with 401 and refreshes it, keeping the refresh token while it has more than 4 days left', async () => {
    const { access_token, refresh_token } = await tokensFor();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3601 * 1000 });
    expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: `Bearer ${access_token}` } })).status).toBe(401);
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 3600 });
    expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: `Bearer ${refreshed.body.access_token}` } })).status).toBe(200);
    // 26 days later, 4 days are left: the answer carries a new refresh token.
    vi.setSystemTime(Date.now() + 26 * 24 * 3600 * 1000);
    const renewed = await token({ grant_type: 'refresh_token', refresh_token });
    expect(renewed.body.refresh_token).toEqual(expect.any(String));
    expect(renewed.body.refresh_token).not.toBe(refresh_token);
    vi.setSystemTime(Date.now() + 5 * 24 * 3600 * 1000);
    expect(await token({ grant_type: 'refresh_token', refresh_token })).toEqual({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('answers invalid_request without a refresh token and invalid_grant for an unknown grant type', async () => {
    expect(await token({ grant_type: 'refresh_token' })).toEqual({ status: 400, body: { error: 'invalid_request' } });
    expect(await token({ grant_type: 'password', username: 'admin', password: 'admin' })).toEqual({ status: 400, body: { error: 'invalid_grant' } });
  });
});

describe('token lifetimes set at start', () => {
  it('uses --access-token-ttl and --refresh-token-ttl, renewing a short-lived refresh token on every refresh', async () => {
    const short = await startTestSandbox({ demo: false, accessTokenTtl: 60, refreshTokenTtl: 600 });
    try {
      const { verifier, challenge } = pkce();
      const auth = await fetch(`${short.url}/api/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'authCode', accountName: 'admin', accountSecret: 'admin', clientId: 'c', redirectUri: REDIRECT, codeChallenge: challenge, codeChallengeMethod: 'S256' }),
      });
      const code = (await auth.json()).client_code;
      const post = (form: Record<string, string>) =>
        fetch(`${short.url}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) }).then((r) => r.json());
      const first = await post({ grant_type: 'authorization_code', code, client_id: 'c', redirect_uri: REDIRECT, code_verifier: verifier });
      expect(first.expires_in).toBe(60);
      const second = await post({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
      expect(first.id_token).toEqual(expect.any(String));
      // A refresh answers no ID token.
      expect(second).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 60, refresh_token: expect.any(String) });
    } finally {
      await short.close();
    }
  });
});

describe('/auth/register', () => {
  it('refuses http redirect URIs other than loopback IPs, and grant types without refresh_token', async () => {
    const localhost = await postJson('/auth/register', { redirect_uris: ['http://localhost:5173/cb'] });
    expect(localhost.status).toBe(400);
    expect(localhost.body).toEqual({ error: 'invalid_redirect_uri', error_description: expect.stringContaining('loopback') });
    expect((await postJson('/auth/register', { redirect_uris: [] })).body.error).toBe('invalid_redirect_uri');
    expect((await postJson('/auth/register', { redirect_uris: ['https://a.example/cb#x'] })).body.error).toBe('invalid_redirect_uri');
    const grants = await postJson('/auth/register', { redirect_uris: ['https://a.example/cb'], grant_types: ['authorization_code'] });
    expect(grants.body).toEqual({ error: 'invalid_client_metadata', error_description: 'grant_types must include "refresh_token".' });
  });

  it('registers a public client whose id binds its redirect URIs and requires S256', async () => {
    const reg = await postJson('/auth/register', { redirect_uris: ['http://127.0.0.1/cb'], client_name: 'Postmaster', scope: 'openid' });
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({ client_id: expect.any(String), client_id_issued_at: expect.any(Number), redirect_uris: ['http://127.0.0.1/cb'], client_name: 'Postmaster' });
    const clientId = reg.body.client_id;
    // A loopback redirect URI matches on any port.
    const ok = await signIn({ clientId, redirectUri: 'http://127.0.0.1:5211/cb', scope: 'openid mail' });
    expect(ok.answer.body.type).toBe('authenticated');
    const tokens = await token({ grant_type: 'authorization_code', code: ok.answer.body.client_code, client_id: clientId, redirect_uri: 'http://127.0.0.1:5211/cb', code_verifier: ok.verifier });
    expect(tokens.body.scope).toBe('openid');
    expect((await signIn({ clientId, redirectUri: 'https://elsewhere.example/cb' })).answer.status).toBe(401);
    expect((await signIn({ clientId, redirectUri: 'http://127.0.0.1/cb', codeChallengeMethod: 'plain' })).answer.status).toBe(401);
  });
});

describe('Basic and API keys', () => {
  it('answers 402 to a correct password on the account with two factors, and accepts its app password', async () => {
    const res = await fetch(`${sb.url}/jmap/session`, { headers: { authorization: basic('mfa') } });
    expect(res.status).toBe(402);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'about:blank',
      status: 402,
      title: 'MFA code required',
      detail: 'This account requires multi-factor authentication. Alternatively, you can use an app password if your account has one.',
    });
    expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: basic('mfa', 'wrong') } })).status).toBe(401);
    expect(sb.appPasswords.mfa).toMatch(/^app_[a-z2-7]+$/);
    const app = await fetch(`${sb.url}/jmap/session`, { headers: { authorization: basic('mfa', sb.appPasswords.mfa) } });
    expect(app.status).toBe(200);
    expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: basic('admin', sb.appPasswords.mfa) } })).status).toBe(401);
  });

  it('issues API keys in the server format: API_ + base64url of account id, credential id and 20 random bytes', async () => {
    for (const [user, key] of Object.entries(sb.apiKeys)) {
      expect(key).toMatch(/^API_[A-Za-z0-9_-]+$/);
      expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(28);
      const res = await fetch(`${sb.url}/jmap/session`, { headers: { authorization: `Bearer ${key}` } });
      expect((await res.json()).username).toBe(user);
    }
    const tampered = sb.apiKeys.admin.slice(0, -2) + (sb.apiKeys.admin.endsWith('AA') ? 'BB' : 'AA');
    expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
  });
});
