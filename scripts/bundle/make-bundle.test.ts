import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeBundle, prepareIndexHtml } from './make-bundle';

const INDEX = '<!doctype html><html><head><meta charset="UTF-8" /><base href="/" /><script type="module" src="./assets/a.js"></script></head></html>';

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmaster-build-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('makeBundle', () => {
  it('zips the build at its root without the .vite manifest, adding the CSP after <meta charset>', () => {
    const { zip, files } = makeBundle(build({ 'index.html': INDEX, 'assets/a.js': '1', '.vite/manifest.json': '{}' }));
    expect(files).toEqual(['assets/a.js', 'index.html']);
    const html = strFromU8(unzipSync(zip)['index.html']);
    expect(html).toMatch(/<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
  });

  it('refuses files the server would serve as octet-stream', () => {
    expect(() => makeBundle(build({ 'index.html': INDEX, 'assets/font.woff2': 'x' }))).toThrow(/assets\/font\.woff2: the server serves \.woff2 files as application\/octet-stream/);
  });

  it('refuses an index.html without base, without charset, or with absolute asset URLs', () => {
    expect(() => prepareIndexHtml(INDEX.replace('<base href="/" />', ''))).toThrow(/<base href="\/">/);
    expect(() => prepareIndexHtml(INDEX.replace('<meta charset="UTF-8" />', ''))).toThrow(/meta charset/);
    expect(() => prepareIndexHtml(INDEX.replace('./assets/a.js', '/assets/a.js'))).toThrow(/absolute URL \(src="\/assets/);
    expect(() => makeBundle(build({ 'app/index.html': INDEX }))).toThrow(/no index\.html at its root/);
  });
});
