// x:Application and UpdateApps over HTTP: bundles from file:// and http(s) URLs, served under
// their prefixes with the server's redirects, fallback, base rewrite, types and cache headers.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
let bundleServer: Server;
let bundleUrl: string;
let dir: string;

const INDEX = '<!doctype html><html><head><meta charset="utf-8"><base href="/"><title>App</title></head><body></body></html>';

function bundle(title: string) {
  return zipSync({
    'index.html': strToU8(INDEX.replace('App', title)),
    'assets/app-1a2b.js': strToU8('console.log("app")'),
    'assets/style.css': strToU8('body{}'),
    'favicon.ico': new Uint8Array([0, 0, 1, 0]),
    'site.webmanifest': strToU8('{}'),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postmaster-bundles-'));
  writeFileSync(join(dir, 'app.zip'), bundle('File app'));
  const dist = mkdtempSync(join(tmpdir(), 'postmaster-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Console</title>');
  const gz = gzipSync(bundle('Downloaded app'));
  bundleServer = createServer((req, res) => {
    if (req.url === '/app.zip.gz') res.writeHead(200, { 'Content-Type': 'application/gzip' }).end(gz);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => bundleServer.listen(0, '127.0.0.1', resolve));
  bundleUrl = `http://127.0.0.1:${(bundleServer.address() as AddressInfo).port}`;
  sb = await startTestSandbox({ demo: false, distDir: dist });
});
afterAll(async () => {
  await sb.close();
  await new Promise((resolve) => bundleServer.close(resolve));
});

const get = (path: string) => fetch(`${sb.url}${path}`, { redirect: 'manual' });

async function createApp(props: Record<string, unknown>): Promise<string> {
  const result = await sb.one('x:Application/set', { create: { a: { description: 'An app', ...props } } });
  expect(result.notCreated).toEqual({});
  return result.created.a.id;
}

async function updateApps(user = 'admin') {
  const [[name, result]] = await sb.call([['x:Action/set', { accountId: user === 'admin' ? 'b' : 'd', create: { u: { '@type': 'UpdateApps' } } }, '0']], user);
  return { name, result };
}

describe('x:Application', () => {
  it('is read and queried like other objects, with the server defaults, and needs a prefix', async () => {
    const id = await createApp({ resourceUrl: 'https://apps.example/none.zip', urlPrefix: { '/defaults': true }, enabled: false });
    const [app] = (await sb.one('x:Application/get', { ids: [id] })).list;
    expect(app).toMatchObject({ enabled: false, autoUpdateFrequency: 7776000000, unpackDirectory: null, urlPrefix: { '/defaults': true } });
    expect((await sb.one('x:Application/query', {})).ids).toContain(id);
    const refused = await sb.one('x:Application/set', { create: { b: { description: 'x', resourceUrl: 'https://a.example/a.zip', urlPrefix: {} } } });
    expect(refused.notCreated.b).toMatchObject({ type: 'validationFailed', properties: ['urlPrefix'] });
  });

  it('needs the sysApplication permissions: the viewer may read but not create', async () => {
    const [[, error]] = await sb.call([['x:Application/set', { accountId: 'd', create: { a: { description: 'x', resourceUrl: 'file:///x.zip', urlPrefix: { '/x': true } } } }, '0']], 'viewer');
    expect(error.type).toBe('forbidden');
  });
});

describe('UpdateApps and serving', () => {
  beforeAll(async () => {
    await createApp({ resourceUrl: pathToFileURL(join(dir, 'app.zip')).href, urlPrefix: { '/postmaster': true, '/pm/': true } });
    await createApp({ resourceUrl: `${bundleUrl}/app.zip.gz`, urlPrefix: { '/downloaded': true } });
    await createApp({ resourceUrl: `${bundleUrl}/missing.zip`, urlPrefix: { '/broken': true } });
    await createApp({ resourceUrl: pathToFileURL(join(dir, 'app.zip')).href, urlPrefix: { '/api': true, '/login': true } });
  });

  it('serves nothing before UpdateApps: creating an application loads nothing', async () => {
    expect(await (await get('/postmaster/')).text()).toContain('<title>Console</title>');
  });

  it('unpacks every bundle on UpdateApps; a bundle that fails does not fail the action', async () => {
    const { name, result } = await updateApps();
    expect(name).toBe('x:Action/set');
    expect(result.created.u.id).toEqual(expect.any(String));
    expect(await (await get('/postmaster/')).text()).toContain('<title>File app</title>');
    expect(await (await get('/downloaded/')).text()).toContain('<title>Downloaded app</title>');
    expect(await (await get('/broken/')).text()).toContain('<title>Console</title>');
  });

  it('redirects the bare prefix to its trailing slash', async () => {
    const res = await get('/postmaster');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/postmaster/');
  });

  it('answers index.html with the base rewritten to the prefix, no-cache, and no CSP or nosniff', async () => {
    for (const [path, prefix] of [['/postmaster/', 'postmaster'], ['/pm/queue/deep/link?x=1', 'pm'], ['/postmaster/assets/gone-9z.js', 'postmaster']]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBeNull();
      expect(await res.text()).toContain(`<base href="/${prefix}/">`);
    }
  });

  it('serves files by their path in the ZIP, typed by extension only, cached as immutable', async () => {
    const js = await get('/postmaster/assets/app-1a2b.js');
    expect(js.headers.get('content-type')).toBe('application/javascript');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log("app")');
    expect((await get('/postmaster/assets/style.css')).headers.get('content-type')).toBe('text/css');
    expect((await get('/postmaster/favicon.ico')).headers.get('content-type')).toBe('image/x-icon');
    expect((await get('/postmaster/site.webmanifest')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('never serves an application at a prefix the server owns, and keeps the console at /', async () => {
    expect((await get('/api/index.html')).status).toBe(404);
    expect((await get('/login/')).headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await get('/')).text()).toContain('<title>Console</title>');
  });

  it('stops serving an application that is disabled, at the next UpdateApps', async () => {
    const { ids } = await sb.one('x:Application/query', {});
    const apps = (await sb.one('x:Application/get', { ids })).list as { id: string; urlPrefix: Record<string, boolean> }[];
    const downloaded = apps.find((a) => a.urlPrefix['/downloaded'])!;
    await sb.one('x:Application/set', { update: { [downloaded.id]: { enabled: false } } });
    expect(await (await get('/downloaded/')).text()).toContain('Downloaded app');
    await updateApps();
    expect(await (await get('/downloaded/')).text()).toContain('<title>Console</title>');
  });
});
