// Serving an unpacked application under its prefix, as the server does: "/prefix" answers 302
// to "/prefix/"; a known file is served with immutable caching; any other path (a client-side
// route or a missing asset) answers index.html, with no-cache and its `<base href="/"` pointed
// at the prefix. No CSP and no nosniff: the bundle brings its own policy.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppHost } from './app-host';

/** Answers the request if its first path segment is an application's prefix. */
export async function serveApp(req: IncomingMessage, res: ServerResponse, host: AppHost, rawPath: string): Promise<boolean> {
  const match = /^\/([^/]+)(\/.*)?$/.exec(rawPath);
  if (!match) return false;
  const [, prefix, rest] = match;
  const routes = host.routesFor(prefix);
  if (!routes) return false;
  if (rest === undefined) {
    res.writeHead(302, { Location: `/${prefix}/`, 'Content-Length': 0 });
    res.end();
    return true;
  }
  const name = rest.slice(1);
  const known = routes.get(name);
  const isIndex = !known || name === 'index.html';
  const file = known ?? routes.get('index.html');
  if (!file) return false;
  let body: Buffer = await readFile(file.path);
  if (isIndex) body = withBase(body, prefix);
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': body.length,
    'Cache-Control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** Points index.html's base at the prefix; a file that is not UTF-8 is served as it is. */
function withBase(body: Buffer, prefix: string): Buffer {
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return body;
  }
  return Buffer.from(html.replaceAll('<base href="/"', `<base href="/${prefix}/"`));
}
