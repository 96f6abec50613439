// `npm run package` and `npm run install-app` as a user runs them: the real console build is
// packaged, installed into a sandbox over JMAP, and fetched under its prefix over HTTP.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../../server/http/test-harness';
import { BUNDLE_EXTENSIONS } from '../bundle/make-bundle';

const ROOT = join(import.meta.dirname, '..', '..');
let sb: TestSandbox;
let zipPath: string;
let bundleServer: Server;

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, STALWART_TOKEN: '', STALWART_USER: '', STALWART_PASSWORD: '', ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  zipPath = join(mkdtempSync(join(tmpdir(), 'postmaster-zip-')), 'postmaster.zip');
  const packaged = await run('package.ts', ['--out', zipPath]);
  expect(packaged.code, packaged.stderr).toBe(0);
  sb = await startTestSandbox({ demo: false });
  const zip = readFileSync(zipPath);
  bundleServer = createServer((req, res) => (req.url === '/postmaster.zip' ? res.writeHead(200).end(zip) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => bundleServer.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  await sb?.close();
  await new Promise((resolve) => bundleServer?.close(resolve));
});

describe('npm run package', () => {
  it('writes a bundle the server accepts: index.html at the root with base, charset and CSP, relative URLs, allowed files only', () => {
    const files = unzipSync(readFileSync(zipPath));
    const names = Object.keys(files);
    expect(names).toContain('index.html');
    expect(names.some((n) => n.startsWith('.vite/') || n.includes('manifest'))).toBe(false);
    for (const name of names) expect(BUNDLE_EXTENSIONS).toContain(name.slice(name.lastIndexOf('.')));
    const html = strFromU8(files['index.html']);
    expect(html).toContain('<base href="/"');
    expect(html).toMatch(/<meta charset="utf-8"/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js">/);
    expect(html).not.toMatch(/\s(src|href)="\/[^"]/);
  });
});

describe('npm run install-app', () => {
  it('refuses a prefix the server owns, and says --file is read on the server host', async () => {
    const reserved = await run('install-app.ts', ['--server', sb.url, '--prefix', '/api', '--file', zipPath], { STALWART_TOKEN: sb.apiKeys.admin });
    expect(reserved.code).toBe(2);
    expect(reserved.stderr).toContain('--prefix /api belongs to the server itself');
    const help = await run('install-app.ts', ['--help']);
    expect(help.stdout).toContain('works only when the file is on the server host');
  });

  it('explains a 402 for an account with two-factor authentication', async () => {
    const res = await run('install-app.ts', ['--server', sb.url, '--prefix', '/postmaster', '--file', zipPath], { STALWART_USER: 'mfa', STALWART_PASSWORD: 'mfa' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('two-factor authentication (402)');
  });

  it('creates the application from a file, runs UpdateApps with a warning, and the console is served under the prefix', async () => {
    const res = await run('install-app.ts', ['--server', sb.url, '--prefix', '/postmaster', '--file', zipPath], { STALWART_TOKEN: sb.apiKeys.admin });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Created application');
    expect(res.stdout).toContain('every application again, the official WebUI included');
    const index = await fetch(`${sb.url}/postmaster/`);
    const html = await index.text();
    expect(html).toContain('<base href="/postmaster/"');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await fetch(`${sb.url}/postmaster/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('application/javascript');
    const deep = await fetch(`${sb.url}/postmaster/management/queue`);
    expect(await deep.text()).toContain('<base href="/postmaster/"');
  });

  it('updates the same application on a second install, from an http URL, with a password', async () => {
    const url = `http://127.0.0.1:${(bundleServer.address() as AddressInfo).port}/postmaster.zip`;
    const res = await run('install-app.ts', ['--server', sb.url, '--prefix', '/postmaster', '--url', url], { STALWART_USER: 'admin', STALWART_PASSWORD: 'admin' });
    expect(res.code, res.stderr).toBe(0);
    const apps = (await sb.one('x:Application/get', { ids: null })).list;
    expect(apps).toHaveLength(1);
    expect(apps[0].resourceUrl).toBe(url);
    expect((await fetch(`${sb.url}/postmaster/`)).status).toBe(200);
  });

  it('fails clearly when the server cannot read the bundle', async () => {
    const res = await run('install-app.ts', ['--server', sb.url, '--prefix', '/other', '--file', '/nonexistent/postmaster.zip'], { STALWART_TOKEN: sb.apiKeys.admin });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('does not serve the bundle');
    expect(res.stderr).toContain('on its own disk');
  });
});
