// Reports gzip bytes of JS+CSS a browser downloads: for the first load (login screen) and for
// everything needed to reach the spam rule editor. Reads dist/ after `vite build`, following the
// static imports of each entry and the lazy chunks each screen pulls in.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function gz(file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** Files loaded for a manifest key: its file, its CSS, and its static imports, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

function files(keys) {
  const out = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    out.add(chunk.file);
    for (const css of chunk.css ?? []) out.add(css);
  }
  return [...out].filter((f) => f.endsWith('.js') || f.endsWith('.css'));
}

function findKey(fragment) {
  const key = Object.keys(manifest).find((k) => k.includes(fragment));
  if (!key) throw new Error(`No chunk for ${fragment} in the build manifest`);
  return key;
}

function report(name, entryFragments) {
  const keys = new Set();
  for (const fragment of entryFragments) for (const k of closure(findKey(fragment))) keys.add(k);
  const list = files(keys);
  const total = list.reduce((sum, f) => sum + gz(f), 0);
  console.log(`${name}: ${(total / 1024).toFixed(1)} KiB gzip (${list.length} files)`);
  return total;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
report('first load (login screen)', [entry, 'src/session/login-page']);
report('spam rule editor', [entry, 'src/session/login-page', 'src/session/verify-login', 'src/features/spam-rules/spam-rule-edit-page']);
const all = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
console.log(`whole build: ${(all.reduce((s, f) => s + gz(join('assets', f)), 0) / 1024).toFixed(1)} KiB gzip (${all.length} files)`);
