// Turns a console build into the ZIP a Stalwart server hosts as a web application: index.html at
// the root with `<base href="/">` (the server rewrites it to the prefix), relative asset URLs,
// a strict Content-Security-Policy meta tag (the server sends no CSP for applications), and only
// files the server serves with a real content type. Vite's build manifest stays out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

export const BUNDLE_EXTENSIONS = ['.html', '.js', '.css', '.svg', '.png', '.ico', '.json'];

export const BUNDLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Checks index.html and adds the CSP meta tag right after <meta charset>. */
export function prepareIndexHtml(html: string): string {
  if (!html.includes('<base href="/"')) throw new Error('index.html needs <base href="/">: the server rewrites it to the prefix.');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html needs a <meta charset> tag.');
  const absolute = /\s(?:src|href)="\/[^"]*"/.exec(html.replace(/<base href="\/"/, ''));
  if (absolute) throw new Error(`index.html has an absolute URL (${absolute[0].trim()}): asset URLs must be relative to work under a prefix.`);
  if (html.includes('Content-Security-Policy')) return html;
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${BUNDLE_CSP}" />${html.slice(at)}`;
}

/** The ZIP of a build directory; throws on a file the server would serve as octet-stream. */
export function makeBundle(buildDir: string): { zip: Uint8Array; files: string[] } {
  const entries: Zippable = {};
  const files: string[] = [];
  for (const path of filesUnder(buildDir)) {
    const name = relative(buildDir, path).split(sep).join('/');
    if (name.startsWith('.vite/')) continue;
    const extension = name.slice(name.lastIndexOf('.'));
    if (!BUNDLE_EXTENSIONS.includes(extension)) {
      throw new Error(`${name}: the server serves ${extension} files as application/octet-stream; the bundle takes only ${BUNDLE_EXTENSIONS.join(' ')}.`);
    }
    const contents = readFileSync(path);
    entries[name] = name === 'index.html' ? strToU8(prepareIndexHtml(contents.toString('utf8'))) : new Uint8Array(contents);
    files.push(name);
  }
  if (!entries['index.html']) throw new Error('The build has no index.html at its root.');
  return { zip: zipSync(entries, { level: 9 }), files: files.sort() };
}
