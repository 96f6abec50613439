// Serves the built console (dist/): immutable caching for hashed assets, no-cache for
// index.html, and index.html for unknown paths so client-side routes load.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applySecurityHeaders } from './security-headers';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string, upstreamOrigin: string | null): void {
  applySecurityHeaders(res, upstreamOrigin);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad Request\n');
    return;
  }
  const root = normalize(distDir + sep);
  const candidate = normalize(join(root, path));
  const inside = candidate.startsWith(root);
  if (inside && path !== '/' && isFile(candidate)) {
    const immutable = path.startsWith('/assets/');
    sendFile(req, res, candidate, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return;
  }
  // A missing hashed asset must not turn into HTML that a <script> would try to run.
  if (path.startsWith('/assets/') || !inside) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end('Not Found\n');
    return;
  }
  const index = join(root, 'index.html');
  if (!isFile(index)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('The console is not built yet: run `npm start` (or `npx vite build`).\n');
    return;
  }
  sendFile(req, res, index, 'no-cache');
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cacheControl: string): void {
  const { size } = statSync(file);
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': cacheControl,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
